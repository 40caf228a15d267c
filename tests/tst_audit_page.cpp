// The Audit page (offscreen): each site's chain and its status, the log with its filters,
// one record's history reached from the record editor's History button, an altered entry
// shown in red after "Verify now", and the export of the log.
#include "AuditLog.h"
#include "AuditPage.h"
#include "MainWindow.h"
#include "RecordEditor.h"
#include "RecordListPage.h"
#include "RecordService.h"
#include "RecordTableModel.h"
#include "Report.h"
#include "ReportHeadDialog.h"
#include "SampleDataset.h"
#include "Sites.h"
#include "SyncTestSupport.h"
#include "Theme.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace oneteam;
using namespace oneteam::test;

class TestAuditPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    { // ctest gives each test its own XDG folders; run by hand, Qt's test mode keeps them apart.
        QStandardPaths::setTestModeEnabled(qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
    }
    void showsChainsLogAndFilters();
    void historyButtonShowsTheRecordsEntries();
    void readsTheHistoryWhenShown();
    void checksAReportsHead();
};

namespace {

const PageSpec* spec(const char* id)
{
    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    for (int i = 0; i < count; ++i) {
        if (QLatin1String(pages[i].id) == QLatin1String(id)) {
            return &pages[i];
        }
    }
    return nullptr;
}

int rowsWith(QTableWidget* table, int column, const QString& text)
{
    int rows = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        rows += table->item(row, column)->text().contains(text) ? 1 : 0;
    }
    return rows;
}

// Resolution 2026-1, "AI action plan", in the status given.
QJsonObject actionPlan(const QString& status)
{
    return {{QStringLiteral("number"), QStringLiteral("2026-1")},
            {QStringLiteral("title_ko"), QStringLiteral("AI 행동계획")},
            {QStringLiteral("title_en"), QStringLiteral("AI action plan")},
            {QStringLiteral("status"), status}};
}

} // namespace

void TestAuditPage::showsChainsLogAndFilters()
{
    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    RecordService service(*site->store, QStringLiteral("secretariat"));
    QString error;
    const int loaded = SampleDataset::load(service, &error);
    QVERIFY2(loaded > 0, qPrintable(error));

    AuditPage page(*spec("audit"));
    page.resize(1280, 800);
    // A vault opening does not read its whole history for a page nobody looks at: the
    // chains are verified, and the log read, when the page is shown.
    const auto lastVerified = [&] { return AuditLog(*site->vault).health()->lastVerified; };
    page.setContext(site->vault.get(), &service);
    QCOMPARE(page.chainsTable()->rowCount(), 0);
    QCOMPARE(page.logTable()->rowCount(), 0);
    QVERIFY(lastVerified().isEmpty());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("verifyAudit"))->isEnabled());
    page.show();
    QVERIFY(!lastVerified().isEmpty());
    QCOMPARE(page.chainsTable()->rowCount(), 1);
    QVERIFY(page.chainsTable()->item(0, 1)->text().startsWith(QStringLiteral("intact")));
    // Every record created is a row, with the vault's creation.
    QCOMPARE(page.logTable()->rowCount(), loaded + 1);
    QCOMPARE(page.countLabel()->text(), QStringLiteral("%1 entries").arg(loaded + 1));
    // Filtering by action and by text.
    page.actionFilter()->setCurrentIndex(page.actionFilter()->findData(QStringLiteral("vault-created")));
    QCOMPARE(page.logTable()->rowCount(), 1);
    page.actionFilter()->setCurrentIndex(0);
    page.searchField()->setText(QStringLiteral("GPU"));
    QVERIFY(page.logTable()->rowCount() > 0);
    QVERIFY(page.logTable()->rowCount() < loaded);
    page.searchField()->clear();
    // A new write shows up at the top.
    QVERIFY(service.store().put(QStringLiteral("milestone"), {},
                                {{QStringLiteral("title"), QStringLiteral("Audit page check")},
                                 {QStringLiteral("due"), QStringLiteral("2026-12-31")},
                                 {QStringLiteral("status"), QStringLiteral("planned")}}));
    page.show();
    page.refresh();
    QCOMPARE(page.logTable()->rowCount(), loaded + 2);
    QVERIFY(page.logTable()->item(0, 3)->text().contains(QStringLiteral("Milestone")));

    // An altered entry: "Verify now" shows the site in red and says so.
    QSignalSpy messages(&page, &AuditPage::message);
    QCOMPARE(execSql(*site->vault, "UPDATE audit_entry SET target = 'resolution/forged' WHERE seq = 5"),
             SQLITE_OK);
    page.findChild<QPushButton*>(QStringLiteral("verifyAudit"))->click();
    QVERIFY(page.chainsTable()->item(0, 1)->text().contains(QStringLiteral("entry 5")));
    QVERIFY(page.chainsTable()->item(0, 1)->font().bold());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("broken")));
    QCOMPARE(execSql(*site->vault,
                     "UPDATE audit_entry SET target = (SELECT target FROM audit_entry WHERE seq = 6) "
                     "WHERE seq = 5"),
             SQLITE_OK);

    // Export: a file that verifies on its own, and an entry that says so.
    const QString path = dir.filePath(QStringLiteral("log.json"));
    page.exportLog(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto check = AuditLog::verifyFile(file.readAll());
    QVERIFY(check);
    QCOMPARE(page.logTable()->item(0, 3)->text(), QStringLiteral("Audit log exported: log.json"));
    QVERIFY(!page.grab().isNull());
}

void TestAuditPage::historyButtonShowsTheRecordsEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    UiLanguage language;
    MainWindow window(language);
    window.resize(1280, 800);
    window.setVault(std::move(*vault));
    RecordStore store(*window.vault());
    auto id = store.put(QStringLiteral("resolution"), {}, actionPlan(QStringLiteral("adopted")));
    QVERIFY(id);
    QVERIFY(store.put(QStringLiteral("resolution"), *id, actionPlan(QStringLiteral("in-progress"))));
    QVERIFY(window.openRecord(QStringLiteral("resolution"), *id));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* history = pages->currentWidget()->findChild<QPushButton*>(QStringLiteral("recordHistory"));
    QVERIFY(history);
    QVERIFY(history->isVisibleTo(&window));
    history->click();
    AuditPage* audit = window.auditPage();
    QCOMPARE(pages->currentWidget(), audit);
    QCOMPARE(audit->logTable()->rowCount(), 2);
    QCOMPARE(rowsWith(audit->logTable(), 3, QStringLiteral("Updated Resolution")), 1);
    QCOMPARE(rowsWith(audit->logTable(), 3, QStringLiteral("Created Resolution")), 1);
    QVERIFY(audit->findChild<QLabel*>(QStringLiteral("auditTarget"))
                ->text()
                .contains(QStringLiteral("AI action plan")));
    audit->findChild<QPushButton*>(QStringLiteral("auditShowAll"))->click();
    QCOMPARE(audit->logTable()->rowCount(), 3);
}

// Opening a vault does not verify its whole history for a page nobody looks at; the page
// reads it when shown, lists what was written while it was hidden, and does not carry one
// vault's record history over to another.
void TestAuditPage::readsTheHistoryWhenShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    UiLanguage language;
    MainWindow window(language);
    window.resize(1280, 800);
    window.show();
    window.setVault(std::move(*vault));
    AuditPage* audit = window.auditPage();
    QVERIFY(!audit->isVisible());
    QCOMPARE(audit->chainsTable()->rowCount(), 0);
    QVERIFY(AuditLog(*window.vault()).health()->lastVerified.isEmpty());
    QVERIFY(window.showPage(QStringLiteral("audit")));
    QVERIFY(audit->isVisible());
    QCOMPARE(audit->chainsTable()->rowCount(), 1);
    QVERIFY(!AuditLog(*window.vault()).health()->lastVerified.isEmpty());
    QCOMPARE(audit->logTable()->rowCount(), 1); // the vault's creation

    // Written while another page is shown: listed when the Audit page is shown again.
    QVERIFY(window.showPage(QStringLiteral("resolutions")));
    RecordStore* store = window.recordPage(QStringLiteral("resolution"))->model()->store();
    auto id = store->put(QStringLiteral("resolution"), {}, actionPlan(QStringLiteral("adopted")));
    QVERIFY(id);
    QCOMPARE(audit->logTable()->rowCount(), 1);
    QVERIFY(window.showPage(QStringLiteral("audit")));
    QCOMPARE(audit->logTable()->rowCount(), 2);

    // One record's history, then another vault: the new vault's whole log is shown.
    audit->showRecordHistory(QStringLiteral("resolution"), *id);
    QCOMPARE(audit->logTable()->rowCount(), 1);
    auto other = Vault::create(dir.filePath(QStringLiteral("other.otvault")), secret("pass"), secretariat(),
                               cheapOptions());
    QVERIFY(other);
    window.setVault(std::move(*other));
    QVERIFY(window.showPage(QStringLiteral("audit")));
    QVERIFY(audit->findChild<QLabel*>(QStringLiteral("auditTarget"))->isHidden());
    QCOMPARE(audit->logTable()->rowCount(), 1);
    QCOMPARE(rowsWith(audit->logTable(), 3, QStringLiteral("AI action plan")), 0);
}

// "Check a report…": the head a report prints is looked up in the verified history.
void TestAuditPage::checksAReportsHead()
{
    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    RecordService service(*site->store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY2(SampleDataset::load(service, &error) > 0, qPrintable(error));
    auto head = AuditLog(*site->vault).signedLocalHead();
    QVERIFY(head);
    const QString hex = QString::fromLatin1(head->second.toHex()).left(32);

    AuditPage page(*spec("audit"));
    page.setContext(site->vault.get(), &service);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("checkReport"));
    QVERIFY(button && button->isEnabled() && button->menu());
    QVERIFY(button->menu()->findChild<QAction*>(QStringLiteral("checkReportFile")));
    QVERIFY(button->menu()->findChild<QAction*>(QStringLiteral("checkReportHead")));
    QVERIFY(page.reportResult()->isHidden());
    QSignalSpy failed(&page, &AuditPage::failed);

    page.checkReportHead(QStringLiteral("entry %1, %2").arg(head->first).arg(hex));
    QVERIFY(!page.reportResult()->isHidden());
    QVERIFY2(page.reportResult()->text().contains(QStringLiteral("is in the verified log of secretariat")),
             qPrintable(page.reportResult()->text()));
    QCOMPARE(page.reportResult()->palette().color(QPalette::WindowText),
             page.palette().color(QPalette::WindowText));
    QString other = hex;
    other[0] = other[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    page.checkReportHead(QStringLiteral("%1:%2").arg(head->first).arg(other));
    QVERIFY2(page.reportResult()->text().contains(QStringLiteral("was not made from the history")),
             qPrintable(page.reportResult()->text()));
    QCOMPARE(page.reportResult()->palette().color(QPalette::WindowText), Theme::alert(page.palette()));
    QCOMPARE(failed.count(), 0);
    // A report file: unchanged since its export, or not.
    auto report =
        ReportBuilder::build(*site->vault, *site->store, QStringLiteral("caio"), QStringLiteral("en"));
    QVERIFY(report);
    const QString path = dir.filePath(QStringLiteral("caio.csv"));
    auto written = ReportWriter::write(*report, ReportWriter::Format::Csv, path);
    QVERIFY(written);
    QVERIFY(ReportBuilder::noteExported(*site->vault, *report, QStringLiteral("csv"),
                                        QStringLiteral("caio.csv"), *written));
    page.checkReportFile(path);
    QVERIFY2(page.reportResult()->text().contains(
                 QStringLiteral("caio.csv is unchanged since secretariat exported it")),
             qPrintable(page.reportResult()->text()));
    QCOMPARE(page.reportResult()->palette().color(QPalette::WindowText),
             page.palette().color(QPalette::WindowText));
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\"extra\",\"row\"\r\n");
    file.close();
    page.checkReportFile(path);
    QVERIFY2(page.reportResult()->text().contains(QStringLiteral("No log here records a report file")),
             qPrintable(page.reportResult()->text()));
    QCOMPARE(failed.count(), 0);
    page.checkReportFile(dir.filePath(QStringLiteral("missing.pdf")));
    QCOMPARE(failed.count(), 1);
    failed.clear();
    // The menu's dialog: the command the title page prints, pasted whole, fills the head and
    // chooses the site; the check names that site.
    auto chains = AuditLog(*site->vault).verify();
    QVERIFY(chains);
    const QString localId = Sites(*site->vault).local()->id;
    {
        ReportHeadDialog dialog(*chains);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.site(), QString());
        dialog.headField()->setText(QStringLiteral("oneteam-cli audit verify --head %1:%2 --site %3")
                                        .arg(head->first)
                                        .arg(hex, localId.left(8)));
        QCOMPARE(dialog.head(), QStringLiteral("%1:%2").arg(head->first).arg(hex));
        QCOMPARE(dialog.site(), localId);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.hint()->text().isEmpty());
        // A site this vault holds no log of, quoted: said, and no site is chosen (not the
        // one the last paste chose).
        dialog.headField()->setText(
            QStringLiteral("audit verify --head %1:%2 --site \"Treasury Office\"").arg(head->first).arg(hex));
        QVERIFY2(dialog.hint()->text().contains(QStringLiteral("'Treasury Office'")),
                 qPrintable(dialog.hint()->text()));
        QCOMPARE(dialog.site(), QString());
        QVERIFY(ok->isEnabled());
        // As copied from a document: backticks, the options the other way round, a
        // non-breaking space.
        dialog.headField()->setText(QStringLiteral("`oneteam-cli audit verify --site %3\u00a0--head %1:%2`")
                                        .arg(head->first)
                                        .arg(hex, localId.left(8)));
        QCOMPARE(dialog.head(), QStringLiteral("%1:%2").arg(head->first).arg(hex));
        QCOMPARE(dialog.site(), localId);
        QVERIFY(dialog.hint()->text().isEmpty());
        // A command without a site (an older report's): no site is chosen.
        dialog.headField()->setText(
            QStringLiteral("oneteam-cli audit verify --head %1:%2").arg(head->first).arg(hex));
        QCOMPARE(dialog.site(), QString());
        QVERIFY(ok->isEnabled());
        // Not a head: the button waits.
        dialog.headField()->setText(QStringLiteral("68:2c7e"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.hint()->text().contains(QStringLiteral("Not a head yet")));
    }
    page.reportResult()->clear();
    QTimer::singleShot(0, &page, [&] {
        auto* dialog = qobject_cast<ReportHeadDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->headField()->setText(
            QStringLiteral("--head %1:%2 --site %3").arg(head->first).arg(hex, localId.left(8).toUpper()));
        dialog->accept();
    });
    button->menu()->findChild<QAction*>(QStringLiteral("checkReportHead"))->trigger();
    QVERIFY2(page.reportResult()->text().contains(QStringLiteral("is in the verified log of secretariat")),
             qPrintable(page.reportResult()->text()));
    page.checkReportHead(QStringLiteral("%1:%2").arg(head->first + 1000).arg(hex), localId);
    QVERIFY2(page.reportResult()->text().contains(QStringLiteral("ends before entry")),
             qPrintable(page.reportResult()->text()));
    QCOMPARE(failed.count(), 0);
    // Not a head: said, and the last verdict is left alone.
    page.checkReportHead(QStringLiteral("yesterday's report"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("is not an audit chain head")));
    // Locked: nothing of the history stays on screen.
    page.setContext(nullptr, nullptr);
    QVERIFY(page.reportResult()->isHidden());
    QVERIFY(page.reportResult()->text().isEmpty());
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
