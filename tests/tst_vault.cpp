#include "MemoryFile.h"
#include "RecoveryKey.h"
#include "Schema.h"
#include "VaultTestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace oneteam;
using namespace oneteam::test;

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
    void interruptedHeaderUpdateIsCompleted();
    void incompleteHeaderJournalIsIgnored();
    void rejectsBadCreateArguments();
    void temporaryFilesStayInMemory();
    void plantedJournalLinkIsNeverFollowed();
    void spilledTransactionSurvivesRecovery();
    void readAheadNeverServesStalePages_data();
    void readAheadNeverServesStalePages();
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
