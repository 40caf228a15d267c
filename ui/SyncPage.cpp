#include "SyncPage.h"

#include "PageHeading.h"
#include "RecordLabels.h"
#include "RecordService.h"
#include "RecordType.h"
#include "SiteCrypto.h"
#include "SyncDialogs.h"
#include "SyncPolicy.h"
#include "Vault.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oneteam {

namespace {

// An HLC or ISO time in the user's locale, to the minute.
QString whenText(const QString& stamp)
{
    QDateTime time;
    qint64 wall = 0;
    qint64 counter = 0;
    if (Hlc::parse(stamp, &wall, &counter)) {
        time = QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC);
    } else {
        time = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    }
    if (!time.isValid()) {
        return stamp;
    }
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QTableWidget* makeTable(int columns, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace

SyncPage::SyncPage(const PageSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(QLatin1String(spec.id) + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    const PageHeading heading = PageHeading::make(this);
    m_title = heading.title;
    m_description = heading.description;
    const QFont titleFont = m_title->font();
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_description);
    header->addLayout(titles, 1);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importBundle"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportBundle"));
    header->addWidget(m_importButton, 0, Qt::AlignBottom);
    header->addWidget(m_exportButton, 0, Qt::AlignBottom);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    layout->addWidget(m_tabs, 1);

    // This site.
    auto* siteTab = new QWidget(m_tabs);
    auto* siteLayout = new QVBoxLayout(siteTab);
    m_siteText = new QLabel(siteTab);
    m_siteText->setWordWrap(true);
    m_siteText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel(siteTab);
    m_fingerprint->setObjectName(QStringLiteral("siteFingerprint"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(titleFont.pointSizeF() * 0.8);
    m_fingerprint->setFont(mono);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_network = new QLabel(siteTab);
    m_network->setWordWrap(true);
    m_network->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* siteButtons = new QHBoxLayout;
    m_saveCard = new QPushButton(siteTab);
    m_saveCard->setObjectName(QStringLiteral("saveCard"));
    m_joinButton = new QPushButton(siteTab);
    m_joinButton->setObjectName(QStringLiteral("joinNetwork"));
    siteButtons->addWidget(m_saveCard);
    siteButtons->addWidget(m_joinButton);
    siteButtons->addStretch(1);
    siteLayout->addWidget(m_siteText);
    siteLayout->addWidget(m_fingerprint);
    siteLayout->addSpacing(12);
    siteLayout->addWidget(m_network);
    siteLayout->addLayout(siteButtons);
    siteLayout->addStretch(1);
    m_tabs->addTab(siteTab, QString());

    // Sites.
    auto* sitesTab = new QWidget(m_tabs);
    auto* sitesLayout = new QVBoxLayout(sitesTab);
    m_sites = makeTable(6, QStringLiteral("sites"), sitesTab);
    sitesLayout->addWidget(m_sites, 1);
    auto* sitesButtons = new QHBoxLayout;
    m_trustButton = new QPushButton(sitesTab);
    m_trustButton->setObjectName(QStringLiteral("trustCard"));
    sitesButtons->addWidget(m_trustButton);
    m_distrustButton = new QPushButton(sitesTab);
    m_distrustButton->setObjectName(QStringLiteral("distrustSite"));
    sitesButtons->addWidget(m_distrustButton);
    sitesButtons->addStretch(1);
    sitesLayout->addLayout(sitesButtons);
    m_tabs->addTab(sitesTab, QString());

    // Conflicts.
    auto* conflictsTab = new QWidget(m_tabs);
    auto* conflictsLayout = new QVBoxLayout(conflictsTab);
    m_conflictHelp = new QLabel(conflictsTab);
    m_conflictHelp->setWordWrap(true);
    conflictsLayout->addWidget(m_conflictHelp);
    m_conflicts = makeTable(6, QStringLiteral("conflicts"), conflictsTab);
    conflictsLayout->addWidget(m_conflicts, 1);
    auto* conflictButtons = new QHBoxLayout;
    m_keepShown = new QPushButton(conflictsTab);
    m_keepShown->setObjectName(QStringLiteral("keepShown"));
    m_keepOther = new QPushButton(conflictsTab);
    m_keepOther->setObjectName(QStringLiteral("keepOther"));
    m_restore = new QPushButton(conflictsTab);
    m_restore->setObjectName(QStringLiteral("restoreRecord"));
    m_keepDeleted = new QPushButton(conflictsTab);
    m_keepDeleted->setObjectName(QStringLiteral("keepDeleted"));
    m_openRecord = new QPushButton(conflictsTab);
    m_openRecord->setObjectName(QStringLiteral("openConflictRecord"));
    for (QPushButton* button : {m_keepShown, m_keepOther, m_restore, m_keepDeleted, m_openRecord}) {
        conflictButtons->addWidget(button);
    }
    conflictButtons->addStretch(1);
    conflictsLayout->addLayout(conflictButtons);
    m_tabs->addTab(conflictsTab, QString());

    // History.
    m_history = makeTable(8, QStringLiteral("bundleHistory"), m_tabs);
    m_tabs->addTab(m_history, QString());

    connect(m_saveCard, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save this site's card"), QString(),
                                                          tr("Site cards (*.otcard)"));
        if (!path.isEmpty()) {
            saveCard(path.endsWith(QLatin1String(".otcard")) ? path : path + QStringLiteral(".otcard"));
        }
    });
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trust a site card"), QString(),
                                                          tr("Site cards (*.otcard *.card);;All files (*)"));
        if (!path.isEmpty()) {
            trustCard(path);
        }
    });
    connect(m_distrustButton, &QPushButton::clicked, this, [this] {
        const int row = m_sites->currentRow();
        if (row < 0 || !m_sites->item(row, 5)) {
            return;
        }
        const QString name = m_sites->item(row, 0)->text();
        if (QMessageBox::question(
                this, tr("Stop trusting a site"),
                tr("Stop trusting %1? Its bundles will be refused, and the next bundles tell "
                   "every office.")
                    .arg(name)) == QMessageBox::Yes) {
            distrust(m_sites->item(row, 5)->text());
        }
    });
    connect(m_sites, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool other =
            row >= 0 && m_sites->item(row, 2) && m_sites->item(row, 2)->data(Qt::UserRole).toBool();
        m_distrustButton->setEnabled(other);
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a bundle"), QString(),
                                                          tr("Bundles (*.otbundle);;All files (*)"));
        if (!path.isEmpty()) {
            previewImport(path);
        }
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (!m_vault) {
            return;
        }
        auto sites = Sites(*m_vault).all();
        ExportDialog dialog(sites ? *sites : QList<SiteEntry>(), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        const QString name = QStringLiteral("oneteam-%1.otbundle")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Write the bundle"), name, tr("Bundles (*.otbundle)"));
        if (!path.isEmpty()) {
            exportBundle(dialog.recipients(), path);
        }
    });
    connect(m_joinButton, &QPushButton::clicked, this, &SyncPage::startJoin);
    connect(m_keepShown, &QPushButton::clicked, this,
            [this] { settle(m_conflicts->currentRow(), Settle::KeepShown); });
    connect(m_keepOther, &QPushButton::clicked, this,
            [this] { settle(m_conflicts->currentRow(), Settle::KeepOther); });
    connect(m_restore, &QPushButton::clicked, this,
            [this] { settle(m_conflicts->currentRow(), Settle::Restore); });
    connect(m_keepDeleted, &QPushButton::clicked, this,
            [this] { settle(m_conflicts->currentRow(), Settle::KeepDeleted); });
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        const int row = m_conflicts->currentRow();
        if (row >= 0 && row < m_conflictList.size()) {
            emit openRecord(m_conflictList.at(row).type, m_conflictList.at(row).recordId);
        }
    });
    connect(m_conflicts, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < m_conflictList.size();
        const bool deleted = valid && m_conflictList.at(row).deletedRecord;
        const bool mayWrite = m_service && !m_service->readOnly();
        m_keepShown->setEnabled(valid && !deleted && mayWrite);
        m_keepOther->setEnabled(valid && !deleted && mayWrite);
        m_restore->setEnabled(deleted && mayWrite);
        m_keepDeleted->setEnabled(deleted && mayWrite);
        m_openRecord->setEnabled(valid);
    });
    retranslate();
    refresh();
}

SyncPage::~SyncPage() = default;

void SyncPage::setContext(Vault* vault, RecordService* service)
{
    disconnect(m_storeConnection);
    m_vault = vault;
    m_service = service;
    if (m_service) {
        m_storeConnection =
            connect(m_service->store().events(), &RecordEvents::changed, this, [this] { fillConflicts(); });
    }
    refresh();
}

std::unique_ptr<Sync> SyncPage::sync() const
{
    if (!m_vault || !m_service) {
        return {};
    }
    return std::make_unique<Sync>(*m_vault, m_service->store(), syncPolicy(m_service->store()));
}

void SyncPage::refresh()
{
    const bool open = m_vault && m_service;
    for (QPushButton* button : {m_saveCard, m_importButton, m_exportButton}) {
        button->setEnabled(open);
    }
    fillSite();
    fillSites();
    fillConflicts();
    fillHistory();
}

void SyncPage::fillSite()
{
    m_joinButton->setVisible(false);
    m_trustButton->setVisible(false);
    m_distrustButton->setVisible(false);
    m_distrustButton->setEnabled(false);
    if (!m_vault || !m_service) {
        m_siteText->setText(tr("Open a vault to see its site."));
        m_fingerprint->clear();
        m_network->clear();
        return;
    }
    Sites sites(*m_vault);
    auto local = sites.local();
    auto root = sites.rootId();
    if (!local || !root) {
        m_siteText->setText(local ? root.error().message : local.error().message);
        return;
    }
    m_siteText->setText(tr("<b>%1</b> — %2<br>Site id %3")
                            .arg(local->name.toHtmlEscaped(), roleTitle(local->role), local->id));
    m_fingerprint->setText(crypto::fingerprint(local->signKey));
    m_fingerprint->setToolTip(
        tr("This site's key fingerprint: read it out when another office checks your card."));
    if (local->root) {
        m_network->setText(tr(
            "This vault is the root of its network: it trusts the other sites' cards and gives them their "
            "roles.<ol><li>Each office saves its site card and gives it to you.</li><li>Read its fingerprint "
            "together by phone, then trust the card (Sites tab).</li><li>Export a bundle to the new site and "
            "read this vault's fingerprint to it: it joins with both.</li><li>From then on, import what "
            "offices "
            "send and export what they lack. Bundles to one office may carry others' changes: the "
            "secretariat "
            "relays.</li></ol>"));
        m_trustButton->setVisible(true);
        m_distrustButton->setVisible(true);
    } else if (root->isEmpty()) {
        m_network->setText(
            tr("This vault has not joined a network yet.<ol><li>Save this site's card and give it "
               "to the secretariat, with the fingerprint above.</li><li>When the secretariat sends "
               "its first bundle, join the network with it and the secretariat's fingerprint.</li>"
               "<li>Then export bundles for the secretariat and import what it sends.</li></ol>"));
        m_joinButton->setVisible(true);
    } else {
        auto rootSite = sites.find(*root);
        m_network->setText(
            rootSite ? tr("Network of %1 (key fingerprint %2).")
                           .arg(rootSite->name.toHtmlEscaped(), crypto::fingerprint(rootSite->signKey))
                     : rootSite.error().message);
    }
    m_joinButton->setVisible(m_joinButton->isVisible() || local->role == QLatin1String("secretariat"));
}

void SyncPage::fillSites()
{
    m_sites->setRowCount(0);
    if (!m_vault || !m_service) {
        return;
    }
    auto sites = Sites(*m_vault).all();
    auto received = sync()->lastReceived();
    if (!sites) {
        return;
    }
    for (const SiteEntry& site : *sites) {
        const int row = m_sites->rowCount();
        m_sites->insertRow(row);
        QString state =
            site.local ? tr("this site") : (site.trusted ? tr("trusted") : tr("no longer trusted"));
        if (site.root) {
            state += QStringLiteral(", ") + tr("root");
        }
        const QString last = received && received->contains(site.id) ? whenText(received->value(site.id))
                                                                     : (site.local ? QString() : tr("never"));
        setRow(m_sites, row,
               {site.name, roleTitle(site.role), state, last, crypto::fingerprint(site.signKey), site.id});
        m_sites->item(row, 2)->setData(Qt::UserRole, site.trusted && !site.local);
    }
    m_sites->resizeColumnsToContents();
}

void SyncPage::fillConflicts()
{
    m_conflicts->setRowCount(0);
    m_conflictList.clear();
    if (m_service) {
        auto conflicts = m_service->store().conflicts();
        if (conflicts) {
            m_conflictList = *conflicts;
        }
    }
    QHash<QString, QString> names;
    if (m_vault && m_service) {
        if (auto sites = Sites(*m_vault).all()) {
            for (const SiteEntry& site : *sites) {
                names.insert(site.id, site.name);
            }
        }
    }
    for (const Conflict& conflict : std::as_const(m_conflictList)) {
        const int row = m_conflicts->rowCount();
        m_conflicts->insertRow(row);
        QString recordName = conflict.recordId.left(8);
        if (auto record = m_service->store().get(conflict.recordId)) {
            recordName = RecordLabels::recordName(*record);
        }
        const RecordType* type = RecordType::find(conflict.type);
        const QString field = RecordLabels::field(conflict.field);
        const QString shown =
            conflict.deletedRecord
                ? tr("deleted by %1, %2").arg(names.value(conflict.kept.origin), whenText(conflict.kept.hlc))
                : tr("%1 (%2, %3)")
                      .arg(valueText(conflict.keptValue), names.value(conflict.kept.origin),
                           whenText(conflict.kept.hlc));
        const QString other = tr("%1 (%2, %3)")
                                  .arg(valueText(conflict.otherValue), names.value(conflict.other.origin),
                                       whenText(conflict.other.hlc));
        setRow(m_conflicts, row,
               {type ? type->translatedTitle() : conflict.type, recordName, field, shown, other,
                conflict.deletedRecord ? tr("Edited while deleted elsewhere") : tr("Edited at two sites")});
    }
    m_conflicts->resizeColumnsToContents();
    const int index = m_tabs->indexOf(m_conflicts->parentWidget());
    m_tabs->setTabText(index, m_conflictList.isEmpty() ? tr("Conflicts")
                                                       : tr("Conflicts (%1)").arg(m_conflictList.size()));
    m_conflicts->setCurrentCell(m_conflictList.isEmpty() ? -1 : 0, 0);
    emit m_conflicts->currentCellChanged(m_conflicts->currentRow(), 0, -1, -1);
}

void SyncPage::fillHistory()
{
    m_history->setRowCount(0);
    if (!m_vault || !m_service) {
        return;
    }
    auto entries = sync()->history();
    if (!entries) {
        return;
    }
    for (const BundleLogEntry& entry : *entries) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const bool sent = entry.direction == QLatin1String("sent");
        setRow(m_history, row,
               {whenText(entry.at), sent ? tr("sent to") : tr("received from"), entry.peer, entry.file,
                QLocale().toString(entry.changes), sent ? QString() : QLocale().toString(entry.applied),
                sent             ? QString()
                : entry.kept > 0 ? tr("%1 (%Ln kept for a newer version)", nullptr, int(entry.kept))
                                       .arg(QLocale().toString(entry.refused))
                                 : QLocale().toString(entry.refused),
                sent ? QString() : QLocale().toString(entry.conflicts)});
    }
    m_history->resizeColumnsToContents();
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_title->setText(PageCatalog::title(m_spec));
    m_description->setText(PageCatalog::description(m_spec));
    m_importButton->setText(tr("Import a bundle…"));
    m_importButton->setToolTip(tr("Verify a bundle, see what it will change and from whom, then apply it"));
    m_exportButton->setText(tr("Export a bundle…"));
    m_exportButton->setToolTip(tr("Write the changes chosen sites lack into a signed, encrypted file"));
    m_saveCard->setText(tr("Save this site's card…"));
    m_joinButton->setText(tr("Join a network…"));
    m_trustButton->setText(tr("Trust a site card…"));
    m_distrustButton->setText(tr("Stop trusting…"));
    m_keepShown->setText(tr("Keep the value shown"));
    m_keepOther->setText(tr("Keep the other value"));
    m_restore->setText(tr("Restore with the edits"));
    m_keepDeleted->setText(tr("Keep deleted"));
    m_openRecord->setText(tr("Open record"));
    m_conflictHelp->setText(tr("Two sites changed the same field without seeing each other's change, or one "
                               "deleted a record another was editing. Every site shows the same value until "
                               "someone settles it; nothing is lost meanwhile."));
    m_tabs->setTabText(0, tr("This site"));
    m_tabs->setTabText(1, tr("Sites"));
    m_tabs->setTabText(3, tr("History"));
    m_sites->setHorizontalHeaderLabels({tr("Site"), tr("Role"), tr("Trust"), tr("Last bundle received"),
                                        tr("Key fingerprint"), tr("Site id")});
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Type"), tr("Record"), tr("Field"), tr("Shown everywhere"), tr("Other value"), tr("Why")});
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Direction"), tr("Site"), tr("File"), tr("Changes"),
                                          tr("Applied"), tr("Refused"), tr("New conflicts")});
    m_sites->setAccessibleName(tr("Sites"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_history->setAccessibleName(tr("Bundles sent and received"));
}

} // namespace oneteam
