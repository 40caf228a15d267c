// RecordStore's merge of remote changes and its conflicts: applying a run of changes from
// another site, listing, counting and resolving the conflicts they leave. The local
// writes are in RecordStore.cpp, the queries in RecordQueries.cpp.
#include "RecordStore.h"

#include "RecordStoreDetail.h"

#include "ChangeLog.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace oneteam {

using namespace recordstore;

Status RecordStore::applyRemote(std::span<const LoggedChange> run, std::span<const QByteArray> chains,
                                bool apply, bool* changed)
{
    *changed = false;
    if (!apply) {
        for (std::size_t i = 0; i < run.size(); ++i) {
            bool ignored = false;
            if (Status written = writeChange(run[i], chains[i], false, &ignored); !written) {
                return written;
            }
        }
        return {};
    }
    return mergeRun(run, chains, false, changed);
}

Status RecordStore::applyKept(std::span<const LoggedChange> run, bool* changed)
{
    *changed = false;
    return mergeRun(run, {}, true, changed);
}

Status RecordStore::mergeRun(std::span<const LoggedChange> run, std::span<const QByteArray> chains, bool kept,
                             bool* changed)
{
    if (run.empty()) {
        return {};
    }
    // Only changes taken into the data move this site's clock (a refused one does not).
    for (const LoggedChange& change : run) {
        m_hlc.observe(change.hlc);
    }
    const QString& recordId = run.front().recordId;
    const QString& type = run.front().type;
    Statement& row = prepared("SELECT type, created, data, deleted FROM record WHERE id = ?");
    row.bind(1, recordId);
    const bool exists = row.next();
    if (!exists && row.rc() != SQLITE_DONE) {
        return m_vault.errorFor(row.rc());
    }
    if (exists && row.text(0) != type) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("RecordStore", "Record %1 is a %2, not a %3.")
                                      .arg(recordId, row.text(0), type));
    }
    // The record is read once, changed in memory and written once: its indexes (text,
    // facts, search) are updated once per record, not once per field.
    const QString createdBefore = exists ? row.text(1) : QString();
    QJsonObject fields = exists ? QJsonDocument::fromJson(row.text(2).toUtf8()).object() : QJsonObject();
    const bool deletedBefore = exists && row.integer(3) != 0;
    bool deleted = deletedBefore;
    QString created = createdBefore;
    bool dataChanged = false;
    for (std::size_t i = 0; i < run.size(); ++i) {
        const LoggedChange& change = run[i];
        // A record was created when its earliest change was made, the same at every site.
        const QString at = createdAt(change.hlc);
        if (created.isEmpty() || at < created) {
            created = at;
        }
        bool won = false;
        // Kept changes are in the log already, unapplied (applyKept).
        const Status written = kept ? markApplied(change, &won) : writeChange(change, chains[i], true, &won);
        if (!written) {
            return written;
        }
        if (!won || change.field.isEmpty()) {
            continue;
        }
        const QJsonValue value = decodeValue(change.value);
        if (change.field == kDeleted) {
            deleted = value.toBool();
        } else if (value.isNull() || value.isUndefined()) {
            dataChanged = fields.contains(change.field) || dataChanged;
            fields.remove(change.field);
        } else {
            fields.insert(change.field, value);
            dataChanged = true;
        }
    }
    int rc = SQLITE_OK;
    if (!exists) {
        // The first changes of a record seen here (usually its creation, but a relay may
        // bring an edit first).
        Statement& insert = prepared(
            "INSERT INTO record (id, type, created, origin, deleted, data, search) VALUES (?,?,?,?,?,?,?)");
        rc = insert.bind(1, recordId)
                 .bind(2, type)
                 .bind(3, created)
                 .bind(4, run.front().origin)
                 .bind(5, qint64(deleted ? 1 : 0))
                 .bind(6, compact(fields))
                 .bind(7, searchText(recordId, fields))
                 .exec();
        if (rc == SQLITE_OK) {
            noteInserted();
        }
        *changed = true;
    } else {
        if (dataChanged) {
            const QString search = searchText(recordId, fields);
            if (Status noted = noteTextChange(recordId, search); !noted) {
                return noted;
            }
            Statement& update = prepared("UPDATE record SET data = ?, search = ? WHERE id = ?");
            rc = update.bind(1, compact(fields)).bind(2, search).bind(3, recordId).exec();
        }
        if (rc == SQLITE_OK && deleted != deletedBefore) {
            Statement& mark = prepared("UPDATE record SET deleted = ? WHERE id = ?");
            rc = mark.bind(1, qint64(deleted ? 1 : 0)).bind(2, recordId).exec();
        }
        if (rc == SQLITE_OK && created != createdBefore) {
            Statement& update = prepared("UPDATE record SET created = ? WHERE id = ?");
            rc = update.bind(1, created).bind(2, recordId).exec();
        }
        *changed = dataChanged || deleted != deletedBefore;
    }
    return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
}

Result<QList<Conflict>> RecordStore::conflicts(const QString& recordId) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    // A leaf other than the winner with another value: a concurrent edit that lost. On a
    // deleted record, any leaf of its content: an edit the deletion did not see.
    Statement rows(
        db,
        "SELECT r.id, r.type, l.name, f.hlc, f.origin, f.value, l.hlc, l.origin, l.value, 0 "
        "FROM field_leaf l JOIN field f ON f.record_id = l.record_id AND f.name = l.name "
        "JOIN record r ON r.id = l.record_id WHERE l.record_id IN (SELECT record_id FROM conflict_record) "
        "AND (r.deleted = 0 OR l.name = '~deleted') "
        "AND (l.hlc <> f.hlc OR l.origin <> f.origin) AND l.value IS NOT f.value "
        "AND (?1 = '' OR r.id = ?1) "
        "UNION ALL "
        "SELECT r.id, r.type, l.name, d.hlc, d.origin, d.value, l.hlc, l.origin, l.value, 1 "
        "FROM record r JOIN field d ON d.record_id = r.id AND d.name = '~deleted' "
        "JOIN field_leaf l ON l.record_id = r.id AND l.name <> '~deleted' "
        "WHERE r.id IN (SELECT record_id FROM conflict_record) AND r.deleted = 1 AND (?1 = '' OR r.id = ?1) "
        "ORDER BY 1, 3, 7, 8");
    rows.bind(1, recordId.isNull() ? QStringLiteral("") : recordId);
    QList<Conflict> result;
    while (rows.next()) {
        Conflict conflict;
        conflict.recordId = rows.text(0);
        conflict.type = rows.text(1);
        conflict.field = rows.text(2);
        conflict.kept = {conflict.field, rows.text(3), rows.text(4)};
        conflict.keptValue = rows.isNull(5) ? QJsonValue(QJsonValue::Null) : decodeValue(rows.text(5));
        conflict.other = {conflict.field, rows.text(6), rows.text(7)};
        conflict.otherValue = rows.isNull(8) ? QJsonValue(QJsonValue::Null) : decodeValue(rows.text(8));
        conflict.deletedRecord = rows.integer(9) != 0;
        if (conflict.deletedRecord) {
            conflict.kept.field = kDeleted;
        }
        result.append(conflict);
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<qint64> RecordStore::conflictCount(const QString& recordId)
{
    Statement& count =
        prepared("SELECT (SELECT count(*) FROM field_leaf l JOIN field f ON f.record_id = l.record_id AND "
                 "f.name = l.name "
                 "WHERE l.record_id = ?1 AND (r.deleted = 0 OR l.name = '~deleted') AND (l.hlc <> f.hlc OR "
                 "l.origin <> "
                 "f.origin) AND l.value IS NOT f.value) + (CASE WHEN r.deleted = 1 THEN (SELECT count(*) "
                 "FROM field_leaf "
                 "WHERE record_id = ?1 AND name <> '~deleted') ELSE 0 END) FROM record r WHERE r.id = ?1");
    count.bind(1, recordId);
    if (count.next()) {
        return count.integer(0);
    }
    if (count.rc() == SQLITE_DONE) {
        return qint64(0);
    }
    return m_vault.errorFor(count.rc());
}

Result<qint64> RecordStore::noteConflicts(const QString& recordId)
{
    auto count = conflictCount(recordId);
    if (!count) {
        return count;
    }
    Statement& note = prepared(*count > 0 ? "INSERT OR IGNORE INTO conflict_record (record_id) VALUES (?)"
                                          : "DELETE FROM conflict_record WHERE record_id = ?");
    const int rc = note.bind(1, recordId).exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    return count;
}

Status RecordStore::resolve(const QString& recordId, const QString& field, const QJsonValue& value)
{
    QString type;
    const Status status = inTransaction([&]() -> Status {
        auto existing = get(recordId);
        if (!existing) {
            return existing.error();
        }
        type = existing->type;
        if (field == kDeleted || field.isEmpty()) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                QCoreApplication::translate("RecordStore", "Name a field of the record."));
        }
        // The value the user chose replaces every version of the field they were shown.
        QList<FieldVersion> replaced = leaves(recordId, field);
        Statement& winner = prepared("SELECT hlc, origin FROM field WHERE record_id = ? AND name = ?");
        winner.bind(1, recordId).bind(2, field);
        if (winner.next() && !replaced.contains(FieldVersion{field, winner.text(0), winner.text(1)})) {
            replaced.append({field, winner.text(0), winner.text(1)});
        }
        QJsonObject fields = existing->fields;
        if (value.isNull() || value.isUndefined()) {
            fields.remove(field);
        } else {
            fields.insert(field, value);
        }
        const QString search = searchText(recordId, fields);
        if (Status noted = noteTextChange(recordId, search); !noted) {
            return noted;
        }
        Statement& update = prepared("UPDATE record SET data = ?, search = ? WHERE id = ?");
        const int rc = update.bind(1, compact(fields)).bind(2, search).bind(3, recordId).exec();
        if (rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
        if (Status logged = logChange(recordId, type, field, value, replaced); !logged) {
            return logged;
        }
        if (Status logged = audit(audit::kResolve, type, recordId, {{field, auditValue(value)}}); !logged) {
            return logged;
        }
        auto left = noteConflicts(recordId);
        return left ? Status() : Status(left.error());
    });
    if (status) {
        emit m_events.changed(type, recordId);
    }
    return status;
}

Status RecordStore::resolveDeletion(const QString& recordId, bool keepDeleted)
{
    QString type;
    const Status status = inTransaction([&]() -> Status {
        auto existing = get(recordId);
        if (!existing) {
            return existing.error();
        }
        type = existing->type;
        // Either way the user has now seen the edits made while it was deleted.
        const QList<FieldVersion> replaced = leaves(recordId, QString());
        Statement mark(m_vault.handle(), "UPDATE record SET deleted = ? WHERE id = ?");
        const int rc = mark.bind(1, qint64(keepDeleted ? 1 : 0)).bind(2, recordId).exec();
        if (rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
        if (Status logged = logChange(recordId, type, kDeleted, QJsonValue(keepDeleted), replaced); !logged) {
            return logged;
        }
        if (Status logged = audit(audit::kResolve, type, recordId, {{kDeleted, keepDeleted}}); !logged) {
            return logged;
        }
        auto left = noteConflicts(recordId);
        return left ? Status() : Status(left.error());
    });
    if (status) {
        emit m_events.changed(type, recordId);
    }
    return status;
}

} // namespace oneteam
