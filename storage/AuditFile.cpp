// The audit log as a file: exporting it signed, and verifying such a file anywhere.
#include "AuditLog.h"

#include "AuditLogDetail.h"

#include "Crypto.h"
#include "SiteCrypto.h"
#include "Sites.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace oneteam {

using namespace auditlog;

namespace {

constexpr char kSignatureBegin[] = "-----BEGIN ONETEAM AUDIT SIGNATURE-----\n";
constexpr char kSignatureEnd[] = "-----END ONETEAM AUDIT SIGNATURE-----\n";
constexpr char kFileFormat[] = "oneteam-audit-log";

} // namespace

Result<QByteArray> AuditLog::exportFile(const QString& fileName)
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    Sites sites(m_vault);
    auto me = sites.local();
    if (!me) {
        return me.error();
    }
    auto known = sites.all();
    if (!known) {
        return known.error();
    }
    auto signingKey = sites.signingKey();
    if (!signingKey) {
        return signingKey.error();
    }
    // The export is itself an entry, and the head the file carries includes it.
    if (Status logged = append(QLatin1String(audit::kAuditExport), fileName, {}); !logged) {
        return logged.error();
    }
    if (Status s = signHead(); !s) {
        return s.error();
    }
    auto roster = sites.rosterBlob();
    if (!roster) {
        return roster.error();
    }
    QJsonArray siteList;
    for (const SiteEntry& site : *known) {
        siteList.append(
            QJsonObject{{QStringLiteral("id"), site.id},
                        {QStringLiteral("name"), site.name},
                        {QStringLiteral("role"), site.role},
                        {QStringLiteral("sign_key"), QString::fromLatin1(site.signKey.toBase64())}});
    }
    QJsonArray chains;
    Statement heads(db,
                    "SELECT site, signed_seq, signed_chain, signature FROM audit_head WHERE signed_seq > 0 "
                    "ORDER BY site");
    Statement rows(db, "SELECT site, seq, at, action, target, summary, chain FROM audit_entry WHERE site = ? "
                       "AND seq <= ? ORDER BY seq");
    while (heads.next()) {
        QJsonArray entries;
        rows.reset();
        rows.bind(1, heads.text(0)).bind(2, heads.integer(1));
        while (rows.next()) {
            entries.append(QJsonObject{{QStringLiteral("seq"), rows.integer(1)},
                                       {QStringLiteral("at"), rows.text(2)},
                                       {QStringLiteral("action"), rows.text(3)},
                                       {QStringLiteral("target"), rows.text(4)},
                                       {QStringLiteral("summary"), rows.text(5)},
                                       {QStringLiteral("chain"), QString::fromLatin1(rows.blob(6).toHex())}});
        }
        if (rows.rc() != SQLITE_DONE) {
            return m_vault.errorFor(rows.rc());
        }
        chains.append(
            QJsonObject{{QStringLiteral("site"), heads.text(0)},
                        {QStringLiteral("head"), heads.integer(1)},
                        {QStringLiteral("chain"), QString::fromLatin1(heads.blob(2).toHex())},
                        {QStringLiteral("signature"), QString::fromLatin1(heads.blob(3).toBase64())},
                        {QStringLiteral("entries"), entries}});
    }
    if (heads.rc() != SQLITE_DONE) {
        return m_vault.errorFor(heads.rc());
    }
    const QJsonObject body{{QStringLiteral("format"), QLatin1String(kFileFormat)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("exported_by"), me->id},
                           {QStringLiteral("exported_at"), nowIso()},
                           {QStringLiteral("roster"), QString::fromLatin1(roster->toBase64())},
                           {QStringLiteral("sites"), siteList},
                           {QStringLiteral("chains"), chains}};
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Indented);
    const QByteArray signature = crypto::sign(*signingKey, text);
    if (signature.isEmpty()) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("AuditLog", "The audit log could not be signed."));
    }
    return QByteArray(text + kSignatureBegin + signature.toBase64() + '\n' + kSignatureEnd);
}

Result<AuditFileCheck> AuditLog::verifyFile(const QByteArray& bytes, const QString& fingerprint)
{
    const auto malformed = [](const QString& detail) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate("AuditLog", "This is not a readable OneTeam audit log (%1).")
                .arg(detail));
    };
    const qsizetype begin = bytes.lastIndexOf(kSignatureBegin);
    if (begin < 0 || !bytes.endsWith(kSignatureEnd)) {
        return malformed(QCoreApplication::translate("AuditLog", "its signature block is missing"));
    }
    const QByteArray text = bytes.left(begin);
    const qsizetype sigStart = begin + qsizetype(sizeof(kSignatureBegin)) - 1;
    const QByteArray fileSignature = QByteArray::fromBase64(
        bytes.mid(sigStart, bytes.size() - sigStart - qsizetype(sizeof(kSignatureEnd)) + 1).trimmed());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(QCoreApplication::translate("AuditLog", "byte %1: %2")
                             .arg(error.offset)
                             .arg(error.errorString()));
    }
    const QJsonObject body = document.object();
    if (body.value(QStringLiteral("format")).toString() != QLatin1String(kFileFormat) ||
        body.value(QStringLiteral("version")).toInt() != 1) {
        return malformed(QCoreApplication::translate("AuditLog", "unknown format"));
    }
    AuditFileCheck check;
    check.exportedAt = body.value(QStringLiteral("exported_at")).toString();
    const QString exporter = body.value(QStringLiteral("exported_by")).toString();
    QHash<QString, SiteEntry> keys;
    for (const QJsonValue& value : body.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = value.toObject();
        SiteEntry entry;
        entry.id = site.value(QStringLiteral("id")).toString();
        entry.name = site.value(QStringLiteral("name")).toString();
        entry.signKey = QByteArray::fromBase64(site.value(QStringLiteral("sign_key")).toString().toLatin1());
        keys.insert(entry.id, entry);
    }
    // Whose keys to believe: with a roster (signed by its root), only the roster's: a key
    // the file lists beside it counts for nothing. Without one (a vault that never joined a
    // network), the exporter's own. The fingerprint then ties the root, or the exporter,
    // to the person who checks.
    const QByteArray rosterBlob =
        QByteArray::fromBase64(body.value(QStringLiteral("roster")).toString().toLatin1());
    QByteArray anchorKey = keys.value(exporter).signKey;
    if (!rosterBlob.isEmpty()) {
        auto roster = Roster::parse(rosterBlob);
        const SiteEntry* root = roster ? roster->find(roster->rootId) : nullptr;
        if (!root || !roster->verify(root->signKey)) {
            return malformed(QCoreApplication::translate("AuditLog", "its roster is not signed by its root"));
        }
        anchorKey = root->signKey;
        QHash<QString, SiteEntry> listed;
        for (const SiteEntry& site : roster->sites) {
            listed.insert(site.id, site);
        }
        if (!listed.contains(exporter)) {
            return StorageError::make(StorageErrorCode::Tampered,
                                      QCoreApplication::translate("AuditLog",
                                                                  "The site that exported the log is not "
                                                                  "in its roster; the file was altered."));
        }
        keys = listed;
    }
    check.exportedBy = keys.value(exporter).name.isEmpty() ? exporter : keys.value(exporter).name;
    check.rootFingerprint = crypto::fingerprint(anchorKey);
    if (!fingerprint.isEmpty() && !crypto::fingerprintMatches(anchorKey, fingerprint)) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate("AuditLog", "The log's keys lead to fingerprint %1, not to the one "
                                                    "given (%2).")
                .arg(check.rootFingerprint, fingerprint));
    }
    for (const QJsonValue& value : body.value(QStringLiteral("chains")).toArray()) {
        const QJsonObject chain = value.toObject();
        const QString site = chain.value(QStringLiteral("site")).toString();
        QList<AuditEntry> entries;
        for (const QJsonValue& item : chain.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = item.toObject();
            entries.append(
                {site, e.value(QStringLiteral("seq")).toInteger(), e.value(QStringLiteral("at")).toString(),
                 e.value(QStringLiteral("action")).toString(), e.value(QStringLiteral("target")).toString(),
                 e.value(QStringLiteral("summary")).toString(),
                 QByteArray::fromHex(e.value(QStringLiteral("chain")).toString().toLatin1())});
        }
        const qint64 head = chain.value(QStringLiteral("head")).toInteger();
        const QByteArray headChain =
            QByteArray::fromHex(chain.value(QStringLiteral("chain")).toString().toLatin1());
        const SiteEntry key = keys.value(site);
        ChainStatus status =
            checkChain(site, key.name.isEmpty() ? site : key.name, entries, head, headChain, head, headChain,
                       QByteArray::fromBase64(chain.value(QStringLiteral("signature")).toString().toLatin1()),
                       key.signKey);
        if (status.intact && (key.signKey.isEmpty() || head <= 0)) {
            status.intact = false;
            status.problem =
                head <= 0
                    ? QCoreApplication::translate("AuditLog", "the chain has no signed head")
                    : QCoreApplication::translate("AuditLog", "no key for this site in the roster (no longer "
                                                              "trusted, or the file was altered)");
        }
        check.chains.append(status);
    }
    // Last, the file as a whole: a change the chains do not see (a site's name, the time).
    if (!crypto::verify(keys.value(exporter).signKey, text, fileSignature)) {
        ChainStatus whole;
        whole.site = exporter;
        whole.name = check.exportedBy;
        whole.intact = false;
        whole.problem =
            QCoreApplication::translate(
                "AuditLog",
                "the file's signature by %1 does not match its contents: it was changed after export")
                .arg(check.exportedBy);
        check.chains.append(whole);
    }
    return check;
}

} // namespace oneteam
