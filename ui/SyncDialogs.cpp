#include "SyncDialogs.h"

#include "KeyboardAccess.h"

#include "Theme.h"

#include "RecordStore.h"
#include "SiteCrypto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oneteam {

QString roleTitle(const QString& role)
{
    if (role == QLatin1String("secretariat")) {
        return QCoreApplication::translate("SyncPage", "Secretariat");
    }
    if (role == QLatin1String("auditor")) {
        return QCoreApplication::translate("SyncPage", "Auditor");
    }
    if (role.startsWith(QLatin1String("ministry:"))) {
        return QCoreApplication::translate("SyncPage", "Ministry (%1)").arg(role.mid(9));
    }
    return role;
}

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QCoreApplication::translate("SyncPage", "(empty)");
    }
    return value.isString() ? value.toString() : RecordStore::encodeValue(value);
}

namespace {

QLabel* fingerprintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(label->font().pointSizeF() * 1.15);
    label->setFont(mono);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const SyncReport& report, const QString& fileName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QStringList lines;
    lines << tr("From <b>%1</b>, written %2.").arg(report.senderName.toHtmlEscaped(), report.created);
    lines << tr("%Ln change(s): %1 will apply, %2 will be refused, %3 are here already.", nullptr,
                int(report.carried))
                     .arg(report.applied)
                     .arg(report.refused)
                     .arg(report.known) +
                 (report.kept > 0 ? QLatin1Char(' ') +
                                        tr("%Ln will be kept for a newer version.", nullptr, int(report.kept))
                                  : QString());
    if (report.conflictsAfter > report.conflictsBefore) {
        lines << tr("%Ln new conflict(s) to review.", nullptr,
                    int(report.conflictsAfter - report.conflictsBefore));
    }
    if (report.rosterUpdated) {
        lines << tr("The list of trusted sites will be updated.");
    }
    for (const QString& note : report.notes) {
        lines << note.toHtmlEscaped();
    }
    for (const QString& refusal : report.refusals) {
        lines << QStringLiteral("<span style='color:#b3261e'>") +
                     tr("Refused: %1").arg(refusal.toHtmlEscaped()) + QStringLiteral("</span>");
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    layout->addWidget(m_summary);

    m_changes = new QTableWidget(0, 5, this);
    m_changes->setObjectName(QStringLiteral("incomingChanges"));
    m_changes->setAccessibleName(tr("Incoming changes"));
    m_changes->setHorizontalHeaderLabels(
        {tr("From"), tr("Type"), tr("Record"), tr("Field"), tr("New value")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    for (const IncomingChange& change : report.preview) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        QString field = change.field;
        QString value = valueText(change.value);
        if (field.isEmpty()) {
            field = tr("(new record)");
            value.clear();
        } else if (field == QLatin1String("~deleted")) {
            field = change.value.toBool() ? tr("(deleted)") : tr("(restored)");
            value.clear();
        }
        const QStringList cells{change.originName, change.type, change.recordId.left(8), field, value};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (change.refused) {
                item->setForeground(Theme::alert(palette()));
                item->setToolTip(tr("Refused: the sender's role does not allow this change."));
            } else if (change.kept) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Kept, not applied: a record type only a newer version of OneTeam "
                                    "knows. It applies once this site runs that version."));
            }
            m_changes->setItem(row, column, item);
        }
    }
    m_changes->resizeColumnsToContents();
    layout->addWidget(m_changes, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyBundle"));
    apply->setEnabled(report.applied > 0 || report.refused > 0 || report.kept > 0 || report.rosterUpdated);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
    makeKeyboardFriendly(this);
}

QString ImportPreviewDialog::summary() const
{
    return m_summary ? m_summary->text() : QString();
}

TrustCardDialog::TrustCardDialog(const SiteCard& card, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustCard"));
    setWindowTitle(tr("Trust a site"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Trust this site only after you have read its key fingerprint out with someone "
                      "at that site, by phone or in person."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), new QLabel(card.name.toHtmlEscaped(), this));
    form->addRow(tr("Site id"), new QLabel(card.id, this));
    form->addRow(tr("Asks to be"), new QLabel(roleTitle(card.role), this));
    form->addRow(tr("Key fingerprint"), fingerprintLabel(crypto::fingerprint(card.signKey), this));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("trustRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setEditable(true);
    m_role->addItems({QStringLiteral("secretariat"), QStringLiteral("auditor")});
    if (!QStringList{QStringLiteral("secretariat"), QStringLiteral("auditor")}.contains(card.role)) {
        m_role->addItem(card.role);
    }
    m_role->setCurrentText(card.role);
    form->addRow(tr("Role"), m_role);
    layout->addLayout(form);
    m_checked = new QCheckBox(tr("I checked the fingerprint with the site"), this);
    m_checked->setObjectName(QStringLiteral("fingerprintChecked"));
    layout->addWidget(m_checked);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* trust = m_buttons->addButton(tr("Trust"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setEnabled(false);
    connect(m_checked, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    makeKeyboardFriendly(this);
}

QString TrustCardDialog::role() const
{
    return m_role->currentText().trimmed();
}

ExportDialog::ExportDialog(const QList<SiteEntry>& sites, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportBundle"));
    setWindowTitle(tr("Export a bundle"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The bundle carries what each site chosen lacks, as far as this vault knows from "
                      "the bundles it received. Only those sites can open it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recipients"));
    m_list->setAccessibleName(tr("Recipients"));
    for (const SiteEntry& site : sites) {
        if (site.local || !site.trusted) {
            continue;
        }
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(site.name, roleTitle(site.role)), m_list);
        item->setData(Qt::UserRole, site.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* write = m_buttons->addButton(tr("Write bundle…"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("writeBundle"));
    write->setEnabled(false);
    connect(m_list, &QListWidget::itemChanged, this,
            [this, write] { write->setEnabled(!recipients().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(460, 360);
    makeKeyboardFriendly(this);
}

QStringList ExportDialog::recipients() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids << m_list->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

JoinDialog::JoinDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("joinNetwork"));
    setWindowTitle(tr("Join a network"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Type the secretariat's key fingerprint as the secretariat read it to you. "
                                "The bundle is applied only if its key matches."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setAccessibleName(tr("Secretariat's key fingerprint"));
    m_fingerprint->setPlaceholderText(QStringLiteral("ABCD-EF01-2345-6789-ABCD-EF01-2345-6789"));
    layout->addWidget(m_fingerprint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* join = buttons->addButton(tr("Join"), QDialogButtonBox::AcceptRole);
    join->setEnabled(false);
    connect(m_fingerprint, &QLineEdit::textChanged, join,
            [join](const QString& text) { join->setEnabled(text.trimmed().size() >= 32); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    makeKeyboardFriendly(this);
}

QString JoinDialog::fingerprint() const
{
    return m_fingerprint->text().trimmed();
}

} // namespace oneteam
