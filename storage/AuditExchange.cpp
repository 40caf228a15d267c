// The audit log between sites: the segments a bundle carries, and receiving them.
#include "AuditLog.h"

#include "AuditLogDetail.h"

#include "ChangeLog.h"
#include "Crypto.h"
#include "SiteCrypto.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace oneteam {

using namespace auditlog;

Result<QList<AuditSegment>> AuditLog::segmentsFor(const QList<QMap<QString, qint64>>& haves) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    QList<AuditSegment> segments;
    Statement heads(db,
                    "SELECT site, signed_seq, signed_chain, signature FROM audit_head WHERE signed_seq > 0 "
                    "ORDER BY site");
    Statement rows(db, "SELECT site, seq, at, action, target, summary, chain FROM audit_entry WHERE site = ? "
                       "AND seq >= ? AND seq <= ? ORDER BY seq");
    while (heads.next()) {
        const QString site = heads.text(0);
        qint64 need = haves.isEmpty() ? 0 : std::numeric_limits<qint64>::max();
        for (const QMap<QString, qint64>& have : haves) {
            need = std::min(need, have.value(site, 0));
        }
        AuditSegment segment{site, need + 1, heads.integer(1), heads.blob(2), heads.blob(3), {}};
        if (segment.from > segment.head) {
            continue;
        }
        rows.reset();
        rows.bind(1, site).bind(2, segment.from).bind(3, segment.head);
        while (rows.next()) {
            segment.entries.append(readEntry(rows));
        }
        if (rows.rc() != SQLITE_DONE) {
            return m_vault.errorFor(rows.rc());
        }
        if (segment.entries.size() != segment.head - segment.from + 1) {
            return StorageError::make(
                StorageErrorCode::Tampered,
                QCoreApplication::translate("AuditLog", "This vault's audit log has a gap (site %1).")
                    .arg(site));
        }
        segments.append(segment);
    }
    if (heads.rc() != SQLITE_DONE) {
        return m_vault.errorFor(heads.rc());
    }
    return segments;
}

Status AuditLog::receive(const AuditSegment& segment, const QByteArray& signKey, qint64* added)
{
    *added = 0;
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    if (segment.from < 1 || segment.head != segment.from + segment.entries.size() - 1) {
        return StorageError::make(StorageErrorCode::Tampered,
                                  QCoreApplication::translate("AuditLog",
                                                              "The audit log of site %1 in this bundle "
                                                              "is malformed; nothing was changed.")
                                      .arg(segment.site));
    }
    Statement head(db, "SELECT seq, chain FROM audit_head WHERE site = ?");
    head.bind(1, segment.site);
    const qint64 have = head.next() ? head.integer(0) : 0;
    QByteArray chain = have > 0 ? head.blob(1) : changelog::genesis();
    if (segment.head <= have || segment.from > have + 1) {
        return {}; // nothing new, or a gap (the next bundle brings the entries before)
    }
    if (!crypto::verify(signKey, audit::headMessage(segment.site, segment.head, segment.chain),
                        segment.signature)) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate("AuditLog", "The audit log of site %1 in this bundle does not carry "
                                                    "its signature; nothing was changed.")
                .arg(segment.site));
    }
    // The whole run is checked before any of it is stored.
    QList<AuditEntry> fresh;
    for (qsizetype i = qsizetype(have - segment.from + 1); i < segment.entries.size(); ++i) {
        AuditEntry entry = segment.entries.at(i);
        chain = audit::next(chain, entry);
        entry.chain = chain;
        fresh.append(entry);
    }
    if (chain != segment.chain) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate("AuditLog", "The audit log of site %1 was altered on the way "
                                                    "(it does not continue the one this vault holds); "
                                                    "nothing was changed.")
                .arg(segment.site));
    }
    Statement insert(db, "INSERT INTO audit_entry (site, seq, at, action, target, summary, chain) "
                         "VALUES (?,?,?,?,?,?,?)");
    for (const AuditEntry& entry : std::as_const(fresh)) {
        insert.reset();
        const int rc = insert.bind(1, entry.site)
                           .bind(2, entry.seq)
                           .bind(3, entry.at)
                           .bind(4, entry.action)
                           .bind(5, entry.target)
                           .bind(6, entry.summary)
                           .bindBlob(7, entry.chain)
                           .exec();
        if (rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
    }
    Statement store(db,
                    "INSERT INTO audit_head (site, seq, chain, signed_seq, signed_chain, signature) "
                    "VALUES (?1, ?2, ?3, ?2, ?3, ?4) ON CONFLICT (site) DO UPDATE SET seq = ?2, chain = ?3, "
                    "signed_seq = ?2, signed_chain = ?3, signature = ?4");
    const int rc = store.bind(1, segment.site)
                       .bind(2, segment.head)
                       .bindBlob(3, segment.chain)
                       .bindBlob(4, segment.signature)
                       .exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    *added = fresh.size();
    return {};
}

} // namespace oneteam
