#include "Sync.h"

#include "SyncDetail.h"

#include "AuditLog.h"
#include "Bundle.h"
#include "BundlePayload.h"
#include "ChangeLog.h"
#include "RecordStore.h"
#include "SiteCrypto.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace oneteam {

namespace syncdetail {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QMap<QString, qint64> decodeHave(const QString& text)
{
    QMap<QString, qint64> have;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        have.insert(it.key(), it.value().toInteger());
    }
    return have;
}

QString encodeHave(const QMap<QString, qint64>& have)
{
    QJsonObject object;
    for (auto it = have.constBegin(); it != have.constEnd(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString siteName(const QList<SiteEntry>& sites, const QString& id)
{
    for (const SiteEntry& site : sites) {
        if (site.id == id) {
            return site.name;
        }
    }
    return id;
}

QString judgeRun(const ChangePolicy& policy, const SiteEntry& origin, const StoredRecord* existing,
                 std::span<const LoggedChange> run)
{
    const QString& recordId = run.front().recordId;
    const QString& type = run.front().type;
    QJsonObject before = existing ? existing->fields : QJsonObject();
    QJsonObject after = before;
    QSet<QString> written;
    bool creating = !existing;
    bool deleting = false;
    QString reason;
    for (const LoggedChange& change : run) {
        const QJsonValue value = RecordStore::decodeValue(change.value);
        if (change.type != type || (existing && existing->type != type)) {
            reason = QCoreApplication::translate("Sync", "record %1 is a %2, not a %3")
                         .arg(recordId, existing ? existing->type : type, change.type);
        } else if (change.field == QLatin1String("~deleted")) {
            // Deleting and restoring are one right; anything but true or false is malformed.
            deleting = true;
            if (!value.isBool()) {
                reason = QCoreApplication::translate("Sync", "a deletion that is neither true nor false");
            }
        } else {
            for (const FieldVersion& version : change.prev) {
                if (version.field != change.field) {
                    reason = QCoreApplication::translate(
                                 "Sync", "a change to '%1' claims to replace versions of '%2'")
                                 .arg(change.field, version.field);
                }
            }
            if (change.field.isEmpty()) {
                creating = true;
            } else {
                written.insert(change.field);
                if (value.isNull() || value.isUndefined()) {
                    after.remove(change.field);
                } else {
                    after.insert(change.field, value);
                }
            }
        }
    }
    if (reason.isEmpty() && policy.refusal) {
        // Every field written counts as changed, even when this vault holds the same
        // value: the version would still win against a concurrent one.
        QJsonObject ruleBefore = before;
        for (const QString& field : std::as_const(written)) {
            if (ruleBefore.value(field) == after.value(field)) {
                ruleBefore.insert(field, QStringLiteral("\u0001written"));
            }
        }
        reason = policy.refusal(origin, type, ruleBefore, after, creating, deleting);
    }
    return reason;
}

QString UnappliedCreation::refusalFor(const QString& recordId, const QString& runType) const
{
    return type != runType ? QCoreApplication::translate("Sync", "record %1 is a %2, not a %3")
                                 .arg(recordId, type, runType)
                           : QCoreApplication::translate("Sync", "its record's creation was refused here");
}

Result<UnappliedCreation> unappliedCreation(Vault& vault, const QString& recordId)
{
    Statement row(vault.handle(),
                  "SELECT c.origin, c.type, coalesce(r.newer_type, 0) FROM change c LEFT JOIN "
                  "refusal r ON r.origin = c.origin AND r.oseq = c.oseq WHERE c.record_id = ? "
                  "AND c.name = '' AND c.applied = 0 ORDER BY c.seq LIMIT 1");
    row.bind(1, recordId);
    if (row.next()) {
        return UnappliedCreation{true, row.integer(2) != 0, row.text(0), row.text(1)};
    }
    if (row.rc() != SQLITE_DONE) {
        return vault.errorFor(row.rc());
    }
    return UnappliedCreation{};
}

} // namespace syncdetail

using namespace syncdetail;

Sync::Sync(Vault& vault, RecordStore& store, ChangePolicy policy)
    : m_vault(vault)
    , m_store(store)
    , m_policy(std::move(policy))
{}

Result<ExportResult> Sync::exportTo(const QStringList& recipientIds, const QString& path)
{
    Sites sites(m_vault);
    auto me = sites.local();
    if (!me) {
        return me.error();
    }
    auto known = sites.all();
    if (!known) {
        return known.error();
    }
    QList<Bundle::Recipient> recipients;
    ExportResult result;
    for (const QString& id : recipientIds) {
        auto site = sites.find(id);
        if (!site) {
            return site.error();
        }
        if (site->local || !site->trusted) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                site->local
                    ? QCoreApplication::translate("Sync", "A bundle goes to other sites, not to this one.")
                    : QCoreApplication::translate("Sync", "Site %1 is not trusted here.").arg(site->name));
        }
        recipients.append({site->id, site->agreeKey});
        result.recipients.append(site->name);
    }
    if (recipients.isEmpty()) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Sync", "Name the sites the bundle is for; this vault trusts no other site yet."));
    }
    auto signingKey = sites.signingKey();
    if (!signingKey) {
        return signingKey.error();
    }
    sqlite3* db = m_vault.handle();
    Payload payload;
    QString created;
    const Status collected = m_store.inTransaction([&]() -> Status {
        // Sign this site's chain head if it moved since the last signature.
        {
            Statement head(db, "SELECT oseq, chain, signed_oseq FROM origin_head WHERE origin = ?");
            head.bind(1, me->id);
            if (head.next() && head.integer(0) != head.integer(2)) {
                const QByteArray signature =
                    crypto::sign(*signingKey, changelog::headMessage(me->id, head.integer(0), head.blob(1)));
                if (signature.isEmpty()) {
                    return StorageError::make(
                        StorageErrorCode::Io,
                        QCoreApplication::translate("Sync", "The bundle could not be signed."));
                }
                Statement sign(db, "UPDATE origin_head SET signed_oseq = oseq, signed_chain = chain, "
                                   "signature = ? WHERE origin = ?");
                const int rc = sign.bindBlob(1, signature).bind(2, me->id).exec();
                if (rc != SQLITE_OK) {
                    return m_vault.errorFor(rc);
                }
            }
        }
        // What the recipients lack: everything past the least any of them told us it has.
        QList<QMap<QString, qint64>> haves;
        for (const Bundle::Recipient& recipient : recipients) {
            Statement peer(db, "SELECT have FROM peer WHERE site_id = ?");
            peer.bind(1, recipient.siteId);
            haves.append(peer.next() ? decodeHave(peer.text(0)) : QMap<QString, qint64>());
        }
        Statement heads(db, "SELECT origin, oseq, signed_oseq, signed_chain, signature FROM origin_head "
                            "ORDER BY origin");
        Statement rows(db, "SELECT oseq, hlc, record_id, type, name, value, prev FROM change "
                           "WHERE origin = ? AND oseq >= ? AND oseq <= ? ORDER BY oseq");
        while (heads.next()) {
            const QString origin = heads.text(0);
            payload.have.insert(origin, heads.integer(1));
            qint64 need = std::numeric_limits<qint64>::max();
            for (const QMap<QString, qint64>& have : haves) {
                need = std::min(need, have.value(origin, 0));
            }
            Segment segment{origin, need + 1, heads.integer(2), heads.blob(3), heads.blob(4), {}};
            if (segment.from > segment.head || segment.signature.size() != 64) {
                continue;
            }
            rows.reset();
            rows.bind(1, origin).bind(2, segment.from).bind(3, segment.head);
            while (rows.next()) {
                segment.changes.append({origin, rows.integer(0), rows.text(1), rows.text(2), rows.text(3),
                                        rows.text(4), rows.text(5), changelog::decodePrev(rows.text(6))});
            }
            if (rows.rc() != SQLITE_DONE) {
                return m_vault.errorFor(rows.rc());
            }
            if (segment.changes.size() != segment.head - segment.from + 1) {
                return StorageError::make(
                    StorageErrorCode::Tampered,
                    QCoreApplication::translate(
                        "Sync", "This vault's change log has a gap (site %1); it cannot be sent.")
                        .arg(siteName(*known, origin)));
            }
            result.changes += segment.changes.size();
            payload.segments.append(segment);
        }
        // The audit logs travel the same way: each site's entries past what the recipients hold.
        AuditLog audit(m_vault);
        if (Status signedHead = audit.signHead(); !signedHead) {
            return signedHead;
        }
        QList<QMap<QString, qint64>> auditHaves;
        for (const Bundle::Recipient& recipient : recipients) {
            Statement peer(db, "SELECT audit_have FROM peer WHERE site_id = ?");
            peer.bind(1, recipient.siteId);
            auditHaves.append(peer.next() ? decodeHave(peer.text(0)) : QMap<QString, qint64>());
        }
        auto auditHeads = audit.heads();
        auto auditSegments = audit.segmentsFor(auditHaves);
        if (!auditHeads || !auditSegments) {
            return auditHeads ? auditSegments.error() : auditHeads.error();
        }
        payload.auditHave = *auditHeads;
        payload.audit = *auditSegments;
        created = m_store.tick();
        return {};
    });
    if (!collected) {
        return collected.error();
    }
    // The roster travels until every recipient has said it holds this version.
    auto roster = sites.rosterBlob();
    if (roster && !roster->isEmpty()) {
        auto parsed = Roster::parse(*roster);
        payload.rosterVersion = parsed ? parsed->version : 0;
        qint64 least = std::numeric_limits<qint64>::max();
        for (const Bundle::Recipient& recipient : recipients) {
            Statement peer(db, "SELECT roster_version FROM peer WHERE site_id = ?");
            peer.bind(1, recipient.siteId);
            least = std::min(least, peer.next() ? peer.integer(0) : 0);
        }
        if (least < payload.rosterVersion) {
            payload.roster = *roster;
        }
    }
    QByteArray plainPayload = encodePayload(payload);
    auto bytes = Bundle::seal(me->id, me->signKey, *signingKey, created, recipients, plainPayload);
    wipe(plainPayload);
    if (!bytes) {
        return bytes.error();
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
        const bool full = out.error() == QFileDevice::ResourceError;
        return StorageError::make(
            full ? StorageErrorCode::DiskFull : StorageErrorCode::Io,
            full ? QCoreApplication::translate("Sync", "The disk is full; the bundle was not written (%1).")
                       .arg(path)
                 : QCoreApplication::translate("Sync", "The bundle could not be written to %1: %2.")
                       .arg(path, out.errorString()));
    }
    auto parsed = Bundle::parse(*bytes);
    result.bundleId = parsed ? QString::fromLatin1(parsed->bundleId.toHex()) : QString();
    result.bytes = bytes->size();
    const Status logged = m_store.inTransaction([&]() -> Status {
        for (const Bundle::Recipient& recipient : recipients) {
            Statement log(db,
                          "INSERT INTO bundle_log (bundle_id, direction, peer, at, file, changes, applied, "
                          "refused, conflicts) VALUES (?, 'sent', ?, ?, ?, ?, 0, 0, 0)");
            int rc = log.bind(1, result.bundleId)
                         .bind(2, recipient.siteId)
                         .bind(3, now())
                         .bind(4, QFileInfo(path).fileName())
                         .bind(5, result.changes)
                         .exec();
            if (rc == SQLITE_OK) {
                Statement peer(db,
                               "INSERT INTO peer (site_id, last_sent) VALUES (?, ?) ON CONFLICT (site_id) "
                               "DO UPDATE SET last_sent = excluded.last_sent");
                rc = peer.bind(1, recipient.siteId).bind(2, now()).exec();
            }
            if (rc != SQLITE_OK) {
                return m_vault.errorFor(rc);
            }
        }
        return AuditLog(m_vault).append(
            QLatin1String(audit::kExport), QFileInfo(path).fileName(),
            {{QStringLiteral("bundle"), result.bundleId},
             {QStringLiteral("to"), QJsonArray::fromStringList(result.recipients)},
             {QStringLiteral("changes"), result.changes}});
    });
    if (!logged) {
        return logged.error();
    }
    return result;
}

Result<SyncReport> Sync::import(const QByteArray& file, const QString& fileName)
{
    return run(file, fileName, Mode::Apply, {});
}

Result<SyncReport> Sync::inspect(const QByteArray& file)
{
    return run(file, {}, Mode::DryRun, {});
}

Result<SyncReport> Sync::join(const QByteArray& file, const QString& fileName, const QString& fingerprint)
{
    return run(file, fileName, Mode::Join, fingerprint);
}

Result<TakeUpReport> Sync::takeUpKeptChanges()
{
    TakeUpReport report;
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("Sync", "The vault is locked; unlock it first."));
    }
    // Which types are kept, first: on most opens there are none, or none this version
    // knows yet, and nothing more is read.
    QStringList ready;
    {
        Statement types(db, "SELECT DISTINCT c.type FROM refusal r JOIN change c ON c.origin = r.origin AND "
                            "c.oseq = r.oseq WHERE r.newer_type = 1 AND c.applied = 0");
        while (types.next()) {
            report.nothingKept = false;
            const QString type = types.text(0);
            if (!m_policy.unknownType || m_policy.unknownType(type).isEmpty()) {
                ready << type;
            }
        }
        if (types.rc() != SQLITE_DONE) {
            return m_vault.errorFor(types.rc());
        }
    }
    if (ready.isEmpty() || !m_policy.refusal) {
        return report;
    }
    // The kept runs, as the import judged them (origin and first oseq), in the order it
    // wrote them: a run's changes are consecutive in the log.
    struct KeptRun
    {
        qint64 runOseq = 0;
        QList<LoggedChange> changes;
    };
    QList<KeptRun> runs;
    {
        Statement rows(db, "SELECT c.origin, c.oseq, c.hlc, c.record_id, c.type, c.name, c.value, c.prev, "
                           "coalesce(r.run_oseq, c.oseq) FROM change c JOIN refusal r ON r.origin = c.origin "
                           "AND r.oseq = c.oseq WHERE r.newer_type = 1 AND c.applied = 0 ORDER BY c.seq");
        while (rows.next()) {
            LoggedChange change{rows.text(0),
                                rows.integer(1),
                                rows.text(2),
                                rows.text(3),
                                rows.text(4),
                                rows.text(5),
                                rows.isNull(6) ? QString() : rows.text(6),
                                changelog::decodePrev(rows.text(7))};
            const qint64 runOseq = rows.integer(8);
            if (runs.isEmpty() || runs.last().runOseq != runOseq ||
                runs.last().changes.first().origin != change.origin) {
                runs.append(KeptRun{runOseq, {}});
            }
            runs.last().changes.append(std::move(change));
        }
        if (rows.rc() != SQLITE_DONE) {
            return m_vault.errorFor(rows.rc());
        }
    }
    auto roster = Sites(m_vault).all();
    if (!roster) {
        return roster.error();
    }
    const auto originOf = [&roster](const QString& id) -> const SiteEntry* {
        for (const SiteEntry& site : *roster) {
            if (site.id == id) {
                return site.trusted ? &site : nullptr;
            }
        }
        return nullptr;
    };
    QSet<QString> changedTypes;
    enum class Outcome
    {
        Done,      // applied, or refused for good
        Deferred,  // its record's creation is kept and taken up later in this pass
        StillKept, // a type still unknown, a site no longer trusted, a creation not here
    };
    // One run, as the import would have judged it; the record's creation must come first.
    const auto takeUp = [&](const KeptRun& kept) -> Result<Outcome> {
        const std::span<const LoggedChange> run(kept.changes.constData(), std::size_t(kept.changes.size()));
        const LoggedChange& head = run.front();
        const SiteEntry* origin = originOf(head.origin);
        if (!ready.contains(head.type) || !origin) {
            return Outcome::StillKept;
        }
        auto existing = m_store.get(head.recordId);
        const bool creation = std::any_of(run.begin(), run.end(),
                                          [](const LoggedChange& change) { return change.field.isEmpty(); });
        QString reason;
        if (!existing && !creation) {
            // An edit that came before its record's creation (a relay): after it, as the
            // import would have held it; refused with a refused creation; still kept while
            // its creation is not here or stays kept.
            auto logged = unappliedCreation(m_vault, head.recordId);
            if (!logged) {
                return logged.error();
            }
            if (!logged->found) {
                return Outcome::StillKept;
            }
            if (logged->kept) {
                return logged->type == head.type && ready.contains(logged->type) && originOf(logged->origin)
                           ? Outcome::Deferred
                           : Outcome::StillKept;
            }
            reason = logged->refusalFor(head.recordId, head.type);
        } else {
            reason = judgeRun(m_policy, *origin, existing ? &*existing : nullptr, run);
        }
        if (reason.isEmpty()) {
            bool changed = false;
            if (Status applied = m_store.applyKept(run, &changed); !applied) {
                return applied.error();
            }
            if (auto noted = m_store.noteConflicts(head.recordId); !noted) {
                return noted.error();
            }
            if (changed) {
                changedTypes.insert(head.type);
            }
            report.applied += qint64(run.size());
            if (!report.types.contains(head.type)) {
                report.types.append(head.type);
            }
        } else {
            report.refused += qint64(run.size());
            report.refusals.append(QCoreApplication::translate("Sync", "%1 (%2 %3): %4")
                                       .arg(origin->name, head.type, head.recordId, reason));
        }
        // Taken up, either way: applied changes are no longer refused, and refused ones now
        // for a reason of their own.
        for (const LoggedChange& change : run) {
            Statement update(db, reason.isEmpty() ? "DELETE FROM refusal WHERE origin = ?1 AND oseq = ?2"
                                                  : "UPDATE refusal SET reason = ?3, at = ?4, newer_type = 0 "
                                                    "WHERE origin = ?1 AND oseq = ?2");
            update.bind(1, change.origin).bind(2, change.oseq);
            if (!reason.isEmpty()) {
                update.bind(3, reason).bind(4, now());
            }
            if (const int rc = update.exec(); rc != SQLITE_OK) {
                return m_vault.errorFor(rc);
            }
        }
        return Outcome::Done;
    };
    const Status status = m_store.inTransaction([&]() -> Status {
        // In the order the import wrote them; a run put off for its creation goes again
        // once that creation's run is done, until nothing more moves.
        QList<const KeptRun*> pending;
        for (const KeptRun& kept : std::as_const(runs)) {
            pending << &kept;
        }
        while (!pending.isEmpty()) {
            QList<const KeptRun*> deferred;
            bool moved = false;
            for (const KeptRun* kept : std::as_const(pending)) {
                auto outcome = takeUp(*kept);
                if (!outcome) {
                    return outcome.error();
                }
                moved = moved || *outcome == Outcome::Done;
                if (*outcome == Outcome::Deferred) {
                    deferred << kept;
                }
            }
            if (!moved) {
                break;
            }
            pending = deferred;
        }
        if (report.applied == 0 && report.refused == 0) {
            return {};
        }
        return AuditLog(m_vault).append(
            QLatin1String(audit::kTakenUp), QString(),
            QJsonObject{{QStringLiteral("applied"), report.applied},
                        {QStringLiteral("refused"), report.refused},
                        {QStringLiteral("types"), QJsonArray::fromStringList(report.types)}});
    });
    if (!status) {
        return status.error();
    }
    for (const QString& type : std::as_const(changedTypes)) {
        m_store.announce(type, {});
    }
    return report;
}

Result<QList<BundleLogEntry>> Sync::history() const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("Sync", "The vault is locked; unlock it first."));
    }
    Statement rows(
        db, "SELECT b.bundle_id, b.direction, coalesce(s.name, b.peer), b.at, b.file, b.changes, "
            "b.applied, b.refused, b.conflicts, b.kept FROM bundle_log b LEFT JOIN site s ON s.id = b.peer "
            "ORDER BY b.id DESC");
    QList<BundleLogEntry> entries;
    while (rows.next()) {
        entries.append({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.integer(5),
                        rows.integer(6), rows.integer(7), rows.integer(8), rows.integer(9)});
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return entries;
}

Result<QMap<QString, QString>> Sync::lastReceived() const
{
    return Sites(m_vault).lastReceived();
}

} // namespace oneteam
