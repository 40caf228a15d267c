#pragma once

// The governance records the benchmarks load: 19 ministries (most with a CAIO), the GPU
// indicator, and `count` records: 60% actions, 25% budget lines, 10% resolutions, the rest
// milestones and partnerships. Same seed, same records.

#include "RecordStore.h"
#include "RecordType.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace oneteam::bench {

// `--records N` from the command line (at least 100), else `fallback`.
inline int recordsArgument(int fallback = 100000)
{
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--records")) {
            return std::max(100, args[i + 1].toInt());
        }
    }
    return fallback;
}

// A secretariat's vault in `folder` with the cheap test KDF; null (and a message) on error.
inline std::unique_ptr<Vault> makeBenchVault(const QString& folder)
{
    VaultOptions options;
    options.kdf = Kdf::kCheapForTests;
    auto vault = Vault::create(folder + QStringLiteral("/bench.otvault"), SecureBytes("b", 1),
                               {QString(), QStringLiteral("Bench"), QStringLiteral("secretariat")}, options);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return nullptr;
    }
    return std::move(*vault);
}

inline void loadGovernanceRecords(RecordStore& store, int count)
{
    sqlite3* db = store.vault().handle();
    QRandomGenerator random(11);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    // 19 ministries with CAIOs for most, then a mix: 60% actions, 25% budget lines, 10%
    // resolutions, the rest milestones and partnerships.
    QStringList ministries;
    for (int m = 0; m < 19; ++m) {
        ministries << *store.put(QStringLiteral("ministry"), QString(),
                                 {{QStringLiteral("code"), QStringLiteral("M%1").arg(m)},
                                  {QStringLiteral("kind"), QStringLiteral("ministry")}});
        if (m % 4 != 0) {
            (void)store.put(QStringLiteral("caio"), QString(),
                            {{QStringLiteral("ministry"), ministries.last()},
                             {QStringLiteral("rank"),
                              m % 7 == 0 ? QStringLiteral("other") : QStringLiteral("director-general")},
                             {QStringLiteral("status"), QStringLiteral("active")}});
        }
    }
    (void)store.put(QStringLiteral("indicator"), QString(),
                    {{QStringLiteral("name"), QStringLiteral("GPUs secured")},
                     {QStringLiteral("unit"), QStringLiteral("GPUs")},
                     {QStringLiteral("baseline"),
                      QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-09-01")},
                                             {QStringLiteral("value"), 20000}}}},
                     {QStringLiteral("targets"),
                      QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2030-12-31")},
                                             {QStringLiteral("value"), 200000}}}}});
    const auto pick = [&random](const QStringList& list) {
        return list.at(int(random.bounded(int(list.size()))));
    };
    for (int i = 0; i < count; ++i) {
        const int kind = int(random.bounded(100));
        const QString ministry = pick(ministries);
        if (kind < 60) {
            (void)store.put(
                QStringLiteral("action"), QString(),
                {{QStringLiteral("resolution"), QStringLiteral("r-%1").arg(i % 500)},
                 {QStringLiteral("description"), QStringLiteral("Action %1").arg(i)},
                 {QStringLiteral("owner_ministry"), ministry},
                 {QStringLiteral("due"), QDate(2025, 1, 1).addDays(i % 900).toString(Qt::ISODate)},
                 {QStringLiteral("status"), pick(choices::kActionStatus)}});
        } else if (kind < 85) {
            (void)store.put(QStringLiteral("budget"), QString(),
                            {{QStringLiteral("fiscal_year"), 2025 + i % 3},
                             {QStringLiteral("name_ko"), QStringLiteral("사업 %1").arg(i)},
                             {QStringLiteral("category"), pick(choices::kBudgetCategory)},
                             {QStringLiteral("keyword"), pick(choices::kKeywords)},
                             {QStringLiteral("ministry"), ministry},
                             {QStringLiteral("proposal"), qint64(random.bounded(1000)) * 100'000'000LL},
                             {QStringLiteral("enacted"), qint64(random.bounded(1000)) * 100'000'000LL},
                             {QStringLiteral("executed"), qint64(random.bounded(500)) * 100'000'000LL}});
        } else if (kind < 95) {
            (void)store.put(QStringLiteral("resolution"), QString(),
                            {{QStringLiteral("number"), QStringLiteral("%1").arg(i)},
                             {QStringLiteral("title_ko"), QStringLiteral("결의 %1").arg(i)},
                             {QStringLiteral("keyword"), pick(choices::kKeywords)},
                             {QStringLiteral("status"), pick(choices::kResolutionStatus)},
                             {QStringLiteral("lead_ministry"), ministry}});
        } else {
            (void)store.put(
                i % 2 ? QStringLiteral("milestone") : QStringLiteral("partnership"), QString(),
                {{QStringLiteral("title"), QStringLiteral("Event %1").arg(i)},
                 {QStringLiteral("due"), QDate(2025, 1, 1).addDays(i % 900).toString(Qt::ISODate)},
                 {QStringLiteral("date"), QDate(2025, 1, 1).addDays(i % 900).toString(Qt::ISODate)},
                 {QStringLiteral("status"), pick(choices::kWorkStatus)}});
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace oneteam::bench
