#include "AuditLog.h"

#include "AuditLogDetail.h"

#include "CanonicalCbor.h"
#include "ChangeLog.h"
#include "Crypto.h"
#include "SiteCrypto.h"
#include "Sites.h"
#include "SqliteError.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>
#include <functional>

namespace oneteam {

using namespace auditlog;

namespace audit {

QByteArray canonicalBytes(const AuditEntry& entry)
{
    QByteArray out;
    out.reserve(64 + 3 * (entry.site.size() + entry.at.size() + entry.action.size() + entry.target.size() +
                          entry.summary.size()));
    cbor::appendArrayHead(out, 6);
    cbor::appendText(out, entry.site);
    cbor::appendInteger(out, entry.seq);
    cbor::appendText(out, entry.at);
    cbor::appendText(out, entry.action);
    cbor::appendText(out, entry.target);
    cbor::appendText(out, entry.summary);
    return out;
}

QByteArray next(const QByteArray& previous, const AuditEntry& entry)
{
    return crypto::sha256(QByteArrayLiteral("oneteam audit chain v1") + '\0' + previous +
                          canonicalBytes(entry));
}

QByteArray headMessage(const QString& site, qint64 seq, const QByteArray& chain)
{
    QByteArray count(8, '\0');
    qToBigEndian<quint64>(quint64(seq), count.data());
    return QByteArrayLiteral("oneteam audit head v1") + '\0' + site.toUtf8() + '\0' + count + chain;
}

} // namespace audit

namespace {

// The most failed unlocks carried over at once (the file is not authenticated: anyone who
// can write the user's data folder can write it).
constexpr int kMaxFailures = 1000;
constexpr qint64 kMaxFailuresFile = 1024 * 1024;

} // namespace

namespace auditlog {

StorageError lockedError()
{
    return StorageError::make(
        StorageErrorCode::Locked,
        QCoreApplication::translate("AuditLog", "The vault is locked; unlock it first."));
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

AuditEntry readEntry(const Statement& row)
{
    return {row.text(0), row.integer(1), row.text(2), row.text(3), row.text(4), row.text(5), row.blob(6)};
}

ChainStatus checkChain(const QString& site, const QString& name, const QList<AuditEntry>& entries,
                       qint64 head, const QByteArray& headChain, qint64 signedSeq,
                       const QByteArray& signedChain, const QByteArray& signature, const QByteArray& signKey)
{
    ChainStatus status;
    status.site = site;
    status.name = name;
    status.count = entries.size();
    status.signedSeq = signedSeq;
    const auto broken = [&status](qint64 at, const QString& problem) {
        status.intact = false;
        status.brokenAt = at;
        status.problem = problem;
        return status;
    };
    QByteArray chain = changelog::genesis();
    QByteArray chainAtSigned = signedSeq == 0 ? chain : QByteArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries.at(i);
        const qint64 expected = i + 1;
        if (entry.site != site) {
            return broken(expected,
                          QCoreApplication::translate("AuditLog", "entry %1 names another site (%2)")
                              .arg(expected)
                              .arg(entry.site));
        }
        if (entry.seq != expected) {
            // A later entry in its place: one was deleted or two were swapped.
            const bool swapped = i + 1 < entries.size() && entries.at(i + 1).seq == expected;
            return broken(expected,
                          swapped
                              ? QCoreApplication::translate("AuditLog", "entries %1 and %2 are out of order")
                                    .arg(expected)
                                    .arg(entry.seq)
                              : QCoreApplication::translate("AuditLog", "entry %1 is missing").arg(expected));
        }
        chain = audit::next(chain, entry);
        if (chain.size() != 32 || chain != entry.chain) { // an empty hash (OpenSSL failed) never matches
            return broken(expected,
                          QCoreApplication::translate(
                              "AuditLog", "entry %1 (%2, %3) was altered: it does not match its chain")
                              .arg(expected)
                              .arg(entry.at, entry.action));
        }
        if (expected == signedSeq) {
            chainAtSigned = chain;
        }
    }
    if (head != entries.size() || chain != headChain) {
        return broken(0, QCoreApplication::translate(
                             "AuditLog", "the head (%1 entries) does not match the %2 entries held")
                             .arg(head)
                             .arg(entries.size()));
    }
    if (signedSeq > 0) {
        if (chainAtSigned.isEmpty() || chainAtSigned != signedChain) {
            return broken(0, QCoreApplication::translate(
                                 "AuditLog", "the signed head (entry %1) does not match the entries")
                                 .arg(signedSeq));
        }
        if (signKey.isEmpty() ||
            !crypto::verify(signKey, audit::headMessage(site, signedSeq, signedChain), signature)) {
            return broken(0, QCoreApplication::translate(
                                 "AuditLog", "the signature on its head (entry %1) is not the site's")
                                 .arg(signedSeq));
        }
    }
    return status;
}

} // namespace auditlog

bool AuditFileCheck::intact() const
{
    return std::all_of(chains.cbegin(), chains.cend(), [](const ChainStatus& c) { return c.intact; });
}

AuditLog::AuditLog(Vault& vault)
    : m_vault(vault)
{
    m_statements.attach(vault.statements());
}

AuditLog::~AuditLog() = default;

Statement& AuditLog::prepared(const char* sql) const
{
    if (m_vault.handle() != m_statements.connection()) {
        m_siteId.clear(); // another connection: the site is read again
    }
    return m_statements.get(m_vault.handle(), sql);
}

Result<QString> AuditLog::localSiteId() const
{
    if (!m_vault.handle()) {
        return lockedError();
    }
    if (m_vault.handle() == m_statements.connection() && !m_siteId.isEmpty()) {
        return m_siteId;
    }
    Statement& row = prepared("SELECT id FROM site WHERE is_local = 1");
    if (!row.next()) {
        return row.rc() == SQLITE_DONE
                   ? StorageError::make(
                         StorageErrorCode::InvalidArgument,
                         QCoreApplication::translate("AuditLog", "This vault has no site identity."))
                   : m_vault.errorFor(row.rc());
    }
    m_siteId = row.text(0);
    return m_siteId;
}

namespace {

// What every reader accepts (BundlePayload refuses larger): longer texts are shortened
// here, so that one entry can never stop a site's log from travelling.
constexpr qsizetype kMaxTarget = 1024;
constexpr qsizetype kMaxSummary = 60000;

QString boundedTarget(const QString& target)
{
    return target.isNull() ? QStringLiteral("") : target.left(kMaxTarget);
}

QString boundedSummary(const QJsonObject& summary)
{
    QString text = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    if (text.size() <= kMaxSummary) {
        return text;
    }
    // Too many fields to list with their values: their names only.
    QJsonObject names = summary;
    const QJsonObject fields = summary.value(QStringLiteral("fields")).toObject();
    QJsonObject shortened;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        shortened.insert(it.key(), QStringLiteral("\u2026"));
    }
    names.insert(QStringLiteral("fields"), shortened);
    names.insert(QStringLiteral("truncated"), true);
    text = QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
    return text.size() <= kMaxSummary ? text : QStringLiteral("{\"truncated\":true}");
}

// Appends one entry for `site` with the statements `prepare` gives; SQLite's result code.
int appendEntry(sqlite3* db, const std::function<Statement&(const char*)>& prepare, const QString& site,
                const QString& action, const QString& target, const QJsonObject& summary)
{
    // Inside the caller's transaction the entry is part of it (the caller rolls back on an
    // error); a savepoint of its own there would copy every page it touches into another
    // statement journal, and nearly double the cost of a record write.
    const bool own = sqlite3_get_autocommit(db) != 0;
    if (own && sqlite3_exec(db, "SAVEPOINT audit_append", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return sqlite3_extended_errcode(db);
    }
    int rc = SQLITE_OK;
    {
        Statement& head = prepare("SELECT seq, chain FROM audit_head WHERE site = ?");
        head.bind(1, site);
        AuditEntry entry{site, 0, nowIso(), action, boundedTarget(target), boundedSummary(summary), {}};
        QByteArray previous = changelog::genesis();
        if (head.next()) {
            entry.seq = head.integer(0);
            previous = head.blob(1);
        } else if (head.rc() != SQLITE_DONE) {
            rc = head.rc();
        }
        entry.seq += 1;
        entry.chain = audit::next(previous, entry);
        if (rc == SQLITE_OK && entry.chain.size() != 32) {
            rc = SQLITE_NOMEM; // OpenSSL could not hash (memory): no entry without its chain value
        }
        if (rc == SQLITE_OK) {
            Statement& insert =
                prepare("INSERT INTO audit_entry (site, seq, at, action, target, summary, chain) "
                        "VALUES (?,?,?,?,?,?,?)");
            rc = insert.bind(1, entry.site)
                     .bind(2, entry.seq)
                     .bind(3, entry.at)
                     .bind(4, entry.action)
                     .bind(5, entry.target)
                     .bind(6, entry.summary)
                     .bindBlob(7, entry.chain)
                     .exec();
        }
        if (rc == SQLITE_OK) {
            Statement& store = prepare("INSERT INTO audit_head (site, seq, chain) VALUES (?1, ?2, ?3) "
                                       "ON CONFLICT (site) DO UPDATE SET seq = ?2, chain = ?3");
            rc = store.bind(1, entry.site).bind(2, entry.seq).bindBlob(3, entry.chain).exec();
        }
    }
    if (!own) {
        return rc;
    }
    if (rc == SQLITE_OK && sqlite3_exec(db, "RELEASE audit_append", nullptr, nullptr, nullptr) != SQLITE_OK) {
        rc = sqlite3_extended_errcode(db);
    }
    if (rc != SQLITE_OK) {
        sqlite3_exec(db, "ROLLBACK TO audit_append; RELEASE audit_append", nullptr, nullptr, nullptr);
    }
    return rc;
}

} // namespace

Status AuditLog::startLog(sqlite3* db)
{
    QString site;
    qint64 changes = 0;
    {
        Statement row(db, "SELECT id, (SELECT count(*) FROM change) FROM site WHERE is_local = 1");
        if (!row.next()) {
            return {}; // a vault being created: Vault::create logs its creation
        }
        site = row.text(0);
        changes = row.integer(1);
    }
    std::vector<std::unique_ptr<Statement>> statements;
    const auto prepare = [&](const char* sql) -> Statement& {
        statements.push_back(std::make_unique<Statement>(db, sql));
        return *statements.back();
    };
    const int rc = appendEntry(db, prepare, site, QLatin1String(audit::kLogStarted), QString(),
                               {{QStringLiteral("changes_before"), changes}});
    return rc == SQLITE_OK ? Status() : Status(sqliteError(db, rc));
}

Status AuditLog::append(const QString& action, const QString& target, const QJsonObject& summary)
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    auto site = localSiteId();
    if (!site) {
        return site.error();
    }
    const int rc = appendEntry(
        db, [this](const char* sql) -> Statement& { return prepared(sql); }, *site, action, target, summary);
    return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
}

Status AuditLog::signHead()
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    auto site = localSiteId();
    if (!site) {
        return site.error();
    }
    Statement head(db, "SELECT seq, chain, signed_seq FROM audit_head WHERE site = ?");
    head.bind(1, *site);
    if (!head.next()) {
        return head.rc() == SQLITE_DONE ? Status() : Status(m_vault.errorFor(head.rc()));
    }
    if (head.integer(0) == head.integer(2)) {
        return {};
    }
    auto key = Sites(m_vault).signingKey();
    if (!key) {
        return key.error();
    }
    const QByteArray signature = crypto::sign(*key, audit::headMessage(*site, head.integer(0), head.blob(1)));
    if (signature.isEmpty()) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("AuditLog", "The audit log could not be signed."));
    }
    Statement sign(db,
                   "UPDATE audit_head SET signed_seq = ?, signed_chain = ?, signature = ? WHERE site = ?");
    const int rc =
        sign.bind(1, head.integer(0)).bindBlob(2, head.blob(1)).bindBlob(3, signature).bind(4, *site).exec();
    return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
}

Result<std::pair<qint64, QByteArray>> AuditLog::signedLocalHead()
{
    if (Status s = signHead(); !s) {
        return s.error();
    }
    auto site = localSiteId();
    if (!site) {
        return site.error();
    }
    Statement head(m_vault.handle(), "SELECT seq, chain FROM audit_head WHERE site = ?");
    head.bind(1, *site);
    if (head.next()) {
        return std::pair<qint64, QByteArray>{head.integer(0), head.blob(1)};
    }
    return std::pair<qint64, QByteArray>{0, changelog::genesis()};
}

namespace {

// The WHERE clause of a filter and its values, in order.
QString filterClause(const AuditFilter& filter, QStringList* values)
{
    QStringList terms;
    const auto add = [&](const QString& term, const QString& value) {
        if (!value.isEmpty()) {
            terms << term;
            values->append(value);
        }
    };
    add(QStringLiteral("site = ?"), filter.site);
    add(QStringLiteral("action = ?"), filter.action);
    add(QStringLiteral("target = ?"), filter.target);
    add(QStringLiteral("at >= ?"), filter.from);
    add(QStringLiteral("at < ?"), filter.to);
    if (!filter.text.isEmpty()) {
        terms << QStringLiteral(
            "(instr(lower(target), lower(?)) > 0 OR instr(lower(summary), lower(?)) > 0)");
        values->append(filter.text);
        values->append(filter.text);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter& filter) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    QStringList values;
    const QString sql =
        QStringLiteral("SELECT site, seq, at, action, target, summary, chain FROM audit_entry") +
        filterClause(filter, &values) + QStringLiteral(" ORDER BY at DESC, site, seq DESC LIMIT ? OFFSET ?");
    const QByteArray utf8 = sql.toUtf8();
    Statement rows(db, utf8.constData());
    int index = 1;
    for (const QString& value : std::as_const(values)) {
        rows.bind(index++, value);
    }
    rows.bind(index, qint64(filter.limit));
    rows.bind(index + 1, qint64(filter.offset));
    QList<AuditEntry> result;
    while (rows.next()) {
        result.append(readEntry(rows));
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    QStringList values;
    const QByteArray sql =
        (QStringLiteral("SELECT count(*) FROM audit_entry") + filterClause(filter, &values)).toUtf8();
    Statement row(db, sql.constData());
    int index = 1;
    for (const QString& value : std::as_const(values)) {
        row.bind(index++, value);
    }
    if (!row.next()) {
        return m_vault.errorFor(row.rc());
    }
    return row.integer(0);
}

Result<QMap<QString, qint64>> AuditLog::heads() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    Statement rows(db, "SELECT site, seq FROM audit_head ORDER BY site");
    QMap<QString, qint64> result;
    while (rows.next()) {
        result.insert(rows.text(0), rows.integer(1));
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<QList<ChainStatus>> AuditLog::verify() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    auto sites = Sites(m_vault).all();
    if (!sites) {
        return sites.error();
    }
    auto local = localSiteId();
    if (!local) {
        return local.error();
    }
    const QString localId = *local;
    // Every site with entries or a head: a head without entries, or entries without a
    // head, is itself a break.
    Statement heads(db,
                    "SELECT site, seq, chain, signed_seq, signed_chain, signature FROM audit_head "
                    "UNION ALL SELECT DISTINCT site, 0, NULL, 0, NULL, NULL FROM audit_entry WHERE site NOT "
                    "IN (SELECT site FROM audit_head) ORDER BY 1");
    Statement rows(db, "SELECT site, seq, at, action, target, summary, chain FROM audit_entry WHERE site = ? "
                       "ORDER BY seq");
    QList<ChainStatus> result;
    while (heads.next()) {
        const QString site = heads.text(0);
        QString name = site;
        QByteArray signKey;
        for (const SiteEntry& entry : *sites) {
            if (entry.id == site) {
                name = entry.name;
                signKey = entry.signKey;
            }
        }
        rows.reset();
        rows.bind(1, site);
        QList<AuditEntry> entries;
        while (rows.next()) {
            entries.append(readEntry(rows));
        }
        if (rows.rc() != SQLITE_DONE) {
            return m_vault.errorFor(rows.rc());
        }
        ChainStatus status = checkChain(site, name, entries, heads.integer(1),
                                        heads.isNull(2) ? changelog::genesis() : heads.blob(2),
                                        heads.integer(3), heads.blob(4), heads.blob(5), signKey);
        // Another site's entries only ever arrive whole, up to a head it signed: anything
        // else was written here, not by that site.
        if (status.intact && site != localId && (signKey.isEmpty() || status.signedSeq != status.count)) {
            status.intact = false;
            status.problem =
                signKey.isEmpty()
                    ? QCoreApplication::translate("AuditLog", "this vault has no key for the site")
                    : QCoreApplication::translate("AuditLog",
                                                  "entries after the head the site signed (entry %1)")
                          .arg(status.signedSeq);
        }
        result.append(status);
    }
    if (heads.rc() != SQLITE_DONE) {
        return m_vault.errorFor(heads.rc());
    }
    return result;
}

Status AuditLog::recordVerification(const QList<ChainStatus>& chains)
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    qint64 entries = 0;
    QJsonArray broken;
    for (const ChainStatus& chain : chains) {
        entries += chain.count;
        if (!chain.intact) {
            broken.append(chain.name);
        }
    }
    const QJsonObject record{{QStringLiteral("at"), nowIso()},
                             {QStringLiteral("entries"), entries},
                             {QStringLiteral("broken"), broken}};
    Statement set(db, "INSERT INTO vault_meta (key, value) VALUES ('audit_verified', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const int rc =
        set.bind(1, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))).exec();
    return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
}

Result<AuditHealth> AuditLog::health() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    AuditHealth health;
    Statement heads(db, "SELECT count(*), coalesce(sum(seq), 0) FROM audit_head");
    if (!heads.next()) {
        return m_vault.errorFor(heads.rc());
    }
    health.sites = heads.integer(0);
    health.entries = heads.integer(1);
    Statement meta(db, "SELECT value FROM vault_meta WHERE key = 'audit_verified'");
    if (meta.next()) {
        const QJsonObject record = QJsonDocument::fromJson(meta.text(0).toUtf8()).object();
        health.lastVerified = record.value(QStringLiteral("at")).toString();
        health.entriesSince =
            std::max<qint64>(0, health.entries - record.value(QStringLiteral("entries")).toInteger());
        for (const QJsonValue& name : record.value(QStringLiteral("broken")).toArray()) {
            health.broken << name.toString();
        }
    } else if (meta.rc() != SQLITE_DONE) {
        return m_vault.errorFor(meta.rc());
    }
    return health;
}

QString AuditLog::failuresPath(const QByteArray& vaultId)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/OneTeam/unlock-failures/") + QString::fromLatin1(vaultId.toHex());
}

void AuditLog::noteFailedUnlock(const QByteArray& vaultId, const QString& method)
{
    // Best effort: a read-only home must not turn a wrong passphrase into another error.
    // Bounded (16,000 attempts or so); beyond that the file stops growing.
    const QString path = failuresPath(vaultId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.size() < kMaxFailuresFile && file.open(QIODevice::Append | QIODevice::Text)) {
        file.write((nowIso() + QLatin1Char(' ') + method + QLatin1Char('\n')).toUtf8());
    }
}

Status AuditLog::collectFailedUnlocks(const QByteArray& vaultId)
{
    // The file is moved aside first: an attempt noted while this runs starts a new file,
    // which the next unlock collects. A file left aside by a crash is collected too.
    const QString path = failuresPath(vaultId);
    const QString aside = path + QStringLiteral(".collecting");
    if (QFile::exists(path) && !QFile::exists(aside) && !QFile::rename(path, aside)) {
        return {}; // left for the next unlock
    }
    QFile file(aside);
    if (!file.exists() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    sqlite3* db = m_vault.handle();
    if (sqlite3_exec(db, "SAVEPOINT audit_failures", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return m_vault.errorFor(sqlite3_extended_errcode(db));
    }
    int taken = 0;
    qint64 more = 0;
    QString last;
    Status status;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 2) {
            continue;
        }
        const QString at = QString::fromLatin1(parts.at(0));
        const QString method = QString::fromLatin1(parts.at(1));
        if (!QDateTime::fromString(at, Qt::ISODateWithMs).isValid() ||
            (method != QLatin1String("passphrase") && method != QLatin1String("recovery-key"))) {
            continue;
        }
        if (taken >= kMaxFailures) {
            // Past this many, one entry counts the rest.
            ++more;
            last = at;
            continue;
        }
        status = append(QLatin1String(audit::kUnlockFailed), QString(),
                        {{QStringLiteral("at"), at}, {QStringLiteral("method"), method}});
        if (!status) {
            break;
        }
        ++taken;
    }
    if (status && more > 0) {
        status = append(QLatin1String(audit::kUnlockFailed), QString(),
                        {{QStringLiteral("at"), last}, {QStringLiteral("more"), more}});
    }
    if (status && sqlite3_exec(db, "RELEASE audit_failures", nullptr, nullptr, nullptr) != SQLITE_OK) {
        status = m_vault.errorFor(sqlite3_extended_errcode(db));
    }
    if (!status) {
        sqlite3_exec(db, "ROLLBACK TO audit_failures; RELEASE audit_failures", nullptr, nullptr, nullptr);
        return status;
    }
    file.remove();
    return {};
}

} // namespace oneteam
