#include "Sync.h"

#include "AuditLog.h"
#include "Bundle.h"
#include "BundlePayload.h"
#include "ChangeLog.h"
#include "RecordStore.h"
#include "SiteCrypto.h"
#include "Statement.h"
#include "Vault.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

#include <limits>

namespace oneteam {

namespace {

StorageError damaged(const QString& detail)
{
    return StorageError::make(
        StorageErrorCode::Tampered,
        QCoreApplication::translate("Sync", "The bundle is damaged or was altered (%1); nothing was changed.")
            .arg(detail));
}

// A change dated further ahead than this waits: applied, it would win every later edit.
constexpr qint64 kMaxAheadMs = 24 * 60 * 60 * 1000;

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

} // namespace

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

Result<SyncReport> Sync::run(const QByteArray& file, const QString& fileName, Mode mode,
                             const QString& fingerprint)
{
    auto bundle = Bundle::parse(file);
    if (!bundle) {
        return bundle.error();
    }
    Sites sites(m_vault);
    auto me = sites.local();
    if (!me) {
        return me.error();
    }
    SyncReport report;
    report.bundleId = QString::fromLatin1(bundle->bundleId.toHex());
    report.sender = bundle->sender;
    report.senderName = bundle->sender;
    {
        qint64 wall = 0;
        qint64 counter = 0;
        report.created = Hlc::parse(bundle->created, &wall, &counter)
                             ? QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC).toString(Qt::ISODate)
                             : bundle->created;
    }

    // 1. Who signed it, and does the signature hold: before anything is decrypted.
    QByteArray signKey = bundle->senderSignKey;
    if (mode != Mode::Join) {
        auto sender = sites.find(bundle->sender);
        if (!sender || !sender->trusted) {
            return StorageError::make(
                StorageErrorCode::Refused,
                QCoreApplication::translate(
                    "Sync",
                    "The bundle is signed by a site this vault does not trust (%1); nothing was changed.")
                    .arg(bundle->sender));
        }
        if (sender->signKey != bundle->senderSignKey) {
            return StorageError::make(StorageErrorCode::Refused,
                                      QCoreApplication::translate(
                                          "Sync",
                                          "The bundle claims to come from %1 but is signed with another key; "
                                          "nothing was changed.")
                                          .arg(sender->name));
        }
        signKey = sender->signKey;
        report.senderName = sender->name;
    }
    if (mode == Mode::Join) {
        // The key the bundle names must be the one the user was told of, before anything
        // in it is verified further or decrypted.
        if (!crypto::fingerprintMatches(bundle->senderSignKey, fingerprint)) {
            return StorageError::make(
                StorageErrorCode::Refused,
                QCoreApplication::translate("Sites",
                                            "The secretariat's key has fingerprint %1, not the one given "
                                            "(%2). Do not join: ask the secretariat by another channel "
                                            "which is right.")
                    .arg(crypto::fingerprint(bundle->senderSignKey), fingerprint));
        }
    }
    if (!bundle->verifySignature(signKey)) {
        return damaged(QCoreApplication::translate("Sync", "its signature does not match its contents"));
    }
    auto known = sites.all();
    if (!known) {
        return known.error();
    }
    for (const QString& id : bundle->recipients) {
        report.recipients.append(siteName(*known, id));
    }
    if (!bundle->addressedTo(me->id)) {
        return StorageError::make(
            StorageErrorCode::Refused,
            QCoreApplication::translate("Sync",
                                        "This bundle is for %1, not for this site; nothing was changed.")
                .arg(report.recipients.join(QStringLiteral(", "))));
    }
    // 2. Decrypt and read.
    auto agreeKey = sites.agreementKey();
    if (!agreeKey) {
        return agreeKey.error();
    }
    auto plain = bundle->open(me->id, *agreeKey);
    if (!plain) {
        return plain.error();
    }
    std::optional<Payload> payload = decodePayload(*plain);
    wipe(*plain);
    if (!payload) {
        return damaged(QCoreApplication::translate("Sync", "its contents are not in the bundle format"));
    }
    for (const Segment& segment : payload->segments) {
        report.carried += segment.changes.size();
    }
    sqlite3* db = m_vault.handle();
    {
        Statement seen(
            db, "SELECT at FROM bundle_log WHERE bundle_id = ? AND peer = ? AND direction = 'received'");
        seen.bind(1, report.bundleId).bind(2, bundle->sender);
        if (seen.next()) {
            report.alreadyImported = true;
            report.known = report.carried;
            report.notes.append(QCoreApplication::translate(
                                    "Sync", "This bundle was imported on %1 already; nothing changed.")
                                    .arg(seen.text(0)));
            return report;
        }
    }

    QSet<QPair<QString, QString>> changedRecords;
    if (sqlite3_exec(db, "SAVEPOINT sync_import", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return m_vault.errorFor(sqlite3_errcode(db));
    }
    const Status status = m_store.inTransaction([&]() -> Status {
        // 3. The roster: joining installs the root; otherwise a newer one signed by our root.
        if (mode == Mode::Join || !payload->roster.isEmpty()) {
            auto roster = Roster::parse(payload->roster);
            if (!roster) {
                return roster.error();
            }
            if (mode == Mode::Join) {
                const SiteEntry* root = roster->find(roster->rootId);
                if (roster->rootId != bundle->sender || !root || root->signKey != bundle->senderSignKey) {
                    return StorageError::make(
                        StorageErrorCode::Refused,
                        QCoreApplication::translate(
                            "Sync", "A network is joined with a bundle from its secretariat; this one "
                                    "comes from another site."));
                }
                if (Status joined = sites.join(*roster, fingerprint); !joined) {
                    return joined;
                }
                report.rosterUpdated = true;
                report.senderName = root->name;
            } else {
                bool accepted = false;
                if (Status taken = sites.acceptRoster(*roster, &accepted); !taken) {
                    return taken;
                }
                report.rosterUpdated = accepted;
            }
        }
        auto roster = sites.all();
        if (!roster) {
            return roster.error();
        }
        // 4. Each origin's run: its head signed by the origin, its chain unbroken.
        struct Pending
        {
            const Segment* segment = nullptr;
            const SiteEntry* origin = nullptr;
            qsizetype skip = 0;       // changes already here
            QList<QByteArray> chains; // the chain after each change
            qsizetype applied = -1;   // the last change taken (applied or refused)
            bool held = false;        // the rest of this origin's run waits
        };
        std::vector<Pending> pending;
        for (const Segment& segment : payload->segments) {
            const SiteEntry* origin = nullptr;
            for (const SiteEntry& site : *roster) {
                if (site.id == segment.origin && site.trusted) {
                    origin = &site;
                }
            }
            if (!origin) {
                report.refused += segment.changes.size();
                report.refusals.append(
                    QCoreApplication::translate(
                        "Sync", "%1 changes from a site this vault does not trust (%2) were left out.")
                        .arg(segment.changes.size())
                        .arg(segment.origin));
                continue;
            }
            Statement head(db, "SELECT oseq, chain FROM origin_head WHERE origin = ?");
            head.bind(1, segment.origin);
            const qint64 have = head.next() ? head.integer(0) : 0;
            QByteArray chain = have > 0 ? head.blob(1) : changelog::genesis();
            if (segment.from > have + 1) {
                report.notes.append(
                    QCoreApplication::translate(
                        "Sync", "%1 changes from %2 wait for %3 earlier ones this vault has not received; "
                                "ask for a bundle that carries them.")
                        .arg(segment.changes.size())
                        .arg(origin->name)
                        .arg(segment.from - have - 1));
                continue;
            }
            if (segment.head <= have) {
                report.known += segment.changes.size();
                continue;
            }
            // Runs with nothing new are not looked into; what will be applied must carry
            // its origin's signature.
            if (!crypto::verify(origin->signKey,
                                changelog::headMessage(segment.origin, segment.head, segment.chain),
                                segment.signature)) {
                return damaged(
                    QCoreApplication::translate("Sync", "the changes of %1 do not carry its signature")
                        .arg(origin->name));
            }
            Pending item;
            item.segment = &segment;
            item.origin = origin;
            item.skip = qsizetype(have - segment.from + 1);
            item.applied = item.skip - 1;
            item.chains.resize(segment.changes.size());
            report.known += item.skip;
            for (qsizetype i = item.skip; i < segment.changes.size(); ++i) {
                chain = changelog::next(chain, segment.changes.at(i));
                item.chains[i] = chain;
            }
            if (chain != segment.chain) {
                return damaged(
                    QCoreApplication::translate("Sync", "the changes of %1 were altered on the way")
                        .arg(origin->name));
            }
            pending.push_back(std::move(item));
        }
        // 5. Apply one origin's run of changes to one record at a time, under the origin's
        // role, the runs of all origins in clock order: a change comes after those it saw,
        // whichever site relayed them. A change dated more than a day ahead, or to a record
        // whose creation has not arrived, waits with the rest of its origin's changes.
        struct Run
        {
            std::size_t item;
            qsizetype first;
            qsizetype end;
        };
        std::vector<Run> runs;
        for (std::size_t p = 0; p < pending.size(); ++p) {
            const QList<LoggedChange>& changes = pending[p].segment->changes;
            for (qsizetype i = pending[p].skip; i < changes.size();) {
                qsizetype end = i;
                while (end < changes.size() && changes.at(end).recordId == changes.at(i).recordId) {
                    ++end;
                }
                runs.push_back({p, i, end});
                i = end;
            }
        }
        std::stable_sort(runs.begin(), runs.end(), [&pending](const Run& a, const Run& b) {
            const LoggedChange& x = pending[a.item].segment->changes.at(a.first);
            const LoggedChange& y = pending[b.item].segment->changes.at(b.first);
            return changelog::later(y.hlc, y.origin, x.hlc, x.origin);
        });
        const QString horizon = Hlc::format(QDateTime::currentMSecsSinceEpoch() + kMaxAheadMs, 0);
        for (const Run& entry : runs) {
            Pending& item = pending[entry.item];
            if (item.held) {
                continue;
            }
            const SiteEntry* origin = item.origin;
            const QList<LoggedChange>& changes = item.segment->changes;
            const QString recordId = changes.at(entry.first).recordId;
            const QString type = changes.at(entry.first).type;
            auto existing = m_store.get(recordId);
            bool future = false;
            bool creation = false;
            for (qsizetype k = entry.first; k < entry.end; ++k) {
                future = future || changes.at(k).hlc > horizon;
                creation = creation || changes.at(k).field.isEmpty();
            }
            if (future || (!existing && !creation)) {
                item.held = true;
                report.notes.append(
                    future ? QCoreApplication::translate(
                                 "Sync", "Changes from %1 are dated more than a day ahead (is its clock "
                                         "right?); they wait until then.")
                                 .arg(origin->name)
                           : QCoreApplication::translate(
                                 "Sync", "Changes from %1 to a record this vault has not received yet wait "
                                         "for it.")
                                 .arg(origin->name));
                continue;
            }
            QJsonObject before = existing ? existing->fields : QJsonObject();
            QJsonObject after = before;
            QSet<QString> written;
            bool creating = !existing;
            bool deleting = false;
            QString reason;
            for (qsizetype k = entry.first; k < entry.end; ++k) {
                const LoggedChange& change = changes.at(k);
                const QJsonValue value = RecordStore::decodeValue(change.value);
                if (change.type != type || (existing && existing->type != type)) {
                    reason = QCoreApplication::translate("Sync", "record %1 is a %2, not a %3")
                                 .arg(recordId, existing ? existing->type : type, change.type);
                } else if (change.field == QLatin1String("~deleted")) {
                    // Deleting and restoring are one right; anything but true or false is malformed.
                    deleting = true;
                    if (!value.isBool()) {
                        reason =
                            QCoreApplication::translate("Sync", "a deletion that is neither true nor false");
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
            if (reason.isEmpty() && m_policy) {
                // Every field written counts as changed, even when this vault holds the same
                // value: the version would still win against a concurrent one.
                QJsonObject ruleBefore = before;
                for (const QString& field : std::as_const(written)) {
                    if (ruleBefore.value(field) == after.value(field)) {
                        ruleBefore.insert(field, QStringLiteral("\u0001written"));
                    }
                }
                reason = m_policy(*origin, type, ruleBefore, after, creating, deleting);
            }
            const bool apply = reason.isEmpty();
            // Conflicts are counted on the records the bundle touches, before and after.
            if (apply) {
                auto count = m_store.conflictCount(recordId);
                if (!count) {
                    return count.error();
                }
                report.conflictsBefore += int(*count);
            }
            bool changed = false;
            const std::span<const LoggedChange> run(changes.constData() + entry.first,
                                                    std::size_t(entry.end - entry.first));
            const std::span<const QByteArray> runChains(item.chains.constData() + entry.first,
                                                        std::size_t(entry.end - entry.first));
            if (Status applied = m_store.applyRemote(run, runChains, apply, &changed); !applied) {
                return applied;
            }
            item.applied = entry.end - 1;
            if (changed) {
                changedRecords.insert({type, recordId});
            }
            if (apply) {
                auto count = m_store.noteConflicts(recordId);
                if (!count) {
                    return count.error();
                }
                report.conflictsAfter += int(*count);
            }
            for (const LoggedChange& change : run) {
                if (!apply) {
                    Statement refusal(db, "INSERT OR REPLACE INTO refusal (origin, oseq, at, reason) "
                                          "VALUES (?,?,?,?)");
                    const int rc = refusal.bind(1, change.origin)
                                       .bind(2, change.oseq)
                                       .bind(3, now())
                                       .bind(4, reason)
                                       .exec();
                    if (rc != SQLITE_OK) {
                        return m_vault.errorFor(rc);
                    }
                }
                if (report.preview.size() < SyncReport::kPreviewLimit) {
                    report.preview.append({origin->name, change.type, change.recordId, change.field,
                                           RecordStore::decodeValue(change.value), !apply});
                }
            }
            if (apply) {
                report.applied += entry.end - entry.first;
            } else {
                report.refused += entry.end - entry.first;
                report.refusals.append(QCoreApplication::translate("Sync", "%1 (%2 %3): %4")
                                           .arg(origin->name, type, recordId, reason));
            }
        }
        // How far each origin's chain now reaches here; its signed head only when all of it did.
        for (const Pending& item : pending) {
            const Segment& segment = *item.segment;
            if (item.applied < item.skip) {
                continue;
            }
            const bool whole = item.applied == segment.changes.size() - 1;
            Statement store(
                db, whole ? "INSERT INTO origin_head (origin, oseq, chain, signed_oseq, signed_chain, "
                            "signature) VALUES (?1, ?2, ?3, ?2, ?3, ?4) ON CONFLICT (origin) DO UPDATE "
                            "SET oseq = ?2, chain = ?3, signed_oseq = ?2, signed_chain = ?3, "
                            "signature = ?4"
                          : "INSERT INTO origin_head (origin, oseq, chain) VALUES (?1, ?2, ?3) "
                            "ON CONFLICT (origin) DO UPDATE SET oseq = ?2, chain = ?3");
            store.bind(1, segment.origin)
                .bind(2, segment.from + item.applied)
                .bindBlob(3, item.chains.at(item.applied));
            if (whole) {
                store.bindBlob(4, segment.signature);
            }
            if (const int rc = store.exec(); rc != SQLITE_OK) {
                return m_vault.errorFor(rc);
            }
        }
        // 6. The sites' audit logs, each verified against its signed head and continuing the
        // one this vault holds.
        AuditLog audit(m_vault);
        for (const AuditSegment& segment : payload->audit) {
            const SiteEntry* site = nullptr;
            for (const SiteEntry& entry : *roster) {
                if (entry.id == segment.site && entry.trusted) {
                    site = &entry;
                }
            }
            if (!site) {
                continue;
            }
            qint64 added = 0;
            if (Status received = audit.receive(segment, site->signKey, &added); !received) {
                return received;
            }
            report.auditEntries += added;
        }
        // 7. What the sender holds (so the next bundle to it carries only what it lacks),
        // and the history.
        Statement peer(db, "SELECT have, last_bundle_hlc FROM peer WHERE site_id = ?");
        peer.bind(1, bundle->sender);
        QMap<QString, qint64> have;
        QString lastBundle;
        if (peer.next()) {
            have = decodeHave(peer.text(0));
            lastBundle = peer.text(1);
        }
        for (auto it = payload->have.constBegin(); it != payload->have.constEnd(); ++it) {
            have[it.key()] = std::max(have.value(it.key(), 0), it.value());
        }
        if (!lastBundle.isEmpty() && bundle->created < lastBundle) {
            report.older = true;
            report.notes.append(QCoreApplication::translate(
                                    "Sync", "This bundle was written before the last one imported from %1.")
                                    .arg(report.senderName));
        }
        QMap<QString, qint64> auditHave;
        {
            Statement peerAudit(db, "SELECT audit_have FROM peer WHERE site_id = ?");
            peerAudit.bind(1, bundle->sender);
            if (peerAudit.next()) {
                auditHave = decodeHave(peerAudit.text(0));
            }
        }
        for (auto it = payload->auditHave.constBegin(); it != payload->auditHave.constEnd(); ++it) {
            auditHave[it.key()] = std::max(auditHave.value(it.key(), 0), it.value());
        }
        Statement update(
            db, "INSERT INTO peer (site_id, have, last_bundle_hlc, last_received, roster_version, "
                "audit_have) VALUES (?1,?2,?3,?4,?5,?6) ON CONFLICT (site_id) DO UPDATE SET have = ?2, "
                "last_bundle_hlc = max(coalesce(last_bundle_hlc, ''), ?3), last_received = ?4, "
                "roster_version = max(roster_version, ?5), audit_have = ?6");
        int rc = update.bind(1, bundle->sender)
                     .bind(2, encodeHave(have))
                     .bind(3, bundle->created)
                     .bind(4, now())
                     .bind(5, payload->rosterVersion)
                     .bind(6, encodeHave(auditHave))
                     .exec();
        if (rc == SQLITE_OK) {
            Statement log(db,
                          "INSERT INTO bundle_log (bundle_id, direction, peer, at, file, changes, applied, "
                          "refused, conflicts) VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?)");
            rc = log.bind(1, report.bundleId)
                     .bind(2, bundle->sender)
                     .bind(3, now())
                     .bind(4, fileName.isNull() ? QStringLiteral("") : fileName)
                     .bind(5, report.carried)
                     .bind(6, report.applied)
                     .bind(7, report.refused)
                     .bind(8, qint64(std::max(0, report.conflictsAfter - report.conflictsBefore)))
                     .exec();
        }
        if (rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
        return audit.append(QLatin1String(mode == Mode::Join ? audit::kJoined : audit::kImport),
                            fileName.isNull() ? QStringLiteral("") : fileName,
                            {{QStringLiteral("bundle"), report.bundleId},
                             {QStringLiteral("from"), report.senderName},
                             {QStringLiteral("applied"), report.applied},
                             {QStringLiteral("refused"), report.refused},
                             {QStringLiteral("conflicts"),
                              qint64(std::max(0, report.conflictsAfter - report.conflictsBefore))}});
    });
    bool keep = status && mode != Mode::DryRun;
    if (keep && sqlite3_exec(db, "RELEASE sync_import", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const StorageError error = m_vault.errorFor(sqlite3_errcode(db));
        sqlite3_exec(db, "ROLLBACK TO sync_import; RELEASE sync_import", nullptr, nullptr, nullptr);
        return error;
    }
    if (!keep) {
        sqlite3_exec(db, "ROLLBACK TO sync_import; RELEASE sync_import", nullptr, nullptr, nullptr);
    }
    if (!status) {
        return status.error();
    }
    for (const auto& [type, id] : changedRecords) {
        report.recordsChanged[type] += 1;
    }
    if (keep) {
        QSet<QString> types;
        for (const auto& record : changedRecords) {
            types.insert(record.first);
        }
        for (const QString& type : types) {
            m_store.announce(type, {});
        }
    }
    if (report.applied == 0 && report.refused == 0 && report.notes.isEmpty()) {
        report.notes.append(QCoreApplication::translate("Sync", "Nothing in this bundle is new here."));
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
    Statement rows(db,
                   "SELECT b.bundle_id, b.direction, coalesce(s.name, b.peer), b.at, b.file, b.changes, "
                   "b.applied, b.refused, b.conflicts FROM bundle_log b LEFT JOIN site s ON s.id = b.peer "
                   "ORDER BY b.id DESC");
    QList<BundleLogEntry> entries;
    while (rows.next()) {
        entries.append({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.integer(5),
                        rows.integer(6), rows.integer(7), rows.integer(8)});
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
