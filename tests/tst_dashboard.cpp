#include "DashboardCharts.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "RecordEditor.h"
#include "RecordListPage.h"
#include "RecordService.h"
#include "RecordTableModel.h"
#include "SampleDataset.h"
#include "SyncPolicy.h"
#include "SyncTestSupport.h"
#include "UiLanguage.h"
#include "VaultTestSupport.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QValueAxis>
#include <QXYSeries>

using namespace oneteam;
using namespace oneteam::test;

// The dashboard of each role, rendered offscreen: its series hold the sample's figures,
// it follows the store, clicks lead to the lists behind, and charts save as PNG and SVG.
class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secretariatSeesTheCommittee();
    void ministrySeesItsOwn();
    void auditorSeesChangesAndReadsOnly();
    void auditorSeesWhenEachOfficeLastSent();
    void yearAxisLabelsEachYearOnce();
    void monthAxisLabelsMonthsAtEvenSteps();

private:
    QString makeVault(const QString& name, const QString& role);
    static QList<double> barValues(QChart* chart);
    static QStringList wholeNumberTicks(QChart* chart);

    QTemporaryDir m_dir;
    UiLanguage m_language;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

QString TestDashboard::makeVault(const QString& name, const QString& role)
{
    const QString path = m_dir.filePath(name);
    auto vault = Vault::create(path, secret("p"), {QString(), name, role}, cheapOptions());
    if (!vault) {
        return {};
    }
    RecordStore store(**vault);
    RecordService service(store, QStringLiteral("secretariat"));
    QString error;
    return SampleDataset::load(service, &error) > 0 ? path : QString();
}

void TestDashboard::yearAxisLabelsEachYearOnce()
{
    // Six years: every year, each on its own 1 January (2028 is a leap year).
    std::unique_ptr<QCategoryAxis> six(dashboard::yearAxis(QDate(2025, 9, 1), QDate(2030, 12, 31)));
    QCOMPARE(six->categoriesLabels().size(), 7);
    QCOMPARE(six->categoriesLabels().last(), QStringLiteral("2031"));
    const double from = double(QDate(2025, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch());
    const double to = double(QDate(2031, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(six->endValue(QStringLiteral("2025")), from);
    QCOMPARE(six->endValue(QStringLiteral("2031")), to);
    // Room at both ends, so a point on the first or last line is drawn whole.
    QVERIFY(six->min() < from && six->min() > from - (to - from) * 0.05);
    QVERIFY(six->max() > to && six->max() < to + (to - from) * 0.05);
    QCOMPARE(six->endValue(QStringLiteral("2029")),
             double(QDate(2029, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch()));
    // Twenty-six years: every third year, at most ten lines apart, the last past the end.
    std::unique_ptr<QCategoryAxis> many(dashboard::yearAxis(QDate(2020, 3, 1), QDate(2045, 6, 1)));
    QCOMPARE(many->categoriesLabels().first(), QStringLiteral("2020"));
    QCOMPARE(many->categoriesLabels().at(1), QStringLiteral("2023"));
    QCOMPARE(many->categoriesLabels().last(), QStringLiteral("2047"));
    QCOMPARE(many->categoriesLabels().size(), 10);
    // Within one year: that year and the next.
    std::unique_ptr<QCategoryAxis> one(dashboard::yearAxis(QDate(2026, 5, 1), QDate(2026, 5, 1)));
    QCOMPARE(one->categoriesLabels(), (QStringList{QStringLiteral("2026"), QStringLiteral("2027")}));
}

// The timeline's axis: lines on the 1st of months at one even step (a date axis printed
// "May 2025, Jul 2025, Oct 2025, Dec 2025, Mar 2026"), at most ten, covering the dates
// with at least half a month to spare.
void TestDashboard::monthAxisLabelsMonthsAtEvenSteps()
{
    const auto check = [](const QDate& from, const QDate& to, int expectedStep, const QString& firstLabel,
                          const QString& lastLabel) {
        std::unique_ptr<QCategoryAxis> axis(dashboard::monthAxis(from, to));
        const QStringList labels = axis->categoriesLabels();
        QVERIFY2(labels.size() >= 2 && labels.size() <= 10, qPrintable(labels.join(QStringLiteral(", "))));
        QCOMPARE(labels.first(), firstLabel);
        QCOMPARE(labels.last(), lastLabel);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QDate previous;
        for (const QString& label : labels) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(axis->endValue(label)), Qt::UTC);
            QCOMPARE(at.time(), QTime(0, 0));
            QCOMPARE(at.date().day(), 1);
            QCOMPARE(QLocale().toString(at.date(), QStringLiteral("MMM yyyy")), label);
            if (previous.isValid()) {
                QCOMPARE(previous.addMonths(expectedStep), at.date());
            }
            previous = at.date();
        }
        QVERIFY(axis->min() <= dashboard::chartX(from.addDays(-15)));
        QVERIFY(axis->max() >= dashboard::chartX(to.addDays(15)));
        QCOMPARE(axis->min(), axis->endValue(labels.first()));
        QCOMPARE(axis->max(), axis->endValue(labels.last()));
    };
    // The sample's span: quarters, from the one before the first date to the one after today.
    check(QDate(2025, 5, 28), QDate(2026, 12, 6), 3, QStringLiteral("Apr 2025"), QStringLiteral("Jan 2027"));
    // One day: the month before, its month and the next.
    check(QDate(2026, 3, 10), QDate(2026, 3, 10), 1, QStringLiteral("Feb 2026"), QStringLiteral("Apr 2026"));
    // Half a year: every month. Three years: every sixth. Fifteen years: every second January.
    check(QDate(2026, 1, 20), QDate(2026, 6, 20), 1, QStringLiteral("Jan 2026"), QStringLiteral("Aug 2026"));
    check(QDate(2025, 2, 1), QDate(2028, 1, 31), 6, QStringLiteral("Jan 2025"), QStringLiteral("Jul 2028"));
    check(QDate(2020, 1, 1), QDate(2035, 1, 1), 24, QStringLiteral("Jan 2018"), QStringLiteral("Jan 2036"));
}

// The labels a whole-number value axis of the chart prints, in order ("%.0f" of each tick).
QStringList TestDashboard::wholeNumberTicks(QChart* chart)
{
    QStringList labels;
    for (QAbstractAxis* abstract : chart ? chart->axes() : QList<QAbstractAxis*>()) {
        auto* axis = qobject_cast<QValueAxis*>(abstract);
        if (!axis || axis->labelFormat() != QLatin1String("%.0f")) {
            continue;
        }
        for (int i = 0; i < axis->tickCount(); ++i) {
            const double value = axis->min() + (axis->max() - axis->min()) * i / (axis->tickCount() - 1);
            labels << QString::asprintf("%.0f", value);
        }
    }
    return labels;
}

QList<double> TestDashboard::barValues(QChart* chart)
{
    QList<double> values;
    if (!chart || chart->series().isEmpty()) {
        return values;
    }
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    if (!series || series->barSets().isEmpty()) {
        return values;
    }
    QBarSet* set = series->barSets().first();
    for (int i = 0; i < set->count(); ++i) {
        values << set->at(i);
    }
    return values;
}

void TestDashboard::secretariatSeesTheCommittee()
{
    const QString path = makeVault(QStringLiteral("secretariat.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.resize(1280, 800);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("dashboard")));
    auto* page = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    QVERIFY(page);

    // Budget by stage, bottom to top: executed, revised, enacted 9.9조, proposal 10.1조.
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetStages"))), (QList<double>{0, 0, 9.9, 10.1}));
    // The proposal by category, largest on top: physical AI 2조, AX 2.6조, the rest 5.5조.
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetCategories"))), (QList<double>{2.0, 2.6, 5.5}));
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetMinistries"))).last(), 5.1); // MSIT on top
    // The proposal by policy keyword: physical AI 2조, AI basic society (AX) 2.6조, no keyword 5.5조.
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetKeywords"))), (QList<double>{2.0, 2.6, 5.5}));
    QCOMPARE(barValues(page->chart(QStringLiteral("resolutionKeywords"))), (QList<double>{1}));
    // One resolution: the count axis reads 0, 1, 2, never a whole number twice.
    QCOMPARE(wholeNumberTicks(page->chart(QStringLiteral("resolutionKeywords"))),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    QVERIFY(!page->findChild<QTreeWidget*>(QStringLiteral("openActions"))->isVisibleTo(page));

    // GPUs: 20,000 secured, targets 50,000 and 200,000, and the path through them.
    QChart* gpu = page->chart(QStringLiteral("indicator"));
    QVERIFY(gpu);
    QCOMPARE(gpu->series().size(), 3);
    auto* path3 = qobject_cast<QXYSeries*>(gpu->series().at(0));
    auto* secured = qobject_cast<QXYSeries*>(gpu->series().at(1));
    auto* targets = qobject_cast<QXYSeries*>(gpu->series().at(2));
    QCOMPARE(secured->count(), 1);
    QCOMPARE(secured->at(0).y(), 20000.0);
    QCOMPARE(targets->count(), 2);
    QCOMPARE(targets->at(1).y(), 200000.0);
    QCOMPARE(path3->count(), 3);
    QVERIFY(gpu->title().contains(QStringLiteral("180,000")));
    // In English, the indicator's English name and unit (the record also has them in Korean).
    QVERIFY2(gpu->title().startsWith(QStringLiteral("GPUs secured: 20,000 now")), qPrintable(gpu->title()));
    QCOMPARE(gpu->axes(Qt::Vertical).size(), 1);
    QCOMPARE(gpu->axes(Qt::Vertical).first()->titleText(), QStringLiteral("GPUs"));
    // The time axis: one line on each 1 January, each year once, from the first point's year
    // (20,000 on 2025-09-01) past the last target (2030-12-31).
    QCOMPARE(gpu->axes(Qt::Horizontal).size(), 1);
    auto* years = qobject_cast<QCategoryAxis*>(gpu->axes(Qt::Horizontal).first());
    QVERIFY(years);
    QCOMPARE(years->categoriesLabels(),
             (QStringList{QStringLiteral("2025"), QStringLiteral("2026"), QStringLiteral("2027"),
                          QStringLiteral("2028"), QStringLiteral("2029"), QStringLiteral("2030"),
                          QStringLiteral("2031")}));
    QCOMPARE(years->endValue(QStringLiteral("2027")),
             double(QDate(2027, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch()));
    QVERIFY(secured->at(0).x() > years->endValue(QStringLiteral("2025")) &&
            secured->at(0).x() < years->endValue(QStringLiteral("2026")));
    QVERIFY(targets->at(1).x() < years->max());
    QVERIFY(gpu->localizeNumbers()); // 200,000 on the value axis, not 200000

    // CAIO coverage: 19 vacant of 19.
    auto* pie = qobject_cast<QPieSeries*>(page->chart(QStringLiteral("caio"))->series().first());
    QCOMPARE(pie->slices().last()->value(), 19.0);
    QCOMPARE(pie->sum(), 19.0);

    // Actions: two ministries, one overdue action each.
    QTableWidget* actions = page->actionsTable();
    QCOMPARE(actions->rowCount(), 2);
    QCOMPARE(actions->item(0, actions->columnCount() - 1)->text(), QStringLiteral("1"));

    // Milestones and partnerships on a timeline: today's line, then done, open, overdue.
    const auto timelinePoints = [page](int series) {
        QChart* chart = page->chart(QStringLiteral("timelineChart"));
        return chart && chart->series().size() == 4
                   ? qobject_cast<QXYSeries*>(chart->series().at(series))->count()
                   : -1;
    };
    QCOMPARE(timelinePoints(1), 3); // the UN speech, the G3 forum, APEC: done
    QCOMPARE(timelinePoints(2), 2); // the Ulsan data centre, the BlackRock talks
    QCOMPARE(timelinePoints(3), 1); // the action plan, due 2025-11-30, not done
    auto* overdue = qobject_cast<QXYSeries*>(page->chart(QStringLiteral("timelineChart"))->series().at(3));
    QCOMPARE(overdue->at(0).y(), 1.5); // the milestones' lane
    QSignalSpy opened(page, &DashboardPage::openRecord);
    emit overdue->clicked(overdue->at(0));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QStringLiteral("milestone"));
    QCOMPARE(opened.first().at(1).toString(), SampleDataset::idOf(QStringLiteral("milestone:action-plan")));
    QCOMPARE(window.currentPageId(), QStringLiteral("milestones"));
    QVERIFY(window.showPage(QStringLiteral("dashboard")));

    // The period narrows every view at once: September 2025 holds three events, no action.
    page->setPeriod(QDate(2025, 9, 1), QDate(2025, 9, 30));
    QCOMPARE(timelinePoints(1), 2);
    QCOMPARE(timelinePoints(2), 1);
    QCOMPARE(timelinePoints(3), 0);
    QCOMPARE(page->actionsTable()->rowCount(), 0);
    QCOMPARE(page->findChild<QTreeWidget*>(QStringLiteral("timeline"))->topLevelItemCount(), 3);
    page->setPeriod({}, {});
    QCOMPARE(page->actionsTable()->rowCount(), 2);
    QCOMPARE(timelinePoints(1), 3);

    // The charts follow the store: an executed amount shows at once.
    RecordListPage* budget = window.recordPage(QStringLiteral("budget"));
    RecordStore& store = *budget->model()->store();
    const QString msit = SampleDataset::idOf(QStringLiteral("budget:enacted-MSIT"));
    QJsonObject fields = store.get(msit)->fields;
    fields.insert(QStringLiteral("executed"), qint64(1'020'000'000'000));
    QVERIFY(store.put(QStringLiteral("budget"), msit, fields));
    QTRY_COMPARE(barValues(page->chart(QStringLiteral("budgetStages"))).first(), 1.02);
    QVERIFY(page->chart(QStringLiteral("budgetStages"))->title().contains(QStringLiteral("10.3")));

    // A year with no lines empties the budget, and the filter comes back.
    page->setFiscalYear(2025);
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetStages"))), (QList<double>{0, 0, 0, 0}));
    page->setFiscalYear(0);

    // Saving charts: SVG and PNG.
    const QString svg = m_dir.filePath(QStringLiteral("caio.svg"));
    const QString png = m_dir.filePath(QStringLiteral("gpu.png"));
    QVERIFY(page->saveChart(QStringLiteral("caio"), svg));
    QVERIFY(page->saveChart(QStringLiteral("indicator"), png));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300);

    // A click on a bar opens the list behind it, filtered.
    auto* categories =
        qobject_cast<QAbstractBarSeries*>(page->chart(QStringLiteral("budgetCategories"))->series().first());
    emit categories->barSets().first()->clicked(1); // AX
    QCOMPARE(window.currentPageId(), QStringLiteral("budget"));
    QCOMPARE(budget->findChild<QLineEdit*>(QStringLiteral("search"))->text(), QStringLiteral("ax"));
    QVERIFY(budget->model()->rowCount() >= 1);

    // The secretariat looks at one ministry as its officer would.
    QVERIFY(window.showPage(QStringLiteral("dashboard")));
    auto* view = page->findChild<QComboBox*>(QStringLiteral("dashboardView"));
    QVERIFY(view && view->isVisibleTo(page));
    QCOMPARE(view->count(), 20); // the whole committee and the 19 ministries
    page->setViewedMinistry(SampleDataset::idOf(QStringLiteral("ministry:MSIT")));
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetStages"))), (QList<double>{1.02, 0, 5.1, 0}));
    QCOMPARE(page->actionsTable()->rowCount(), 1);
    QVERIFY(page->findChild<QTreeWidget*>(QStringLiteral("openActions"))->isVisibleTo(page));
    page->setViewedMinistry(QString());
    QCOMPARE(page->actionsTable()->rowCount(), 2);

    // Locked: nothing shows, no figure stays in the page, and no chart can be saved.
    window.lockVault();
    QVERIFY(!page->chart(QStringLiteral("budgetStages")));
    const QList<QChartView*> views = page->findChildren<QChartView*>();
    QVERIFY(views.size() >= 5);
    for (QChartView* chartView : views) {
        QVERIFY2(chartView->chart()->series().isEmpty(), qPrintable(chartView->objectName()));
        QVERIFY(chartView->chart()->axes().isEmpty());
    }
    QCOMPARE(page->actionsTable()->rowCount(), 0);
    QVERIFY(!page->saveChart(QStringLiteral("caio"), m_dir.filePath(QStringLiteral("locked.svg"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("locked.svg"))));
}

void TestDashboard::ministrySeesItsOwn()
{
    const QString path = makeVault(QStringLiteral("msit.otvault"), QStringLiteral("ministry:MSIT"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.show();
    QVERIFY(window.showPage(QStringLiteral("dashboard")));
    auto* page = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("dashboardScope"))->text().contains(QStringLiteral("MSIT")));
    QCOMPARE(barValues(page->chart(QStringLiteral("budgetStages"))), (QList<double>{0, 0, 5.1, 0}));
    // MSIT's lines have no proposal figures: the proposal charts say so instead of an empty grid.
    for (const QString& card : {QStringLiteral("budgetCategories"), QStringLiteral("budgetKeywords")}) {
        QVERIFY(barValues(page->chart(card)).isEmpty());
        QCOMPARE(page->chart(card)->title(), QStringLiteral("Nothing to show for this view and period."));
    }
    QVERIFY(page->chart(QStringLiteral("budgetMinistries"))->title().isEmpty());
    QCOMPARE(page->actionsTable()->rowCount(), 1);
    QCOMPARE(page->actionsTable()->item(0, 0)->text(), QStringLiteral("MSIT"));
    QCOMPARE(page->figures().caio.ministries, 1);
    QCOMPARE(page->chart(QStringLiteral("caio"))->title(),
             QStringLiteral("The ministry has no active CAIO yet"));
    QVERIFY(!page->findChild<QComboBox*>(QStringLiteral("dashboardView"))->isVisibleTo(page)); // its own only
    // Its open actions, listed: the one MSIT action, overdue.
    auto* open = page->findChild<QTreeWidget*>(QStringLiteral("openActions"));
    QVERIFY(open && open->isVisibleTo(page));
    QCOMPARE(open->topLevelItemCount(), 1);
    QCOMPARE(open->topLevelItem(0)->text(1), QStringLiteral("우선 개방할 데이터셋 목록 작성"));
    emit open->itemActivated(open->topLevelItem(0), 0);
    QCOMPARE(window.currentPageId(), QStringLiteral("actions"));
    QCOMPARE(window.recordPage(QStringLiteral("action"))->editor()->recordId(),
             SampleDataset::idOf(QStringLiteral("action:public-data-msit")));
    // The national indicator is everyone's.
    QVERIFY(page->chart(QStringLiteral("indicator"))->title().contains(QStringLiteral("200,000")));
}

void TestDashboard::auditorSeesChangesAndReadsOnly()
{
    const QString path = makeVault(QStringLiteral("auditor.otvault"), QStringLiteral("auditor"));
    QVERIFY(!path.isEmpty());
    MainWindow window(m_language);
    window.setVault(std::move(Vault::open(path, secret("p"), cheapOptions()).value()));
    window.show();
    QVERIFY(window.showPage(QStringLiteral("dashboard")));
    auto* page = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("dashboardScope"))
                ->text()
                .contains(QStringLiteral("Auditor")));
    // Every sample record was written today: the last 30 days hold them, by type.
    const QList<double> changed = barValues(page->chart(QStringLiteral("changes")));
    QVERIFY(!changed.isEmpty());
    double total = 0;
    for (double count : changed) {
        total += count;
    }
    QCOMPARE(int(total), int(SampleDataset::entries().size()));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("dashboardSummary"))
                ->text()
                .contains(QStringLiteral("bundle")));
}

// An auditor's vault that received one bundle from the secretariat and none from MSIT:
// the dashboard lists both offices, MSIT as never heard from, and says so in words.
void TestDashboard::auditorSeesWhenEachOfficeLastSent()
{
    QTemporaryDir dir;
    QString auditorPath;
    {
        auto sec = makeSite(dir.path(), QStringLiteral("sec"), QStringLiteral("secretariat"), syncPolicy);
        auto msit = makeSite(dir.path(), QStringLiteral("msit"), QStringLiteral("ministry:MSIT"), syncPolicy);
        auto auditor = makeSite(dir.path(), QStringLiteral("auditor"), QStringLiteral("auditor"), syncPolicy);
        RecordService service(*sec->store, QStringLiteral("secretariat"));
        QString error;
        QVERIFY(SampleDataset::load(service, &error) > 0);
        QVERIFY(enrol(
            *sec, {{msit.get(), QStringLiteral("ministry:MSIT")}, {auditor.get(), QStringLiteral("auditor")}},
            dir.path()));
        auditorPath = auditor->path;
    }
    MainWindow window(m_language);
    window.resize(1280, 800);
    window.setVault(
        std::move(Vault::open(auditorPath, secret("sync test passphrase"), cheapOptions()).value()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("dashboard")));
    auto* page = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    QVERIFY(page);
    QTreeWidget* sites = page->siteFreshness();
    QVERIFY(sites->isVisibleTo(page));
    QCOMPARE(sites->topLevelItemCount(), 2);
    // The stalest first: MSIT never sent anything; the secretariat's join bundle came today.
    QCOMPARE(sites->topLevelItem(0)->text(0), QStringLiteral("msit"));
    QCOMPARE(sites->topLevelItem(0)->text(2), QStringLiteral("never"));
    QCOMPARE(sites->topLevelItem(1)->text(0), QStringLiteral("sec"));
    QCOMPARE(sites->topLevelItem(1)->text(3), QStringLiteral("0 days ago"));
    bool said = false;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        said = said ||
               label->text().contains(QStringLiteral("1 of 2 offices sent one in the last 14 days; 1 never"));
    }
    QVERIFY(said);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
