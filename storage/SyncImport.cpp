// Importing a bundle (Sync::import, inspect, join), stage by stage: who signed it, then
// what it carries, then each origin's changes under that origin's role, in one
// transaction that a dry run rolls back. docs/bundle-format.md, "Import, in this order".
#include "Sync.h"

#include "SyncDetail.h"

#include "AuditLog.h"
#include "Bundle.h"
#include "BundlePayload.h"
#include "ChangeLog.h"
#include "RecordStore.h"
#include "SiteCrypto.h"
#include "Sites.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

namespace oneteam {

using namespace syncdetail;

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

} // namespace

// One import of one bundle. The stages run in this order and each may end it; nothing is
// decrypted before the signature holds, and nothing is written outside the transaction.
class Sync::Import
{
public:
    Import(Sync& sync, Mode mode, const QString& fileName, const QString& fingerprint)
        : m_vault(sync.m_vault)
        , m_store(sync.m_store)
        , m_policy(sync.m_policy)
        , m_mode(mode)
        , m_fileName(fileName)
        , m_fingerprint(fingerprint)
        , m_sites(sync.m_vault)
        , m_audit(sync.m_vault)
    {}

    Result<SyncReport> run(const QByteArray& file);

private:
    // An origin's run of changes this vault does not hold yet, checked against its chain.
    struct Pending
    {
        const Segment* segment = nullptr;
        const SiteEntry* origin = nullptr;
        qsizetype skip = 0;       // changes already here
        QList<QByteArray> chains; // the chain after each change
        qsizetype applied = -1;   // the last change taken (applied or refused)
        bool held = false;        // the rest of this origin's run waits
    };
    // Consecutive changes of one origin to one record: applied or refused together.
    struct Run
    {
        std::size_t item;
        qsizetype first;
        qsizetype end;
    };

    // 1. Who signed it, and does the signature hold: before anything is decrypted.
    Status checkSender();
    // 2. Decrypt and read; a bundle imported before ends the import here.
    Status open();
    // 3. The roster: joining installs the root; otherwise a newer one signed by our root.
    Status takeRoster();
    // 4. Each origin's run: its head signed by the origin, its chain unbroken.
    Status checkRuns();
    // 5. Apply one origin's run of changes to one record at a time, under the origin's
    // role, the runs of all origins in clock order: a change comes after those it saw,
    // whichever site relayed them. A change dated more than a day ahead, or to a record
    // whose creation has not arrived, waits with the rest of its origin's changes.
    Status applyRuns();
    Status applyRun(const Run& entry, const QString& horizon);
    // How far each origin's chain now reaches here; its signed head only when all of it did.
    Status storeHeads();
    // 6. The sites' audit logs, each verified against its signed head and continuing the
    // one this vault holds.
    Status receiveAudit();
    // 7. What the sender holds (so the next bundle to it carries only what it lacks),
    // and the history.
    Status notePeer();

    Vault& m_vault;
    RecordStore& m_store;
    const ChangePolicy& m_policy;
    const Mode m_mode;
    const QString m_fileName;
    const QString m_fingerprint;
    Sites m_sites;
    AuditLog m_audit;
    sqlite3* m_db = nullptr;
    Bundle m_bundle;
    SiteEntry m_me;
    QByteArray m_signKey;
    std::optional<Payload> m_payload;
    QList<SiteEntry> m_roster;
    std::vector<Pending> m_pending;
    QSet<QPair<QString, QString>> m_changedRecords;
    SyncReport m_report;
};

Result<SyncReport> Sync::run(const QByteArray& file, const QString& fileName, Mode mode,
                             const QString& fingerprint)
{
    return Import(*this, mode, fileName, fingerprint).run(file);
}

Result<SyncReport> Sync::Import::run(const QByteArray& file)
{
    auto bundle = Bundle::parse(file);
    if (!bundle) {
        return bundle.error();
    }
    m_bundle = std::move(*bundle);
    auto me = m_sites.local();
    if (!me) {
        return me.error();
    }
    m_me = std::move(*me);
    m_report.bundleId = QString::fromLatin1(m_bundle.bundleId.toHex());
    m_report.sender = m_bundle.sender;
    m_report.senderName = m_bundle.sender;
    {
        qint64 wall = 0;
        qint64 counter = 0;
        m_report.created = Hlc::parse(m_bundle.created, &wall, &counter)
                               ? QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC).toString(Qt::ISODate)
                               : m_bundle.created;
    }
    if (Status checked = checkSender(); !checked) {
        return checked.error();
    }
    if (Status opened = open(); !opened) {
        return opened.error();
    }
    if (m_report.alreadyImported) {
        return m_report;
    }

    if (sqlite3_exec(m_db, "SAVEPOINT sync_import", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return m_vault.errorFor(sqlite3_errcode(m_db));
    }
    const Status status = m_store.inTransaction([this]() -> Status {
        if (Status taken = takeRoster(); !taken) {
            return taken;
        }
        auto roster = m_sites.all();
        if (!roster) {
            return roster.error();
        }
        m_roster = std::move(*roster);
        Status done = checkRuns();
        done = done ? applyRuns() : done;
        done = done ? storeHeads() : done;
        done = done ? receiveAudit() : done;
        return done ? notePeer() : done;
    });
    bool keep = status && m_mode != Mode::DryRun;
    if (keep && sqlite3_exec(m_db, "RELEASE sync_import", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const StorageError error = m_vault.errorFor(sqlite3_errcode(m_db));
        sqlite3_exec(m_db, "ROLLBACK TO sync_import; RELEASE sync_import", nullptr, nullptr, nullptr);
        return error;
    }
    if (!keep) {
        sqlite3_exec(m_db, "ROLLBACK TO sync_import; RELEASE sync_import", nullptr, nullptr, nullptr);
    }
    if (!status) {
        return status.error();
    }
    for (const auto& [type, id] : m_changedRecords) {
        m_report.recordsChanged[type] += 1;
    }
    if (keep) {
        QSet<QString> types;
        for (const auto& record : m_changedRecords) {
            types.insert(record.first);
        }
        for (const QString& type : types) {
            m_store.announce(type, {});
        }
    }
    if (m_report.kept > 0) {
        m_report.notes.append(
            (m_mode == Mode::DryRun
                 ? QCoreApplication::translate("Sync",
                                               "%n change(s) to record types only a newer version of OneTeam "
                                               "knows (%1) would be kept; they apply once this site runs a "
                                               "version that knows them.",
                                               nullptr, int(m_report.kept))
                 : QCoreApplication::translate(
                       "Sync",
                       "%n change(s) to record types only a newer version of OneTeam "
                       "knows (%1) are kept; they apply once this site runs a version "
                       "that knows them.",
                       nullptr, int(m_report.kept)))
                .arg(m_report.keptTypes.join(QStringLiteral(", "))));
    }
    if (m_report.applied == 0 && m_report.refused == 0 && m_report.kept == 0 && m_report.notes.isEmpty()) {
        m_report.notes.append(QCoreApplication::translate("Sync", "Nothing in this bundle is new here."));
    }
    return m_report;
}

Status Sync::Import::checkSender()
{
    m_signKey = m_bundle.senderSignKey;
    if (m_mode != Mode::Join) {
        auto sender = m_sites.find(m_bundle.sender);
        if (!sender || !sender->trusted) {
            return StorageError::make(
                StorageErrorCode::Refused,
                QCoreApplication::translate(
                    "Sync",
                    "The bundle is signed by a site this vault does not trust (%1); nothing was changed.")
                    .arg(m_bundle.sender));
        }
        if (sender->signKey != m_bundle.senderSignKey) {
            return StorageError::make(StorageErrorCode::Refused,
                                      QCoreApplication::translate(
                                          "Sync",
                                          "The bundle claims to come from %1 but is signed with another key; "
                                          "nothing was changed.")
                                          .arg(sender->name));
        }
        m_signKey = sender->signKey;
        m_report.senderName = sender->name;
    }
    if (m_mode == Mode::Join) {
        // The key the bundle names must be the one the user was told of, before anything
        // in it is verified further or decrypted.
        if (!crypto::fingerprintMatches(m_bundle.senderSignKey, m_fingerprint)) {
            return StorageError::make(
                StorageErrorCode::Refused,
                QCoreApplication::translate("Sites",
                                            "The secretariat's key has fingerprint %1, not the one given "
                                            "(%2). Do not join: ask the secretariat by another channel "
                                            "which is right.")
                    .arg(crypto::fingerprint(m_bundle.senderSignKey), m_fingerprint));
        }
    }
    if (!m_bundle.verifySignature(m_signKey)) {
        return damaged(QCoreApplication::translate("Sync", "its signature does not match its contents"));
    }
    auto known = m_sites.all();
    if (!known) {
        return known.error();
    }
    for (const QString& id : m_bundle.recipients) {
        m_report.recipients.append(siteName(*known, id));
    }
    if (!m_bundle.addressedTo(m_me.id)) {
        return StorageError::make(
            StorageErrorCode::Refused,
            QCoreApplication::translate("Sync",
                                        "This bundle is for %1, not for this site; nothing was changed.")
                .arg(m_report.recipients.join(QStringLiteral(", "))));
    }
    return {};
}

Status Sync::Import::open()
{
    auto agreeKey = m_sites.agreementKey();
    if (!agreeKey) {
        return agreeKey.error();
    }
    auto plain = m_bundle.open(m_me.id, *agreeKey);
    if (!plain) {
        return plain.error();
    }
    m_payload = decodePayload(*plain);
    wipe(*plain);
    if (!m_payload) {
        return damaged(QCoreApplication::translate("Sync", "its contents are not in the bundle format"));
    }
    for (const Segment& segment : m_payload->segments) {
        m_report.carried += segment.changes.size();
    }
    m_db = m_vault.handle();
    {
        Statement seen(
            m_db, "SELECT at FROM bundle_log WHERE bundle_id = ? AND peer = ? AND direction = 'received'");
        seen.bind(1, m_report.bundleId).bind(2, m_bundle.sender);
        if (seen.next()) {
            m_report.alreadyImported = true;
            m_report.known = m_report.carried;
            m_report.notes.append(QCoreApplication::translate(
                                      "Sync", "This bundle was imported on %1 already; nothing changed.")
                                      .arg(seen.text(0)));
            return {};
        }
    }
    return {};
}

Status Sync::Import::takeRoster()
{
    if (m_mode == Mode::Join || !m_payload->roster.isEmpty()) {
        auto roster = Roster::parse(m_payload->roster);
        if (!roster) {
            return roster.error();
        }
        if (m_mode == Mode::Join) {
            const SiteEntry* root = roster->find(roster->rootId);
            if (roster->rootId != m_bundle.sender || !root || root->signKey != m_bundle.senderSignKey) {
                return StorageError::make(
                    StorageErrorCode::Refused,
                    QCoreApplication::translate(
                        "Sync", "A network is joined with a bundle from its secretariat; this one "
                                "comes from another site."));
            }
            if (Status joined = m_sites.join(*roster, m_fingerprint); !joined) {
                return joined;
            }
            m_report.rosterUpdated = true;
            m_report.senderName = root->name;
        } else {
            bool accepted = false;
            if (Status taken = m_sites.acceptRoster(*roster, &accepted); !taken) {
                return taken;
            }
            m_report.rosterUpdated = accepted;
        }
    }
    return {};
}

Status Sync::Import::checkRuns()
{
    for (const Segment& segment : m_payload->segments) {
        const SiteEntry* origin = nullptr;
        for (const SiteEntry& site : m_roster) {
            if (site.id == segment.origin && site.trusted) {
                origin = &site;
            }
        }
        if (!origin) {
            m_report.refused += segment.changes.size();
            m_report.refusals.append(QCoreApplication::translate(
                                         "Sync",
                                         "Left out %n change(s) from a site this vault does not trust (%1).",
                                         nullptr, int(segment.changes.size()))
                                         .arg(segment.origin));
            continue;
        }
        Statement head(m_db, "SELECT oseq, chain FROM origin_head WHERE origin = ?");
        head.bind(1, segment.origin);
        const qint64 have = head.next() ? head.integer(0) : 0;
        QByteArray chain = have > 0 ? head.blob(1) : changelog::genesis();
        if (segment.from > have + 1) {
            m_report.notes.append(QCoreApplication::translate(
                                      "Sync",
                                      "Held back %n change(s) from %1 until the earlier ones reach this "
                                      "vault (missing: %2); ask for a bundle that carries them.",
                                      nullptr, int(segment.changes.size()))
                                      .arg(origin->name)
                                      .arg(segment.from - have - 1));
            continue;
        }
        if (segment.head <= have) {
            m_report.known += segment.changes.size();
            continue;
        }
        // Runs with nothing new are not looked into; what will be applied must carry
        // its origin's signature.
        if (!crypto::verify(origin->signKey,
                            changelog::headMessage(segment.origin, segment.head, segment.chain),
                            segment.signature)) {
            return damaged(QCoreApplication::translate("Sync", "the changes of %1 do not carry its signature")
                               .arg(origin->name));
        }
        Pending item;
        item.segment = &segment;
        item.origin = origin;
        item.skip = qsizetype(have - segment.from + 1);
        item.applied = item.skip - 1;
        item.chains.resize(segment.changes.size());
        m_report.known += item.skip;
        for (qsizetype i = item.skip; i < segment.changes.size(); ++i) {
            chain = changelog::next(chain, segment.changes.at(i));
            item.chains[i] = chain;
        }
        if (chain != segment.chain) {
            return damaged(QCoreApplication::translate("Sync", "the changes of %1 were altered on the way")
                               .arg(origin->name));
        }
        m_pending.push_back(std::move(item));
    }
    return {};
}

Status Sync::Import::applyRuns()
{
    std::vector<Run> runs;
    for (std::size_t p = 0; p < m_pending.size(); ++p) {
        const QList<LoggedChange>& changes = m_pending[p].segment->changes;
        for (qsizetype i = m_pending[p].skip; i < changes.size();) {
            qsizetype end = i;
            while (end < changes.size() && changes.at(end).recordId == changes.at(i).recordId) {
                ++end;
            }
            runs.push_back({p, i, end});
            i = end;
        }
    }
    std::stable_sort(runs.begin(), runs.end(), [this](const Run& a, const Run& b) {
        const LoggedChange& x = m_pending[a.item].segment->changes.at(a.first);
        const LoggedChange& y = m_pending[b.item].segment->changes.at(b.first);
        return changelog::later(y.hlc, y.origin, x.hlc, x.origin);
    });
    const QString horizon = Hlc::format(QDateTime::currentMSecsSinceEpoch() + kMaxAheadMs, 0);
    for (const Run& entry : runs) {
        if (Status applied = applyRun(entry, horizon); !applied) {
            return applied;
        }
    }
    return {};
}

Status Sync::Import::applyRun(const Run& entry, const QString& horizon)
{
    Pending& item = m_pending[entry.item];
    if (item.held) {
        return {};
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
    // A record type only a newer version knows: the run is kept, marked, and taken up
    // after an upgrade (Sync::takeUpKeptChanges). It never waits, even for a record whose
    // creation this vault also kept: waiting would stop every later change of its origin.
    // Only a run all of that one type, and not aimed at a record of another type here
    // (that is malformed, and refused as such below).
    bool oneType = !existing || existing->type == type;
    for (qsizetype k = entry.first; k < entry.end; ++k) {
        oneType = oneType && changes.at(k).type == type;
    }
    QString newerType;
    if (!future && oneType && m_policy.unknownType) {
        newerType = m_policy.unknownType(type);
    }
    // A change to a record whose creation the log holds unapplied does not wait for it:
    // waiting for a creation that is already here would stop every later change of its
    // origin, for good. Refused with a refused creation; kept with a kept one (a newer
    // version's type that this site now knows but has not taken up yet), as long as the
    // run is of the creation's type.
    QString creationRefused;
    if (!future && newerType.isEmpty() && !existing && !creation) {
        auto logged = unappliedCreation(m_vault, recordId);
        if (!logged) {
            return logged.error();
        }
        if (logged->found && logged->kept && oneType && logged->type == type) {
            newerType =
                QCoreApplication::translate("Sync", "its record's creation is kept for a newer version; "
                                                    "it is taken up with it");
        } else if (logged->found) {
            creationRefused = logged->refusalFor(recordId, type);
        }
    }
    if (future || (newerType.isEmpty() && creationRefused.isEmpty() && !existing && !creation)) {
        item.held = true;
        m_report.notes.append(
            future ? QCoreApplication::translate(
                         "Sync", "Changes from %1 are dated more than a day ahead (is its clock "
                                 "right?); they wait until then.")
                         .arg(origin->name)
                   : QCoreApplication::translate(
                         "Sync", "Changes from %1 to a record this vault has not received yet wait "
                                 "for it.")
                         .arg(origin->name));
        return {};
    }
    const std::span<const LoggedChange> run(changes.constData() + entry.first,
                                            std::size_t(entry.end - entry.first));
    const QString reason = !newerType.isEmpty() ? newerType
                           : !creationRefused.isEmpty()
                               ? creationRefused
                               : judgeRun(m_policy, *origin, existing ? &*existing : nullptr, run);
    const bool apply = reason.isEmpty();
    // Conflicts are counted on the records the bundle touches, before and after.
    if (apply) {
        auto count = m_store.conflictCount(recordId);
        if (!count) {
            return count.error();
        }
        m_report.conflictsBefore += int(*count);
    }
    bool changed = false;
    const std::span<const QByteArray> runChains(item.chains.constData() + entry.first,
                                                std::size_t(entry.end - entry.first));
    if (Status applied = m_store.applyRemote(run, runChains, apply, &changed); !applied) {
        return applied;
    }
    item.applied = entry.end - 1;
    if (changed) {
        m_changedRecords.insert({type, recordId});
    }
    if (apply) {
        auto count = m_store.noteConflicts(recordId);
        if (!count) {
            return count.error();
        }
        m_report.conflictsAfter += int(*count);
    }
    for (const LoggedChange& change : run) {
        if (!apply) {
            Statement refusal(m_db, "INSERT OR REPLACE INTO refusal (origin, oseq, at, reason, newer_type, "
                                    "run_oseq) VALUES (?,?,?,?,?,?)");
            const int rc = refusal.bind(1, change.origin)
                               .bind(2, change.oseq)
                               .bind(3, now())
                               .bind(4, reason)
                               .bind(5, qint64(newerType.isEmpty() ? 0 : 1))
                               .bind(6, run.front().oseq)
                               .exec();
            if (rc != SQLITE_OK) {
                return m_vault.errorFor(rc);
            }
        }
        if (m_report.preview.size() < SyncReport::kPreviewLimit) {
            m_report.preview.append({origin->name, change.type, change.recordId, change.field,
                                     RecordStore::decodeValue(change.value), !apply && newerType.isEmpty(),
                                     !newerType.isEmpty()});
        }
    }
    if (apply) {
        m_report.applied += entry.end - entry.first;
    } else if (!newerType.isEmpty()) {
        m_report.kept += entry.end - entry.first;
        if (!m_report.keptTypes.contains(type)) {
            m_report.keptTypes.append(type);
        }
    } else {
        m_report.refused += entry.end - entry.first;
        m_report.refusals.append(
            QCoreApplication::translate("Sync", "%1 (%2 %3): %4").arg(origin->name, type, recordId, reason));
    }
    return {};
}

Status Sync::Import::storeHeads()
{
    for (const Pending& item : m_pending) {
        const Segment& segment = *item.segment;
        if (item.applied < item.skip) {
            continue;
        }
        const bool whole = item.applied == segment.changes.size() - 1;
        Statement store(m_db,
                        whole ? "INSERT INTO origin_head (origin, oseq, chain, signed_oseq, signed_chain, "
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
    return {};
}

Status Sync::Import::receiveAudit()
{
    for (const AuditSegment& segment : m_payload->audit) {
        const SiteEntry* site = nullptr;
        for (const SiteEntry& entry : m_roster) {
            if (entry.id == segment.site && entry.trusted) {
                site = &entry;
            }
        }
        if (!site) {
            continue;
        }
        qint64 added = 0;
        if (Status received = m_audit.receive(segment, site->signKey, &added); !received) {
            return received;
        }
        m_report.auditEntries += added;
    }
    return {};
}

Status Sync::Import::notePeer()
{
    Statement peer(m_db, "SELECT have, last_bundle_hlc FROM peer WHERE site_id = ?");
    peer.bind(1, m_bundle.sender);
    QMap<QString, qint64> have;
    QString lastBundle;
    if (peer.next()) {
        have = decodeHave(peer.text(0));
        lastBundle = peer.text(1);
    }
    for (auto it = m_payload->have.constBegin(); it != m_payload->have.constEnd(); ++it) {
        have[it.key()] = std::max(have.value(it.key(), 0), it.value());
    }
    if (!lastBundle.isEmpty() && m_bundle.created < lastBundle) {
        m_report.older = true;
        m_report.notes.append(QCoreApplication::translate(
                                  "Sync", "This bundle was written before the last one imported from %1.")
                                  .arg(m_report.senderName));
    }
    QMap<QString, qint64> auditHave;
    {
        Statement peerAudit(m_db, "SELECT audit_have FROM peer WHERE site_id = ?");
        peerAudit.bind(1, m_bundle.sender);
        if (peerAudit.next()) {
            auditHave = decodeHave(peerAudit.text(0));
        }
    }
    for (auto it = m_payload->auditHave.constBegin(); it != m_payload->auditHave.constEnd(); ++it) {
        auditHave[it.key()] = std::max(auditHave.value(it.key(), 0), it.value());
    }
    Statement update(m_db,
                     "INSERT INTO peer (site_id, have, last_bundle_hlc, last_received, roster_version, "
                     "audit_have) VALUES (?1,?2,?3,?4,?5,?6) ON CONFLICT (site_id) DO UPDATE SET have = ?2, "
                     "last_bundle_hlc = max(coalesce(last_bundle_hlc, ''), ?3), last_received = ?4, "
                     "roster_version = max(roster_version, ?5), audit_have = ?6");
    int rc = update.bind(1, m_bundle.sender)
                 .bind(2, encodeHave(have))
                 .bind(3, m_bundle.created)
                 .bind(4, now())
                 .bind(5, m_payload->rosterVersion)
                 .bind(6, encodeHave(auditHave))
                 .exec();
    if (rc == SQLITE_OK) {
        Statement log(m_db, "INSERT INTO bundle_log (bundle_id, direction, peer, at, file, changes, applied, "
                            "refused, conflicts, kept) VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, ?)");
        rc = log.bind(1, m_report.bundleId)
                 .bind(2, m_bundle.sender)
                 .bind(3, now())
                 .bind(4, m_fileName.isNull() ? QStringLiteral("") : m_fileName)
                 .bind(5, m_report.carried)
                 .bind(6, m_report.applied)
                 .bind(7, m_report.refused)
                 .bind(8, qint64(std::max(0, m_report.conflictsAfter - m_report.conflictsBefore)))
                 .bind(9, m_report.kept)
                 .exec();
    }
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    QJsonObject summary{{QStringLiteral("bundle"), m_report.bundleId},
                        {QStringLiteral("from"), m_report.senderName},
                        {QStringLiteral("applied"), m_report.applied},
                        {QStringLiteral("refused"), m_report.refused},
                        {QStringLiteral("conflicts"),
                         qint64(std::max(0, m_report.conflictsAfter - m_report.conflictsBefore))}};
    if (m_report.kept > 0) {
        summary.insert(QStringLiteral("kept"), m_report.kept); // for a newer version's record types
    }
    return m_audit.append(QLatin1String(m_mode == Mode::Join ? audit::kJoined : audit::kImport),
                          m_fileName.isNull() ? QStringLiteral("") : m_fileName, summary);
}

} // namespace oneteam
