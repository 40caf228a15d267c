#include "VaultTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// A child process commits transactions and is killed with SIGKILL at random moments;
// after each kill the vault must open, pass integrity_check, hold every transaction the
// child reported committed, hold no half transaction, and show no clear text on disk.
class TestVaultCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriter_data();
    void killedWriter();
};

void TestVaultCrash::killedWriter_data()
{
    QTest::addColumn<int>("journal");
    QTest::addColumn<int>("kills");
    QTest::newRow("wal") << int(VaultOptions::Journal::Wal) << 120;
    QTest::newRow("rollback") << int(VaultOptions::Journal::Rollback) << 100;
}

void TestVaultCrash::killedWriter()
{
    QFETCH(int, journal);
    QFETCH(int, kills);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.otvault"));
    QVERIFY(Vault::create(path, secret("pass"), secretariat(), cheapOptions(VaultOptions::Journal(journal))));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
    auto* random = QRandomGenerator::global();
    qint64 reportedMax = 0;
    int killedMidway = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(ONETEAM_BIN_DIR "/vault_writer"), {path});
        QVERIFY(child.waitForStarted(10000));
        // Let it get going (its first commit), then kill it somewhere in the next ~40 ms.
        QElapsedTimer waited;
        waited.start();
        while (!child.canReadLine() && waited.elapsed() < 10000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
        }
        QTest::qSleep(int(random->bounded(40)));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        qint64 committed = 0;
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("committed ")) {
                committed = qMax(committed, line.mid(10).toLongLong());
            }
        }
        QVERIFY2(committed > 0, child.readAllStandardError().constData());
        reportedMax = qMax(reportedMax, committed);

        // Whatever the kill left behind (journal, WAL) holds no clear text.
        const QStringList leaks = filesContaining(dir.path(), "MARKER-CRASH-PLAINTEXT");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        if (QFile::exists(path + QStringLiteral("-wal")) ||
            QFile::exists(path + QStringLiteral("-journal"))) {
            ++killedMidway;
        }

        auto vault = Vault::open(path, secret("pass"), cheapOptions());
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        QCOMPARE(queryText(**vault, "PRAGMA integrity_check"), QStringLiteral("ok"));
        const qint64 maxId = queryText(**vault, "SELECT coalesce(max(id), 0) FROM crash").toLongLong();
        const qint64 count = queryText(**vault, "SELECT count(*) FROM crash").toLongLong();
        QVERIFY2(maxId >= reportedMax,
                 qPrintable(
                     QStringLiteral("lost commits: have %1, child reported %2").arg(maxId).arg(reportedMax)));
        QCOMPARE(count, maxId); // nothing in between went missing
        QCOMPARE(maxId % 8, 0); // never half a transaction
        reportedMax = maxId;
    }
    qInfo("%d kills, %d left a journal or WAL behind, %lld rows", kills, killedMidway, reportedMax);
    QVERIFY(killedMidway > 0);
}

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vault_crash.moc"
