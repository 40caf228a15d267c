// Benchmark: sync through bundles (issue #6).
//  1. Export and import of 100,000 changes (about 16,700 action records, six changes each):
//     time, bundle size and memory, beside writing the same records directly (one
//     transaction through RecordStore) in the same run.
//  2. A simulated year of 50 sites (the secretariat and 49 ministries) exchanging through
//     the secretariat every week: each ministry updates its own actions, the secretariat
//     adds milestones and changes statuses; at the end every vault holds the same records.
// Usage: bench_sync [--changes N] [--sites N] [--weeks N]
#include "BenchSupport.h"
#include "RecordService.h"
#include "RecordStore.h"
#include "SiteCrypto.h"
#include "Sites.h"
#include "Sync.h"
#include "SyncPolicy.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace oneteam;
using oneteam::bench::residentKiB;

namespace {

const char* kPassphrase = "bench sync passphrase";

struct Site
{
    QString name;
    QString role;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<RecordService> service;
    std::unique_ptr<Sync> sync;
    QString id;
};

std::unique_ptr<Site> makeSite(const QString& dir, const QString& name, const QString& role)
{
    VaultOptions options;
    options.kdf = Kdf::kCheapForTests;
    auto vault =
        Vault::create(dir + QLatin1Char('/') + name + QStringLiteral(".otvault"),
                      SecureBytes(kPassphrase, qstrlen(kPassphrase)), {QString(), name, role}, options);
    if (!vault) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(vault.error().message));
        std::exit(1);
    }
    auto site = std::make_unique<Site>();
    site->name = name;
    site->role = role;
    site->vault = std::move(*vault);
    site->store = std::make_unique<RecordStore>(*site->vault);
    site->service = std::make_unique<RecordService>(*site->store, role);
    site->sync = std::make_unique<Sync>(*site->vault, *site->store, syncPolicy(*site->store));
    site->id = site->store->siteId();
    return site;
}

QByteArray exportBundle(Site& from, const QStringList& to, const QString& path,
                        ExportResult* result = nullptr)
{
    auto exported = from.sync->exportTo(to, path);
    if (!exported) {
        std::fprintf(stderr, "bench_sync: export: %s\n", qPrintable(exported.error().message));
        std::exit(1);
    }
    if (result) {
        *result = *exported;
    }
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

SyncReport importBundle(Site& to, const QByteArray& bytes)
{
    auto report = to.sync->import(bytes, QStringLiteral("bench.otbundle"));
    if (!report) {
        std::fprintf(stderr, "bench_sync: import at %s: %s\n", qPrintable(to.name),
                     qPrintable(report.error().message));
        std::exit(1);
    }
    return *report;
}

void enrol(Site& root, Site& site, const QString& dir)
{
    auto card = SiteCard::fromFile(*Sites(*site.vault).localCardFile());
    if (!card || !Sites(*root.vault).trust(*card, site.role)) {
        std::fprintf(stderr, "bench_sync: cannot trust %s\n", qPrintable(site.name));
        std::exit(1);
    }
    const QByteArray first = exportBundle(root, {site.id}, dir + QStringLiteral("/join.otbundle"));
    auto joined = site.sync->join(first, QStringLiteral("join.otbundle"),
                                  crypto::fingerprint(Sites(*root.vault).local()->signKey));
    if (!joined) {
        std::fprintf(stderr, "bench_sync: join: %s\n", qPrintable(joined.error().message));
        std::exit(1);
    }
}

QString recordsDump(Site& site)
{
    QString dump;
    for (const char* type : {"ministry", "resolution", "action", "milestone"}) {
        auto records = site.store->list({QLatin1String(type), {}, {}, false, -1, 0, true});
        for (const StoredRecord& record : *records) {
            dump += record.id +
                    QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact)) +
                    (record.deleted ? QStringLiteral("x") : QString()) + QLatin1Char('\n');
        }
    }
    return dump;
}

QJsonObject actionFields(int i, const QString& resolution, const QString& ministry)
{
    return {
        {QStringLiteral("resolution"), resolution},
        {QStringLiteral("description"), QStringLiteral("Follow-up action %1 of the AI action plan").arg(i)},
        {QStringLiteral("owner_ministry"), ministry},
        {QStringLiteral("due"), QStringLiteral("2026-%1-15").arg(1 + i % 12, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("status"), QStringLiteral("in-progress")}};
}

void bulk(const QString& dir, int changes)
{
    const int records = std::max(1, (changes - 6) / 6); // six changes per action; six for the rest
    auto source = makeSite(dir, QStringLiteral("bulk-source"), QStringLiteral("secretariat"));
    auto target = makeSite(dir, QStringLiteral("bulk-target"), QStringLiteral("secretariat"));
    auto direct = makeSite(dir, QStringLiteral("bulk-direct"), QStringLiteral("secretariat"));
    enrol(*source, *target, dir);
    auto write = [records](Site& site) {
        QString ministry;
        QString resolution;
        const Status status = site.store->inTransaction([&]() -> Status {
            ministry = *site.store->put(QStringLiteral("ministry"), {},
                                        {{QStringLiteral("code"), QStringLiteral("MSIT")},
                                         {QStringLiteral("name_en"), QStringLiteral("Science and ICT")}});
            resolution = *site.store->put(QStringLiteral("resolution"), {},
                                          {{QStringLiteral("number"), QStringLiteral("2026-1")},
                                           {QStringLiteral("title_en"), QStringLiteral("AI action plan")}});
            for (int i = 0; i < records; ++i) {
                auto id =
                    site.store->put(QStringLiteral("action"), {}, actionFields(i, resolution, ministry));
                if (!id) {
                    return id.error();
                }
            }
            return {};
        });
        if (!status) {
            std::fprintf(stderr, "bench_sync: write: %s\n", qPrintable(status.error().message));
            std::exit(1);
        }
    };
    QElapsedTimer timer;
    const long rssStart = residentKiB();
    timer.start();
    write(*direct);
    const double directMs = double(timer.nsecsElapsed()) / 1e6;
    write(*source);

    ExportResult exported;
    const long rssBeforeExport = residentKiB();
    timer.start();
    const QByteArray bundle =
        exportBundle(*source, {target->id}, dir + QStringLiteral("/bulk.otbundle"), &exported);
    const double exportMs = double(timer.nsecsElapsed()) / 1e6;
    const long rssAfterExport = residentKiB();
    timer.start();
    const SyncReport report = importBundle(*target, bundle);
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    const long rssAfterImport = residentKiB();
    timer.start();
    auto preview = target->sync->inspect(bundle); // all known now: verify and decode only
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    const bool equal = recordsDump(*target) == recordsDump(*source);

    std::printf("bulk: %lld changes (%d action records), bundle %.2f MB (%.1f bytes per change)\n",
                qint64(exported.changes), records, double(bundle.size()) / 1e6,
                double(bundle.size()) / double(std::max<qint64>(1, exported.changes)));
    std::printf("  %-44s %9.0f ms  (baseline)\n", "write the records directly (one transaction)", directMs);
    std::printf("  %-44s %9.0f ms  %5.2fx\n", "export: collect, sign, compress, encrypt", exportMs,
                exportMs / directMs);
    std::printf("  %-44s %9.0f ms  %5.2fx  (%lld applied)\n", "import: verify, decrypt, merge, one txn",
                importMs, importMs / directMs, qint64(report.applied));
    std::printf("  %-44s %9.0f ms  %5.2fx\n", "the same bundle again: verify, nothing new", verifyMs,
                verifyMs / directMs);
    std::printf("  memory: %ld KiB at start, +%ld KiB exporting, +%ld KiB importing\n", rssStart,
                rssAfterExport - rssBeforeExport, rssAfterImport - rssAfterExport);
    std::printf("  vaults equal after import: %s\n", equal && preview ? "yes" : "NO");
    if (!equal) {
        std::exit(1);
    }
}

void year(const QString& dir, int siteCount, int weeks)
{
    QElapsedTimer total;
    total.start();
    auto secretariat = makeSite(dir, QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    std::vector<std::unique_ptr<Site>> ministries;
    QStringList codes;
    for (int i = 0; i + 1 < siteCount; ++i) {
        const QString code = QStringLiteral("M") + QChar(u'A' + i / 26) + QChar(u'A' + i % 26);
        codes << code;
        ministries.push_back(
            makeSite(dir, QStringLiteral("site-%1").arg(code), QStringLiteral("ministry:") + code));
    }
    // The secretariat's records: a ministry record and three actions for each ministry.
    QHash<QString, QStringList> actionsOf;
    const QString resolution =
        *secretariat->store->put(QStringLiteral("resolution"), {},
                                 {{QStringLiteral("number"), QStringLiteral("2026-1")},
                                  {QStringLiteral("title_en"), QStringLiteral("Plan")}});
    int n = 0;
    for (const QString& code : codes) {
        const QString ministry =
            *secretariat->store->put(QStringLiteral("ministry"), {},
                                     {{QStringLiteral("code"), code},
                                      {QStringLiteral("name_en"), code},
                                      {QStringLiteral("kind"), QStringLiteral("ministry")}});
        for (int k = 0; k < 3; ++k) {
            actionsOf[code] << *secretariat->store->put(QStringLiteral("action"), {},
                                                        actionFields(n++, resolution, ministry));
        }
    }
    for (auto& ministry : ministries) {
        enrol(*secretariat, *ministry, dir);
    }
    const double setupMs = double(total.nsecsElapsed()) / 1e6;

    QRandomGenerator random(2026);
    qint64 upBytes = 0;
    qint64 downBytes = 0;
    qint64 upMax = 0;
    qint64 downMax = 0;
    qint64 bundles = 0;
    qint64 refused = 0;
    QElapsedTimer exchange;
    exchange.start();
    const QString path = dir + QStringLiteral("/week.otbundle");
    for (int week = 0; week < weeks; ++week) {
        // Each ministry reports progress on one of its actions and sends its bundle up.
        for (std::size_t i = 0; i < ministries.size(); ++i) {
            Site& site = *ministries[i];
            const QString action = actionsOf[codes[int(i)]].at(random.bounded(3));
            QJsonObject fields = site.store->get(action)->fields;
            fields.insert(QStringLiteral("id"), action);
            fields.insert(QStringLiteral("progress"), qMin(100, week * 2 + random.bounded(5)));
            fields.insert(QStringLiteral("evidence"), QStringLiteral("Week %1 report").arg(week + 1));
            if (!std::holds_alternative<RecordService::Saved>(
                    site.service->put(QStringLiteral("action"), fields))) {
                std::fprintf(stderr, "bench_sync: a ministry could not update its action\n");
                std::exit(1);
            }
            const QByteArray up = exportBundle(site, {secretariat->id}, path);
            upBytes += up.size();
            upMax = std::max<qint64>(upMax, up.size());
            refused += importBundle(*secretariat, up).refused;
            ++bundles;
        }
        // The secretariat adds a milestone and moves a status, then sends each site its bundle.
        (void)secretariat->store->put(
            QStringLiteral("milestone"), {},
            {{QStringLiteral("title"), QStringLiteral("Week %1 review").arg(week + 1)},
             {QStringLiteral("due"), QStringLiteral("2026-12-31")},
             {QStringLiteral("status"), QStringLiteral("planned")}});
        const QString code = codes.at(random.bounded(int(codes.size())));
        const QString action = actionsOf[code].at(random.bounded(3));
        QJsonObject fields = secretariat->store->get(action)->fields;
        fields.insert(QStringLiteral("status"),
                      week % 2 ? QStringLiteral("in-progress") : QStringLiteral("not-started"));
        (void)secretariat->store->put(QStringLiteral("action"), action, fields);
        for (auto& ministry : ministries) {
            const QByteArray down = exportBundle(*secretariat, {ministry->id}, path);
            downBytes += down.size();
            downMax = std::max<qint64>(downMax, down.size());
            refused += importBundle(*ministry, down).refused;
            ++bundles;
        }
    }
    const double exchangeMs = double(exchange.nsecsElapsed()) / 1e6;
    // Converged: every ministry holds what the secretariat holds.
    const QString reference = recordsDump(*secretariat);
    int equal = 0;
    for (auto& ministry : ministries) {
        equal += recordsDump(*ministry) == reference ? 1 : 0;
    }
    const qint64 perDirection = std::max<qint64>(1, qint64(weeks) * qint64(ministries.size()));
    std::printf("year: %d sites, %d weeks, %lld bundles through the secretariat\n", siteCount, weeks,
                bundles);
    std::printf("  setup (records, enrolment)            %9.0f ms\n", setupMs);
    std::printf("  exchanges                             %9.0f ms  (%.1f ms per bundle, export + import)\n",
                exchangeMs, exchangeMs / double(std::max<qint64>(1, bundles)));
    std::printf("  bundle to the secretariat             mean %6.0f bytes, max %6lld\n",
                double(upBytes) / double(perDirection), upMax);
    std::printf("  bundle from the secretariat           mean %6.0f bytes, max %6lld\n",
                double(downBytes) / double(perDirection), downMax);
    std::printf("  refused changes                       %lld\n", refused);
    std::printf("  vaults equal to the secretariat's     %d of %lld\n", equal, qint64(ministries.size()));
    std::printf("  memory                                %ld KiB resident\n", residentKiB());
    if (equal != int(ministries.size()) || refused != 0) {
        std::exit(1);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int changes = 100000;
    int sites = 50;
    int weeks = 52;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--changes")) {
            changes = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--sites")) {
            sites = std::max(2, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--weeks")) {
            weeks = std::max(1, args[i + 1].toInt());
        }
    }
    QTemporaryDir dir;
    bulk(dir.path(), changes);
    year(dir.path(), sites, weeks);
    return 0;
}
