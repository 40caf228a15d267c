#include "Schema.h"

#include "SqliteError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace oneteam {

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
