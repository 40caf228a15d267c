#pragma once

#include "AuditLog.h"
#include "ChangeLog.h"
#include "Hlc.h"
#include "Result.h"
#include "Statement.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <span>

struct sqlite3;

namespace oneteam {

class Vault;

// A record as stored: its id, type, current fields and whether it was deleted.
struct StoredRecord
{
    QString id;
    QString type;
    QString created; // ISO 8601, UTC
    bool deleted = false;
    QJsonObject fields;
};

// One field-level change in the log: what changed, when (HLC) and by which site.
struct ChangeEntry
{
    qint64 seq = 0;
    QString hlc;
    QString origin; // site id
    QString recordId;
    QString type;
    QString field; // "" when the record was created, "~deleted" for a deletion
    QJsonValue value;
};

struct ListQuery
{
    QString type = {};
    QString filter = {};    // case-insensitive text anywhere in the record's text fields
    QString sortField = {}; // a field name; empty for creation order
    bool descending = false;
    int limit = -1;
    int offset = 0;
    bool includeDeleted = false;
    // Only the records whose field `refField` holds `refId` (equal, or in its list): the
    // records that refer to another ("a resolution's actions").
    QString refField = {};
    QString refId = {};
};

// A condition on one field, for aggregates: the field's value equals one of `values`
// (In), none of them (NotIn), is below `values[0]` (Less, text order: dates), or is
// missing/present.
struct FieldCondition
{
    enum class Op
    {
        In,
        NotIn,
        Less,    // value < values[0] (ISO dates compare as text)
        NotLess, // value >= values[0]; a missing value meets neither
        Missing,
        Present
    };
    QString field;
    Op op;
    QStringList values = {};
};

// Counts and whole-number sums over one type's live records, grouped by fields: what
// dashboards and reports are made of, computed by SQLite.
struct AggregateQuery
{
    QString type;
    QStringList groupBy = {}; // field names; a missing value groups as an empty string
    QStringList sums = {};    // integer fields (won, counts) summed exactly as int64
    QList<FieldCondition> where = {};
    QList<FieldCondition> countIf = {}; // also count the rows that meet all of these
};

struct AggregateRow
{
    QStringList keys; // one per groupBy field
    qint64 count = 0;
    QList<qint64> sums;
    qint64 countIf = 0;
};

// Two versions of one field that were written concurrently at different sites: `kept` is
// the one every site shows (the later clock wins), `other` the one that lost. When the
// record was deleted while another site edited it, `deletedRecord` is set, `kept` is the
// deletion and `other` the unseen edit.
struct Conflict
{
    QString recordId;
    QString type;
    QString field;
    FieldVersion kept;
    QJsonValue keptValue;
    FieldVersion other;
    QJsonValue otherValue;
    bool deletedRecord = false;
};

// Announces each committed record write, so lists and charts redraw from the store.
class RecordEvents : public QObject
{
    Q_OBJECT
signals:
    void changed(const QString& type, const QString& id);
};

// The one path every record write takes (DESIGN.md "Records", "Sync"): it compares the
// new fields with the stored ones and, in one transaction, updates the record, sets
// each changed field's clock and origin, and appends one change-log entry per field.
// It knows nothing of record types; models/ validates and checks roles before calling.
class RecordStore
{
public:
    explicit RecordStore(Vault& vault, Hlc::WallClock wall = {});
    ~RecordStore();
    RecordStore(const RecordStore&) = delete;
    RecordStore& operator=(const RecordStore&) = delete;

    Result<StoredRecord> get(const QString& id) const;
    // Creates (empty id: a new UUID) or replaces a record's fields; fields left out are
    // cleared. Returns the id. Unchanged fields leave no trace in the log.
    Result<QString> put(const QString& type, const QString& id, const QJsonObject& fields);
    // Deletes by tombstone: the record stays, marked, and the deletion is logged.
    Status remove(const QString& id);
    // Undoes a deletion: the tombstone is lifted and that is logged too (`~deleted` false).
    Status restore(const QString& id);

    Result<QList<StoredRecord>> list(const ListQuery& query) const;
    Result<qint64> count(const ListQuery& query) const;
    Result<QList<ChangeEntry>> changes(const QString& recordId = {}) const;
    Result<QList<AggregateRow>> aggregate(const AggregateQuery& query) const;
    // How many records of each type changed (any field, here or at another site) between
    // two times, by the change log's clocks.
    Result<QList<AggregateRow>> changedRecords(const QDateTime& from, const QDateTime& to) const;

    // Sync (docs/bundle-format.md): applies one origin's run of verified changes to one
    // record (with their chain values) inside the caller's transaction; with `apply` false
    // they are only kept in the log (refused, but relayed so the origin's chain stays
    // whole). *changed: the record's value changed.
    Status applyRemote(std::span<const LoggedChange> run, std::span<const QByteArray> chains, bool apply,
                       bool* changed);
    // The same for a run the log already holds, kept unapplied because its record type was
    // one this version did not know (Sync::takeUpKeptChanges, after an upgrade).
    Status applyKept(std::span<const LoggedChange> run, bool* changed);
    // The concurrent edits to review, of one record or all.
    Result<QList<Conflict>> conflicts(const QString& recordId = {}) const;
    // How many conflicts one record has (what conflicts(recordId) would list), by its keys.
    Result<qint64> conflictCount(const QString& recordId);
    // The same, and notes whether the record holds one (table conflict_record), so that
    // conflicts() reads only those records. Called after changes from other sites.
    Result<qint64> noteConflicts(const QString& recordId);
    // Settles a field's conflict with the value the user chose (one of the versions, or
    // another): the change replaces every version of the field this site holds.
    Status resolve(const QString& recordId, const QString& field, const QJsonValue& value);
    // Settles a deleted record's conflict: it stays deleted, or comes back with the edits.
    Status resolveDeletion(const QString& recordId, bool keepDeleted);
    // Emits changed() for records a sync changed.
    void announce(const QString& type, const QString& id) { emit m_events.changed(type, id); }

    // A fresh timestamp from this site's clock (for a bundle's header).
    QString tick() { return m_hlc.next(); }

    QString siteId() const { return m_siteId; }
    Vault& vault() const { return m_vault; }
    // Emits after every write that changed something.
    RecordEvents* events() { return &m_events; }

    static QString encodeValue(const QJsonValue& value);
    static QJsonValue decodeValue(const QString& text);

    // Runs `work` as one transaction (a savepoint inside the caller's, if any): all of its
    // writes land, or none.
    Status inTransaction(const std::function<Status()>& work);

private:
    struct Head
    {
        qint64 oseq = 0;
        QByteArray chain;
    };
    // Appends a local change to this site's chain; `prev` empty: it replaces the field's
    // current version.
    Status logChange(const QString& recordId, const QString& type, const QString& field,
                     const QJsonValue& value, QList<FieldVersion> prev = {}, const QString& hlc = {});
    Status writeChange(const LoggedChange& change, const QByteArray& chain, bool applied,
                       bool* changedRecord);
    // A kept change of the log becomes applied, and is merged as writeChange merges.
    Status markApplied(const LoggedChange& change, bool* changedRecord);
    // Merges a run into the record: new changes are logged with their `chains`; `kept`
    // ones are in the log already (applyKept).
    Status mergeRun(std::span<const LoggedChange> run, std::span<const QByteArray> chains, bool kept,
                    bool* changed);
    Status mergeVersion(const LoggedChange& change, bool* changedRecord);
    QList<FieldVersion> leaves(const QString& recordId, const QString& field);
    // A prepared statement kept for the vault's connection, reset for reuse.
    Statement& prepared(const char* sql);
    // The text index (record_search) is written once per transaction: these note the
    // record rows whose text changed, and the flush writes them before the commit.
    void noteInserted();
    Status noteTextChange(const QString& id, const QString& search);
    Status flushSearchIndex();
    Status loadClock();
    Status setDeleted(const QString& id, bool deleted);
    // Appends this write to the audit log (target "type/id", the changed fields).
    Status audit(const char* action, const QString& type, const QString& id, const QJsonObject& fields);
    static QJsonValue auditValue(const QJsonValue& value);
    // A row of "SELECT id, type, created, deleted, data FROM record".
    static StoredRecord readRecord(const Statement& row);

    Vault& m_vault;
    AuditLog m_audit;
    Hlc m_hlc;
    QString m_siteId;
    mutable QSet<QString> m_sortIndexes; // fields whose sort index exists
    Head m_head;                         // this site's chain, read at each transaction's start
    int m_depth = 0;                     // nesting of inTransaction
    QHash<qint64, QString> m_searchOld;  // rowid -> the text the index holds, for rows changed
    QSet<qint64> m_searchNew;            // rows inserted in this transaction
    QSet<qint64> m_searchDirty;          // rows to index again at the end
    StatementCache m_statements;
    RecordEvents m_events;
};

} // namespace oneteam
