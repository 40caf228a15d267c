#include "DashboardFigures.h"
#include "RecordLabels.h"
#include "RecordService.h"
#include "SampleDataset.h"
#include "SyncPolicy.h"
#include "SyncTestSupport.h"
#include "VaultTestSupport.h"

#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// The dashboards' figures on the sample dataset, against values worked out by hand from
// shared/domain/FACTS.md.
class TestDashboardFigures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void budgetByStageCategoryAndMinistry();
    void gpuIndicatorAgainstItsTargets();
    void caioCoverage();
    void resolutionsAndActions();
    void oneMinistrysView();
    void timelineAndChanges();
    void syncFreshnessAndConflicts();
    void auditChainStatus();
    void periodLimitsEveryView();

private:
    static qint64 amountOf(const QList<KeyAmount>& list, const QString& key);
    static qint64 countOf(const QList<KeyCount>& list, const QString& key);

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<RecordStore> m_store;
    const QDate m_today{2026, 11, 29};
};

constexpr qint64 kJo = 1'000'000'000'000LL; // 조
constexpr qint64 kEok = 100'000'000LL;      // 억

qint64 TestDashboardFigures::amountOf(const QList<KeyAmount>& list, const QString& key)
{
    for (const KeyAmount& entry : list) {
        if (entry.key == key) {
            return entry.amount;
        }
    }
    return -1;
}

qint64 TestDashboardFigures::countOf(const QList<KeyCount>& list, const QString& key)
{
    for (const KeyCount& entry : list) {
        if (entry.key == key) {
            return entry.count;
        }
    }
    return 0;
}

// The period (both days included): resolutions adopted, actions due, milestones and
// partnerships dated in it; undated records drop out once a bound is set. Runs last: it
// adds a resolution.
void TestDashboardFigures::periodLimitsEveryView()
{
    DashboardScope september{QString(), 0, m_today};
    september.from = QDate(2025, 9, 1);
    september.to = QDate(2025, 9, 30);
    auto events = DashboardFigures::compute(*m_store, september);
    QVERIFY(events);
    // BlackRock (1 Sep), the UN speech (23 Sep) and the G3 forum (24 Sep); not APEC (1 Oct).
    QCOMPARE(events->timeline.size(), 3);
    QCOMPARE(events->timeline.first().date, QDate(2025, 9, 1));
    QCOMPARE(events->timeline.last().date, QDate(2025, 9, 24));
    // Neither sample action is due in September; the only resolution is an undated draft.
    QCOMPARE(events->actionsTotal, 0);
    QVERIFY(events->actionsByMinistry.isEmpty());
    QVERIFY(events->resolutionsByStatus.isEmpty());
    // The budget follows the fiscal year, not the period.
    QCOMPARE(events->budget.proposal, 10 * kJo + 1000 * kEok);

    DashboardScope november{QString(), 0, m_today};
    november.from = QDate(2025, 11, 1);
    november.to = QDate(2025, 11, 30); // the last day counts
    auto due = DashboardFigures::compute(*m_store, november);
    QCOMPARE(due->actionsTotal, 1); // MOIS, due 15 Nov
    QCOMPARE(due->actionsOverdue, 1);
    QCOMPARE(due->actionsByMinistry.size(), 1);
    QCOMPARE(due->timeline.size(), 1); // the action plan, due 30 Nov
    QCOMPARE(due->timeline.first().type, QStringLiteral("milestone"));

    // One side open: everything from December 2025 on.
    DashboardScope later{QString(), 0, m_today};
    later.from = QDate(2025, 12, 1);
    auto fromDecember = DashboardFigures::compute(*m_store, later);
    QCOMPARE(fromDecember->actionsTotal, 1); // MSIT, due 31 Dec
    QVERIFY(fromDecember->timeline.isEmpty());

    // A resolution adopted on 10 September counts in September only.
    RecordService service(*m_store, QStringLiteral("secretariat"));
    const auto saved = service.put(
        QStringLiteral("resolution"),
        {{QStringLiteral("number"), QStringLiteral("2025-07")},
         {QStringLiteral("title_ko"), QStringLiteral("AI 기본사회 추진 방향")},
         {QStringLiteral("title_en"), QStringLiteral("Direction for an AI basic society")},
         {QStringLiteral("keyword"), QStringLiteral("ai-basic-society")},
         {QStringLiteral("status"), QStringLiteral("adopted")},
         {QStringLiteral("adopted"), QStringLiteral("2025-09-10")},
         {QStringLiteral("lead_ministry"), SampleDataset::idOf(QStringLiteral("ministry:MSIT"))}});
    QVERIFY2(std::holds_alternative<RecordService::Saved>(saved),
             qPrintable(std::get_if<RecordError>(&saved) ? std::get<RecordError>(saved).message : QString()));
    auto adopted = DashboardFigures::compute(*m_store, september);
    QCOMPARE(adopted->resolutionsByStatus.size(), 1);
    QCOMPARE(countOf(adopted->resolutionsByStatus, QStringLiteral("adopted")), 1);
    QVERIFY(DashboardFigures::compute(*m_store, november)->resolutionsByStatus.isEmpty());
    auto all = DashboardFigures::compute(*m_store, {QString(), 0, m_today});
    QCOMPARE(countOf(all->resolutionsByStatus, QStringLiteral("adopted")) +
                 countOf(all->resolutionsByStatus, QStringLiteral("draft")),
             2);

    QVERIFY(!DashboardScope{}.hasPeriod());
    QVERIFY(DashboardScope{}.inPeriod(QDate()));
    QVERIFY(!september.inPeriod(QDate()));
    QVERIFY(september.inPeriod(QDate(2025, 9, 30)));
    QVERIFY(!september.inPeriod(QDate(2025, 10, 1)));
}

void TestDashboardFigures::initTestCase()
{
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("d.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    m_vault = std::move(*vault);
    m_store = std::make_unique<RecordStore>(*m_vault);
    RecordService service(*m_store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY2(SampleDataset::load(service, &error) > 0, qPrintable(error));
}

void TestDashboardFigures::budgetByStageCategoryAndMinistry()
{
    auto figures = DashboardFigures::compute(*m_store, {QString(), 2026, m_today});
    QVERIFY(figures);
    // Proposal 10.1조 (August 2025), enacted 9.9조 (March 2026), nothing executed yet.
    QCOMPARE(figures->budget.proposal, 10 * kJo + 1000 * kEok);
    QCOMPARE(figures->budget.enacted, 9 * kJo + 9000 * kEok);
    QCOMPARE(figures->budget.executed, 0);
    QCOMPARE(figures->budget.executionRate(), 0.0);
    // AX 2.6조 of the proposal, the two physical-AI lines 1조 each.
    QCOMPARE(amountOf(figures->proposalByCategory, QStringLiteral("ax")), 2 * kJo + 6000 * kEok);
    QCOMPARE(amountOf(figures->proposalByCategory, QStringLiteral("physical-ai")), 2 * kJo);
    QCOMPARE(figures->proposalByCategory.first().key, QStringLiteral("other")); // the largest first
    const double axShare = double(amountOf(figures->proposalByCategory, QStringLiteral("ax"))) /
                           double(figures->budget.proposal);
    QVERIFY(qAbs(axShare - 2.6 / 10.1) < 1e-12);
    QCOMPARE(amountOf(figures->proposalByKeyword, QStringLiteral("physical-ai")), 2 * kJo);
    // The enacted split by ministry: MSIT 5.1조, MOTIE 1.7조, MSS 9000억, the rest 2.2조.
    QCOMPARE(amountOf(figures->enactedByMinistry, QStringLiteral("MSIT")), 5 * kJo + 1000 * kEok);
    QCOMPARE(amountOf(figures->enactedByMinistry, QStringLiteral("MOTIE")), 1 * kJo + 7000 * kEok);
    QCOMPARE(amountOf(figures->enactedByMinistry, QStringLiteral("MSS")), 9000 * kEok);
    QCOMPARE(amountOf(figures->enactedByMinistry, QString()), 2 * kJo + 2000 * kEok);
    QCOMPARE(figures->fiscalYears, QList<int>{2026});
    // Another year has no lines.
    auto other = DashboardFigures::compute(*m_store, {QString(), 2025, m_today});
    QCOMPARE(other->budget.proposal, 0);
    // An executed amount moves the rate: 0.99조 of 9.9조 enacted is 10%.
    BudgetStages stages{0, 9 * kJo + 9000 * kEok, 0, 9900 * kEok};
    QCOMPARE(stages.executionRate(), 0.1);
    stages.revised = 19 * kJo + 8000 * kEok; // a revised budget is the base once there is one
    QCOMPARE(stages.executionRate(), 0.05);
}

void TestDashboardFigures::gpuIndicatorAgainstItsTargets()
{
    auto figures = DashboardFigures::compute(*m_store, {QString(), 0, m_today});
    QVERIFY(figures);
    QCOMPARE(figures->indicators.size(), 1);
    const IndicatorFigures& gpu = figures->indicators.first();
    QCOMPARE(gpu.latest, 20000.0);
    QCOMPARE(gpu.finalTarget, 200000.0);
    QCOMPARE(gpu.finalDate, QDate(2030, 12, 31));
    QCOMPARE(gpu.gapToFinal(), 180000.0); // 200,000 by 2030 less the 20,000 secured
    QCOMPARE(gpu.targets.size(), 2);
    QCOMPARE(gpu.trajectory.size(), 3); // 20,000 (2025-09-01) → 50,000 (2026-12-31) → 200,000
    // On 2026-11-29 the path to 50,000 by 2026-12-31 stands at
    // 20,000 + 30,000 × (days since 2025-09-01) / (days from 2025-09-01 to 2026-12-31).
    const double done = double(QDate(2025, 9, 1).daysTo(m_today));
    const double span = double(QDate(2025, 9, 1).daysTo(QDate(2026, 12, 31)));
    QVERIFY(qAbs(gpu.expectedToday - (20000.0 + 30000.0 * done / span)) < 1e-6);
    QVERIFY(gpu.gapToday() > 25000 && gpu.gapToday() < 30000);
    // Named in Korean, as the committee writes it, with an English name and unit beside it.
    QCOMPARE(gpu.nameIn(true), QStringLiteral("GPU 확보량"));
    QCOMPARE(gpu.unitIn(true), QStringLiteral("장"));
    QCOMPARE(gpu.nameIn(false), QStringLiteral("GPUs secured"));
    QCOMPARE(gpu.unitIn(false), QStringLiteral("GPUs"));
    // An indicator entered in Korean only reads the same in both languages.
    IndicatorFigures koreanOnly;
    koreanOnly.name = QStringLiteral("AI 인재 양성");
    koreanOnly.unit = QStringLiteral("명");
    QCOMPARE(koreanOnly.nameIn(false), QStringLiteral("AI 인재 양성"));
    QCOMPARE(koreanOnly.unitIn(false), QStringLiteral("명"));
    // Lists and links name the record in the reader's language too.
    auto record = m_store->get(gpu.id);
    QVERIFY(record);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(RecordLabels::recordName(*record), QStringLiteral("GPU 확보량"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(RecordLabels::recordName(*record), QStringLiteral("GPUs secured"));
    record->fields.remove(QStringLiteral("name_en"));
    QCOMPARE(RecordLabels::recordName(*record), QStringLiteral("GPU 확보량"));
    QLocale::setDefault(previous);
}

void TestDashboardFigures::caioCoverage()
{
    auto figures = DashboardFigures::compute(*m_store, {QString(), 0, m_today});
    QVERIFY(figures);
    // 19 ministries; the facts name none of their CAIOs, so all are vacant.
    QCOMPARE(figures->caio.ministries, 19);
    QCOMPARE(figures->caio.active, 0);
    QCOMPARE(figures->caio.vacant, 19);
    RecordService service(*m_store, QStringLiteral("secretariat"));
    const auto put = [&service](const char* ministry, const char* rank) {
        return service.put(QStringLiteral("caio"),
                           {{QStringLiteral("ministry"), SampleDataset::idOf(QLatin1String(ministry))},
                            {QStringLiteral("rank"), QLatin1String(rank)},
                            {QStringLiteral("status"), QStringLiteral("active")}});
    };
    const auto first = put("ministry:MOE", "director-general");
    const auto second = put("ministry:MOF", "other");
    QVERIFY(std::holds_alternative<RecordService::Saved>(first));
    QVERIFY(std::holds_alternative<RecordService::Saved>(second));
    figures = DashboardFigures::compute(*m_store, {QString(), 0, m_today});
    QCOMPARE(figures->caio.active, 2);
    QCOMPARE(figures->caio.vacant, 17);
    QCOMPARE(figures->caio.rankFlagged, 1);
    QVERIFY(!service.remove(QStringLiteral("caio"), std::get<RecordService::Saved>(first).id));
    QVERIFY(!service.remove(QStringLiteral("caio"), std::get<RecordService::Saved>(second).id));
    QCOMPARE(DashboardFigures::compute(*m_store, {QString(), 0, m_today})->caio.vacant, 19);
}

void TestDashboardFigures::resolutionsAndActions()
{
    auto figures = DashboardFigures::compute(*m_store, {QString(), 0, m_today});
    QVERIFY(figures);
    QCOMPARE(countOf(figures->resolutionsByStatus, QStringLiteral("draft")), 1);
    QCOMPARE(countOf(figures->resolutionsByKeyword, QStringLiteral("one-team")), 1);
    // Two sample actions, due 2025-12-31 and 2025-11-15, neither completed: both overdue.
    QCOMPARE(figures->actionsTotal, 2);
    QCOMPARE(figures->actionsOverdue, 2);
    QCOMPARE(figures->actionsByMinistry.size(), 2);
    // Before either due date nothing is overdue.
    auto earlier = DashboardFigures::compute(*m_store, {QString(), 0, QDate(2025, 11, 1)});
    QCOMPARE(earlier->actionsOverdue, 0);
    auto between = DashboardFigures::compute(*m_store, {QString(), 0, QDate(2025, 12, 1)});
    QCOMPARE(between->actionsOverdue, 1);
    QCOMPARE(between->actionsByMinistry.first().ministry, QStringLiteral("MOIS")); // overdue first
}

void TestDashboardFigures::oneMinistrysView()
{
    auto figures = DashboardFigures::compute(
        *m_store, {SampleDataset::idOf(QStringLiteral("ministry:MSIT")), 2026, m_today});
    QVERIFY(figures);
    QCOMPARE(figures->actionsTotal, 1);
    QCOMPARE(figures->actionsByMinistry.size(), 1);
    QCOMPARE(figures->actionsByMinistry.first().ministry, QStringLiteral("MSIT"));
    QCOMPARE(figures->budget.enacted, 5 * kJo + 1000 * kEok);
    QCOMPARE(figures->budget.proposal, 0); // the proposal lines name no ministry
    QCOMPARE(figures->caio.ministries, 1);
    QCOMPARE(countOf(figures->resolutionsByStatus, QStringLiteral("draft")), 1); // MSIT leads it
    QCOMPARE(figures->openActions.size(), 1);
    QCOMPARE(figures->openActions.first().id, SampleDataset::idOf(QStringLiteral("action:public-data-msit")));
    auto moe = DashboardFigures::compute(
        *m_store, {SampleDataset::idOf(QStringLiteral("ministry:MOE")), 2026, m_today});
    QCOMPARE(moe->actionsTotal, 0);
    QVERIFY(moe->openActions.isEmpty());
    QVERIFY(moe->resolutionsByStatus.isEmpty());
}

void TestDashboardFigures::timelineAndChanges()
{
    auto figures = DashboardFigures::compute(*m_store, {QString(), 0, m_today});
    QVERIFY(figures);
    // Five dated partnerships and events, and the action-plan milestone (2025-11-30).
    QCOMPARE(figures->timeline.size(), 6);
    QCOMPARE(figures->timeline.first().date, QDate(2025, 6, 1));
    QCOMPARE(figures->timeline.last().title, QStringLiteral("구체적 AI 실행계획"));
    // Everything was written today (by the wall clock): the period ending today holds it.
    QVERIFY(figures->changedByType.isEmpty()); // not asked for
    DashboardScope now{QString(), 0, QDate::currentDate(), true};
    auto changed = DashboardFigures::compute(*m_store, now);
    QCOMPARE(countOf(changed->changedByType, QStringLiteral("ministry")), 21);
    QCOMPARE(countOf(changed->changedByType, QStringLiteral("budget")), 8);
    now.changesFrom = QDate(2020, 1, 1);
    now.changesTo = QDate(2020, 12, 31);
    QVERIFY(DashboardFigures::compute(*m_store, now)->changedByType.isEmpty());
}

// The auditor's and secretariat's sync figures: when a bundle last came from each
// office (never, then the day it came), and the conflicts waiting for review.
void TestDashboardFigures::syncFreshnessAndConflicts()
{
    QTemporaryDir dir;
    auto sec = makeSite(dir.path(), QStringLiteral("sec"), QStringLiteral("secretariat"), syncPolicy);
    auto msit = makeSite(dir.path(), QStringLiteral("msit"), QStringLiteral("ministry:MSIT"), syncPolicy);
    RecordService secService(*sec->store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY(SampleDataset::load(secService, &error) > 0);
    QVERIFY(enrol(*sec, {{msit.get(), QStringLiteral("ministry:MSIT")}}, dir.path()));

    DashboardScope scope;
    scope.today = QDate::currentDate();
    auto before = DashboardFigures::compute(*sec->store, scope);
    QVERIFY(before);
    QCOMPARE(before->sites.size(), 1);
    QCOMPARE(before->sites.first().name, QStringLiteral("msit"));
    QVERIFY(!before->sites.first().lastReceived.isValid());
    QCOMPARE(before->sites.first().daysSince(scope.today), qint64(-1));
    QCOMPARE(before->conflicts, qint64(0));

    // MSIT and the secretariat both change the same action; MSIT's bundle arrives.
    QString action;
    auto actions = msit->store->list({QStringLiteral("action")});
    QVERIFY(actions && !actions->isEmpty());
    action = actions->first().id;
    QJsonObject fields = msit->store->get(action)->fields;
    fields.insert(QStringLiteral("progress"), 40);
    QVERIFY(msit->store->put(QStringLiteral("action"), action, fields));
    fields.insert(QStringLiteral("progress"), 35);
    QVERIFY(sec->store->put(QStringLiteral("action"), action, fields));
    QVERIFY(sec->sync->import(bundleFor(*msit, {sec->id}, dir.path()), QStringLiteral("m.otbundle")));

    auto after = DashboardFigures::compute(*sec->store, scope);
    QVERIFY(after);
    QVERIFY(after->sites.first().lastReceived.isValid());
    QCOMPARE(after->sites.first().daysSince(scope.today), qint64(0));
    QCOMPARE(after->conflicts, qint64(1));
    QVERIFY(sec->store->resolve(action, QStringLiteral("progress"), 40));
    QCOMPARE(DashboardFigures::compute(*sec->store, scope)->conflicts, qint64(0));
}

void TestDashboardFigures::auditChainStatus()
{
    QTemporaryDir dir;
    auto sec = makeSite(dir.path(), QStringLiteral("sec"), QStringLiteral("secretariat"), syncPolicy);
    auto msit = makeSite(dir.path(), QStringLiteral("msit"), QStringLiteral("ministry:MSIT"), syncPolicy);
    QVERIFY(sec && msit);
    QVERIFY(enrol(*sec, {{msit.get(), QStringLiteral("ministry:MSIT")}}, dir.path()));
    QVERIFY(
        msit->store->put(QStringLiteral("milestone"), {}, {{QStringLiteral("title"), QStringLiteral("M")}}));
    QVERIFY(sec->sync->import(bundleFor(*msit, {sec->id}, dir.path()), QStringLiteral("m.otbundle")));

    // Never verified: the size of the log, and no verdict.
    auto figures = DashboardFigures::compute(*sec->store, {});
    QVERIFY(figures);
    QCOMPARE(figures->audit.sites, qint64(2));
    auto heads = AuditLog(*sec->vault).heads();
    QVERIFY(heads);
    QCOMPARE(figures->audit.entries, heads->value(sec->id) + heads->value(msit->id));
    QVERIFY(figures->audit.lastVerified.isEmpty());

    // Verified intact; one write later, one entry since.
    AuditLog log(*sec->vault);
    QVERIFY(log.recordVerification(*log.verify()));
    figures = DashboardFigures::compute(*sec->store, {});
    QVERIFY(!figures->audit.lastVerified.isEmpty());
    QVERIFY(figures->audit.broken.isEmpty());
    QCOMPARE(figures->audit.entriesSince, qint64(0));
    QVERIFY(
        sec->store->put(QStringLiteral("milestone"), {}, {{QStringLiteral("title"), QStringLiteral("N")}}));
    QCOMPARE(DashboardFigures::compute(*sec->store, {})->audit.entriesSince, qint64(1));

    // MSIT's chain altered in this vault: the next verification names it.
    {
        Statement alter(sec->vault->handle(),
                        "UPDATE audit_entry SET action = 'delete' WHERE site = ? AND seq = 1");
        QCOMPARE(alter.bind(1, msit->id).exec(), SQLITE_OK);
    }
    QVERIFY(log.recordVerification(*log.verify()));
    QCOMPARE(DashboardFigures::compute(*sec->store, {})->audit.broken, QStringList{QStringLiteral("msit")});
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboard_figures.moc"
