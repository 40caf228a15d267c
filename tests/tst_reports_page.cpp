// The Reports page (offscreen): what the chosen report holds, export to PDF and XLSX
// (logged in the audit log), printing through the same layout, and a cancelled export
// that writes nothing.
#include "AuditLog.h"
#include "RecordService.h"
#include "ReportsPage.h"
#include "SampleDataset.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QPrinter>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace oneteam;
using namespace oneteam::test;

class TestReportsPage : public QObject
{
    Q_OBJECT
private slots:
    void exportsPreviewsAndCancels();
};

void TestReportsPage::exportsPreviewsAndCancels()
{
    // ctest gives each test its own XDG folders; run by hand, Qt's test mode keeps them apart.
    QStandardPaths::setTestModeEnabled(qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("office.otvault")), secret("pass"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    RecordService service(store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY(SampleDataset::load(service, &error) > 0);
    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    const PageSpec* spec = nullptr;
    for (int i = 0; i < count; ++i) {
        spec = QLatin1String(pages[i].id) == QLatin1String("reports") ? &pages[i] : spec;
    }
    QVERIFY(spec);
    ReportsPage page(*spec);
    page.resize(1280, 800);
    page.setContext(vault->get(), &service);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // What it holds: the summary's sections, with their tables and row counts.
    page.choose(QStringLiteral("summary"), ReportWriter::Format::Pdf, QStringLiteral("en"));
    QTreeWidget* contents = page.contents();
    QVERIFY(contents->topLevelItemCount() >= 6);
    QCOMPARE(contents->topLevelItem(0)->text(0), QStringLiteral("At a glance"));
    page.choose(QStringLiteral("caio"), ReportWriter::Format::Pdf, QStringLiteral("ko"));
    QCOMPARE(contents->topLevelItemCount(), 1);
    QCOMPARE(contents->topLevelItem(0)->child(0)->text(0), QStringLiteral("CAIO 명단"));
    QCOMPARE(contents->topLevelItem(0)->child(0)->text(1), QStringLiteral("19 rows"));

    // Export: PDF and XLSX, each an entry of the audit log.
    QSignalSpy messages(&page, &ReportsPage::message);
    page.choose(QStringLiteral("summary"), ReportWriter::Format::Pdf, QStringLiteral("ko"));
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    QVERIFY(page.exportTo(pdf));
    QVERIFY(QFile(pdf).size() > 10000);
    page.choose(QStringLiteral("budget"), ReportWriter::Format::Xlsx, QStringLiteral("en"));
    const QString xlsx = dir.filePath(QStringLiteral("budget.xlsx"));
    QVERIFY(page.exportTo(xlsx));
    QVERIFY(QFile(xlsx).size() > 3000);
    QCOMPARE(messages.size(), 2);
    AuditFilter reports;
    reports.action = QStringLiteral("report");
    QCOMPARE(*AuditLog(**vault).count(reports), 2);

    // Printing uses the same layout: a printer writing PDF gets every page.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    page.choose(QStringLiteral("summary"), ReportWriter::Format::Pdf, QStringLiteral("en"));
    page.paintOn(&printer);
    QVERIFY(QFile(printed).size() > 10000);

    // Cancel: the progress dialog's Cancel stops the export and nothing is written.
    QTimer::singleShot(0, &page, [&page] {
        if (auto* progress = page.findChild<QProgressDialog*>(QStringLiteral("reportProgress"))) {
            progress->cancel();
        }
    });
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(!page.exportTo(cancelled));
    QVERIFY(!QFile::exists(cancelled));
    QVERIFY(messages.last().first().toString().contains(QStringLiteral("cancelled")));
    QCOMPARE(*AuditLog(**vault).count(reports), 2);
}

QTEST_MAIN(TestReportsPage)
#include "tst_reports_page.moc"
