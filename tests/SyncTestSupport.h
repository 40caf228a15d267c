#pragma once

#include "RecordStore.h"
#include "SiteCrypto.h"
#include "Sites.h"
#include "Statement.h"
#include "Sync.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace oneteam::test {

// One site of a test network: its vault, store and sync engine, on disk in `folder`.
struct TestSite
{
    QString name;
    QString path;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<Sync> sync;
    QString id;
};

inline std::unique_ptr<TestSite> makeSite(const QString& folder, const QString& name, const QString& role,
                                          const std::function<ChangePolicy(RecordStore&)>& policy = {},
                                          const QString& siteId = {}, Hlc::WallClock wall = {})
{
    auto site = std::make_unique<TestSite>();
    site->name = name;
    site->path = folder + QLatin1Char('/') + name + QStringLiteral(".otvault");
    auto vault =
        Vault::create(site->path, secret("sync test passphrase"), {siteId, name, role}, cheapOptions());
    if (!vault) {
        qWarning() << vault.error().message;
        return nullptr;
    }
    site->vault = std::move(*vault);
    site->store = std::make_unique<RecordStore>(*site->vault, std::move(wall));
    site->sync =
        std::make_unique<Sync>(*site->vault, *site->store, policy ? policy(*site->store) : ChangePolicy());
    site->id = site->store->siteId();
    return site;
}

// A bundle from `from` to the sites named, as bytes (written to and read back from a file).
inline QByteArray bundleFor(TestSite& from, const QStringList& to, const QString& folder)
{
    static int counter = 0;
    const QString path = folder + QStringLiteral("/bundle-%1.otbundle").arg(++counter);
    auto result = from.sync->exportTo(to, path);
    if (!result) {
        qWarning() << result.error().message;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = file.readAll();
    file.close();
    QFile::remove(path);
    return bytes;
}

inline QString fingerprintOf(TestSite& site)
{
    auto local = Sites(*site.vault).local();
    return local ? crypto::fingerprint(local->signKey) : QString();
}

// The root trusts each site's card; then each joins with the root's first bundle.
inline bool enrol(TestSite& root, const QList<std::pair<TestSite*, QString>>& sites, const QString& folder)
{
    Sites rootSites(*root.vault);
    for (const auto& [site, role] : sites) {
        auto card = Sites(*site->vault).localCardFile();
        auto parsed = card ? SiteCard::fromFile(*card) : Result<SiteCard>(card.error());
        if (!parsed || !rootSites.trust(*parsed, role)) {
            return false;
        }
    }
    for (const auto& [site, role] : sites) {
        const QByteArray bundle = bundleFor(root, {site->id}, folder);
        auto joined = site->sync->join(bundle, QStringLiteral("join.otbundle"), fingerprintOf(root));
        if (!joined) {
            qWarning() << joined.error().message;
            return false;
        }
    }
    return true;
}

// Every record (id, type, deleted, fields) and every conflict, as one canonical text:
// equal texts are equal data.
inline QString canonicalDump(TestSite& site)
{
    QString dump;
    Statement rows(site.vault->handle(), "SELECT id, type, deleted, data, created FROM record ORDER BY id");
    while (rows.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(rows.text(3).toUtf8()).object();
        dump += rows.text(0) + QLatin1Char(' ') + rows.text(1) + QLatin1Char(' ') + rows.text(2) +
                QLatin1Char(' ') + rows.text(4) + QLatin1Char(' ') +
                QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    }
    auto conflicts = site.store->conflicts();
    if (conflicts) {
        for (const Conflict& c : *conflicts) {
            dump += QStringLiteral("conflict %1 %2 %3/%4 %5/%6 %7\n")
                        .arg(c.recordId, c.field, c.kept.hlc, c.kept.origin, c.other.hlc, c.other.origin)
                        .arg(c.deletedRecord ? 1 : 0);
        }
    }
    return dump;
}

} // namespace oneteam::test
