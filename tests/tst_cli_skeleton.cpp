#include <QProcess>
#include <QTest>

// The command-line contract's skeleton: help, version, unknown and not-yet commands.
class TestCliSkeleton : public QObject
{
    Q_OBJECT
private slots:
    void help();
    void version();
    void unknownCommand();
    void noArguments();

private:
    static int run(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"), args);
        if (!process.waitForFinished(30000)) {
            return -1;
        }
        if (out) {
            *out = process.readAllStandardOutput();
        }
        if (err) {
            *err = process.readAllStandardError();
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
};

void TestCliSkeleton::help()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
    for (const char* command : {"init", "demo", "schema", "list", "get", "put", "delete", "passwd",
                                "site card", "site trust", "bundle export", "bundle import", "bundle inspect",
                                "conflicts", "audit verify", "audit export", "report"}) {
        QVERIFY2(out.contains(command), command);
    }
    QVERIFY(out.contains("Exit codes"));
}

void TestCliSkeleton::version()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("oneteam-cli " ONETEAM_VERSION));
}

void TestCliSkeleton::unknownCommand()
{
    QByteArray err;
    QCOMPARE(run({QStringLiteral("frobnicate")}, nullptr, &err), 1);
    QVERIFY(err.contains("Unknown command: frobnicate"));
}

void TestCliSkeleton::noArguments()
{
    QByteArray err;
    QCOMPARE(run({}, nullptr, &err), 1);
    QVERIFY(err.contains("Usage:"));
}

QTEST_GUILESS_MAIN(TestCliSkeleton)
#include "tst_cli_skeleton.moc"
