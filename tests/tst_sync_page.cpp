#include "RecordService.h"
#include "SampleDataset.h"
#include "SyncDialogs.h"
#include "SyncPage.h"
#include "SyncPolicy.h"
#include "SyncTestSupport.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace oneteam;
using namespace oneteam::test;

// The Sync page (offscreen): a site card saved and trusted through the dialog, a new
// ministry joining, a bundle previewed before it is applied, a conflict shown with both
// values and settled, and the history and freshness of bundles.
class TestSyncPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void trustJoinImportAndSettle();
    void previewTellsKeptFromRefused();

private:
    const PageSpec* syncSpec();
    QTemporaryDir m_dir;
};

void TestSyncPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// A bundle that only brings changes to a newer version's record type (and one refused):
// they are shown as kept, not as refused, and the bundle can be applied, which keeps them.
void TestSyncPage::previewTellsKeptFromRefused()
{
    SyncReport report;
    report.senderName = QStringLiteral("secretariat");
    report.carried = 3;
    report.kept = 2;
    report.refused = 1;
    report.keptTypes = {QStringLiteral("survey")};
    report.notes = {QStringLiteral("2 changes to record types only a newer version of OneTeam knows (survey) "
                                   "are kept.")};
    report.refusals = {
        QStringLiteral("moe (milestone 1234): Milestone records are kept by the secretariat.")};
    report.preview = {{QStringLiteral("secretariat"), QStringLiteral("survey"), QStringLiteral("s1"),
                       QString(), QJsonValue(), false, true},
                      {QStringLiteral("secretariat"), QStringLiteral("survey"), QStringLiteral("s1"),
                       QStringLiteral("title"), QStringLiteral("AI readiness"), false, true},
                      {QStringLiteral("moe"), QStringLiteral("milestone"), QStringLiteral("m1"),
                       QStringLiteral("title"), QStringLiteral("x"), true, false}};
    ImportPreviewDialog preview(report, QStringLiteral("b.otbundle"));
    QVERIFY(preview.findChild<QPushButton*>(QStringLiteral("applyBundle"))->isEnabled());
    QVERIFY(preview.summary().contains(QStringLiteral("(survey) are kept")));
    QVERIFY2(preview.summary().contains(QStringLiteral("2 will be kept for a newer version")),
             qPrintable(preview.summary()));
    QCOMPARE(preview.changes()->rowCount(), 3);
    QVERIFY2(preview.changes()->item(1, 4)->toolTip().startsWith(QStringLiteral("Kept, not applied")),
             qPrintable(preview.changes()->item(1, 4)->toolTip()));
    QVERIFY(preview.changes()->item(2, 4)->toolTip().startsWith(QStringLiteral("Refused")));
    QVERIFY(preview.changes()->item(1, 4)->foreground().color() !=
            preview.changes()->item(2, 4)->foreground().color());
    // Kept changes alone still need the bundle applied: it is what moves the sender's chain on.
    report.refused = 0;
    report.refusals.clear();
    report.preview.removeLast();
    ImportPreviewDialog onlyKept(report, QStringLiteral("b.otbundle"));
    QVERIFY(onlyKept.findChild<QPushButton*>(QStringLiteral("applyBundle"))->isEnabled());
}

const PageSpec* TestSyncPage::syncSpec()
{
    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    for (int i = 0; i < count; ++i) {
        if (QLatin1String(pages[i].id) == QLatin1String("sync")) {
            return &pages[i];
        }
    }
    return nullptr;
}

void TestSyncPage::trustJoinImportAndSettle()
{
    const QString dir = m_dir.path();
    auto sec = makeSite(dir, QStringLiteral("secretariat"), QStringLiteral("secretariat"), syncPolicy);
    auto msit = makeSite(dir, QStringLiteral("msit"), QStringLiteral("ministry:MSIT"), syncPolicy);
    QVERIFY(sec && msit);
    RecordService secService(*sec->store, QStringLiteral("secretariat"));
    RecordService msitService(*msit->store, QStringLiteral("ministry:MSIT"));
    QString error;
    QVERIFY(SampleDataset::load(secService, &error) > 0);

    const PageSpec* spec = syncSpec();
    QVERIFY(spec);
    SyncPage secPage(*spec);
    SyncPage msitPage(*spec);
    secPage.resize(1100, 700);
    secPage.show();
    secPage.setContext(sec->vault.get(), &secService);
    msitPage.setContext(msit->vault.get(), &msitService);
    QSignalSpy secFailed(&secPage, &SyncPage::failed);
    QSignalSpy msitFailed(&msitPage, &SyncPage::failed);

    // MSIT saves its card; the secretariat trusts it through the dialog, which wants the
    // fingerprint checked first.
    const QString card = dir + QStringLiteral("/msit.otcard");
    msitPage.saveCard(card);
    QVERIFY(QFile::exists(card));
    secPage.trustCard(card);
    auto* trust = secPage.findChild<TrustCardDialog*>();
    QVERIFY(trust);
    QCOMPARE(trust->role(), QStringLiteral("ministry:MSIT"));
    auto* trustButton = trust->findChild<QPushButton*>(QStringLiteral("trustButton"));
    QVERIFY(!trustButton->isEnabled());
    trust->checkedBox()->setChecked(true);
    QVERIFY(trustButton->isEnabled());
    trustButton->click();
    QTRY_VERIFY(!secPage.findChild<TrustCardDialog*>());
    QCOMPARE(secFailed.count(), 0);
    QCOMPARE(secPage.sitesTable()->rowCount(), 2);

    // MSIT joins with the secretariat's first bundle and its fingerprint. The bundle also
    // carries a record of a type only a newer version knows (written as that version would):
    // MSIT keeps it, and its history says so.
    QVERIFY(sec->store->put(QStringLiteral("survey"), {},
                            {{QStringLiteral("title"), QStringLiteral("Ministries' AI readiness")}}));
    const QString first = dir + QStringLiteral("/first.otbundle");
    secPage.exportBundle({msit->id}, first);
    QCOMPARE(secFailed.count(), 0);
    msitPage.join(first, QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"));
    QCOMPARE(msitFailed.count(), 1);
    msitPage.join(first, fingerprintOf(*sec));
    QCOMPARE(msitFailed.count(), 1);
    QVERIFY(!msit->store->list({QStringLiteral("budget")})->isEmpty());
    QTableWidget* msitHistory = msitPage.historyTable();
    QCOMPARE(msitHistory->rowCount(), 1);
    QVERIFY2(msitHistory->item(0, 6)->text().startsWith(QStringLiteral("0 (2 kept for a newer version)")),
             qPrintable(msitHistory->item(0, 6)->text()));
    QCOMPARE(msit->sync->history()->first().kept, 2);

    // Both change MSIT's action; MSIT's bundle is previewed at the secretariat, then applied.
    auto actions = msit->store->list({QStringLiteral("action")});
    QString action;
    for (const StoredRecord& record : *actions) {
        if (msitService.mayEdit(*RecordType::find(QStringLiteral("action")), record.fields,
                                QStringLiteral("progress"))) {
            action = record.id;
        }
    }
    QVERIFY(!action.isEmpty());
    QJsonObject fields = msit->store->get(action)->fields;
    fields.insert(QStringLiteral("id"), action);
    fields.insert(QStringLiteral("progress"), 70);
    QVERIFY(std::holds_alternative<RecordService::Saved>(msitService.put(QStringLiteral("action"), fields)));
    fields.insert(QStringLiteral("progress"), 50);
    QVERIFY(std::holds_alternative<RecordService::Saved>(secService.put(QStringLiteral("action"), fields)));

    const QString fromMsit = dir + QStringLiteral("/from-msit.otbundle");
    msitPage.exportBundle({sec->id}, fromMsit);
    secPage.previewImport(fromMsit);
    ImportPreviewDialog* preview = secPage.openPreview();
    QVERIFY(preview);
    QVERIFY(preview->summary().contains(QStringLiteral("msit")));
    QCOMPARE(preview->changes()->rowCount(), 1);
    QCOMPARE(preview->changes()->item(0, 3)->text(), QStringLiteral("progress"));
    QCOMPARE(preview->changes()->item(0, 4)->text(), QStringLiteral("70"));
    // Nothing applied yet.
    QCOMPARE(sec->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 50);
    preview->findChild<QPushButton*>(QStringLiteral("applyBundle"))->click();
    QTRY_VERIFY(!secPage.openPreview());
    QCOMPARE(secFailed.count(), 0);

    // The conflict: both values, who and when; the secretariat keeps MSIT's.
    QTableWidget* conflicts = secPage.conflictsTable();
    QCOMPARE(conflicts->rowCount(), 1);
    QVERIFY(conflicts->item(0, 3)->text().startsWith(QStringLiteral("50 (secretariat")));
    QVERIFY(conflicts->item(0, 4)->text().startsWith(QStringLiteral("70 (msit")));
    QVERIFY(secPage.tabs()->tabText(2).contains(QStringLiteral("1")));
    QCOMPARE(secPage.tabs()->currentIndex(), 2);
    if (qEnvironmentVariableIsSet("ONETEAM_TEST_SHOTS")) { // to look at the page
        secPage.grab().save(qEnvironmentVariable("ONETEAM_TEST_SHOTS") +
                            QStringLiteral("/sync-conflicts.png"));
        secPage.tabs()->setCurrentIndex(1);
        secPage.grab().save(qEnvironmentVariable("ONETEAM_TEST_SHOTS") + QStringLiteral("/sync-sites.png"));
        secPage.tabs()->setCurrentIndex(2);
    }
    secPage.settle(0, SyncPage::Settle::KeepOther);
    QCOMPARE(conflicts->rowCount(), 0);
    QCOMPARE(sec->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 70);

    // History and freshness.
    QTableWidget* history = secPage.historyTable();
    QCOMPARE(history->rowCount(), 2); // sent the first bundle, received MSIT's
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("msit"));
    QTableWidget* sites = secPage.sitesTable();
    bool fresh = false;
    for (int row = 0; row < sites->rowCount(); ++row) {
        if (sites->item(row, 0)->text() == QLatin1String("msit")) {
            fresh = sites->item(row, 3)->text() != QLatin1String("never") &&
                    !sites->item(row, 3)->text().isEmpty();
        }
    }
    QVERIFY(fresh);
    // The secretariat stops trusting MSIT: its bundles are refused from then on.
    secPage.distrust(msit->id);
    QCOMPARE(secFailed.count(), 0);
    for (int row = 0; row < sites->rowCount(); ++row) {
        if (sites->item(row, 0)->text() == QLatin1String("msit")) {
            QCOMPARE(sites->item(row, 2)->text(), QStringLiteral("no longer trusted"));
        }
    }
    auto refused = sec->sync->import(bundleFor(*msit, {sec->id}, dir), QStringLiteral("late.otbundle"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, StorageErrorCode::Refused);
    const QImage shot = secPage.grab().toImage();
    QVERIFY(!shot.isNull());
}

QTEST_MAIN(TestSyncPage)
#include "tst_sync_page.moc"
