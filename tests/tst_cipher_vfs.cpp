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

QTEST_GUILESS_MAIN(TestCipherVfs)
#include "tst_cipher_vfs.moc"
