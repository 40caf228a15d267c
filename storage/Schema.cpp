#include "Schema.h"

#include "AuditLog.h"
#include "ChangeLog.h"
#include "Sites.h"
#include "SqliteError.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

namespace oneteam {

namespace {

// Schema 6: the changes made before sync existed get their place in their origin's chain,
// the versions they replaced and their chain hashes; the local site gets its keys.
Status chainEarlierChanges(sqlite3* db)
{
    struct Origin
    {
        qint64 oseq = 0;
        QByteArray chain = changelog::genesis();
    };
    QHash<QString, Origin> origins;
    QHash<QString, FieldVersion> latest; // record id + field -> the version last written
    Statement rows(db, "SELECT seq, hlc, origin, record_id, type, name, value FROM change ORDER BY seq");
    Statement update(db, "UPDATE change SET oseq = ?, prev = ?, chain = ? WHERE seq = ?");
    Statement supersede(db,
                        "INSERT OR IGNORE INTO superseded (record_id, name, hlc, origin) VALUES (?,?,?,?)");
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK && rows.next()) {
        LoggedChange change{rows.text(2), 0, rows.text(1), rows.text(3), rows.text(4), rows.text(5),
                            rows.text(6), {}};
        const QString key = change.recordId + QLatin1Char('\n') + change.field;
        if (auto it = latest.constFind(key); it != latest.constEnd() && !change.field.isEmpty()) {
            change.prev.append(*it);
            supersede.reset();
            rc = supersede.bind(1, change.recordId)
                     .bind(2, it->field)
                     .bind(3, it->hlc)
                     .bind(4, it->origin)
                     .exec();
        }
        latest.insert(key, {change.field, change.hlc, change.origin});
        Origin& origin = origins[change.origin];
        change.oseq = ++origin.oseq;
        origin.chain = changelog::next(origin.chain, change);
        if (rc == SQLITE_OK && origin.chain.size() != changelog::kHashSize) {
            rc = SQLITE_NOMEM; // OpenSSL could not hash: the migration fails and rolls back
        }
        if (rc == SQLITE_OK) {
            update.reset();
            rc = update.bind(1, change.oseq)
                     .bind(2, changelog::encodePrev(change.prev))
                     .bindBlob(3, origin.chain)
                     .bind(4, rows.integer(0))
                     .exec();
        }
    }
    if (rc == SQLITE_OK && rows.rc() != SQLITE_DONE) {
        rc = rows.rc();
    }
    for (auto it = origins.constBegin(); rc == SQLITE_OK && it != origins.constEnd(); ++it) {
        Statement head(db, "INSERT INTO origin_head (origin, oseq, chain) VALUES (?,?,?)");
        rc = head.bind(1, it.key()).bind(2, it->oseq).bindBlob(3, it->chain).exec();
    }
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc);
    }
    return Sites::ensureLocalKeys(db);
}

} // namespace

const std::vector<Schema::Migration>& Schema::migrations()
{
    static const std::vector<Migration> list = {
        {"site identity and vault metadata",
         "CREATE TABLE vault_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;"
         "CREATE TABLE site (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,"
         "  created TEXT NOT NULL, is_local INTEGER NOT NULL DEFAULT 0) STRICT;"},
        {"records, their fields with the clock of their last write, and the change log",
         "CREATE TABLE record (id TEXT PRIMARY KEY NOT NULL, type TEXT NOT NULL, created TEXT NOT NULL,"
         "  origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL DEFAULT '{}',"
         "  search TEXT NOT NULL DEFAULT '') STRICT;"
         "CREATE INDEX record_by_type ON record (type, deleted);"
         "CREATE TABLE field (record_id TEXT NOT NULL, name TEXT NOT NULL, value TEXT, hlc TEXT NOT NULL,"
         "  origin TEXT NOT NULL, PRIMARY KEY (record_id, name)) STRICT, WITHOUT ROWID;"
         "CREATE TABLE change (seq INTEGER PRIMARY KEY, hlc TEXT NOT NULL, origin TEXT NOT NULL,"
         "  record_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, value TEXT) STRICT;"
         "CREATE INDEX change_by_record ON change (record_id, seq);"},
        {"a trigram index over each record's text, for filtering as the user types",
         "CREATE VIRTUAL TABLE record_search USING fts5(search, content='record', content_rowid='rowid',"
         "  tokenize='trigram');"
         "CREATE TRIGGER record_search_insert AFTER INSERT ON record BEGIN"
         "  INSERT INTO record_search (rowid, search) VALUES (new.rowid, new.search); END;"
         "CREATE TRIGGER record_search_delete AFTER DELETE ON record BEGIN"
         "  INSERT INTO record_search (record_search, rowid, search) VALUES ('delete', old.rowid, "
         "old.search); END;"
         "CREATE TRIGGER record_search_update AFTER UPDATE OF search ON record BEGIN"
         "  INSERT INTO record_search (record_search, rowid, search) VALUES ('delete', old.rowid, "
         "old.search);"
         "  INSERT INTO record_search (rowid, search) VALUES (new.rowid, new.search); END;"
         "INSERT INTO record_search (record_search) VALUES ('rebuild');"},
        {"each record's text again, clustered by type, for filtering by one or two characters",
         // A scan of one type's texts in creation order reads this narrow table (about a
         // third of the record rows' bytes) instead of seeking every record by its rowid.
         "CREATE TABLE record_text (type TEXT NOT NULL, deleted INTEGER NOT NULL, rid INTEGER NOT NULL,"
         "  search TEXT NOT NULL, PRIMARY KEY (type, deleted, rid)) STRICT, WITHOUT ROWID;"
         "INSERT INTO record_text SELECT type, deleted, rowid, search FROM record;"
         "CREATE TRIGGER record_text_insert AFTER INSERT ON record BEGIN"
         "  INSERT INTO record_text VALUES (new.type, new.deleted, new.rowid, new.search); END;"
         "CREATE TRIGGER record_text_update AFTER UPDATE OF type, deleted, search ON record BEGIN"
         "  DELETE FROM record_text WHERE type = old.type AND deleted = old.deleted AND rid = old.rowid;"
         "  INSERT INTO record_text VALUES (new.type, new.deleted, new.rowid, new.search); END;"
         "CREATE TRIGGER record_text_delete AFTER DELETE ON record BEGIN"
         "  DELETE FROM record_text WHERE type = old.type AND deleted = old.deleted AND rid = old.rowid;"
         "  END;"},
        {"the fields dashboards and reports add up, one narrow row per record",
         // Aggregates group and sum these columns instead of parsing every record's JSON.
         // A type names at most one of ministry, owner_ministry and lead_ministry: they
         // share the column "ministry".
         "CREATE TABLE record_facts (type TEXT NOT NULL, deleted INTEGER NOT NULL, rid INTEGER NOT NULL,"
         "  ministry TEXT, status TEXT, keyword TEXT, category TEXT, due TEXT, fiscal_year ANY, parent TEXT,"
         "  rank TEXT, kind TEXT, proposal ANY, enacted ANY, revised ANY, executed ANY,"
         "  PRIMARY KEY (type, deleted, rid)) STRICT, WITHOUT ROWID;"
         "INSERT INTO record_facts SELECT type, deleted, rowid, coalesce(json_extract(data, '$.ministry'), "
         "json_extract(data, '$.owner_ministry'), json_extract(data, '$.lead_ministry')), json_extract(data, "
         "'$.status'), json_extract(data, '$.keyword'), json_extract(data, '$.category'), json_extract(data, "
         "'$.due'), json_extract(data, '$.fiscal_year'), json_extract(data, '$.parent'), json_extract(data, "
         "'$.rank'), json_extract(data, '$.kind'), json_extract(data, '$.proposal'), json_extract(data, "
         "'$.enacted'), json_extract(data, '$.revised'), json_extract(data, '$.executed') FROM record;"
         "CREATE TRIGGER record_facts_insert AFTER INSERT ON record BEGIN"
         "  INSERT INTO record_facts VALUES (new.type, new.deleted, new.rowid, "
         "coalesce(json_extract(new.data, '$.ministry'), json_extract(new.data, '$.owner_ministry'), "
         "json_extract(new.data, '$.lead_ministry')), json_extract(new.data, '$.status'), "
         "json_extract(new.data, '$.keyword'), json_extract(new.data, '$.category'), json_extract(new.data, "
         "'$.due'), json_extract(new.data, '$.fiscal_year'), json_extract(new.data, '$.parent'), "
         "json_extract(new.data, '$.rank'), json_extract(new.data, '$.kind'), json_extract(new.data, "
         "'$.proposal'), json_extract(new.data, '$.enacted'), json_extract(new.data, '$.revised'), "
         "json_extract(new.data, '$.executed')); END;"
         "CREATE TRIGGER record_facts_update AFTER UPDATE OF type, deleted, data ON record BEGIN"
         "  DELETE FROM record_facts WHERE type = old.type AND deleted = old.deleted AND rid = old.rowid;"
         "  INSERT INTO record_facts VALUES (new.type, new.deleted, new.rowid, "
         "coalesce(json_extract(new.data, '$.ministry'), json_extract(new.data, '$.owner_ministry'), "
         "json_extract(new.data, '$.lead_ministry')), json_extract(new.data, '$.status'), "
         "json_extract(new.data, '$.keyword'), json_extract(new.data, '$.category'), json_extract(new.data, "
         "'$.due'), json_extract(new.data, '$.fiscal_year'), json_extract(new.data, '$.parent'), "
         "json_extract(new.data, '$.rank'), json_extract(new.data, '$.kind'), json_extract(new.data, "
         "'$.proposal'), json_extract(new.data, '$.enacted'), json_extract(new.data, '$.revised'), "
         "json_extract(new.data, '$.executed')); END;"
         "CREATE TRIGGER record_facts_delete AFTER DELETE ON record BEGIN"
         "  DELETE FROM record_facts WHERE type = old.type AND deleted = old.deleted AND rid = old.rowid;"
         "  END;"
         // The two big dashboard passes read these in group order, without sorting: actions
         // by ministry and status (overdue by due date), top-level budget lines by year,
         // category, keyword and ministry with their amounts.
         // (Partial indexes would be smaller, but without statistics the planner passes them
         // over for the primary key and a sort.)
         "CREATE INDEX record_facts_actions ON record_facts (type, deleted, ministry, status, due);"
         "CREATE INDEX record_facts_budget ON record_facts (type, deleted, fiscal_year, category, keyword,"
         "  ministry, parent, proposal, enacted, revised, executed);"
         "CREATE INDEX change_by_hlc ON change (hlc);"},
        {"site keys, the roster, chained and signed changes, field versions, sync history",
         // docs/bundle-format.md: every change has its place in its origin's hash chain
         // (oseq, chain) and names the versions it replaced (prev); field_leaf holds the
         // versions nothing replaced yet (more than one with different values: a conflict).
         "ALTER TABLE site ADD COLUMN sign_key BLOB;"
         "ALTER TABLE site ADD COLUMN agree_key BLOB;"
         "ALTER TABLE site ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0;"
         "CREATE TABLE site_secret (site_id TEXT PRIMARY KEY NOT NULL, sign_private BLOB NOT NULL,"
         "  agree_private BLOB NOT NULL) STRICT;"
         "ALTER TABLE change ADD COLUMN oseq INTEGER;"
         "ALTER TABLE change ADD COLUMN prev TEXT NOT NULL DEFAULT '[]';"
         "ALTER TABLE change ADD COLUMN chain BLOB;"
         "ALTER TABLE change ADD COLUMN applied INTEGER NOT NULL DEFAULT 1;"
         "CREATE UNIQUE INDEX change_by_origin ON change (origin, oseq);"
         "CREATE TABLE superseded (record_id TEXT NOT NULL, name TEXT NOT NULL, hlc TEXT NOT NULL,"
         "  origin TEXT NOT NULL, PRIMARY KEY (record_id, name, hlc, origin)) STRICT, WITHOUT ROWID;"
         "CREATE TABLE field_leaf (record_id TEXT NOT NULL, name TEXT NOT NULL, hlc TEXT NOT NULL,"
         "  origin TEXT NOT NULL, value TEXT, PRIMARY KEY (record_id, name, hlc, origin)) STRICT, WITHOUT "
         "ROWID;"
         "INSERT INTO field_leaf SELECT record_id, name, hlc, origin, value FROM field;"
         "CREATE TABLE origin_head (origin TEXT PRIMARY KEY NOT NULL, oseq INTEGER NOT NULL, chain BLOB NOT "
         "NULL,"
         "  signed_oseq INTEGER NOT NULL DEFAULT 0, signed_chain BLOB, signature BLOB) STRICT;"
         "CREATE TABLE peer (site_id TEXT PRIMARY KEY NOT NULL, have TEXT NOT NULL DEFAULT '{}',"
         "  last_bundle_hlc TEXT, last_received TEXT, last_sent TEXT) STRICT;"
         "CREATE TABLE bundle_log (id INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL, direction TEXT NOT NULL,"
         "  peer TEXT NOT NULL, at TEXT NOT NULL, file TEXT NOT NULL, changes INTEGER NOT NULL,"
         "  applied INTEGER NOT NULL, refused INTEGER NOT NULL, conflicts INTEGER NOT NULL, note TEXT) "
         "STRICT;"
         "CREATE INDEX bundle_log_by_id ON bundle_log (bundle_id);"
         "CREATE TABLE refusal (origin TEXT NOT NULL, oseq INTEGER NOT NULL, at TEXT NOT NULL, reason TEXT "
         "NOT NULL,"
         "  PRIMARY KEY (origin, oseq)) STRICT;",
         &chainEarlierChanges},
        {"the trigram index is kept by the store, once per transaction; peers' roster versions; the "
         "records that may hold a conflict",
         // RecordStore writes record_search at the end of each transaction (flushSearchIndex):
         // written from triggers, FTS5 flushed a segment at every statement of a bulk load.
         "DROP TRIGGER record_search_insert;"
         "DROP TRIGGER record_search_delete;"
         "DROP TRIGGER record_search_update;"
         // Which roster version each peer holds, so that the roster travels only until it has it.
         "ALTER TABLE peer ADD COLUMN roster_version INTEGER NOT NULL DEFAULT 0;"
         // The records that may hold a conflict: only a change from another site makes one,
         // and listing conflicts then reads these records instead of every field version.
         "CREATE TABLE conflict_record (record_id TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;"
         "INSERT OR IGNORE INTO conflict_record SELECT record_id FROM field_leaf GROUP BY record_id, name "
         "  HAVING count(*) > 1;"
         "INSERT OR IGNORE INTO conflict_record SELECT l.record_id FROM field_leaf l JOIN record r ON r.id = "
         "  l.record_id WHERE r.deleted = 1 AND l.name <> '~deleted';"},
        {"the audit log: every site's hash-chained, signed entries (docs/audit-format.md)",
         "CREATE TABLE audit_entry (site TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL,"
         "  action TEXT NOT NULL, target TEXT NOT NULL, summary TEXT NOT NULL, chain BLOB NOT NULL,"
         "  PRIMARY KEY (site, seq)) STRICT, WITHOUT ROWID;"
         "CREATE INDEX audit_by_target ON audit_entry (target);"
         "CREATE INDEX audit_by_time ON audit_entry (at);"
         "CREATE TABLE audit_head (site TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, chain BLOB NOT NULL,"
         "  signed_seq INTEGER NOT NULL DEFAULT 0, signed_chain BLOB, signature BLOB) STRICT;"
         // What each peer holds of each site's audit log, as for changes.
         "ALTER TABLE peer ADD COLUMN audit_have TEXT NOT NULL DEFAULT '{}';",
         &AuditLog::startLog},
        {"changes kept for a record type only a newer version knows, taken up after an upgrade",
         // docs/bundle-format.md, "Import": such a change is stored not applied, like a
         // refused one, and marked so that a version knowing its type applies it. (No
         // version before this one could receive one: none added a record type.)
         "ALTER TABLE refusal ADD COLUMN newer_type INTEGER NOT NULL DEFAULT 0;"
         // The oseq of the first change of the run the import judged it with: taken up,
         // the same runs are judged again, in the order the import wrote them.
         "ALTER TABLE refusal ADD COLUMN run_oseq INTEGER;"
         // How many changes of each bundle received were kept so, for the sync history.
         "ALTER TABLE bundle_log ADD COLUMN kept INTEGER NOT NULL DEFAULT 0;"},
    };
    return list;
}

Result<int> Schema::version(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    int version = -1;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc);
    }
    return version;
}

Status Schema::migrate(sqlite3* db, const std::vector<Migration>& list)
{
    auto current = version(db);
    if (!current) {
        return current.error();
    }
    const int target = int(list.size());
    if (*current > target) {
        return StorageError::make(StorageErrorCode::Unsupported,
                                  QCoreApplication::translate("Schema",
                                                              "This vault was made by a newer version of "
                                                              "OneTeam (schema %1; this one knows %2).")
                                      .arg(*current)
                                      .arg(target));
    }
    if (*current == target) {
        return {};
    }
    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (int v = *current; rc == SQLITE_OK && v < target; ++v) {
        rc = sqlite3_exec(db, list[std::size_t(v)].sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK && list[std::size_t(v)].after) {
            if (Status done = list[std::size_t(v)].after(db); !done) {
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                return done;
            }
        }
    }
    if (rc == SQLITE_OK) {
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(target);
        rc = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        StorageError error = sqliteError(db, rc);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    return {};
}

} // namespace oneteam
