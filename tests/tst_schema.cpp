#include "Schema.h"
#include "VaultTestSupport.h"

#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// Migrations run from every earlier version, in one transaction that rolls back whole.
class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void newVaultIsAtLatest();
    void migratesFromEveryEarlierVersion();
    void failingMigrationRollsBackEverything();
    void refusesNewerSchema();
    void recordTextFollowsTheRecordsFromV3();
    void recordFactsFollowTheRecordsFromV4();
};

namespace {

sqlite3* plainDatabase()
{
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    return db;
}

int userVersion(sqlite3* db)
{
    return Schema::version(db).value();
}

bool tableExists(sqlite3* db, const char* name)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", -1, &stmt,
                       nullptr);
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
}

// The first column of every row, each followed by ';'.
QString firstColumn(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QString out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        out +=
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) + QLatin1Char(';');
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

void TestSchema::newVaultIsAtLatest()
{
    QTemporaryDir dir;
    auto vault =
        Vault::create(dir.filePath(QStringLiteral("v.otvault")), secret("p"), secretariat(), cheapOptions());
    QVERIFY(vault);
    QCOMPARE(*(*vault)->schemaVersion(), Schema::latestVersion());
    QVERIFY(Schema::latestVersion() >= 1);
    QVERIFY(tableExists((*vault)->handle(), "site"));
}

void TestSchema::migratesFromEveryEarlierVersion()
{
    const auto& all = Schema::migrations();
    for (int from = 0; from < int(all.size()); ++from) {
        sqlite3* db = plainDatabase();
        // Bring a database to version `from` with the first migrations only.
        const std::vector<Schema::Migration> earlier(all.begin(), all.begin() + from);
        QVERIFY(Schema::migrate(db, earlier));
        QCOMPARE(userVersion(db), from);
        QVERIFY(Schema::migrate(db));
        QCOMPARE(userVersion(db), Schema::latestVersion());
        QVERIFY(tableExists(db, "site"));
        QVERIFY(tableExists(db, "vault_meta"));
        QVERIFY(Schema::migrate(db)); // idempotent at the latest version
        sqlite3_close(db);
    }
}

void TestSchema::failingMigrationRollsBackEverything()
{
    sqlite3* db = plainDatabase();
    std::vector<Schema::Migration> list = Schema::migrations();
    list.push_back({"creates a table", "CREATE TABLE extra_one (x INTEGER)"});
    list.push_back(
        {"fails halfway", "CREATE TABLE extra_two (x INTEGER); INSERT INTO no_such_table VALUES (1)"});
    const Status status = Schema::migrate(db, list);
    QVERIFY(!status);
    QCOMPARE(status.error().code, StorageErrorCode::Sql);
    QVERIFY(status.error().message.contains(QStringLiteral("no_such_table")));
    QCOMPARE(userVersion(db), 0);
    QVERIFY(!tableExists(db, "site"));
    QVERIFY(!tableExists(db, "extra_one"));
    QVERIFY(!tableExists(db, "extra_two"));
    sqlite3_close(db);
}

void TestSchema::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.otvault"));
    {
        auto vault = Vault::create(path, secret("p"), secretariat(), cheapOptions());
        QVERIFY(vault);
        QVERIFY((*vault)->exec("PRAGMA user_version = 999"));
    }
    auto vault = Vault::open(path, secret("p"), cheapOptions());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, StorageErrorCode::Unsupported);
    QVERIFY(vault.error().message.contains(QStringLiteral("newer version")));
}

void TestSchema::recordTextFollowsTheRecordsFromV3()
{
    // A vault at version 3 with records: version 4 copies their texts, and the triggers
    // keep the copy equal through updates, deletions (tombstones) and removals.
    const auto& all = Schema::migrations();
    sqlite3* db = plainDatabase();
    QVERIFY(Schema::migrate(db, std::vector<Schema::Migration>(all.begin(), all.begin() + 3)));
    const auto exec = [db](const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); };
    QCOMPARE(exec("INSERT INTO record (id, type, created, origin, search) VALUES "
                  "('a', 'action', 'now', 's', 'a gpu 확보'), ('b', 'budget', 'now', 's', 'b 예산')"),
             SQLITE_OK);
    QVERIFY(Schema::migrate(db));
    const auto rows = [db](const char* sql) { return firstColumn(db, sql); };
    const char* copy = "SELECT type || '/' || deleted || '/' || search FROM record_text ORDER BY rid";
    const char* source = "SELECT type || '/' || deleted || '/' || search FROM record ORDER BY rowid";
    QCOMPARE(rows(copy), rows(source));
    QVERIFY(rows(copy).contains(QStringLiteral("확보")));
    QCOMPARE(exec("UPDATE record SET search = 'a gpu 5만' WHERE id = 'a'"), SQLITE_OK);
    QCOMPARE(exec("UPDATE record SET deleted = 1 WHERE id = 'b'"), SQLITE_OK);
    QCOMPARE(rows(copy), rows(source));
    QCOMPARE(
        exec(
            "INSERT INTO record (id, type, created, origin, search) VALUES ('c', 'action', 'now', 's', 'c')"),
        SQLITE_OK);
    QCOMPARE(exec("DELETE FROM record WHERE id = 'a'"), SQLITE_OK);
    QCOMPARE(rows(copy), rows(source));
    QCOMPARE(rows("SELECT count(*) FROM record_text"), QStringLiteral("2;"));
    sqlite3_close(db);
}

void TestSchema::recordFactsFollowTheRecordsFromV4()
{
    // Version 5 copies the fields dashboards add up out of each record's JSON; triggers keep
    // the copy equal through inserts, edits, tombstones and removals.
    const auto& all = Schema::migrations();
    sqlite3* db = plainDatabase();
    QVERIFY(Schema::migrate(db, std::vector<Schema::Migration>(all.begin(), all.begin() + 4)));
    const auto exec = [db](const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); };
    QCOMPARE(exec("INSERT INTO record (id, type, created, origin, data) VALUES "
                  "('a', 'action', 'now', 's', "
                  "'{\"owner_ministry\":\"m1\",\"status\":\"blocked\",\"due\":\"2026-01-31\"}'),"
                  "('b', 'budget', 'now', 's', "
                  "'{\"ministry\":\"m2\",\"fiscal_year\":2026,\"proposal\":2600000000000}')"),
             SQLITE_OK);
    QVERIFY(Schema::migrate(db));
    const auto rows = [db](const char* sql) { return firstColumn(db, sql); };
    const char* copy =
        "SELECT type || '/' || deleted || '/' || coalesce(ministry, '') || '/' || "
        "coalesce(status, '') || '/' || coalesce(fiscal_year, '') || '/' || coalesce(proposal, '') "
        "FROM record_facts ORDER BY rid";
    const char* source = "SELECT type || '/' || deleted || '/' || coalesce(json_extract(data, '$.ministry'), "
                         "json_extract(data, '$.owner_ministry'), '') || '/' || coalesce(json_extract(data, "
                         "'$.status'), '') || '/' || "
                         "coalesce(json_extract(data, '$.fiscal_year'), '') || '/' || "
                         "coalesce(json_extract(data, '$.proposal'), '') "
                         "FROM record ORDER BY rowid";
    QCOMPARE(rows(copy), rows(source));
    QCOMPARE(rows(copy), QStringLiteral("action/0/m1/blocked//;budget/0/m2//2026/2600000000000;"));
    QCOMPARE(
        exec(
            "UPDATE record SET data = '{\"owner_ministry\":\"m3\",\"status\":\"completed\"}' WHERE id = 'a'"),
        SQLITE_OK);
    QCOMPARE(exec("UPDATE record SET deleted = 1 WHERE id = 'b'"), SQLITE_OK);
    QCOMPARE(rows(copy), rows(source));
    QCOMPARE(exec("DELETE FROM record WHERE id = 'a'"), SQLITE_OK);
    QCOMPARE(rows(copy), rows(source));
    QCOMPARE(rows("SELECT count(*) FROM record_facts"), QStringLiteral("1;"));
    sqlite3_close(db);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
