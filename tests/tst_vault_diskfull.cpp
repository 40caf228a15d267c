#include "VaultTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// A full disk, made real with a preloaded library under which writes to the vault's
// files fail with ENOSPC after a budget: the user is told the disk is full, and nothing
// that was committed is lost.
class TestVaultDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void fullDiskDuringWrites_data();
    void fullDiskDuringWrites();
    void fullDiskDuringPassphraseChange();
    void fullDiskAfterHeaderJournal();

private:
    QStringList runWriter(const QString& path, const QStringList& mode, qint64 budget,
                          const QString& newPassphrase = {})
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
        env.insert(QStringLiteral("ONETEAM_NEW_PASSPHRASE"), newPassphrase);
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(ONETEAM_ENOSPC_PRELOAD));
        env.insert(QStringLiteral("ONETEAM_TEST_ENOSPC_AFTER"), QString::number(budget));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(ONETEAM_BIN_DIR "/vault_writer"), QStringList{path} + mode);
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            qWarning("writer: %s", child.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

void TestVaultDiskFull::fullDiskDuringWrites_data()
{
    QTest::addColumn<int>("journal");
    QTest::newRow("wal") << int(VaultOptions::Journal::Wal);
    QTest::newRow("rollback") << int(VaultOptions::Journal::Rollback);
}

void TestVaultDiskFull::fullDiskDuringWrites()
{
    QFETCH(int, journal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.otvault"));
    QVERIFY(Vault::create(path, secret("pass"), secretariat(), cheapOptions(VaultOptions::Journal(journal))));
    const QStringList lines = runWriter(path, {QStringLiteral("--fill")}, 3 * 1024 * 1024);
    QVERIFY(lines.size() >= 2);
    const QString last = lines.last();
    QVERIFY2(last.startsWith(QStringLiteral("error %1 ").arg(int(StorageErrorCode::DiskFull))),
             qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("disk is full")));
    qint64 committed = 0;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("committed "))) {
            committed = line.mid(10).toLongLong();
        }
    }
    QVERIFY(committed > 5);

    // With space again, everything committed is there and nothing half-written.
    auto vault = Vault::open(path, secret("pass"), cheapOptions());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(queryText(**vault, "PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM fill").toLongLong(), committed);
    QCOMPARE(execSql(**vault, "INSERT INTO fill (body) VALUES (randomblob(100))"), SQLITE_OK);
}

void TestVaultDiskFull::fullDiskDuringPassphraseChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.otvault"));
    QVERIFY(Vault::create(path, secret("pass"), secretariat(), cheapOptions()));
    const QByteArray before = fileHash(path);
    const QStringList lines = runWriter(path, {QStringLiteral("--passwd")}, 0, QStringLiteral("next"));
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().startsWith(QStringLiteral("error %1 ").arg(int(StorageErrorCode::DiskFull))),
             qPrintable(lines.last()));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-hj")));
    QVERIFY(Vault::open(path, secret("pass"), cheapOptions()));
}

void TestVaultDiskFull::fullDiskAfterHeaderJournal()
{
    // Room for the header journal, none for the header itself: the user is told, and the
    // change completes on the next open instead of leaving a torn header.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.otvault"));
    QVERIFY(Vault::create(path, secret("pass"), secretariat(), cheapOptions()));
    const QStringList lines = runWriter(path, {QStringLiteral("--passwd")}, 4096, QStringLiteral("next"));
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().contains(QStringLiteral("completed the next time")), qPrintable(lines.last()));
    QVERIFY(QFile::exists(path + QStringLiteral("-hj")));
    QCOMPARE(Vault::open(path, secret("pass"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    QVERIFY(Vault::open(path, secret("next"), cheapOptions()));
    QVERIFY(!QFile::exists(path + QStringLiteral("-hj")));
}

QTEST_GUILESS_MAIN(TestVaultDiskFull)
#include "tst_vault_diskfull.moc"
