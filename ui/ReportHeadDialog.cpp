#include "ReportHeadDialog.h"

#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace oneteam {

ReportHeadDialog::ReportHeadDialog(const QList<ChainStatus>& chains, QWidget* parent)
    : QDialog(parent)
    , m_chains(chains)
{
    setObjectName(QStringLiteral("reportHeadDialog"));
    setWindowTitle(tr("Check a printed report"));

    auto* intro = new QLabel(
        tr("Type the audit chain head and the site as the report's title page prints them, or paste "
           "the check command printed below them."),
        this);
    intro->setWordWrap(true);

    m_head = new QLineEdit(this);
    m_head->setObjectName(QStringLiteral("reportHead"));
    m_head->setPlaceholderText(tr("e.g. 68:2c7e11c701b6f959…"));
    m_head->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_site->addItem(tr("Not known: look in every site's log"), QString());
    QStringList ids;
    for (const ChainStatus& chain : chains) {
        ids << chain.site;
    }
    for (const ChainStatus& chain : chains) {
        m_site->addItem(QStringLiteral("%1 (%2)").arg(chain.name, shortSiteId(chain.site, ids)), chain.site);
    }

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("reportHeadHint"));
    m_hint->setWordWrap(true);
    QPalette colours = m_hint->palette();
    colours.setColor(QPalette::WindowText, Theme::alert(palette()));
    m_hint->setPalette(colours);

    auto* form = new QFormLayout;
    auto* headLabel = new QLabel(tr("Audit chain &head:"), this);
    headLabel->setBuddy(m_head);
    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    form->addRow(headLabel, m_head);
    form->addRow(siteLabel, m_site);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_head, &QLineEdit::textChanged, this, &ReportHeadDialog::takeText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
}

QString ReportHeadDialog::head() const
{
    return m_head->text().trimmed();
}

QString ReportHeadDialog::site() const
{
    return m_site->currentData().toString();
}

void ReportHeadDialog::takeText(const QString& text)
{
    // A pasted command: "oneteam-cli audit verify --head 68:2c7e… --site 09a6bf6d", the
    // options in either order, as copied from a PDF (other spaces), a web page or a
    // document (backticks, quotes). Its head goes into the field and its site is chosen:
    // "not known" when it names none, or one whose log this vault does not hold.
    QString command = text;
    for (QChar& c : command) {
        if (c.isSpace()) {
            c = QLatin1Char(' ');
        }
    }
    command.remove(QLatin1Char('`'));
    static const QRegularExpression headOption(QStringLiteral(R"re(--head[ =]+(?<head>[^ "']+))re"));
    static const QRegularExpression siteOption(
        QStringLiteral(R"re(--site[ =]+(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^ "']+)))re"));
    QString problem;
    const QRegularExpressionMatch head = headOption.match(command);
    if (head.hasMatch()) {
        const QRegularExpressionMatch site = siteOption.match(command);
        const QString named = site.captured(QStringLiteral("dq")) + site.captured(QStringLiteral("sq")) +
                              site.captured(QStringLiteral("bare"));
        int index = 0;
        if (!named.isEmpty()) {
            auto found = findReportSite(m_chains, named);
            if (found) {
                index = m_site->findData(*found);
            } else {
                problem = found.error().message;
            }
        }
        m_site->setCurrentIndex(std::max(index, 0));
        const QSignalBlocker quiet(m_head);
        m_head->setText(head.captured(QStringLiteral("head")));
    }
    const bool valid = ReportHead::parse(m_head->text()).has_value();
    if (problem.isEmpty() && !valid && !m_head->text().trimmed().isEmpty()) {
        problem = tr("Not a head yet: the entry number and at least 16 hex digits of the chain value, e.g. "
                     "68:2c7e11c701b6f959.");
    }
    m_hint->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace oneteam
