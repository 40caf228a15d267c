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
    void eachCommandHasItsOwnHelp();

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

// 'COMMAND --help' (or 'help COMMAND') prints that command's usage and runs nothing: no
// vault is named, so a command that ran would fail; 'delete' deletes nothing.
void TestCliSkeleton::eachCommandHasItsOwnHelp()
{
    QByteArray all;
    QCOMPARE(run({QStringLiteral("--help")}, &all), 0);
    QStringList commands;
    bool listing = false;
    for (const QByteArray& line : all.split('\n')) {
        if (line == "Commands:") {
            listing = true;
        } else if (listing && line.startsWith("  ")) {
            commands << QString::fromUtf8(line.mid(2, 22)).trimmed();
        } else if (listing) {
            break;
        }
    }
    QVERIFY(commands.size() >= 25);
    QVERIFY(commands.contains(QStringLiteral("site trust")));
    for (const QString& command : std::as_const(commands)) {
        const QStringList words = command.split(QLatin1Char(' '));
        for (const QStringList& args :
             {words + QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")} + words}) {
            QByteArray out;
            QByteArray err;
            QCOMPARE(run(args, &out, &err), 0);
            const QByteArray usage =
                QByteArray("Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] ") + command.toUtf8();
            QVERIFY2(out.startsWith(usage), out.constData());
            QVERIFY2(!out.contains("Exit codes"), qPrintable(command)); // not the whole help
            QVERIFY2(err.isEmpty(), err.constData());
        }
    }
    QByteArray trust;
    QCOMPARE(run({QStringLiteral("site"), QStringLiteral("trust"), QStringLiteral("-h")}, &trust), 0);
    QVERIFY2(trust.contains("CARD --role secretariat|ministry:CODE|auditor --fingerprint HEX"),
             trust.constData());
    QVERIFY(trust.contains("trust another site's card with a role"));
    // Options and arguments after the command do not matter.
    QByteArray remove;
    QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("milestone"), QStringLiteral("some-id"),
                  QStringLiteral("--help")},
                 &remove),
             0);
    QVERIFY(remove.startsWith("Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] delete TYPE ID"));
}

QTEST_GUILESS_MAIN(TestCliSkeleton)
#include "tst_cli_skeleton.moc"
