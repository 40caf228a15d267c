#include "Sites.h"

#include "AuditLog.h"
#include "SiteCrypto.h"
#include "SqliteError.h"
#include "Statement.h"
#include "Vault.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>

namespace oneteam {

namespace {

const QByteArray kCardMagic = QByteArrayLiteral("OTCARD01");
const QByteArray kRosterMagic = QByteArrayLiteral("OTROSTR1");
constexpr qsizetype kSignatureSize = 64;
constexpr qsizetype kMaxRosterBytes = 4 * 1024 * 1024;

StorageError lockedError()
{
    return StorageError::make(StorageErrorCode::Locked,
                              QCoreApplication::translate("Sites", "The vault is locked; unlock it first."));
}

QCborMap entryMap(const SiteEntry& site)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), site.id);
    map.insert(QStringLiteral("name"), site.name);
    map.insert(QStringLiteral("role"), site.role);
    map.insert(QStringLiteral("sign"), site.signKey);
    map.insert(QStringLiteral("agree"), site.agreeKey);
    return map;
}

// A site entry from CBOR, or nullopt when a part is missing or has the wrong size.
std::optional<SiteEntry> entryFrom(const QCborValue& value)
{
    const QCborMap map = value.toMap();
    SiteEntry site;
    site.id = map.value(QStringLiteral("id")).toString();
    site.name = map.value(QStringLiteral("name")).toString();
    site.role = map.value(QStringLiteral("role")).toString();
    site.signKey = map.value(QStringLiteral("sign")).toByteArray();
    site.agreeKey = map.value(QStringLiteral("agree")).toByteArray();
    if (site.id.isEmpty() || site.id.size() > 64 || site.name.isEmpty() ||
        !SiteInfo::isValidRole(site.role) || site.signKey.size() != 32 || site.agreeKey.size() != 32) {
        return std::nullopt;
    }
    return site;
}

SiteEntry readEntry(const Statement& row, const QString& rootId)
{
    SiteEntry site;
    site.id = row.text(0);
    site.name = row.text(1);
    site.role = row.text(2);
    site.signKey = row.blob(3);
    site.agreeKey = row.blob(4);
    site.trusted = row.integer(5) != 0;
    site.local = row.integer(6) != 0;
    site.root = site.id == rootId;
    return site;
}

QString metaValue(sqlite3* db, const char* key)
{
    Statement row(db, "SELECT value FROM vault_meta WHERE key = ?");
    row.bind(1, QString::fromLatin1(key));
    return row.next() ? row.text(0) : QString();
}

int setMeta(sqlite3* db, const char* key, const QString& value)
{
    Statement set(db, "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return set.bind(1, QString::fromLatin1(key)).bind(2, value).exec();
}

QByteArray signRoster(const Roster& roster, const SecureBytes& signingKey)
{
    QCborArray sites;
    for (const SiteEntry& site : roster.sites) {
        sites.append(entryMap(site));
    }
    QCborMap map;
    map.insert(QStringLiteral("root"), roster.rootId);
    map.insert(QStringLiteral("version"), roster.version);
    map.insert(QStringLiteral("issued"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    map.insert(QStringLiteral("sites"), sites);
    const QByteArray body = kRosterMagic + map.toCborValue().toCbor();
    const QByteArray signature = crypto::sign(signingKey, body);
    return signature.isEmpty() ? QByteArray() : body + signature;
}

} // namespace

QByteArray SiteCard::toFile(const SecureBytes& signingKey) const
{
    const QByteArray body = kCardMagic + entryMap({id, name, role, signKey, agreeKey}).toCborValue().toCbor();
    const QByteArray signature = crypto::sign(signingKey, body);
    return signature.isEmpty() ? QByteArray() : body + signature;
}

Result<SiteCard> SiteCard::fromFile(const QByteArray& bytes)
{
    const StorageError notACard =
        StorageError::make(StorageErrorCode::NotAVault,
                           QCoreApplication::translate("Sites", "This file is not a OneTeam site card."));
    if (!bytes.startsWith(kCardMagic) || bytes.size() < kCardMagic.size() + kSignatureSize + 2 ||
        bytes.size() > 64 * 1024) {
        return notACard;
    }
    const QByteArray body = bytes.left(bytes.size() - kSignatureSize);
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body.mid(kCardMagic.size()), &error);
    // A value that failed to parse is not looked into at all (Qt 6.4 can crash on one).
    if (error.error != QCborError::NoError) {
        return notACard;
    }
    const std::optional<SiteEntry> entry = entryFrom(value);
    if (!entry) {
        return notACard;
    }
    if (!crypto::verify(entry->signKey, body, bytes.right(kSignatureSize))) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate("Sites",
                                        "The site card's signature does not match its contents: the card "
                                        "was altered or damaged."));
    }
    return SiteCard{entry->id, entry->name, entry->role, entry->signKey, entry->agreeKey};
}

Result<Roster> Roster::parse(const QByteArray& blob)
{
    const StorageError damaged =
        StorageError::make(StorageErrorCode::Tampered,
                           QCoreApplication::translate("Sites", "The list of trusted sites is damaged."));
    if (!blob.startsWith(kRosterMagic) || blob.size() < kRosterMagic.size() + kSignatureSize + 2 ||
        blob.size() > kMaxRosterBytes) {
        return damaged;
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(
        blob.mid(kRosterMagic.size(), blob.size() - kRosterMagic.size() - kSignatureSize), &error);
    if (error.error != QCborError::NoError || !value.isMap()) {
        return damaged;
    }
    Roster roster;
    roster.rootId = value[QStringLiteral("root")].toString();
    const QCborValue version = value[QStringLiteral("version")];
    roster.version = version.isInteger() ? version.toInteger() : -1;
    const QCborArray sites = value[QStringLiteral("sites")].toArray();
    for (const QCborValue& item : sites) {
        std::optional<SiteEntry> entry = entryFrom(item);
        if (!entry) {
            return damaged;
        }
        entry->trusted = true;
        entry->root = entry->id == roster.rootId;
        roster.sites.append(*entry);
    }
    if (roster.version < 1 || !roster.find(roster.rootId)) {
        return damaged;
    }
    roster.signedBytes = blob;
    return roster;
}

bool Roster::verify(const QByteArray& rootSignKey) const
{
    return crypto::verify(rootSignKey, signedBytes.left(signedBytes.size() - kSignatureSize),
                          signedBytes.right(kSignatureSize));
}

const SiteEntry* Roster::find(const QString& id) const
{
    for (const SiteEntry& site : sites) {
        if (site.id == id) {
            return &site;
        }
    }
    return nullptr;
}

Sites::Sites(Vault& vault)
    : m_vault(vault)
{}

Status Sites::ensureLocalKeys(sqlite3* db)
{
    Statement local(db, "SELECT id, role, sign_key FROM site WHERE is_local = 1");
    if (!local.next()) {
        return local.rc() == SQLITE_DONE ? Status() : Status(sqliteError(db, local.rc()));
    }
    const QString id = local.text(0);
    const QString role = local.text(1);
    if (local.isNull(2)) {
        std::optional<crypto::KeyPair> sign = crypto::generateKeyPair(crypto::KeyKind::Ed25519);
        std::optional<crypto::KeyPair> agree = crypto::generateKeyPair(crypto::KeyKind::X25519);
        if (!sign || !agree) {
            return StorageError::make(
                StorageErrorCode::Io,
                QCoreApplication::translate("Sites", "The system could not make the site's keys."));
        }
        Statement keys(db, "UPDATE site SET sign_key = ?, agree_key = ?, trusted = 1 WHERE id = ?");
        int rc = keys.bindBlob(1, sign->publicKey).bindBlob(2, agree->publicKey).bind(3, id).exec();
        if (rc == SQLITE_OK) {
            Statement secret(db,
                             "INSERT INTO site_secret (site_id, sign_private, agree_private) VALUES (?,?,?)");
            // SQLite copies the bytes into its (encrypted) pages; our copies are wiped here.
            QByteArray signPrivate(reinterpret_cast<const char*>(sign->privateKey.data()), 32);
            QByteArray agreePrivate(reinterpret_cast<const char*>(agree->privateKey.data()), 32);
            rc = secret.bind(1, id).bindBlob(2, signPrivate).bindBlob(3, agreePrivate).exec();
            wipe(signPrivate);
            wipe(agreePrivate);
        }
        if (rc != SQLITE_OK) {
            return sqliteError(db, rc);
        }
    }
    // A secretariat starts as the root of its own network, with a roster of itself.
    if (role == QLatin1String("secretariat") && metaValue(db, "root_site").isEmpty()) {
        Statement row(db, "SELECT s.id, s.name, s.role, s.sign_key, s.agree_key, k.sign_private "
                          "FROM site s JOIN site_secret k ON k.site_id = s.id WHERE s.id = ?");
        row.bind(1, id);
        if (!row.next()) {
            return sqliteError(db, row.rc());
        }
        Roster roster;
        roster.rootId = id;
        roster.version = 1;
        roster.sites.append({id, row.text(1), row.text(2), row.blob(3), row.blob(4), true, true, true});
        QByteArray privateBytes = row.blob(5);
        const SecureBytes signingKey = SecureBytes::takeFrom(privateBytes);
        const QByteArray blob = signRoster(roster, signingKey);
        if (blob.isEmpty()) {
            return StorageError::make(StorageErrorCode::Io, QCoreApplication::translate(
                                                                "Sites", "The roster could not be signed."));
        }
        int rc = setMeta(db, "root_site", id);
        if (rc == SQLITE_OK) {
            rc = setMeta(db, "roster", QString::fromLatin1(blob.toBase64()));
        }
        if (rc != SQLITE_OK) {
            return sqliteError(db, rc);
        }
    }
    return {};
}

Result<QList<SiteEntry>> Sites::all() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    const QString root = metaValue(db, "root_site");
    Statement rows(db, "SELECT id, name, role, sign_key, agree_key, trusted, is_local FROM site "
                       "ORDER BY is_local DESC, role, name");
    QList<SiteEntry> sites;
    while (rows.next()) {
        sites.append(readEntry(rows, root));
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return sites;
}

Result<SiteEntry> Sites::find(const QString& id) const
{
    auto sites = all();
    if (!sites) {
        return sites.error();
    }
    for (const SiteEntry& site : *sites) {
        if (site.id == id) {
            return site;
        }
    }
    return StorageError::make(StorageErrorCode::InvalidArgument,
                              QCoreApplication::translate("Sites", "No site %1 is known here.").arg(id));
}

Result<SiteEntry> Sites::local() const
{
    auto sites = all();
    if (!sites) {
        return sites.error();
    }
    for (const SiteEntry& site : *sites) {
        if (site.local) {
            return site;
        }
    }
    return StorageError::make(StorageErrorCode::InvalidArgument,
                              QCoreApplication::translate("Sites", "This vault has no site identity."));
}

Result<QString> Sites::rootId() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    return metaValue(db, "root_site");
}

Result<QMap<QString, QString>> Sites::lastReceived() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    Statement rows(db, "SELECT site_id, last_received FROM peer WHERE last_received IS NOT NULL");
    QMap<QString, QString> result;
    while (rows.next()) {
        result.insert(rows.text(0), rows.text(1));
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<QByteArray> Sites::rosterBlob() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    return QByteArray::fromBase64(metaValue(db, "roster").toLatin1());
}

namespace {

Result<SecureBytes> secretKey(Vault& vault, const char* sql)
{
    sqlite3* db = vault.handle();
    if (!db) {
        return lockedError();
    }
    Statement row(db, sql);
    if (!row.next()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Sites", "This vault has no site keys."));
    }
    QByteArray bytes = row.blob(0);
    return SecureBytes::takeFrom(bytes);
}

} // namespace

Result<SecureBytes> Sites::signingKey() const
{
    return secretKey(m_vault, "SELECT k.sign_private FROM site_secret k JOIN site s ON s.id = k.site_id "
                              "WHERE s.is_local = 1");
}

Result<SecureBytes> Sites::agreementKey() const
{
    return secretKey(m_vault, "SELECT k.agree_private FROM site_secret k JOIN site s ON s.id = k.site_id "
                              "WHERE s.is_local = 1");
}

Result<QByteArray> Sites::localCardFile() const
{
    auto site = local();
    if (!site) {
        return site.error();
    }
    auto key = signingKey();
    if (!key) {
        return key.error();
    }
    const QByteArray file =
        SiteCard{site->id, site->name, site->role, site->signKey, site->agreeKey}.toFile(*key);
    if (file.isEmpty()) {
        return StorageError::make(StorageErrorCode::Io,
                                  QCoreApplication::translate("Sites", "The site card could not be signed."));
    }
    return file;
}

Status Sites::trust(const SiteCard& card, const QString& role)
{
    auto me = local();
    if (!me) {
        return me.error();
    }
    if (!me->root) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Sites", "Only the secretariat's vault, the root of the network, trusts sites."));
    }
    if (!SiteInfo::isValidRole(role)) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("Sites",
                                        "'%1' is not a role: use secretariat, auditor or ministry:CODE.")
                .arg(role));
    }
    if (card.id == me->id) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Sites", "This is this vault's own card."));
    }
    sqlite3* db = m_vault.handle();
    auto existing = find(card.id);
    if (existing && existing->signKey != card.signKey) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("Sites",
                                        "Site %1 is already known with other keys; a site keeps its keys for "
                                        "life. Remove it first if it really made new ones.")
                .arg(card.id));
    }
    Statement upsert(db, "INSERT INTO site (id, name, role, created, is_local, sign_key, agree_key, trusted) "
                         "VALUES (?,?,?,?,0,?,?,1) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                         "role = excluded.role, agree_key = excluded.agree_key, trusted = 1");
    const int rc = upsert.bind(1, card.id)
                       .bind(2, card.name)
                       .bind(3, role)
                       .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                       .bindBlob(5, card.signKey)
                       .bindBlob(6, card.agreeKey)
                       .exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    if (Status issued = issueRoster(); !issued) {
        return issued;
    }
    return AuditLog(m_vault).append(QLatin1String(audit::kSiteTrusted), card.id,
                                    {{QStringLiteral("name"), card.name},
                                     {QStringLiteral("role"), role},
                                     {QStringLiteral("fingerprint"), crypto::fingerprint(card.signKey)}});
}

Status Sites::distrust(const QString& siteId)
{
    auto me = local();
    if (!me) {
        return me.error();
    }
    if (!me->root) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Sites", "Only the secretariat's vault, the root of the network, trusts sites."));
    }
    if (siteId == me->id) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("Sites", "The root cannot stop trusting itself."));
    }
    Statement mark(m_vault.handle(), "UPDATE site SET trusted = 0 WHERE id = ? AND is_local = 0");
    const int rc = mark.bind(1, siteId).exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    if (Status issued = issueRoster(); !issued) {
        return issued;
    }
    auto site = find(siteId);
    return AuditLog(m_vault).append(QLatin1String(audit::kSiteDistrusted), siteId,
                                    {{QStringLiteral("name"), site ? site->name : siteId}});
}

Status Sites::issueRoster()
{
    sqlite3* db = m_vault.handle();
    auto sites = all();
    if (!sites) {
        return sites.error();
    }
    auto key = signingKey();
    if (!key) {
        return key.error();
    }
    Roster roster;
    auto current = rosterBlob();
    if (current && !current->isEmpty()) {
        if (auto parsed = Roster::parse(*current)) {
            roster.version = parsed->version;
        }
    }
    roster.version += 1;
    for (const SiteEntry& site : *sites) {
        if (site.trusted) {
            roster.sites.append(site);
        }
        if (site.local) {
            roster.rootId = site.id;
        }
    }
    const QByteArray blob = signRoster(roster, *key);
    if (blob.isEmpty()) {
        return StorageError::make(StorageErrorCode::Io,
                                  QCoreApplication::translate("Sites", "The roster could not be signed."));
    }
    const int rc = setMeta(db, "roster", QString::fromLatin1(blob.toBase64()));
    return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
}

Status Sites::storeRoster(const Roster& roster)
{
    sqlite3* db = m_vault.handle();
    int rc = sqlite3_exec(db, "SAVEPOINT roster; UPDATE site SET trusted = 0 WHERE is_local = 0", nullptr,
                          nullptr, nullptr);
    for (const SiteEntry& site : roster.sites) {
        if (rc != SQLITE_OK) {
            break;
        }
        Statement upsert(
            db, "INSERT INTO site (id, name, role, created, is_local, sign_key, agree_key, trusted) "
                "VALUES (?,?,?,?,0,?,?,1) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "role = excluded.role, sign_key = excluded.sign_key, agree_key = excluded.agree_key, "
                "trusted = 1 WHERE is_local = 0");
        rc = upsert.bind(1, site.id)
                 .bind(2, site.name)
                 .bind(3, site.role)
                 .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                 .bindBlob(5, site.signKey)
                 .bindBlob(6, site.agreeKey)
                 .exec();
    }
    if (rc == SQLITE_OK) {
        rc = setMeta(db, "roster", QString::fromLatin1(roster.signedBytes.toBase64()));
    }
    if (rc == SQLITE_OK) {
        rc = setMeta(db, "root_site", roster.rootId);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(db, "RELEASE roster", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        const StorageError error = m_vault.errorFor(rc);
        sqlite3_exec(db, "ROLLBACK TO roster; RELEASE roster", nullptr, nullptr, nullptr);
        return error;
    }
    return {};
}

Status Sites::acceptRoster(const Roster& roster, bool* accepted)
{
    if (accepted) {
        *accepted = false;
    }
    auto root = rootId();
    if (!root) {
        return root.error();
    }
    if (root->isEmpty()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate(
                                      "Sites",
                                      "This vault has not joined a network yet; join with the secretariat's "
                                      "first bundle."));
    }
    auto rootSite = find(*root);
    if (!rootSite) {
        return rootSite.error();
    }
    if (roster.rootId != *root || !roster.verify(rootSite->signKey)) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate(
                "Sites", "The list of trusted sites in this bundle is not signed by this network's "
                         "secretariat."));
    }
    auto current = rosterBlob();
    if (current && !current->isEmpty()) {
        if (auto mine = Roster::parse(*current); mine && mine->version >= roster.version) {
            return {};
        }
    }
    if (rootSite->local) {
        return {}; // the root issues rosters; it takes none
    }
    if (Status stored = storeRoster(roster); !stored) {
        return stored;
    }
    if (accepted) {
        *accepted = true;
    }
    return {};
}

Status Sites::join(const Roster& roster, const QString& fingerprint)
{
    auto me = local();
    if (!me) {
        return me.error();
    }
    const SiteEntry* root = roster.find(roster.rootId);
    if (!root || !roster.verify(root->signKey)) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate(
                "Sites", "The list of trusted sites in this bundle is not signed by its root."));
    }
    auto currentRoot = rootId();
    if (!currentRoot) {
        return currentRoot.error();
    }
    // A secretariat vault starts as the root of a network of its own; until it trusts
    // another site it may still join another secretariat's network (a second office).
    bool alone = true;
    if (auto sites = all()) {
        for (const SiteEntry& site : *sites) {
            alone = alone && (site.local || !site.trusted);
        }
    }
    if (*currentRoot == roster.rootId) {
        // Joined already: the roster is taken only if newer, like any other.
        bool accepted = false;
        return acceptRoster(roster, &accepted);
    }
    if (!currentRoot->isEmpty() && !(*currentRoot == me->id && alone)) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("Sites", "This vault already belongs to another network (root %1).")
                .arg(*currentRoot));
    }
    if (!crypto::fingerprintMatches(root->signKey, fingerprint)) {
        return StorageError::make(StorageErrorCode::Refused,
                                  QCoreApplication::translate(
                                      "Sites",
                                      "The secretariat's key has fingerprint %1, not the one given (%2). Do "
                                      "not join: ask the secretariat by another channel which is right.")
                                      .arg(crypto::fingerprint(root->signKey), fingerprint));
    }
    if (root->role != QLatin1String("secretariat")) {
        return StorageError::make(
            StorageErrorCode::Refused,
            QCoreApplication::translate("Sites", "The bundle's root is not a secretariat (%1).")
                .arg(root->role));
    }
    const SiteEntry* listed = roster.find(me->id);
    if (!listed || listed->signKey != me->signKey || listed->agreeKey != me->agreeKey) {
        return StorageError::make(
            StorageErrorCode::Refused,
            QCoreApplication::translate(
                "Sites", "The secretariat has not trusted this site's card yet: send it the card "
                         "(oneteam-cli site card) first."));
    }
    if (listed->role != me->role) {
        return StorageError::make(
            StorageErrorCode::Refused,
            QCoreApplication::translate(
                "Sites", "The secretariat trusted this site as %1, but this vault was made as %2.")
                .arg(listed->role, me->role));
    }
    return storeRoster(roster);
}

} // namespace oneteam
