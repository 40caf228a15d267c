#include "RecordStore.h"

#include "RecordStoreDetail.h"

#include "ChangeLog.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <utility>

namespace oneteam {

using namespace recordstore;

namespace {

const QString kCreated = QStringLiteral(""); // empty, not null: the column is NOT NULL

// Lower-cased text of every string in the record, for filtering as the user types.
void collectText(const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out << value.toString().toLower();
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectText(item, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            collectText(it.value(), out);
        }
    }
}

} // namespace

namespace recordstore {

QString searchText(const QString& id, const QJsonObject& fields)
{
    QStringList parts{id};
    collectText(fields, parts);
    return parts.join(QLatin1Char('\n'));
}

QString createdAt(const QString& hlc)
{
    qint64 wall = 0;
    qint64 counter = 0;
    Hlc::parse(hlc, &wall, &counter);
    return QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace recordstore

StoredRecord RecordStore::readRecord(const Statement& row)
{
    StoredRecord record;
    record.id = row.text(0);
    record.type = row.text(1);
    record.created = row.text(2);
    record.deleted = row.integer(3) != 0;
    record.fields = QJsonDocument::fromJson(row.text(4).toUtf8()).object();
    return record;
}

RecordStore::RecordStore(Vault& vault, Hlc::WallClock wall)
    : m_vault(vault)
    , m_audit(vault)
    , m_hlc(std::move(wall))
{
    m_statements.attach(vault.statements());
    if (auto site = vault.localSite()) {
        m_siteId = site->id;
    }
    (void)loadClock();
}

RecordStore::~RecordStore() = default;

QString RecordStore::encodeValue(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    const QString wrapped =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue RecordStore::decodeValue(const QString& text)
{
    if (text.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonDocument::fromJson((QLatin1Char('[') + text + QLatin1Char(']')).toUtf8()).array().at(0);
}

Status RecordStore::loadClock()
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    Statement stored(db, "SELECT value FROM vault_meta WHERE key = 'hlc' "
                         "UNION ALL SELECT max(hlc) FROM change");
    while (stored.next()) {
        m_hlc.observe(stored.text(0));
    }
    return {};
}

QJsonValue RecordStore::auditValue(const QJsonValue& value)
{
    // The log says what changed; a long text is shortened (the record keeps all of it).
    constexpr qsizetype kMax = 160;
    if (value.isString() && value.toString().size() > kMax) {
        return QJsonValue(value.toString().left(kMax) + QChar(0x2026));
    }
    if (value.isArray() || value.isObject()) {
        const QString text = encodeValue(value);
        return text.size() > kMax ? QJsonValue(text.left(kMax) + QChar(0x2026)) : value;
    }
    return value.isUndefined() ? QJsonValue() : value;
}

Status RecordStore::audit(const char* action, const QString& type, const QString& id,
                          const QJsonObject& fields)
{
    QJsonObject summary;
    if (!fields.isEmpty()) {
        summary.insert(QStringLiteral("fields"), fields);
    }
    return m_audit.append(QLatin1String(action), type + QLatin1Char('/') + id, summary);
}

Statement& RecordStore::prepared(const char* sql)
{
    return m_statements.get(m_vault.handle(), sql);
}

Status RecordStore::inTransaction(const std::function<Status()>& work)
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    // A savepoint: one transaction on its own, or a part of the caller's (a bulk load).
    int rc = sqlite3_exec(db, "SAVEPOINT record_write", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    if (m_depth++ == 0) {
        m_searchOld.clear();
        m_searchNew.clear();
        m_searchDirty.clear();
    }
    const Hlc saved = m_hlc;
    // Another store object on the same vault may have written since: start from the
    // vault's own clock and this site's chain head.
    {
        Statement clock(db, "SELECT value FROM vault_meta WHERE key = 'hlc'");
        if (clock.next()) {
            m_hlc.observe(clock.text(0));
        }
        Statement head(db, "SELECT oseq, chain FROM origin_head WHERE origin = ?");
        head.bind(1, m_siteId);
        m_head = head.next() ? Head{head.integer(0), head.blob(1)} : Head{0, changelog::genesis()};
    }
    const qint64 startSeq = m_head.oseq;
    Status status = work();
    if (status && m_depth == 1) {
        status = flushSearchIndex();
    }
    if (status) {
        Statement clock(db, "INSERT INTO vault_meta (key, value) VALUES ('hlc', ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        rc = clock.bind(1, m_hlc.last()).exec();
        if (rc == SQLITE_OK && m_head.oseq != startSeq) {
            Statement head(db,
                           "INSERT INTO origin_head (origin, oseq, chain) VALUES (?,?,?) "
                           "ON CONFLICT (origin) DO UPDATE SET oseq = excluded.oseq, chain = excluded.chain");
            rc = head.bind(1, m_siteId).bind(2, m_head.oseq).bindBlob(3, m_head.chain).exec();
        }
        if (rc == SQLITE_OK) {
            rc = sqlite3_exec(db, "RELEASE record_write", nullptr, nullptr, nullptr);
        }
        if (rc != SQLITE_OK) {
            status = m_vault.errorFor(rc);
        }
    }
    if (!status) {
        sqlite3_exec(db, "ROLLBACK TO record_write; RELEASE record_write", nullptr, nullptr, nullptr);
        m_hlc = saved;
    }
    --m_depth;
    return status;
}

void RecordStore::noteInserted()
{
    const qint64 rowid = sqlite3_last_insert_rowid(m_vault.handle());
    m_searchNew.insert(rowid);
    m_searchDirty.insert(rowid);
}

Status RecordStore::noteTextChange(const QString& id, const QString& search)
{
    Statement& row = prepared("SELECT rowid, search FROM record WHERE id = ?");
    row.bind(1, id);
    if (!row.next()) {
        return m_vault.errorFor(row.rc() == SQLITE_DONE ? SQLITE_NOTFOUND : row.rc());
    }
    const qint64 rowid = row.integer(0);
    if (m_searchDirty.contains(rowid) || row.text(1) == search) {
        return {};
    }
    // The text the index holds now: an external-content FTS5 index is told it to delete it.
    if (!m_searchNew.contains(rowid)) {
        m_searchOld.insert(rowid, row.text(1));
    }
    m_searchDirty.insert(rowid);
    return {};
}

Status RecordStore::flushSearchIndex()
{
    // The trigram index is brought up to date here, in two statements for the whole
    // transaction. (FTS5 writes its pending terms out at every statement savepoint; with
    // one index write per record write, a bulk load made one index segment per record.)
    if (m_searchDirty.isEmpty()) {
        return {};
    }
    sqlite3* db = m_vault.handle();
    int rc = SQLITE_OK;
    if (!m_searchOld.isEmpty()) {
        QJsonObject old;
        for (auto it = m_searchOld.constBegin(); it != m_searchOld.constEnd(); ++it) {
            old.insert(QString::number(it.key()), it.value());
        }
        Statement remove(db, "INSERT INTO record_search (record_search, rowid, search) "
                             "SELECT 'delete', CAST(key AS INTEGER), value FROM json_each(?)");
        rc = remove.bind(1, compact(old)).exec();
    }
    if (rc == SQLITE_OK) {
        QJsonArray rows;
        for (const qint64 rowid : std::as_const(m_searchDirty)) {
            rows.append(rowid);
        }
        Statement insert(db, "INSERT INTO record_search (rowid, search) SELECT rowid, search FROM record "
                             "WHERE rowid IN (SELECT value FROM json_each(?))");
        rc = insert.bind(1, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))).exec();
    }
    m_searchOld.clear();
    m_searchNew.clear();
    m_searchDirty.clear();
    return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
}

QList<FieldVersion> RecordStore::leaves(const QString& recordId, const QString& field)
{
    Statement& rows = prepared(
        field.isNull() ? "SELECT name, hlc, origin FROM field_leaf WHERE record_id = ?1"
                       : "SELECT name, hlc, origin FROM field_leaf WHERE record_id = ?1 AND name = ?2");
    rows.bind(1, recordId);
    if (!field.isNull()) {
        rows.bind(2, field);
    }
    QList<FieldVersion> result;
    while (rows.next()) {
        result.append({rows.text(0), rows.text(1), rows.text(2)});
    }
    return result;
}

Status RecordStore::logChange(const QString& recordId, const QString& type, const QString& field,
                              const QJsonValue& value, QList<FieldVersion> prev, const QString& hlc)
{
    LoggedChange change{m_siteId,
                        m_head.oseq + 1,
                        hlc.isEmpty() ? m_hlc.next() : hlc,
                        recordId,
                        type,
                        field,
                        encodeValue(value),
                        {}};
    if (prev.isEmpty() && !field.isEmpty()) {
        // An ordinary edit replaces the version the user saw: the field's current winner.
        Statement& winner = prepared("SELECT hlc, origin FROM field WHERE record_id = ? AND name = ?");
        winner.bind(1, recordId).bind(2, field);
        if (winner.next()) {
            prev.append({field, winner.text(0), winner.text(1)});
        }
    }
    change.prev = std::move(prev);
    const QByteArray chain = changelog::next(m_head.chain, change);
    if (chain.size() != changelog::kHashSize) { // OpenSSL could not hash: no change without it
        return m_vault.errorFor(SQLITE_NOMEM);
    }
    bool changed = false;
    if (Status written = writeChange(change, chain, true, &changed); !written) {
        return written;
    }
    m_head = {change.oseq, chain};
    return {};
}

Status RecordStore::writeChange(const LoggedChange& change, const QByteArray& chain, bool applied,
                                bool* changedRecord)
{
    *changedRecord = false;
    Statement& log =
        prepared("INSERT INTO change (hlc, origin, record_id, type, name, value, oseq, prev, chain, "
                 "applied) VALUES (?,?,?,?,?,?,?,?,?,?)");
    int rc = log.bind(1, change.hlc)
                 .bind(2, change.origin)
                 .bind(3, change.recordId)
                 .bind(4, change.type)
                 .bind(5, change.field)
                 .bind(6, change.value)
                 .bind(7, change.oseq)
                 .bind(8, changelog::encodePrev(change.prev))
                 .bindBlob(9, chain)
                 .bind(10, qint64(applied ? 1 : 0))
                 .exec();
    if (rc != SQLITE_OK || !applied) {
        return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
    }
    return mergeVersion(change, changedRecord);
}

Status RecordStore::markApplied(const LoggedChange& change, bool* changedRecord)
{
    *changedRecord = false;
    Statement& mark = prepared("UPDATE change SET applied = 1 WHERE origin = ? AND oseq = ? AND applied = 0");
    const int rc = mark.bind(1, change.origin).bind(2, change.oseq).exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    if (sqlite3_changes(m_vault.handle()) != 1) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("RecordStore", "Change %1 of %2 is not kept unapplied in the log.")
                .arg(change.oseq)
                .arg(change.origin));
    }
    return mergeVersion(change, changedRecord);
}

Status RecordStore::mergeVersion(const LoggedChange& change, bool* changedRecord)
{
    *changedRecord = false;
    if (change.field.isEmpty()) {
        return {};
    }
    int rc = SQLITE_OK;
    // The versions this change replaced are no longer leaves; it is one, unless a change
    // that arrived earlier already replaced it.
    for (const FieldVersion& version : change.prev) {
        Statement& supersede =
            prepared("INSERT OR IGNORE INTO superseded (record_id, name, hlc, origin) VALUES (?,?,?,?)");
        rc = supersede.bind(1, change.recordId)
                 .bind(2, version.field)
                 .bind(3, version.hlc)
                 .bind(4, version.origin)
                 .exec();
        if (rc == SQLITE_OK) {
            Statement& drop = prepared(
                "DELETE FROM field_leaf WHERE record_id = ? AND name = ? AND hlc = ? AND origin = ?");
            rc = drop.bind(1, change.recordId)
                     .bind(2, version.field)
                     .bind(3, version.hlc)
                     .bind(4, version.origin)
                     .exec();
        }
        if (rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
    }
    Statement& leaf = prepared("INSERT OR IGNORE INTO field_leaf (record_id, name, hlc, origin, value) "
                               "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM superseded WHERE "
                               "record_id = ?1 AND name = ?2 AND hlc = ?3 AND origin = ?4)");
    rc = leaf.bind(1, change.recordId)
             .bind(2, change.field)
             .bind(3, change.hlc)
             .bind(4, change.origin)
             .bind(5, change.value)
             .exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    // The field's value is the latest version's, by clock and then origin: the same at
    // every site that has seen the same changes, whatever the order they came in.
    Statement& winner = prepared("SELECT hlc, origin FROM field WHERE record_id = ? AND name = ?");
    winner.bind(1, change.recordId).bind(2, change.field);
    if (winner.next() && !changelog::later(change.hlc, change.origin, winner.text(0), winner.text(1))) {
        return {};
    }
    Statement& set = prepared("INSERT INTO field (record_id, name, value, hlc, origin) VALUES (?,?,?,?,?) "
                              "ON CONFLICT (record_id, name) DO UPDATE SET value = excluded.value, "
                              "hlc = excluded.hlc, origin = excluded.origin");
    rc = set.bind(1, change.recordId)
             .bind(2, change.field)
             .bind(3, change.value)
             .bind(4, change.hlc)
             .bind(5, change.origin)
             .exec();
    if (rc != SQLITE_OK) {
        return m_vault.errorFor(rc);
    }
    *changedRecord = true;
    return {};
}

Result<StoredRecord> RecordStore::get(const QString& id) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    Statement row(db, "SELECT id, type, created, deleted, data FROM record WHERE id = ?");
    row.bind(1, id);
    if (row.next()) {
        return readRecord(row);
    }
    if (row.rc() != SQLITE_DONE) {
        return m_vault.errorFor(row.rc());
    }
    return StorageError::make(StorageErrorCode::InvalidArgument,
                              QCoreApplication::translate("RecordStore", "There is no record %1.").arg(id));
}

Result<QString> RecordStore::put(const QString& type, const QString& requestedId, const QJsonObject& given)
{
    QJsonObject fields = given;
    fields.remove(QStringLiteral("id"));
    QString id = requestedId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : requestedId;
    const Status status = inTransaction([&]() -> Status {
        sqlite3* db = m_vault.handle();
        QJsonObject before;
        bool creating = true;
        {
            Statement row(db, "SELECT id, type, created, deleted, data FROM record WHERE id = ?");
            row.bind(1, id);
            if (row.next()) {
                const StoredRecord existing = readRecord(row);
                if (existing.type != type) {
                    return StorageError::make(
                        StorageErrorCode::InvalidArgument,
                        QCoreApplication::translate("RecordStore", "Record %1 is a %2, not a %3.")
                            .arg(id, existing.type, type));
                }
                if (existing.deleted) {
                    return StorageError::make(
                        StorageErrorCode::InvalidArgument,
                        QCoreApplication::translate("RecordStore", "Record %1 was deleted.").arg(id));
                }
                before = existing.fields;
                creating = false;
            } else if (row.rc() != SQLITE_DONE) {
                return m_vault.errorFor(row.rc());
            }
        }
        if (creating) {
            // A record was created when its first change was made (the same instant at
            // every site that receives it).
            const QString hlc = m_hlc.next();
            Statement insert(
                db, "INSERT INTO record (id, type, created, origin, data, search) VALUES (?,?,?,?,?,?)");
            const int rc = insert.bind(1, id)
                               .bind(2, type)
                               .bind(3, createdAt(hlc))
                               .bind(4, m_siteId)
                               .bind(5, compact(fields))
                               .bind(6, searchText(id, fields))
                               .exec();
            if (rc != SQLITE_OK) {
                return m_vault.errorFor(rc);
            }
            noteInserted();
            if (Status logged = logChange(id, type, kCreated, QJsonValue(), {}, hlc); !logged) {
                return logged;
            }
        } else {
            const QString search = searchText(id, fields);
            if (Status noted = noteTextChange(id, search); !noted) {
                return noted;
            }
            Statement& update = prepared("UPDATE record SET data = ?, search = ? WHERE id = ?");
            const int rc = update.bind(1, compact(fields)).bind(2, search).bind(3, id).exec();
            if (rc != SQLITE_OK) {
                return m_vault.errorFor(rc);
            }
        }
        QStringList names = before.keys() + fields.keys();
        names.sort();
        names.removeDuplicates();
        QJsonObject changed;
        for (const QString& name : names) {
            const QJsonValue after = fields.value(name);
            if (before.value(name) == after) {
                continue;
            }
            if (Status logged = logChange(id, type, name, after); !logged) {
                return logged;
            }
            changed.insert(name, auditValue(after));
        }
        if (!creating && changed.isEmpty()) {
            return {};
        }
        return audit(creating ? audit::kCreate : audit::kUpdate, type, id, changed);
    });
    if (!status) {
        return status.error();
    }
    emit m_events.changed(type, id);
    return id;
}

Status RecordStore::remove(const QString& id)
{
    return setDeleted(id, true);
}

Status RecordStore::restore(const QString& id)
{
    return setDeleted(id, false);
}

Status RecordStore::setDeleted(const QString& id, bool deleted)
{
    QString type;
    const Status status = inTransaction([&]() -> Status {
        auto existing = get(id);
        if (!existing) {
            return existing.error();
        }
        if (existing->deleted == deleted) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                deleted ? QCoreApplication::translate("RecordStore", "Record %1 was deleted already.").arg(id)
                        : QCoreApplication::translate("RecordStore", "Record %1 is not deleted.").arg(id));
        }
        type = existing->type;
        Statement mark(m_vault.handle(), "UPDATE record SET deleted = ? WHERE id = ?");
        const int rc = mark.bind(1, qint64(deleted ? 1 : 0)).bind(2, id).exec();
        if (rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
        // A deletion replaces every version of the record this site holds (what the user
        // saw); an edit made elsewhere that it did not see stays a leaf and so a conflict.
        // A restore replaces the deletion only.
        const QList<FieldVersion> replaced = leaves(id, deleted ? QString() : kDeleted);
        if (Status logged = logChange(id, existing->type, kDeleted, QJsonValue(deleted), replaced); !logged) {
            return logged;
        }
        return audit(deleted ? audit::kDelete : audit::kRestore, type, id, {});
    });
    if (status) {
        emit m_events.changed(type, id);
    }
    return status;
}

} // namespace oneteam
