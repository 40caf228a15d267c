// Benchmark: record lists over 100,000 records (issue "Governance records"): opening a
// list page, sorting and filtering as the user types, each step through RecordTableModel
// and, in the same run, as the bare SQL query it issues. Median and p95 per step.
// Usage: bench_records [--records N]
#include "BenchSupport.h"
#include "RecordStore.h"
#include "RecordTableModel.h"
#include "RecordType.h"
#include "Vault.h"

#include <QCoreApplication>
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

namespace {

void bareQuery(sqlite3* db, const char* sql, const QString& type, const QString& filter, const QString& path)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    const QByteArray t = type.toUtf8();
    const QByteArray f = filter.toLower().toUtf8();
    const QByteArray p = path.toUtf8();
    sqlite3_bind_text(stmt, 1, t.constData(), -1, SQLITE_TRANSIENT);
    if (!filter.isEmpty()) {
        sqlite3_bind_text(stmt, 2, f.constData(), -1, SQLITE_TRANSIENT);
    }
    if (!path.isEmpty()) {
        sqlite3_bind_text(stmt, 3, p.constData(), -1, SQLITE_TRANSIENT);
    }
    sqlite3_bind_int(stmt, 4, RecordTableModel::kPageSize);
    sqlite3_bind_int(stmt, 5, 0);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--records")) {
            count = std::max(100, args[i + 1].toInt());
        }
    }
    QTemporaryDir dir;
    VaultOptions options;
    options.kdf = Kdf::kCheapForTests;
    auto vault = Vault::create(dir.filePath(QStringLiteral("bench.otvault")), SecureBytes("b", 1),
                               {QString(), QStringLiteral("Bench"), QStringLiteral("secretariat")}, options);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 2;
    }
    RecordStore store(**vault);
    QRandomGenerator random(7);
    const QStringList statuses = choices::kActionStatus;
    const QStringList words{QStringLiteral("GPU"),    QStringLiteral("데이터"),  QStringLiteral("교육"),
                            QStringLiteral("AI"),     QStringLiteral("보안"),    QStringLiteral("지역"),
                            QStringLiteral("반도체"), QStringLiteral("클라우드")};
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec((*vault)->handle(), "BEGIN", nullptr, nullptr, nullptr);
    for (int i = 0; i < count; ++i) {
        const QString description = words[int(random.bounded(words.size()))] + QStringLiteral(" 과제 ") +
                                    QString::number(i) + QLatin1Char(' ') +
                                    words[int(random.bounded(words.size()))];
        (void)store.put(QStringLiteral("action"), QString(),
                        {{QStringLiteral("resolution"), QStringLiteral("r-%1").arg(i % 500)},
                         {QStringLiteral("description"), description},
                         {QStringLiteral("owner_ministry"), QStringLiteral("m-%1").arg(i % 19)},
                         {QStringLiteral("due"), QDate(2025, 1, 1).addDays(i % 900).toString(Qt::ISODate)},
                         {QStringLiteral("status"), statuses[int(random.bounded(statuses.size()))]},
                         {QStringLiteral("progress"), int(random.bounded(101))}});
    }
    sqlite3_exec((*vault)->handle(), "COMMIT", nullptr, nullptr, nullptr);
    std::printf("OneTeam record list benchmark: %d actions (loaded in %.1f s); median and p95 per step, ms\n",
                count, double(timer.elapsed()) / 1000.0);
    std::printf("  %-34s %9s %9s %11s %11s\n", "step", "model", "p95", "bare SQL", "p95");

    const RecordType& type = *RecordType::find(QStringLiteral("action"));
    RecordTableModel model(type);
    sqlite3* db = (*vault)->handle();
    const char* listSql =
        "SELECT id, type, created, deleted, data FROM record WHERE type = ?1 AND deleted = 0 "
        "ORDER BY rowid LIMIT ?4 OFFSET ?5";
    const char* filterSql =
        "SELECT id, type, created, deleted, data FROM record WHERE type = ?1 AND deleted = 0 "
        "AND instr(search, ?2) > 0 ORDER BY rowid LIMIT ?4 OFFSET ?5";
    const char* sortSql =
        "SELECT id, type, created, deleted, data FROM record WHERE type = ?1 AND deleted = 0 "
        "ORDER BY json_extract(data, ?3), rowid LIMIT ?4 OFFSET ?5";
    bool within = true;
    const auto row = [&within](const char* name, Stats viaModel, Stats bare) {
        std::printf("  %-34s %9.1f %9.1f %11.1f %11.1f\n", name, viaModel.median, viaModel.p95, bare.median,
                    bare.p95);
        within = within && viaModel.p95 < 50.0;
    };
    row("open the list page (count + 200)", measure(15, [&](int) { model.setStore(&store); }),
        measure(15, [&](int) { bareQuery(db, listSql, QStringLiteral("action"), {}, {}); }));
    const QStringList typed{QStringLiteral("데"),
                            QStringLiteral("데이"),
                            QStringLiteral("데이터"),
                            QStringLiteral("데이터 "),
                            QStringLiteral("데이터 과"),
                            QStringLiteral("데이터 과제"),
                            QStringLiteral("데이터 과제 1"),
                            QStringLiteral("데이터 과제 12")};
    row("filter as you type (per keystroke)",
        measure(int(typed.size()) * 3,
                [&](int i) {
                    model.setFilter(i % 2 ? typed[i % typed.size()]
                                          : typed[i % typed.size()] + QStringLiteral(" "));
                }),
        measure(int(typed.size()) * 3, [&](int i) {
            bareQuery(db, filterSql, QStringLiteral("action"), typed[i % typed.size()], {});
        }));
    model.setFilter(QString());
    int dueColumn = 0;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.fieldAt(c) == QLatin1String("due")) {
            dueColumn = c;
        }
    }
    {
        QElapsedTimer first;
        first.start();
        model.sort(dueColumn, Qt::AscendingOrder); // builds the field's sort index once
        std::printf("  %-34s %9.1f   (once per field, then kept in the vault)\n",
                    "first sort: builds its index", double(first.nsecsElapsed()) / 1e6);
    }
    row("sort by a column",
        measure(10, [&](int i) { model.sort(dueColumn, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder); }),
        measure(10,
                [&](int) { bareQuery(db, sortSql, QStringLiteral("action"), {}, QStringLiteral("$.due")); }));
    row("scroll: fetch the next 200 rows", measure(20, [&](int) { model.fetchMore({}); }),
        measure(20, [&](int) { bareQuery(db, listSql, QStringLiteral("action"), {}, {}); }));
    std::printf("  rows held by the model after scrolling: %d of %lld; resident memory %ld KiB\n",
                model.rowCount(), model.totalCount(), residentKiB());
    std::printf("\n%s\n", within ? "target met: every step under 50 ms at p95"
                                 : "target NOT met: a step took 50 ms or more at p95");
    return 0;
}
