#include "CipherVfs.h"
#include "Crypto.h"
#include "PageCipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

using namespace oneteam;

// The VFS on its own, opened the way a vault opens it but with URI parameters a vault
// never uses: what SQLite may ask of it must still work.
class TestCipherVfs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commitsWithoutPowersafeOverwrite_data();
    void commitsWithoutPowersafeOverwrite();
    void checkpointReusesTheFramesItWrote();
    void cachedFramesFollowTheLog();
};

namespace {

// An open connection through the VFS; `extra` is appended to the URI.
sqlite3* openThroughVfs(const QString& path, const QByteArray& token, const QByteArray& extra)
{
    const QByteArray uri =
        "file:" + QUrl::toPercentEncoding(path, "/") + "?vfs=" + CipherVfs::kName + "&otctx=" + token + extra;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, CipherVfs::kName) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

QString text(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return out;
}

qint64 number(sqlite3* db, const char* sql)
{
    return text(db, sql).toLongLong();
}

// A fresh database through the VFS, in WAL mode, the way a vault sets one up.
struct WalDatabase
{
    QTemporaryDir dir;
    QByteArray token;
    sqlite3* db = nullptr;

    bool open()
    {
        const QString path = dir.filePath(QStringLiteral("vfs.otvault"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QByteArray(int(CipherVfs::kHeaderSize), '\0')) < 0) {
            return false;
        }
        file.close();
        token = CipherVfs::attach(std::shared_ptr<PageCipher>(PageCipher::create(crypto::randomKey())));
        db = openThroughVfs(path, token, {});
        int reserve = int(PageCipher::kReserve);
        return db && sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK &&
               sqlite3_exec(
                   db,
                   "PRAGMA locking_mode = EXCLUSIVE; PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = 10;"
                   "CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)",
                   nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~WalDatabase()
    {
        sqlite3_close(db);
        CipherVfs::release(token);
    }
};

} // namespace

void TestCipherVfs::initTestCase()
{
    QVERIFY(CipherVfs::ensureRegistered());
}

void TestCipherVfs::commitsWithoutPowersafeOverwrite_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("wal") << QByteArray("WAL");
    QTest::newRow("rollback") << QByteArray("DELETE");
}

void TestCipherVfs::commitsWithoutPowersafeOverwrite()
{
    // psow=0 (or a SQLite built without power-safe overwrite) makes SQLite pad each WAL
    // commit to a sector boundary, splitting frame writes there. Commits must still
    // succeed and read back after a reopen.
    QFETCH(QByteArray, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vfs.otvault"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(int(CipherVfs::kHeaderSize), '\0')); // the header block the VFS skips
    file.close();
    const SecureBytes key = crypto::randomKey();
    const QByteArray token = CipherVfs::attach(std::shared_ptr<PageCipher>(PageCipher::create(key)));
    sqlite3* db = openThroughVfs(path, token, "&psow=0");
    QVERIFY(db);
    int reserve = int(PageCipher::kReserve);
    QCOMPARE(sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve), SQLITE_OK);
    const QByteArray setup =
        "PRAGMA locking_mode = EXCLUSIVE; PRAGMA page_size = 4096; PRAGMA journal_mode = " + mode +
        "; PRAGMA synchronous = FULL; CREATE TABLE t (x TEXT);";
    QCOMPARE(sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(sqlite3_exec(db, "INSERT INTO t VALUES (hex(randomblob(300 + abs(random() % 3000))))",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
    }
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    CipherVfs::release(token);

    const QByteArray again = CipherVfs::attach(std::shared_ptr<PageCipher>(PageCipher::create(key)));
    db = openThroughVfs(path, again, "&psow=0");
    QVERIFY(db);
    QCOMPARE(sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(text(db, "SELECT count(*) FROM t"), QStringLiteral("25"));
    QCOMPARE(text(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(text(db, "PRAGMA journal_mode"), QString::fromLatin1(mode).toLower());
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    CipherVfs::release(again);
}

void TestCipherVfs::checkpointReusesTheFramesItWrote()
{
    // A checkpoint reads every frame back to copy it into the main file. The frames this
    // connection wrote are taken from its own clear copy, not read and decrypted again.
    WalDatabase wal;
    QVERIFY(wal.open());
    QCOMPARE(sqlite3_exec(wal.db,
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                          "INSERT INTO t (x) SELECT hex(randomblob(1500)) FROM n",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    const auto before = CipherVfs::counters(wal.token);
    QCOMPARE(sqlite3_exec(wal.db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto after = CipherVfs::counters(wal.token);
    const std::uint64_t copied = after.encrypted - before.encrypted;
    QVERIFY2(copied > 300, qPrintable(QString::number(copied))); // the pages went into the main file
    QVERIFY2(after.decrypted - before.decrypted < copied / 20,
             qPrintable(QStringLiteral("%1 decrypted for %2 copied")
                            .arg(after.decrypted - before.decrypted)
                            .arg(copied)));
    QCOMPARE(number(wal.db, "SELECT count(*) FROM t"), 600);
    QCOMPARE(text(wal.db, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestCipherVfs::cachedFramesFollowTheLog()
{
    // The log restarts from its first frame after each checkpoint, so a frame index comes
    // back with other pages: a read must always give the page the frame holds now.
    WalDatabase wal;
    QVERIFY(wal.open());
    for (int round = 0; round < 6; ++round) {
        const QByteArray fill =
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
            "INSERT OR REPLACE INTO t (id, x) SELECT i, printf('%d-%d-', i, " +
            QByteArray::number(round) + ") || hex(randomblob(700)) FROM n";
        QCOMPARE(sqlite3_exec(wal.db, fill.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        // Read back through a cache too small to hold the table: pages come from the log.
        const QByteArray check =
            "SELECT count(*) FROM t WHERE x LIKE id || '-" + QByteArray::number(round) + "-%'";
        QCOMPARE(number(wal.db, check.constData()), 200);
        QCOMPARE(text(wal.db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(sqlite3_exec(
                     wal.db, round % 2 ? "PRAGMA wal_checkpoint(RESTART)" : "PRAGMA wal_checkpoint(TRUNCATE)",
                     nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(number(wal.db, check.constData()), 200);
    }
}

QTEST_GUILESS_MAIN(TestCipherVfs)
#include "tst_cipher_vfs.moc"
