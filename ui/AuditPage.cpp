#include "AuditPage.h"

#include "Theme.h"

#include "AuditText.h"
#include "PageHeading.h"
#include "RecordLabels.h"
#include "RecordService.h"
#include "RecordType.h"
#include "ReportHeadDialog.h"
#include "Settings.h"
#include "Sites.h"
#include "Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oneteam {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, int columns)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

// The start of a day in UTC, as the log's ISO times compare.
QString dayStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditPage::AuditPage(const PageSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(QLatin1String(spec.id) + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    const PageHeading heading = PageHeading::make(this);
    m_title = heading.title;
    m_description = heading.description;
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_description);
    header->addLayout(titles, 1);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    m_checkHead = new QPushButton(this);
    m_checkHead->setObjectName(QStringLiteral("checkReport"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportAudit"));
    header->addWidget(m_checkHead, 0, Qt::AlignBottom);
    header->addWidget(m_verify, 0, Qt::AlignBottom);
    header->addWidget(m_export, 0, Qt::AlignBottom);
    layout->addLayout(header);

    QFont headingFont = font();
    headingFont.setBold(true);
    m_chainsHeading = new QLabel(this);
    m_chainsHeading->setFont(headingFont);
    layout->addWidget(m_chainsHeading);
    m_chains = makeTable(this, QStringLiteral("auditChains"), 2);
    layout->addWidget(m_chains);
    m_headResult = new QLabel(this);
    m_headResult->setObjectName(QStringLiteral("reportHeadResult"));
    m_headResult->setWordWrap(true);
    m_headResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headResult->hide();
    layout->addWidget(m_headResult);

    m_logHeading = new QLabel(this);
    m_logHeading->setFont(headingFont);
    layout->addWidget(m_logHeading);
    auto* filters = new QHBoxLayout;
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("auditSite"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setMinimumDate(QDate(2020, 1, 1));
    m_to->setMinimumDate(QDate(2020, 1, 1));
    m_from->setDate(m_from->minimumDate()); // the special (empty) value: no bound
    m_to->setDate(m_to->minimumDate());
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_site);
    filters->addWidget(m_action);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    auto* targetRow = new QHBoxLayout;
    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("auditTarget"));
    m_showAll = new QPushButton(this);
    m_showAll->setObjectName(QStringLiteral("auditShowAll"));
    m_recordHistory = new QPushButton(this);
    m_recordHistory->setObjectName(QStringLiteral("auditRecordHistory"));
    m_openRecord = new QPushButton(this);
    m_openRecord->setObjectName(QStringLiteral("auditOpenRecord"));
    targetRow->addWidget(m_targetLabel, 1);
    targetRow->addWidget(m_showAll);
    targetRow->addWidget(m_recordHistory);
    targetRow->addWidget(m_openRecord);
    layout->addLayout(targetRow);
    m_log = makeTable(this, QStringLiteral("auditLog"), 4);
    layout->addWidget(m_log, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    layout->addWidget(m_count);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyNow);
    // A file is checked whole (its fingerprint is in the log); a printed report only by the
    // head it names.
    auto* checks = new QMenu(m_checkHead);
    m_checkFile = checks->addAction(QString(), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Check a report file"), Settings::reportFolder(),
                                         tr("Reports (*.pdf *.xlsx *.csv);;All files (*)"));
        if (!path.isEmpty()) {
            checkReportFile(path);
        }
    });
    m_checkFile->setObjectName(QStringLiteral("checkReportFile"));
    m_checkPrinted = checks->addAction(QString(), this, [this] {
        if (!m_vault || m_vault->isLocked()) {
            return;
        }
        // The sites whose logs this vault holds, to choose from (the check verifies them).
        auto heads = AuditLog(*m_vault).heads();
        auto sites = Sites(*m_vault).all();
        if (!heads || !sites) {
            emit failed(heads ? sites.error().message : heads.error().message);
            return;
        }
        QList<ChainStatus> logs;
        for (auto it = heads->cbegin(); it != heads->cend(); ++it) {
            ChainStatus log;
            log.site = it.key();
            log.name = it.key();
            for (const SiteEntry& site : std::as_const(*sites)) {
                if (site.id == it.key()) {
                    log.name = site.name;
                }
            }
            logs << log;
        }
        ReportHeadDialog dialog(logs, this);
        if (dialog.exec() == QDialog::Accepted && m_vault && !m_vault->isLocked()) {
            checkReportHead(dialog.head(), dialog.site());
        }
    });
    m_checkPrinted->setObjectName(QStringLiteral("checkReportHead"));
    m_checkHead->setMenu(checks);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                         QStringLiteral("oneteam-audit-log.json"), tr("Audit logs (*.json)"));
        if (!path.isEmpty()) {
            exportLog(path);
        }
    });
    for (QComboBox* combo : {m_site, m_action}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::fillLog);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::fillLog);
    }
    connect(m_search, &QLineEdit::textChanged, this, &AuditPage::fillLog);
    connect(m_showAll, &QPushButton::clicked, this, [this] { showRecordHistory({}, {}); });
    connect(m_recordHistory, &QPushButton::clicked, this, [this] {
        const QString target = selectedTarget();
        const qsizetype slash = target.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            showRecordHistory(target.left(slash), target.mid(slash + 1));
        }
    });
    const auto open = [this] {
        const QString target = selectedTarget();
        const qsizetype slash = target.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            emit openRecord(target.left(slash), target.mid(slash + 1));
        }
    };
    connect(m_openRecord, &QPushButton::clicked, this, open);
    connect(m_log, &QTableWidget::cellDoubleClicked, this, open);
    connect(m_log, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool record = selectedTarget().contains(QLatin1Char('/'));
        m_recordHistory->setEnabled(record);
        m_openRecord->setEnabled(record);
    });
    retranslate();
    refresh();
}

void AuditPage::setContext(Vault* vault, RecordService* service)
{
    disconnect(m_storeConnection);
    if (vault != m_vault) {
        m_target.clear(); // one record's history does not carry over to another vault
    }
    m_vault = vault;
    m_service = service;
    if (m_service) {
        m_storeConnection = connect(m_service->store().events(), &RecordEvents::changed, this, [this] {
            if (isVisible()) {
                fillLog();
            } else {
                m_logStale = true;
            }
        });
    }
    // Verifying every chain reads the whole history (half a second for 100,000 entries): it
    // is done when the page is shown, not each time a vault opens. A locked or closed vault
    // is cleared from the page at once.
    if (isVisible() || !m_vault || m_vault->isLocked()) {
        refresh();
    } else {
        clearUntilShown();
    }
}

void AuditPage::clearUntilShown()
{
    m_stale = true;
    updateActions();
    m_chains->setRowCount(0);
    m_log->setRowCount(0);
    m_entries.clear();
    m_count->clear();
    m_targetLabel->setVisible(!m_target.isEmpty());
    m_showAll->setVisible(!m_target.isEmpty());
    m_headResult->clear();
    m_headResult->hide();
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    } else if (m_logStale) {
        fillLog(); // entries written while the page was hidden
    }
}

void AuditPage::updateActions()
{
    const bool open = m_vault && !m_vault->isLocked();
    m_verify->setEnabled(open);
    m_checkHead->setEnabled(open);
    m_export->setEnabled(open);
}

void AuditPage::refresh()
{
    m_stale = false;
    updateActions();
    const bool open = m_vault && !m_vault->isLocked();
    if (!open) {
        m_headResult->clear(); // nothing of a locked vault's history stays on screen
        m_headResult->hide();
    }
    const QString site = m_site->currentData().toString();
    m_site->blockSignals(true);
    m_site->clear();
    m_site->addItem(tr("All sites"), QString());
    if (open) {
        if (auto sites = Sites(*m_vault).all()) {
            for (const SiteEntry& entry : *sites) {
                m_site->addItem(entry.name, entry.id);
            }
        }
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_site->blockSignals(false);
    fillChains();
    fillLog();
}

std::optional<QList<ChainStatus>> AuditPage::fillChains()
{
    m_chains->setRowCount(0);
    if (!m_vault || m_vault->isLocked()) {
        return std::nullopt;
    }
    AuditLog log(*m_vault);
    auto chains = log.verify();
    if (!chains) {
        emit failed(chains.error().message);
        return std::nullopt;
    }
    if (Status recorded = log.recordVerification(*chains); !recorded) {
        emit failed(recorded.error().message);
    }
    for (const ChainStatus& chain : *chains) {
        const int row = m_chains->rowCount();
        m_chains->insertRow(row);
        auto* name = new QTableWidgetItem(chain.name);
        auto* status = new QTableWidgetItem(AuditText::chainText(chain));
        if (!chain.intact) {
            for (QTableWidgetItem* item : {name, status}) {
                item->setForeground(Theme::alert(palette()));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        m_chains->setItem(row, 0, name);
        m_chains->setItem(row, 1, status);
    }
    m_chains->resizeColumnToContents(0);
    // As tall as its rows, up to five; the log gets the rest.
    const int rows = std::min(5, std::max(1, m_chains->rowCount()));
    m_chains->setFixedHeight(m_chains->horizontalHeader()->sizeHint().height() +
                             rows * m_chains->verticalHeader()->defaultSectionSize() +
                             2 * m_chains->frameWidth() + 2);
    return *chains;
}

AuditFilter AuditPage::filter() const
{
    AuditFilter result;
    result.site = m_site->currentData().toString();
    result.action = m_action->currentData().toString();
    result.target = m_target;
    result.text = m_search->text().trimmed();
    if (m_from->date() != m_from->minimumDate()) {
        result.from = dayStart(m_from->date());
    }
    if (m_to->date() != m_to->minimumDate()) {
        result.to = dayStart(m_to->date().addDays(1));
    }
    result.limit = kRowLimit;
    return result;
}

void AuditPage::fillLog()
{
    m_logStale = false;
    m_log->setRowCount(0);
    m_entries.clear();
    m_targetLabel->setVisible(!m_target.isEmpty());
    m_showAll->setVisible(!m_target.isEmpty());
    m_recordHistory->setEnabled(false);
    m_openRecord->setEnabled(false);
    if (!m_vault || m_vault->isLocked()) {
        m_count->clear();
        return;
    }
    AuditLog log(*m_vault);
    const AuditFilter query = filter();
    auto entries = log.entries(query);
    auto total = log.count(query);
    if (!entries || !total) {
        emit failed(entries ? total.error().message : entries.error().message);
        return;
    }
    QHash<QString, QString> names;
    for (int i = 1; i < m_site->count(); ++i) {
        names.insert(m_site->itemData(i).toString(), m_site->itemText(i));
    }
    m_entries = *entries;
    m_log->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& entry = m_entries.at(row);
        const QStringList cells{AuditText::when(entry), names.value(entry.site, entry.site),
                                QLocale().toString(entry.seq), AuditText::describe(entry)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 3) {
                item->setToolTip(entry.summary);
            }
            m_log->setItem(row, column, item);
        }
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
    m_log->resizeColumnToContents(2);
    const QLocale locale;
    m_count->setText(*total > entries->size()
                         ? tr("Showing the newest %1 of %2 entries; narrow the filters to see others.")
                               .arg(locale.toString(entries->size()), locale.toString(*total))
                         : tr("%n entries", nullptr, int(*total)));
}

QString AuditPage::selectedTarget() const
{
    const int row = m_log->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).target : QString();
}

void AuditPage::showRecordHistory(const QString& type, const QString& id)
{
    m_target = type.isEmpty() ? QString() : type + QLatin1Char('/') + id;
    QString name = id;
    if (!m_target.isEmpty() && m_service) {
        if (auto record = m_service->store().get(id)) {
            const RecordType* recordType = RecordType::find(type);
            name = (recordType ? recordType->translatedTitle() + QLatin1Char(' ') : QString()) +
                   RecordLabels::recordName(*record);
        }
    }
    m_targetLabel->setText(tr("The history of %1").arg(name));
    fillLog();
}

void AuditPage::verifyNow()
{
    fillChains();
    bool intact = true;
    for (int row = 0; row < m_chains->rowCount(); ++row) {
        intact = intact && !m_chains->item(row, 1)->font().bold();
    }
    emit message(intact ? tr("Every audit chain was recomputed and is intact.")
                        : tr("An audit chain is broken: the history was altered. See the sites in red."));
}

void AuditPage::checkReportHead(const QString& head, const QString& site)
{
    if (!m_vault || m_vault->isLocked()) {
        return;
    }
    const auto wanted = ReportHead::parse(head);
    if (!wanted) {
        emit failed(tr("'%1' is not an audit chain head. A report prints it on its title page as the entry "
                       "number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.")
                        .arg(head.trimmed()));
        return;
    }
    const std::optional<QList<ChainStatus>> chains = fillChains();
    if (!chains) {
        return;
    }
    auto check = AuditLog(*m_vault).checkHead(*chains, *wanted, site);
    if (!check) {
        emit failed(check.error().message);
        return;
    }
    showVerdict(check->text(), *chains, check->outcome == HeadCheck::Outcome::Found,
                check->outcome == HeadCheck::Outcome::InBrokenLog);
}

void AuditPage::checkReportFile(const QString& path)
{
    if (!m_vault || m_vault->isLocked()) {
        return;
    }
    const std::optional<QList<ChainStatus>> chains = fillChains();
    if (!chains) {
        return;
    }
    auto check = AuditLog(*m_vault).checkReportFile(*chains, path);
    if (!check) {
        emit failed(check.error().message);
        return;
    }
    showVerdict(check->text(), *chains, check->outcome == ReportFileCheck::Outcome::Found,
                check->outcome == ReportFileCheck::Outcome::InBrokenLog);
}

void AuditPage::showVerdict(QString text, const QList<ChainStatus>& chains, bool found, bool saysBroken)
{
    bool intact = true;
    for (const ChainStatus& chain : chains) {
        intact = intact && chain.intact;
    }
    if (!intact && !saysBroken) {
        text += QLatin1Char(' ') +
                tr("But an audit chain is broken: the history was altered. See the sites in red.");
    }
    const bool good = intact && found;
    m_headResult->setText(text);
    QPalette colours = m_headResult->palette();
    colours.setColor(QPalette::WindowText,
                     good ? palette().color(QPalette::WindowText) : Theme::alert(palette()));
    m_headResult->setPalette(colours);
    m_headResult->show();
    emit message(text);
}

void AuditPage::exportLog(const QString& path)
{
    if (!m_vault || m_vault->isLocked()) {
        return;
    }
    auto bytes = AuditLog(*m_vault).exportFile(QFileInfo(path).fileName());
    if (!bytes) {
        emit failed(bytes.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        emit failed(tr("The audit log could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    auto check = AuditLog::verifyFile(*bytes);
    emit message(tr("Saved the audit log to %1. It verifies elsewhere with the key fingerprint %2.")
                     .arg(QFileInfo(path).fileName(), check ? check->rootFingerprint : QString()));
    refresh();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The chains and the log are text in the language: read again, when seen.
        if (isVisible() || !m_vault || m_vault->isLocked()) {
            refresh();
        } else {
            clearUntilShown();
        }
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_chains->setAccessibleName(tr("Audit chains of the offices"));
    m_log->setAccessibleName(tr("Audit log entries"));
    m_title->setText(PageCatalog::title(m_spec));
    m_description->setText(PageCatalog::description(m_spec));
    m_verify->setText(tr("&Verify now"));
    m_checkHead->setText(tr("Check a &report"));
    m_checkHead->setToolTip(tr("Check that a report file is one a site exported, unchanged, or that a "
                               "printed report names a real state of this history"));
    m_checkFile->setText(tr("A report &file…"));
    m_checkPrinted->setText(tr("A &printed report's audit chain head…"));
    m_export->setText(tr("E&xport log…"));
    m_chainsHeading->setText(tr("Chains by site"));
    m_logHeading->setText(tr("Log"));
    m_chains->setHorizontalHeaderLabels({tr("Site"), tr("Status")});
    m_log->setHorizontalHeaderLabels({tr("When"), tr("Site"), tr("No."), tr("What happened")});
    m_search->setPlaceholderText(tr("Search the log…"));
    m_search->setAccessibleName(tr("Search the log"));
    m_site->setAccessibleName(tr("Site"));
    m_action->setAccessibleName(tr("Action"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    // Unset, the fields show their name instead of a date.
    m_from->setSpecialValueText(tr("From"));
    m_to->setSpecialValueText(tr("To"));
    m_from->setToolTip(tr("From this day (the first date in the list: no bound)"));
    m_to->setToolTip(tr("Up to this day (the first date in the list: no bound)"));
    m_showAll->setText(tr("Show all entries"));
    m_recordHistory->setText(tr("History of this record"));
    m_openRecord->setText(tr("Open record"));
    const QString action = m_action->currentData().toString();
    m_action->blockSignals(true);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString& name : AuditText::actions()) {
        m_action->addItem(AuditText::actionTitle(name), name);
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_action->blockSignals(false);
}

} // namespace oneteam
