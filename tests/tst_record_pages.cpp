#include "MainWindow.h"
#include "RecordListPage.h"
#include "RecordService.h"
#include "RecordTableModel.h"
#include "SampleDataset.h"
#include "UiLanguage.h"
#include "VaultTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// Record lists: a model that fetches on demand, sorts and filters in the store, and pages
// that show nothing while the vault is locked.
class TestRecordPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelFetchesOnDemand();
    void modelSortsAndFilters();
    void pagesShowTheSampleAndHideWhenLocked();
    void everyTypeUnderTheModelTester();

private:
    QTemporaryDir m_dir;
    UiLanguage m_language;
};

void TestRecordPages::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestRecordPages::modelFetchesOnDemand()
{
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("many.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    QVERIFY(execSql(**vault, "BEGIN") == SQLITE_OK);
    for (int i = 0; i < 450; ++i) {
        QVERIFY(store.put(
            QStringLiteral("milestone"), QString(),
            {{QStringLiteral("title"), QStringLiteral("Milestone %1").arg(i, 3, 10, QLatin1Char('0'))},
             {QStringLiteral("due"), QStringLiteral("2026-01-01")},
             {QStringLiteral("status"), QStringLiteral("planned")}}));
    }
    QVERIFY(execSql(**vault, "COMMIT") == SQLITE_OK);
    RecordTableModel model(*RecordType::find(QStringLiteral("milestone")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), RecordTableModel::kPageSize); // only the first page is loaded
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordPages::modelSortsAndFilters()
{
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("sample.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    RecordService service(store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY2(SampleDataset::load(service, &error) > 0, qPrintable(error));
    RecordTableModel model(*RecordType::find(QStringLiteral("budget")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 8);
    int proposalColumn = -1;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.fieldAt(c) == QLatin1String("proposal")) {
            proposalColumn = c;
        }
    }
    QVERIFY(proposalColumn >= 0);
    QCOMPARE(model.headerData(proposalColumn, Qt::Horizontal).toString(), QStringLiteral("Proposal (KRW)"));
    model.sort(proposalColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, proposalColumn).data().toString(), QStringLiteral("KRW 5.5 trillion"));
    QCOMPARE(model.index(1, proposalColumn).data().toString(), QStringLiteral("KRW 2.6 trillion"));
    QCOMPARE(model.index(1, proposalColumn).data(RecordTableModel::RawValueRole).toLongLong(),
             Q_INT64_C(2'600'000'000'000));
    model.setFilter(QStringLiteral("피지컬"));
    QCOMPARE(model.rowCount(), 2);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 8);
    // References show the record they name.
    RecordTableModel actions(*RecordType::find(QStringLiteral("action")));
    actions.setStore(&store);
    bool sawMsit = false;
    for (int c = 0; c < actions.columnCount(); ++c) {
        for (int r = 0; r < actions.rowCount(); ++r) {
            sawMsit = sawMsit || actions.index(r, c).data().toString() == QLatin1String("MSIT");
        }
    }
    QVERIFY(sawMsit);
    // Korean: amounts in 조/억 원.
    QVERIFY(m_language.apply(QStringLiteral("ko")));
    model.reload();
    model.sort(proposalColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(1, proposalColumn).data().toString(), QStringLiteral("2조 6000억 원"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestRecordPages::pagesShowTheSampleAndHideWhenLocked()
{
    const QString path = m_dir.filePath(QStringLiteral("window.otvault"));
    {
        auto vault = Vault::create(path, secret("p"), secretariat(), cheapOptions());
        QVERIFY(vault);
        RecordStore store(**vault);
        RecordService service(store, QStringLiteral("secretariat"));
        QString error;
        QVERIFY(SampleDataset::load(service, &error) > 0);
    }
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.show();
    QVERIFY(window.showPage(QStringLiteral("budget")));
    auto* page = window.findChild<RecordListPage*>(QStringLiteral("budgetPage"));
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 8);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("AX"));
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("recordCount"))->text().contains(QStringLiteral("1 record")));

    window.lockVault();
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!window.recordsVisible());
    QVERIFY(window.vault()->unlock(secret("p")));
    window.setVault(std::unique_ptr<Vault>(nullptr));
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestRecordPages::everyTypeUnderTheModelTester()
{
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("tester.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    RecordService service(store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY(SampleDataset::load(service, &error) > 0);
    for (const RecordType& type : RecordType::all()) {
        RecordTableModel model(type);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QVERIFY2(model.rowCount() > 0 || QLatin1String(type.name) == QLatin1String("caio"), type.name);
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::DescendingOrder);
            model.sort(column, Qt::AscendingOrder);
        }
        model.sort(-1);
        model.setFilter(QStringLiteral("a"));
        model.setFilter(QStringLiteral("sample"));
        model.setFilter(QString());
        // A write through the store reloads the list once the event loop runs.
        const int before = model.rowCount();
        if (QLatin1String(type.name) == QLatin1String("milestone")) {
            QVERIFY(store.put(QStringLiteral("milestone"), QString(),
                              {{QStringLiteral("title"), QStringLiteral("Extra")},
                               {QStringLiteral("due"), QStringLiteral("2026-06-30")},
                               {QStringLiteral("status"), QStringLiteral("planned")}}));
            QTRY_COMPARE(model.rowCount(), before + 1);
        }
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
}

QTEST_MAIN(TestRecordPages)
#include "tst_record_pages.moc"
