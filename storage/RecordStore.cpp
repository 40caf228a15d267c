#include "RecordStore.h"

#include "ChangeLog.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace oneteam {

namespace {

const QString kCreated = QStringLiteral(""); // empty, not null: the column is NOT NULL
const QString kDeleted = QStringLiteral("~deleted");

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

QString searchText(const QString& id, const QJsonObject& fields)
{
    QStringList parts{id};
    collectText(fields, parts);
    return parts.join(QLatin1Char('\n'));
}

// The creation time a change's clock gives: its wall-clock part, as ISO 8601 UTC.
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

StoredRecord readRecord(const Statement& row)
{
    StoredRecord record;
    record.id = row.text(0);
    record.type = row.text(1);
    record.created = row.text(2);
    record.deleted = row.integer(3) != 0;
    record.fields = QJsonDocument::fromJson(row.text(4).toUtf8()).object();
    return record;
}

} // namespace

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
    if (rc != SQLITE_OK || !applied || change.field.isEmpty()) {
        return rc == SQLITE_OK ? Status() : Status(m_vault.errorFor(rc));
    }
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
        if (Status written = writeChange(change, chains[i], true, &won); !written) {
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

namespace {

// The SQL for a listing; the sort field is checked, the rest is bound.
bool usesTrigrams(const QString& filter)
{
    return filter.size() >= 3;
}

// What ?2 is bound to: the lower-cased text, or for the trigram index a quoted phrase.
QString filterArgument(const QString& filter)
{
    const QString lower = filter.toLower();
    if (!usesTrigrams(filter)) {
        return lower;
    }
    QString quoted = lower;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray listSql(const ListQuery& query, bool counting)
{
    const bool trigrams = !query.filter.isEmpty() && usesTrigrams(query.filter);
    const bool scan = !query.filter.isEmpty() && !trigrams;
    // The rows are r (record); a short filter scans t (record_text, one type's texts side
    // by side in creation order) and reads r only for the matches.
    QByteArray sql = counting ? "SELECT count(*)" : "SELECT r.id, r.type, r.created, r.deleted, r.data";
    if (scan) {
        sql += " FROM record_text t CROSS JOIN record r ON r.rowid = t.rid WHERE t.type = ?1";
        if (!query.includeDeleted) {
            sql += " AND t.deleted = 0";
        }
        sql += " AND instr(t.search, ?2) > 0";
    } else {
        sql += " FROM record r WHERE r.type = ?1";
        if (!query.includeDeleted) {
            sql += " AND r.deleted = 0";
        }
        if (trigrams) {
            // Three characters or more: the trigram index finds them without reading
            // every record.
            sql += " AND r.rowid IN (SELECT rowid FROM record_search WHERE record_search MATCH ?2)";
        }
    }
    if (!query.refField.isEmpty()) {
        // json_each walks a list, and yields a single value as itself.
        sql += " AND EXISTS (SELECT 1 FROM json_each(r.data, ?6) WHERE json_each.value = ?7)";
    }
    if (!counting) {
        if (!query.sortField.isEmpty()) {
            // The path is written out (the field name is checked) so the sort index applies.
            sql += " ORDER BY json_extract(r.data, '$." + query.sortField.toLatin1() + "')";
            sql += query.descending ? " DESC" : " ASC";
            sql += query.descending ? ", r.rowid DESC" : ", r.rowid";
        } else {
            sql += scan ? " ORDER BY t.rid" : " ORDER BY r.rowid";
            sql += query.descending ? " DESC" : "";
        }
        sql += " LIMIT ?4 OFFSET ?5";
    }
    return sql;
}

bool validFieldName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Result<QList<StoredRecord>> RecordStore::list(const ListQuery& query) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    if ((!query.sortField.isEmpty() && !validFieldName(query.sortField)) ||
        (!query.refField.isEmpty() && !validFieldName(query.refField))) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("RecordStore", "'%1' is not a field name.")
                                      .arg(!query.sortField.isEmpty() && !validFieldName(query.sortField)
                                               ? query.sortField
                                               : query.refField));
    }
    if (!query.sortField.isEmpty() && !m_sortIndexes.contains(query.sortField)) {
        // An index per field that someone sorts by, made the first time: lists sort without
        // reading every record, and writes pay only for the fields people sort on.
        const QByteArray index = "CREATE INDEX IF NOT EXISTS record_sort_" + query.sortField.toLatin1() +
                                 " ON record (type, deleted, json_extract(data, '$." +
                                 query.sortField.toLatin1() + "'))";
        if (const int rc = sqlite3_exec(db, index.constData(), nullptr, nullptr, nullptr); rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
        m_sortIndexes.insert(query.sortField); // scrolling does not ask again
    }
    const QByteArray sql = listSql(query, false);
    Statement rows(db, sql.constData());
    rows.bind(1, query.type);
    if (!query.filter.isEmpty()) {
        rows.bind(2, filterArgument(query.filter));
    }
    if (!query.refField.isEmpty()) {
        rows.bind(6, QStringLiteral("$.") + query.refField).bind(7, query.refId);
    }
    rows.bind(4, qint64(query.limit)).bind(5, qint64(query.offset));
    QList<StoredRecord> result;
    while (rows.next()) {
        result.append(readRecord(rows));
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<qint64> RecordStore::count(const ListQuery& query) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    const QByteArray sql = listSql(query, true);
    Statement row(db, sql.constData());
    row.bind(1, query.type);
    if (!query.filter.isEmpty()) {
        row.bind(2, filterArgument(query.filter));
    }
    if (!query.refField.isEmpty()) {
        row.bind(6, QStringLiteral("$.") + query.refField).bind(7, query.refId);
    }
    if (!row.next()) {
        return m_vault.errorFor(row.rc());
    }
    return row.integer(0);
}

Result<QList<AggregateRow>> RecordStore::aggregate(const AggregateQuery& query) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    // The fields dashboards add up have columns of their own in record_facts (schema v5):
    // no JSON is parsed when every field asked for is one of them.
    static const QStringList facts{
        QStringLiteral("status"),  QStringLiteral("keyword"),     QStringLiteral("category"),
        QStringLiteral("due"),     QStringLiteral("fiscal_year"), QStringLiteral("parent"),
        QStringLiteral("rank"),    QStringLiteral("kind"),        QStringLiteral("proposal"),
        QStringLiteral("enacted"), QStringLiteral("revised"),     QStringLiteral("executed")};
    static const QStringList ministryFields{QStringLiteral("ministry"), QStringLiteral("owner_ministry"),
                                            QStringLiteral("lead_ministry")};
    QStringList referenced = query.groupBy + query.sums;
    for (const FieldCondition& condition : query.where + query.countIf) {
        referenced << condition.field;
    }
    const bool useFacts = std::all_of(referenced.cbegin(), referenced.cend(), [](const QString& field) {
        return facts.contains(field) || ministryFields.contains(field);
    });
    const auto path = [useFacts](const QString& field) -> QByteArray {
        if (useFacts) {
            return ministryFields.contains(field) ? QByteArray("ministry") : field.toLatin1();
        }
        return "json_extract(data, '$." + field.toLatin1() + "')";
    };
    QStringList fields = query.groupBy + query.sums;
    for (const FieldCondition& condition : query.where + query.countIf) {
        fields << condition.field;
    }
    for (const QString& field : std::as_const(fields)) {
        if (!validFieldName(field)) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                QCoreApplication::translate("RecordStore", "'%1' is not a field name.").arg(field));
        }
    }
    QByteArray sql = "SELECT ";
    for (const QString& group : query.groupBy) {
        // Plain columns group in an index's order; a missing value reads as "" either way.
        sql += useFacts ? QByteArray(path(group) + ", ") : QByteArray("coalesce(" + path(group) + ", ''), ");
    }
    // One condition as SQL, its values appended to `out` in the order they are bound.
    const auto textColumn = [useFacts](const QString& field) {
        return useFacts && field != QLatin1String("fiscal_year") && field != QLatin1String("proposal") &&
               field != QLatin1String("enacted") && field != QLatin1String("revised") &&
               field != QLatin1String("executed");
    };
    const auto conditionSql = [&path, &textColumn](const FieldCondition& condition,
                                                   QStringList& out) -> QByteArray {
        const QByteArray value = path(condition.field);
        switch (condition.op) {
        case FieldCondition::Op::In:
        case FieldCondition::Op::NotIn: {
            QByteArray marks;
            for (const QString& item : condition.values) {
                marks += marks.isEmpty() ? "?" : ", ?";
                out << item;
            }
            // As text, so a year stored as a number matches "2026".
            // Text columns compare as they are (an index still applies).
            const bool text = textColumn(condition.field);
            const QByteArray operand = text ? value : QByteArray("CAST(" + value + " AS TEXT)");
            return condition.op == FieldCondition::Op::In
                       ? QByteArray(operand + " IN (" + marks + ")")
                       : QByteArray("coalesce(" + operand + ", '') NOT IN (" + marks + ")");
        }
        case FieldCondition::Op::Less:
            out << condition.values.value(0);
            return value + " < ?";
        case FieldCondition::Op::NotLess:
            out << condition.values.value(0);
            return value + " >= ?";
        case FieldCondition::Op::Missing:
            return value + " IS NULL";
        case FieldCondition::Op::Present:
            return value + " IS NOT NULL";
        }
        return "1";
    };
    sql += "count(*)";
    for (const QString& sum : query.sums) {
        sql += ", coalesce(sum(" + path(sum) + "), 0)";
    }
    QStringList selectBinds;
    if (!query.countIf.isEmpty()) {
        QByteArray all;
        for (const FieldCondition& condition : query.countIf) {
            all += (all.isEmpty() ? "" : " AND ") + conditionSql(condition, selectBinds);
        }
        sql += ", sum(CASE WHEN " + all + " THEN 1 ELSE 0 END)";
    }
    QStringList binds = selectBinds;
    if (useFacts && validFieldName(query.type)) {
        // The type written out, so the partial indexes on record_facts apply.
        sql += " FROM record_facts WHERE type = '" + query.type.toLatin1() + "' AND deleted = 0";
    } else {
        sql += useFacts ? " FROM record_facts WHERE type = ? AND deleted = 0"
                        : " FROM record WHERE type = ? AND deleted = 0";
        binds << query.type;
    }
    for (const FieldCondition& condition : query.where) {
        sql += " AND " + conditionSql(condition, binds);
    }
    if (!query.groupBy.isEmpty()) {
        sql += " GROUP BY ";
        for (int i = 0; i < query.groupBy.size(); ++i) {
            sql += QByteArray(i ? ", " : "") +
                   (useFacts ? path(query.groupBy.at(i)) : QByteArray::number(i + 1));
        }
        sql += " ORDER BY ";
        for (int i = 0; i < query.groupBy.size(); ++i) {
            sql += QByteArray(i ? ", " : "") + QByteArray::number(i + 1);
        }
    }
    Statement rows(db, sql.constData());
    for (int i = 0; i < binds.size(); ++i) {
        rows.bind(i + 1, binds.at(i));
    }
    QList<AggregateRow> result;
    while (rows.next()) {
        AggregateRow row;
        int column = 0;
        for (qsizetype i = 0; i < query.groupBy.size(); ++i) {
            row.keys << rows.text(column++);
        }
        row.count = rows.integer(column++);
        for (qsizetype i = 0; i < query.sums.size(); ++i) {
            row.sums << rows.integer(column++);
        }
        if (!query.countIf.isEmpty()) {
            row.countIf = rows.integer(column++);
        }
        result.append(row);
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<QList<AggregateRow>> RecordStore::changedRecords(const QDateTime& from, const QDateTime& to) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    Statement rows(
        db, "SELECT type, count(DISTINCT record_id) FROM change WHERE hlc >= ? AND hlc < ? AND applied = 1 "
            "GROUP BY type ORDER BY type");
    rows.bind(1, Hlc::format(from.toMSecsSinceEpoch(), 0)).bind(2, Hlc::format(to.toMSecsSinceEpoch(), 0));
    QList<AggregateRow> result;
    while (rows.next()) {
        result.append({{rows.text(0)}, rows.integer(1), {}});
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<QList<ChangeEntry>> RecordStore::changes(const QString& recordId) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    Statement rows(db, recordId.isEmpty() ? "SELECT seq, hlc, origin, record_id, type, name, value FROM "
                                            "change WHERE applied = 1 ORDER BY seq"
                                          : "SELECT seq, hlc, origin, record_id, type, name, value FROM "
                                            "change WHERE record_id = ?1 AND applied = 1 "
                                            "ORDER BY seq");
    if (!recordId.isEmpty()) {
        rows.bind(1, recordId);
    }
    QList<ChangeEntry> result;
    while (rows.next()) {
        result.append({rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                       rows.isNull(6) ? QJsonValue(QJsonValue::Null) : decodeValue(rows.text(6))});
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

} // namespace oneteam
