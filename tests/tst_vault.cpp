#include "MemoryFile.h"
#include "RecordStore.h"
#include "RecoveryKey.h"
#include "Schema.h"
#include "SqliteMemory.h"
#include "VaultTestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <openssl/err.h>

#include <algorithm>
#include <cstring>

using namespace oneteam;
using namespace oneteam::test;

namespace {

const QByteArray kMarker = "MARKER-7f3a-RESOLUTION-PLAINTEXT";

void insertRows(Vault& vault, int count)
{
    QCOMPARE(execSql(vault, "CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
             SQLITE_OK);
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(vault.handle(), "INSERT INTO note (body) VALUES (?)", -1, &stmt, nullptr),
             SQLITE_OK);
    for (int i = 0; i < count; ++i) {
        const QByteArray body = kMarker + ' ' + QByteArray::number(i) + ' ' + QByteArray(300, 'x');
        sqlite3_bind_text(stmt, 1, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    QCOMPARE(execSql(vault, "COMMIT"), SQLITE_OK);
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void noPlaintextOnDisk_data();
    void noPlaintextOnDisk();
    void wrongPassphraseChangesNothing();
    void notAVault();
    void secondOpenIsBusy();
    void secondProcessIsBusy();
    void passphraseChangeRewritesOnlyTheHeader();
    void recoveryKey();
    void lockWipesAndUnlockRestores();
    void lockClosesTheConnectionUnderKeptStatements();
    void interruptedHeaderUpdateIsCompleted();
    void incompleteHeaderJournalIsIgnored();
    void rejectsBadCreateArguments();
    void temporaryFilesStayInMemory();
    void plantedJournalLinkIsNeverFollowed();
    void spilledTransactionSurvivesRecovery();
    void readAheadNeverServesStalePages_data();
    void readAheadNeverServesStalePages();
    void confirmAsksForTheCurrentSecret();
    void wrongAnswersSlowDown();
    void calibrationStaysWithinTheFloorAndLimits();
    void untestedSqliteIsRefused();
    void secretsStayOutOfSwapAndDumps();
    void sqliteMemoryIsWipedWhenFreed();
};

void TestVault::roundTrip_data()
{
    QTest::addColumn<int>("journal");
    QTest::newRow("wal") << int(VaultOptions::Journal::Wal);
    QTest::newRow("rollback") << int(VaultOptions::Journal::Rollback);
}

void TestVault::roundTrip()
{
    QFETCH(int, journal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    const auto options = cheapOptions(VaultOptions::Journal(journal));
    {
        auto vault = Vault::create(path, secret("correct horse"), secretariat(), options);
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        const QString mode = queryText(**vault, "PRAGMA journal_mode");
        QCOMPARE(mode, journal == int(VaultOptions::Journal::Wal) ? QStringLiteral("wal")
                                                                  : QStringLiteral("delete"));
        insertRows(**vault, 2000);
        QCOMPARE((*vault)->localSite()->role, QStringLiteral("secretariat"));
    }
    auto vault = Vault::open(path, secret("correct horse"), options);
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM note"), QStringLiteral("2000"));
    QCOMPARE(queryText(**vault, "SELECT body FROM note WHERE id = 1234").left(kMarker.size() + 5),
             QString::fromLatin1(kMarker + " 1233"));
    QCOMPARE(queryText(**vault, "PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(*(*vault)->schemaVersion(), Schema::latestVersion());
    QCOMPARE((*vault)->localSite()->name, QStringLiteral("Secretariat"));
    // Page size and reserve are what the format says.
    QCOMPARE(queryText(**vault, "PRAGMA page_size"), QStringLiteral("4096"));
}

void TestVault::noPlaintextOnDisk_data()
{
    roundTrip_data();
}

void TestVault::noPlaintextOnDisk()
{
    QFETCH(int, journal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto vault =
        Vault::create(path, secret("pass"), secretariat(), cheapOptions(VaultOptions::Journal(journal)));
    QVERIFY(vault);
    insertRows(**vault, 500);
    // In the middle of a transaction: the journal or WAL holds pages now.
    QCOMPARE(execSql(**vault, "BEGIN"), SQLITE_OK);
    QCOMPARE(execSql(**vault, "UPDATE note SET body = body || ' MARKER-7f3a-RESOLUTION-PLAINTEXT-2'"),
             SQLITE_OK);
    QCOMPARE(execSql(**vault, "CREATE INDEX note_body ON note(body)"), SQLITE_OK);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() >= 2); // main + journal or WAL
    QCOMPARE(filesContaining(dir.path(), kMarker), QStringList());
    QCOMPARE(filesContaining(dir.path(), "note_body"), QStringList()); // the schema is secret too
    QCOMPARE(execSql(**vault, "COMMIT"), SQLITE_OK);
    // A large sort and a VACUUM would spill to temporary files on a plain database.
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM (SELECT body FROM note ORDER BY random())"),
             QStringLiteral("500"));
    QCOMPARE(execSql(**vault, "VACUUM"), SQLITE_OK);
    QCOMPARE(filesContaining(dir.path(), kMarker), QStringList());
    vault->reset();
    QCOMPARE(filesContaining(dir.path(), kMarker), QStringList());
    QCOMPARE(filesContaining(dir.path(), "SQLite format 3"), QStringList());
}

void TestVault::wrongPassphraseChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    {
        auto vault = Vault::create(path, secret("right"), secretariat(), cheapOptions());
        QVERIFY(vault);
        insertRows(**vault, 10);
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    auto vault = Vault::open(path, secret("wrong"), cheapOptions());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, StorageErrorCode::WrongPassphrase);
    QVERIFY(vault.error().message.contains(QStringLiteral("passphrase")));
    auto empty = Vault::open(path, SecureBytes(), cheapOptions());
    QCOMPARE(empty.error().code, StorageErrorCode::WrongPassphrase);
    // (The third try comes after the wait two wrong answers ask for.)
    auto byRecovery = Vault::openWithRecoveryKey(path, RecoveryKey::generate(), afterAnyWait(1));
    QCOMPARE(byRecovery.error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    // And the right one still opens it.
    QVERIFY(Vault::open(path, secret("right"), afterAnyWait(2)));
}

void TestVault::notAVault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(10000, 'a'));
    file.close();
    const QByteArray before = fileHash(path);
    auto vault = Vault::open(path, secret("x"), cheapOptions());
    QCOMPARE(vault.error().code, StorageErrorCode::NotAVault);
    QCOMPARE(fileHash(path), before);

    QFile empty(dir.filePath(QStringLiteral("empty.otvault")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(Vault::open(empty.fileName(), secret("x"), cheapOptions()).error().code,
             StorageErrorCode::NotAVault);

    QCOMPARE(Vault::open(dir.filePath(QStringLiteral("missing.otvault")), secret("x"), cheapOptions())
                 .error()
                 .code,
             StorageErrorCode::Io);
}

void TestVault::secondOpenIsBusy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto first = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(first);
    const QByteArray before = fileHash(path);
    auto second = Vault::open(path, secret("pass"), cheapOptions());
    QCOMPARE(second.error().code, StorageErrorCode::Busy);
    QVERIFY(second.error().message.contains(QStringLiteral("open in another")));
    QCOMPARE(fileHash(path), before);
    // Locked is still held: a locked window keeps the vault to itself.
    (*first)->lock();
    QCOMPARE(Vault::open(path, secret("pass"), cheapOptions()).error().code, StorageErrorCode::Busy);
    QVERIFY((*first)->unlock(secret("pass")));
    // The refused second open let go of nothing: another process is still kept out.
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral(ONETEAM_BIN_DIR "/vault_writer"), {path, QStringLiteral("--busy-probe")});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("busy"));
    insertRows(**first, 5); // the first keeps working
    first->reset();
    QVERIFY(Vault::open(path, secret("pass"), cheapOptions()));
}

void TestVault::secondProcessIsBusy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto first = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(first);
    insertRows(**first, 5);
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral(ONETEAM_BIN_DIR "/vault_writer"), {path, QStringLiteral("--busy-probe")});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("busy"));
    insertRows(**first, 5);
    QCOMPARE(queryText(**first, "SELECT count(*) FROM note"), QStringLiteral("10"));
    first->reset();
    probe.start(QStringLiteral(ONETEAM_BIN_DIR "/vault_writer"), {path, QStringLiteral("--busy-probe")});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("opened"));
}

void TestVault::passphraseChangeRewritesOnlyTheHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    {
        auto vault = Vault::create(path, secret("old"), secretariat(), cheapOptions());
        QVERIFY(vault);
        insertRows(**vault, 300);
    }
    const QList<QByteArray> pagesBefore = pageHashes(path);
    QVERIFY(pagesBefore.size() > 30);
    {
        auto vault = Vault::open(path, secret("old"), cheapOptions());
        QVERIFY(vault);
        QVERIFY((*vault)->changePassphrase(secret("new"), Kdf::kCheapForTests));
        QVERIFY(!QFile::exists(path + QStringLiteral("-hj")));
    }
    // The data is not encrypted again: only the pages of the one audit entry the change
    // appends (docs/audit-format.md) differ; re-encrypting would change every page.
    const int changed = pagesChanged(pagesBefore, pageHashes(path));
    QVERIFY2(changed <= 6,
             qPrintable(QStringLiteral("%1 of %2 pages changed").arg(changed).arg(pagesBefore.size())));
    QCOMPARE(Vault::open(path, secret("old"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    auto vault = Vault::open(path, secret("new"), cheapOptions());
    QVERIFY(vault);
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM note"), QStringLiteral("300"));
    QCOMPARE((*vault)->passphraseKdf(), Kdf::kCheapForTests);
    QVERIFY(!(*vault)->changePassphrase(SecureBytes(), Kdf::kCheapForTests));
}

void TestVault::recoveryKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QString written;
    {
        auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
        QVERIFY(vault);
        insertRows(**vault, 50);
        QVERIFY(!(*vault)->hasRecoveryKey());
        auto key = (*vault)->addRecoveryKey();
        QVERIFY(key);
        written = *key;
        QCOMPARE(written.size(), 11 * 5 + 10); // eleven groups of five, dashes between
        QVERIFY((*vault)->hasRecoveryKey());
    }
    const QList<QByteArray> pages = pageHashes(path);
    {
        auto parsed = RecoveryKey::parse(written.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(parsed);
        auto vault = Vault::openWithRecoveryKey(path, *parsed, cheapOptions());
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        QCOMPARE(queryText(**vault, "SELECT count(*) FROM note"), QStringLiteral("50"));
        // Forgotten passphrase: set a new one with the recovery key.
        QVERIFY((*vault)->changePassphrase(secret("fresh"), Kdf::kCheapForTests));
    }
    QVERIFY(pagesChanged(pages, pageHashes(path)) <= 6);
    QVERIFY(Vault::open(path, secret("fresh"), cheapOptions()));
    // A mistyped key is told apart from a wrong one.
    QString typo = written;
    typo[3] = typo[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(RecoveryKey::parse(typo).error().code, StorageErrorCode::InvalidArgument);
    {
        auto vault = Vault::open(path, secret("fresh"), cheapOptions());
        QVERIFY(vault);
        QVERIFY((*vault)->removeRecoveryKey());
        QVERIFY(!(*vault)->hasRecoveryKey());
        QCOMPARE((*vault)->removeRecoveryKey().error().code, StorageErrorCode::InvalidArgument);
    }
    auto removed = Vault::openWithRecoveryKey(path, *RecoveryKey::parse(written), cheapOptions());
    QCOMPARE(removed.error().code, StorageErrorCode::WrongPassphrase);
}

void TestVault::lockWipesAndUnlockRestores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    insertRows(**vault, 20);
    (*vault)->lock();
    QVERIFY((*vault)->isLocked());
    QVERIFY((*vault)->handle() == nullptr);
    QCOMPARE((*vault)->exec("SELECT 1").error().code, StorageErrorCode::Locked);
    QCOMPARE((*vault)->addRecoveryKey().error().code, StorageErrorCode::Locked);
    QCOMPARE((*vault)->changePassphrase(secret("x"), Kdf::kCheapForTests).error().code,
             StorageErrorCode::Locked);
    QCOMPARE((*vault)->localSite().error().code, StorageErrorCode::Locked);
    QCOMPARE((*vault)->unlock(secret("nope")).error().code, StorageErrorCode::WrongPassphrase);
    QVERIFY((*vault)->isLocked());
    QVERIFY((*vault)->unlock(secret("pass")));
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM note"), QStringLiteral("20"));
}

void TestVault::lockClosesTheConnectionUnderKeptStatements()
{
    // The record store keeps prepared statements on the connection. Locking must still
    // close it, so that SQLite frees (and the allocator wipes) its decrypted pages, instead
    // of leaving it open until the store goes away.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    const sqlite3_int64 baseline = sqlite3_memory_used();
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    QStringList ids;
    for (int i = 0; i < 150; ++i) {
        auto id = store.put(QStringLiteral("note"), {},
                            {{QStringLiteral("body"), QString(8000, QChar(u'a' + i % 26))}});
        QVERIFY(id);
        ids << *id;
    }
    for (const QString& id : ids) {
        QVERIFY(store.get(id));
    }
    const sqlite3_int64 unlocked = sqlite3_memory_used() - baseline;
    QVERIFY2(unlocked > 2 * 1024 * 1024, qPrintable(QString::number(unlocked)));
    (*vault)->lock();
    const sqlite3_int64 locked = sqlite3_memory_used() - baseline;
    QVERIFY2(locked < unlocked / 10, qPrintable(QStringLiteral("%1 of %2").arg(locked).arg(unlocked)));
    // The store opens its statements again on the next unlock.
    QVERIFY((*vault)->unlock(secret("pass")));
    auto again = store.get(ids.last());
    QVERIFY(again);
    QCOMPARE(again->fields.value(QStringLiteral("body")).toString(), QString(8000, QChar(u'a' + 149 % 26)));
}

void TestVault::interruptedHeaderUpdateIsCompleted()
{
    // A crash after the journal was synced and while the header was being overwritten.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QByteArray newHeader;
    {
        auto vault = Vault::create(path, secret("old"), secretariat(), cheapOptions());
        QVERIFY(vault);
        insertRows(**vault, 30);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray oldHeader = file.read(4096);
    file.close();
    {
        auto vault = Vault::open(path, secret("old"), cheapOptions());
        QVERIFY((*vault)->changePassphrase(secret("new"), Kdf::kCheapForTests));
    }
    QVERIFY(file.open(QIODevice::ReadWrite));
    newHeader = file.read(4096);
    // Put back a torn header: half new, half old; the journal holds the new one.
    file.seek(0);
    file.write(newHeader.left(2048) + oldHeader.mid(2048));
    file.close();
    QFile journal(path + QStringLiteral("-hj"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(newHeader);
    journal.close();

    // A wrong passphrase changes nothing, not even the journal.
    const QByteArray torn = fileHash(path);
    QCOMPARE(Vault::open(path, secret("old"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    QCOMPARE(fileHash(path), torn);
    QVERIFY(QFile::exists(journal.fileName()));

    auto vault = Vault::open(path, secret("new"), cheapOptions());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QVERIFY(!QFile::exists(journal.fileName()));
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM note"), QStringLiteral("30"));
    vault->reset();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4096), newHeader);
}

void TestVault::incompleteHeaderJournalIsIgnored()
{
    // A crash while the journal itself was being written: the header is intact.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QVERIFY(Vault::create(path, secret("old"), secretariat(), cheapOptions()));
    QFile journal(path + QStringLiteral("-hj"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray("OneTeamV") + QByteArray(1000, '\x01'));
    journal.close();
    auto vault = Vault::open(path, secret("old"), cheapOptions());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QVERIFY(!QFile::exists(journal.fileName()));
}

void TestVault::rejectsBadCreateArguments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    SiteInfo site = secretariat();
    site.role = QStringLiteral("ministry:msit");
    QCOMPARE(Vault::create(path, secret("p"), site, cheapOptions()).error().code,
             StorageErrorCode::InvalidArgument);
    site.role = QStringLiteral("ministry:MSIT");
    site.name = QStringLiteral("  ");
    QCOMPARE(Vault::create(path, secret("p"), site, cheapOptions()).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE(Vault::create(path, SecureBytes(), secretariat(), cheapOptions()).error().code,
             StorageErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(path));
    site.name = QStringLiteral("과학기술정보통신부");
    auto vault = Vault::create(path, secret("p"), site, cheapOptions());
    QVERIFY(vault);
    QCOMPARE((*vault)->localSite()->name, QStringLiteral("과학기술정보통신부"));
    QCOMPARE((*vault)->localSite()->role, QStringLiteral("ministry:MSIT"));
    vault->reset();
    // Never overwrite an existing file.
    const QByteArray before = fileHash(path);
    QCOMPARE(Vault::create(path, secret("p"), secretariat(), cheapOptions()).error().code,
             StorageErrorCode::InvalidArgument);
    QCOMPARE(fileHash(path), before);
}

void TestVault::temporaryFilesStayInMemory()
{
    // What SQLite spills (sorts, temporary tables, statement journals) stays in memory;
    // any other file (an attached database) is refused.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    VaultOptions options = cheapOptions();
    options.cacheKiB = 64; // so sorts and temporary tables spill quickly
    auto vault = Vault::create(path, secret("p"), secretariat(), options);
    QVERIFY(vault);
    const long long before = MemoryFile::opened();
    QCOMPARE(execSql(**vault, "PRAGMA temp_store = FILE; PRAGMA temp.cache_size = 10"), SQLITE_OK);
    QCOMPARE(execSql(**vault, "CREATE TEMP TABLE scratch (x TEXT)"), SQLITE_OK);
    QCOMPARE(execSql(**vault,
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                     "INSERT INTO scratch SELECT printf('MARKER-%0500d', i) FROM n"),
             SQLITE_OK);
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM scratch"), QStringLiteral("5000"));
    // A sort and an index far larger than the cache.
    QCOMPARE(execSql(**vault,
                     "CREATE TABLE big (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                     "FROM n WHERE i < 20000) INSERT INTO big SELECT hex(randomblob(100)) FROM n"),
             SQLITE_OK);
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM (SELECT x FROM big ORDER BY x DESC)"),
             QStringLiteral("20000"));
    QCOMPARE(execSql(**vault, "CREATE INDEX big_x ON big (x)"), SQLITE_OK);
    QCOMPARE(queryText(**vault, "SELECT count(DISTINCT x) > 19990 FROM big"), QStringLiteral("1"));
    QVERIFY(MemoryFile::opened() > before);
    QCOMPARE(execSql(**vault, "ATTACH DATABASE 'plain.db' AS plain"), SQLITE_CANTOPEN);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("plain.db"))));
    QCOMPARE(queryText(**vault, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestVault::plantedJournalLinkIsNeverFollowed()
{
    // Someone who can write to the vault's folder leaves PATH-hj as a link to their own
    // file: the vault neither reads a header through it nor writes its keys into it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QVERIFY(Vault::create(path, secret("pass"), secretariat(), cheapOptions()));
    const QString target = dir.filePath(QStringLiteral("attacker.txt"));
    QFile bait(target);
    QVERIFY(bait.open(QIODevice::WriteOnly));
    bait.write("bait");
    bait.close();
    QVERIFY(QFile::link(target, path + QStringLiteral("-hj")));
    auto vault = Vault::open(path, secret("pass"), cheapOptions());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QVERIFY(!QFileInfo(path + QStringLiteral("-hj")).isSymLink());
    QVERIFY(QFile::link(target, path + QStringLiteral("-hj.tmp")));
    QVERIFY((*vault)->changePassphrase(secret("next"), Kdf::kCheapForTests));
    QVERIFY(bait.open(QIODevice::ReadOnly));
    QCOMPARE(bait.readAll(), QByteArray("bait"));
    vault->reset();
    QVERIFY(Vault::open(path, secret("next"), cheapOptions()));
}

void TestVault::spilledTransactionSurvivesRecovery()
{
    // A transaction larger than the cache writes frames early and SQLite rewrites their
    // checksums at commit; a copy taken as a crash would leave it must recover whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spill.otvault"));
    VaultOptions options = cheapOptions();
    options.cacheKiB = 64;
    auto vault = Vault::create(path, secret("p"), secretariat(), options);
    QVERIFY(vault);
    QCOMPARE(
        execSql(**vault, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"),
        SQLITE_OK);
    QCOMPARE(execSql(**vault,
                     "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                     "INSERT INTO t (v) SELECT hex(randomblob(100)) FROM n; UPDATE t SET v = v || 'x'; "
                     "UPDATE t SET v = v || 'y'; COMMIT"),
             SQLITE_OK);
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 100 * 4120);
    const QString copy = dir.filePath(QStringLiteral("copy.otvault"));
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    vault->reset();
    auto recovered = Vault::open(copy, secret("p"), cheapOptions());
    QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
    QCOMPARE(queryText(**recovered, "SELECT count(*) FROM t WHERE v LIKE '%xy'"), QStringLiteral("3000"));
    QCOMPARE(queryText(**recovered, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestVault::readAheadNeverServesStalePages_data()
{
    roundTrip_data();
}

void TestVault::readAheadNeverServesStalePages()
{
    // Scans prepare pages ahead on another thread; writes in between (commits in rollback
    // mode, checkpoints in WAL mode) must make every prepared page stale.
    QFETCH(int, journal);
    QTemporaryDir dir;
    VaultOptions options = cheapOptions(VaultOptions::Journal(journal));
    options.cacheKiB = 64; // small, so scans read the file
    auto vault =
        Vault::create(dir.filePath(QStringLiteral("ra.otvault")), secret("p"), secretariat(), options);
    QVERIFY(vault);
    QCOMPARE(execSql(**vault,
                     "PRAGMA wal_autocheckpoint = 20; CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER, "
                     "pad TEXT)"),
             SQLITE_OK);
    QCOMPARE(execSql(**vault,
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                     "INSERT INTO t (v, pad) SELECT 0, hex(randomblob(200)) FROM n"),
             SQLITE_OK);
    for (int round = 1; round <= 15; ++round) {
        QCOMPARE(queryText(**vault, "SELECT count(DISTINCT v) FROM t"), QStringLiteral("1"));
        const QByteArray update = "UPDATE t SET v = " + QByteArray::number(round);
        QCOMPARE(execSql(**vault, update.constData()), SQLITE_OK);
        QCOMPARE(execSql(**vault, "PRAGMA wal_checkpoint(TRUNCATE)"), SQLITE_OK);
        QCOMPARE(queryText(**vault, "SELECT min(v) || ',' || max(v) FROM t"),
                 QString::number(round) + QLatin1Char(',') + QString::number(round));
    }
    QCOMPARE(queryText(**vault, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"

// Before a change of keys in an open vault: the current passphrase or the recovery key,
// nothing else; a wrong one is logged as a failed unlock and changes nothing.
void TestVault::confirmAsksForTheCurrentSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    VaultOptions options = cheapOptions();
    options.clock = [&now] { return now; };
    const auto later = [&now] { now = now.addSecs(Vault::kMaxRetryWaitSeconds); };
    auto vault = Vault::create(path, secret("pass"), secretariat(), options);
    QVERIFY(vault);
    Vault& v = **vault;
    QVERIFY(v.confirm(secret("pass")));
    const auto failuresBefore =
        queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'");
    const QByteArray header = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
    }();
    QVERIFY(!header.isEmpty());
    const Status wrong = v.confirm(secret("guess"));
    QCOMPARE(wrong.error().code, StorageErrorCode::WrongPassphrase);
    QVERIFY(wrong.error().message.contains(QStringLiteral("current passphrase")));
    QCOMPARE(queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'").toInt(),
             failuresBefore.toInt() + 1);
    QVERIFY(queryText(
                v, "SELECT summary FROM audit_entry WHERE action = 'unlock-failed' ORDER BY seq DESC LIMIT 1")
                .contains(QStringLiteral("confirm")));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4096), header); // the key slots did not change
    }
    QCOMPARE(v.confirm(secret("")).error().code, StorageErrorCode::WrongPassphrase);
    later();

    // The recovery key, as typed, confirms too; a recovery key of another vault does not,
    // nor does the recovery key offered as a passphrase or the passphrase as a key.
    auto key = v.addRecoveryKey();
    QVERIFY(key);
    const QByteArray typed = key->toLower().toUtf8();
    QVERIFY(v.confirm(SecureBytes(typed.constData(), std::size_t(typed.size())), true));
    QCOMPARE(v.confirm(SecureBytes(typed.constData(), std::size_t(typed.size()))).error().code,
             StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.confirm(secret("pass"), true).error().code, StorageErrorCode::WrongPassphrase);
    later();
    const QByteArray other = RecoveryKey::format(RecoveryKey::generate()).toUtf8();
    QCOMPARE(v.confirm(SecureBytes(other.constData(), std::size_t(other.size())), true).error().code,
             StorageErrorCode::WrongPassphrase);
    later();

    // After a change, only the new passphrase confirms.
    QVERIFY(v.changePassphrase(secret("fresh"), Kdf::kCheapForTests));
    QCOMPARE(v.confirm(secret("pass")).error().code, StorageErrorCode::WrongPassphrase);
    later();
    QVERIFY(v.confirm(secret("fresh")));
    v.lock();
    QCOMPARE(v.confirm(secret("fresh")).error().code, StorageErrorCode::Locked);
}

void TestVault::wrongAnswersSlowDown()
{
    // Someone at an unattended window guessing: from the second wrong answer in a row, the
    // next try waits 2, 4, 8, 16, then 30 seconds; a try made sooner is refused unread.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    VaultOptions options = cheapOptions();
    options.clock = [&now] { return now; };
    auto vault = Vault::create(path, secret("pass"), secretariat(), options);
    QVERIFY(vault);
    Vault& v = **vault;
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.secondsBeforeRetry(), 0); // a typo costs nothing
    const int failuresBefore =
        queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'").toInt();
    for (int expected : {2, 4, 8, 16, 30, 30}) {
        QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
        QCOMPARE(v.secondsBeforeRetry(), expected);
        const Status early = v.confirm(secret("pass"));
        QCOMPARE(early.error().code, StorageErrorCode::TooSoon);
        QVERIFY(early.error().message.contains(QString::number(expected)));
        now = now.addSecs(expected - 1);
        QCOMPARE(v.secondsBeforeRetry(), 1);
        QCOMPARE(v.confirm(secret("pass")).error().code, StorageErrorCode::TooSoon);
        now = now.addSecs(1);
        QCOMPARE(v.secondsBeforeRetry(), 0);
    }
    // Refused tries were not guesses: only the wrong answers were logged.
    QCOMPARE(queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'").toInt(),
             failuresBefore + 6);
    QVERIFY(v.confirm(secret("pass")));
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.secondsBeforeRetry(), 0); // a right answer started the count again

    // Unlocking a locked vault counts the same way, and the wait holds a right answer back.
    v.lock();
    QCOMPARE(v.unlock(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.secondsBeforeRetry(), 2);
    QCOMPARE(v.unlock(secret("pass")).error().code, StorageErrorCode::TooSoon);
    QVERIFY(v.isLocked());
    now = now.addSecs(2);
    QVERIFY(v.unlock(secret("pass")));
    QCOMPARE(v.secondsBeforeRetry(), 0);

    // Closing the vault and opening it again does not start the count over.
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    vault->reset();
    auto reopened = Vault::open(path, secret("pass"), options);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, StorageErrorCode::TooSoon);
    now = now.addSecs(2);
    reopened = Vault::open(path, secret("pass"), options);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));

    // The clock set back an hour never makes the wait longer than its longest step.
    QCOMPARE((*reopened)->confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE((*reopened)->confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE((*reopened)->secondsBeforeRetry(), 2);
    now = now.addSecs(-3600);
    QCOMPARE((*reopened)->secondsBeforeRetry(), Vault::kMaxRetryWaitSeconds);
    now = now.addSecs(Vault::kMaxRetryWaitSeconds);
    QCOMPARE((*reopened)->secondsBeforeRetry(), 0);
    QVERIFY((*reopened)->confirm(secret("pass")));
}

void TestVault::calibrationStaysWithinTheFloorAndLimits()
{
    // Whatever this machine's speed: never below the format's floor, never past what a
    // header may hold, and more work for a longer target.
    const KdfParams quick = Kdf::calibrate(std::chrono::milliseconds(1));
    QCOMPARE(quick.log2N, Kdf::kMinimumDefault.log2N);
    QCOMPARE(quick.r, Kdf::kMinimumDefault.r);
    QCOMPARE(quick.p, Kdf::kMinimumDefault.p);
    const KdfParams slow = Kdf::calibrate(std::chrono::milliseconds(60000));
    QVERIFY(Kdf::withinLimits(slow));
    QVERIFY(slow.log2N >= quick.log2N);
    const auto cost = [](const KdfParams& k) { return (quint64(1) << k.log2N) * k.r * k.p; };
    QVERIFY2(cost(slow) > cost(quick), qPrintable(QStringLiteral("N=2^%1 p=%2").arg(slow.log2N).arg(slow.p)));
}

void TestVault::untestedSqliteIsRefused()
{
    qunsetenv("ONETEAM_ALLOW_UNTESTED_SQLITE");
    // The library linked here is the one the encryption layer was tested with.
    QVERIFY(Vault::checkSqliteVersion(sqlite3_libversion_number()));
    QVERIFY(Vault::checkSqliteVersion(3040001));
    for (int version : {3039004, 3041000, 3045001, 4000000}) {
        const Status refused = Vault::checkSqliteVersion(version);
        QCOMPARE(refused.error().code, StorageErrorCode::Unsupported);
        QVERIFY(refused.error().message.contains(QStringLiteral("ONETEAM_ALLOW_UNTESTED_SQLITE")));
    }
    QVERIFY(Vault::checkSqliteVersion(3041000).error().message.contains(QStringLiteral("3.41.0")));
    qputenv("ONETEAM_ALLOW_UNTESTED_SQLITE", "1");
    QVERIFY(Vault::checkSqliteVersion(3041000));
    qunsetenv("ONETEAM_ALLOW_UNTESTED_SQLITE");

    // Creating and opening check it: with a newer SQLite, nothing is created or opened.
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.otvault"));
    QVERIFY(Vault::create(existing, secret("pass"), secretariat(), cheapOptions()));
    const QByteArray before = fileHash(existing);
    Vault::overrideSqliteVersion(3041000);
    const QString fresh = dir.filePath(QStringLiteral("fresh.otvault"));
    auto created = Vault::create(fresh, secret("pass"), secretariat(), cheapOptions());
    auto opened = Vault::open(existing, secret("pass"), cheapOptions());
    Vault::overrideSqliteVersion(0);
    QCOMPARE(created.error().code, StorageErrorCode::Unsupported);
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(opened.error().code, StorageErrorCode::Unsupported);
    QCOMPARE(fileHash(existing), before);
    QVERIFY(Vault::open(existing, secret("pass"), cheapOptions()));
}

namespace {

// The VmFlags line of /proc/self/smaps for the mapping that holds `address`.
QByteArray vmFlagsOf(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly)) {
        return {};
    }
    const auto at = quintptr(address);
    bool inside = false;
    // /proc files have no size: read them whole rather than asking atEnd().
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool ok1 = false;
            bool ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            if (ok1 && ok2) {
                inside = at >= from && at < to;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

} // namespace

// Keys and passphrases live in OpenSSL's secure heap: left out of core dumps, locked in RAM
// where the limit allows it.
void TestVault::secretsStayOutOfSwapAndDumps()
{
    if (!secureHeapInUse()) {
        QSKIP("AddressSanitizer build: secrets stay where the sanitizer checks every access");
    }
    const SecureBytes key = secret("a passphrase to keep out of swap");
    QVERIFY(inSecureHeap(key.data()));
    const QList<QByteArray> flags = vmFlagsOf(key.data()).split(' ');
    QVERIFY2(flags.contains("dd"), vmFlagsOf(key.data()).constData()); // MADV_DONTDUMP
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &limit), 0);
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= 512 * 1024) {
        QVERIFY2(flags.contains("lo"), vmFlagsOf(key.data()).constData()); // mlock
    } else {
        qWarning("RLIMIT_MEMLOCK is %llu bytes: the secure heap is not locked here",
                 static_cast<unsigned long long>(limit.rlim_cur));
    }
    // More than the arena holds: the rest comes from ordinary memory, works, and leaves no
    // error behind on OpenSSL's queue.
    {
        ERR_clear_error();
        std::vector<SecureBytes> many;
        int outside = 0;
        for (int i = 0; i < 1200; ++i) {
            many.emplace_back(std::size_t(1024));
            many.back().data()[1023] = std::uint8_t(i);
            outside += inSecureHeap(many.back().data()) ? 0 : 1;
        }
        QVERIFY(outside > 0);
        QCOMPARE(many.at(1199).data()[1023], std::uint8_t(1199 % 256));
        QCOMPARE(ERR_peek_error(), 0UL);
    }
    QVERIFY(inSecureHeap(secret("after").data()));
    // A moved-from buffer leaves nothing behind; the new owner is still in the heap.
    SecureBytes moved = secret("moved");
    SecureBytes owner = std::move(moved);
    QVERIFY(moved.isEmpty());
    QVERIFY(inSecureHeap(owner.data()));
}

// SQLite's own memory (page cache, statements) holds decrypted pages: it is wiped on free.
void TestVault::sqliteMemoryIsWipedWhenFreed()
{
    QVERIFY(sqlitememory::wipingAllocatorActive());
    // What freeing does first: every byte of the block is zero afterwards.
    auto* probe = static_cast<unsigned char*>(sqlite3_malloc(256));
    QVERIFY(probe);
    std::memset(probe, 0xA5, 256);
    sqlitememory::wipeBlock(probe);
    QVERIFY(std::all_of(probe, probe + 256, [](unsigned char b) { return b == 0; }));
    sqlite3_free(probe);
    const std::uint64_t before = sqlitememory::bytesWiped();
    void* block = sqlite3_malloc(1000);
    QVERIFY(block);
    QVERIFY(sqlite3_msize(block) >= 1000);
    std::memset(block, 'x', 1000);
    block = sqlite3_realloc(block, 5000); // grows: the old block is wiped too
    QVERIFY(block);
    QCOMPARE(static_cast<const char*>(block)[999], 'x');
    sqlite3_free(block);
    QVERIFY(sqlitememory::bytesWiped() >= before + 6000);
    // A vault's page cache goes the same way when it locks.
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("office.otvault")), secret("pass"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    insertRows(**vault, 200);
    const std::uint64_t open = sqlitememory::bytesWiped();
    (*vault)->lock();
    QVERIFY(sqlitememory::bytesWiped() > open + 4096 * 10);
}
