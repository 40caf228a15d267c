// Dashboard refresh over a large vault: the aggregates alone (DashboardFigures), the whole
// refresh with the charts redrawn (DashboardPage), and the bare GROUP BY queries they
// stand on, measured in the same run. Target (issue "Dashboards"): refresh under 100 ms
// median with 100,000 records.

#include "BenchDataset.h"
#include "BenchSupport.h"
#include "DashboardFigures.h"
#include "DashboardPage.h"
#include "PageCatalog.h"
#include "RecordService.h"
#include "RecordStore.h"
#include "RecordType.h"
#include "Vault.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace oneteam;
using oneteam::bench::measure;
using oneteam::bench::residentKiB;
using oneteam::bench::Stats;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int count = bench::recordsArgument();
    QTemporaryDir dir;
    auto vault = bench::makeBenchVault(dir.path());
    if (!vault) {
        return 2;
    }
    RecordStore store(*vault);
    QElapsedTimer load;
    load.start();
    bench::loadGovernanceRecords(store, count);
    sqlite3* db = vault->handle();
    std::printf("OneTeam dashboard benchmark: %d records (loaded in %.1f s); median and p95, ms\n", count,
                double(load.elapsed()) / 1000.0);

    RecordService service(store, QStringLiteral("secretariat"));
    int kept = 0;
    const Stats figures = measure(11, [&](int) {
        auto result = DashboardFigures::compute(store, {});
        kept += result ? int(result->actionsTotal > 0) : 0;
    });
    int pages = 0;
    const PageSpec* spec = PageCatalog::pages(&pages);
    DashboardPage page(spec[0]);
    page.resize(1280, 800);
    page.show();
    page.setService(&service);
    const Stats refresh = measure(11, [&](int) {
        page.refresh();
        QCoreApplication::processEvents();
    });
    // The bare aggregates the figures stand on, as one would write them by hand.
    const char* bare[] = {
        "SELECT json_extract(data,'$.status'), count(*) FROM record WHERE type='resolution' AND deleted=0 "
        "GROUP BY 1",
        "SELECT json_extract(data,'$.keyword'), count(*) FROM record WHERE type='resolution' AND deleted=0 "
        "GROUP BY 1",
        "SELECT json_extract(data,'$.owner_ministry'), json_extract(data,'$.status'), count(*) FROM record "
        "WHERE type='action' AND deleted=0 GROUP BY 1, 2",
        "SELECT json_extract(data,'$.owner_ministry'), count(*) FROM record WHERE type='action' AND "
        "deleted=0 "
        "AND json_extract(data,'$.due') < date('now') AND json_extract(data,'$.status') NOT IN "
        "('completed','cancelled') GROUP BY 1",
        "SELECT sum(json_extract(data,'$.proposal')), sum(json_extract(data,'$.enacted')), "
        "sum(json_extract(data,'$.revised')), sum(json_extract(data,'$.executed')) FROM record "
        "WHERE type='budget' AND deleted=0",
        "SELECT json_extract(data,'$.category'), sum(json_extract(data,'$.proposal')) FROM record "
        "WHERE type='budget' AND deleted=0 GROUP BY 1",
        "SELECT json_extract(data,'$.keyword'), sum(json_extract(data,'$.proposal')) FROM record "
        "WHERE type='budget' AND deleted=0 GROUP BY 1",
        "SELECT json_extract(data,'$.ministry'), sum(json_extract(data,'$.enacted')) FROM record "
        "WHERE type='budget' AND deleted=0 GROUP BY 1",
        "SELECT json_extract(data,'$.fiscal_year'), count(*) FROM record WHERE type='budget' AND deleted=0 "
        "GROUP BY 1",
    };
    const Stats sql = measure(11, [&](int) {
        for (const char* query : bare) {
            sqlite3_exec(db, query, nullptr, nullptr, nullptr);
        }
    });
    // What the figures run: one pass per type over record_facts, the narrow table of the
    // fields dashboards add up.
    const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toLatin1();
    const QByteArray overdue =
        "SELECT ministry, status, count(*), sum(CASE WHEN due < '" + today +
        "' AND status NOT IN ('completed','cancelled') THEN 1 ELSE 0 END) FROM record_facts "
        "WHERE type='action' AND deleted=0 GROUP BY ministry, status";
    const char* facts[] = {
        "SELECT status, keyword, count(*) FROM record_facts WHERE type='resolution' AND deleted=0 "
        "GROUP BY status, keyword",
        overdue.constData(),
        "SELECT fiscal_year, category, keyword, ministry, sum(proposal), sum(enacted), sum(revised), "
        "sum(executed) FROM record_facts WHERE type='budget' AND deleted=0 AND parent IS NULL "
        "GROUP BY fiscal_year, category, keyword, ministry",
        "SELECT ministry, rank, count(*) FROM record_facts WHERE type='caio' AND deleted=0 AND "
        "status='active' "
        "GROUP BY ministry, rank",
    };
    const Stats factsSql = measure(11, [&](int) {
        for (const char* query : facts) {
            sqlite3_exec(db, query, nullptr, nullptr, nullptr);
        }
    });
    std::printf("  %-40s %9s %9s\n", "step", "median", "p95");
    std::printf("  %-40s %9.1f %9.1f\n", "bare SQL, parsing each record's JSON", sql.median, sql.p95);
    std::printf("  %-40s %9.1f %9.1f\n", "bare SQL over record_facts", factsSql.median, factsSql.p95);
    std::printf("  %-40s %9.1f %9.1f\n", "figures (DashboardFigures::compute)", figures.median, figures.p95);
    std::printf("  %-40s %9.1f %9.1f\n", "refresh: figures + every chart", refresh.median, refresh.p95);
    std::printf("  figures / bare SQL over record_facts: %.2fx; refresh / bare SQL parsing JSON: %.2fx\n",
                figures.median / factsSql.median, refresh.median / sql.median);
    std::printf("  resident memory %ld KiB\n", residentKiB());
    const bool met = refresh.median < 100.0;
    std::printf("\n%s\n", met ? "target met: refresh under 100 ms median"
                              : "target NOT met: refresh took 100 ms or more (median)");
    return kept > 0 ? 0 : 1;
}
