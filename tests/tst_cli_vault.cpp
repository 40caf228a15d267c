#include "VaultTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// The vault commands of oneteam-cli and their exit codes (DESIGN.md, "CLI contract").
class TestCliVault : public QObject
{
    Q_OBJECT
private slots:
    void initInfoAndWrongPassphrase();
    void passphraseChangeAndRecoveryKey();
    void passphraseNeverAnArgument();
    void errorsMapToExitCodes();
    void reportNeedsAnOutput();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ONETEAM_ALLOW_WEAK_KDF"), QStringLiteral("1"));
        environment.remove(QStringLiteral("ONETEAM_PASSPHRASE"));
        environment.remove(QStringLiteral("ONETEAM_VAULT"));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"), args);
        process.closeWriteChannel();
        Run run;
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
            run.code = process.exitCode();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
    QMap<QString, QString> pass(const QString& p) { return {{QStringLiteral("ONETEAM_PASSPHRASE"), p}}; }
    QString init(QTemporaryDir& dir, const QString& role = QStringLiteral("secretariat"))
    {
        const QString path = dir.filePath(QStringLiteral("site.otvault"));
        const Run run =
            cli({QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--site-name"),
                 QStringLiteral("Secretariat"), QStringLiteral("--role"), role, QStringLiteral("--kdf"),
                 QStringLiteral("10,8,1")},
                pass(QStringLiteral("first pass")));
        if (run.code != 0) {
            qWarning("%s", run.err.constData());
        }
        return run.code == 0 ? path : QString();
    }
};

void TestCliVault::initInfoAndWrongPassphrase()
{
    QTemporaryDir dir;
    const QString path = init(dir, QStringLiteral("ministry:MSIT"));
    QVERIFY(!path.isEmpty());
    Run info = cli({QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--vault=") + path},
                   pass(QStringLiteral("first pass")));
    QCOMPARE(info.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(object.value(QStringLiteral("role")).toString(), QStringLiteral("ministry:MSIT"));
    QCOMPARE(object.value(QStringLiteral("site_name")).toString(), QStringLiteral("Secretariat"));
    QCOMPARE(object.value(QStringLiteral("recovery_key")).toBool(), false);

    QByteArray before = fileHash(path);
    Run wrong = cli({QStringLiteral("info"), QStringLiteral("--vault"), path}, pass(QStringLiteral("nope")));
    QCOMPARE(wrong.code, 2);
    QVERIFY(wrong.err.contains("passphrase is not correct"));
    QCOMPARE(fileHash(path), before);

    // The vault path from the environment, the passphrase from a file.
    QFile secretFile(dir.filePath(QStringLiteral("pass.txt")));
    QVERIFY(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("first pass\n");
    secretFile.close();
    Run fromFile = cli({QStringLiteral("info"), QStringLiteral("--passphrase-file"), secretFile.fileName()},
                       {{QStringLiteral("ONETEAM_VAULT"), path}});
    QCOMPARE(fromFile.code, 0);
    QVERIFY(fromFile.out.contains("Role: ministry:MSIT"));

    // init never overwrites. (The unlock above logged the failed one: the file changed.)
    before = fileHash(path);
    Run again = cli({QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--site-name"),
                     QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("auditor"),
                     QStringLiteral("--kdf"), QStringLiteral("10,8,1")},
                    pass(QStringLiteral("x")));
    QCOMPARE(again.code, 1);
    QCOMPARE(fileHash(path), before);
}

void TestCliVault::passphraseChangeAndRecoveryKey()
{
    QTemporaryDir dir;
    const QString path = init(dir);
    QVERIFY(!path.isEmpty());
    QMap<QString, QString> env = pass(QStringLiteral("first pass"));
    env.insert(QStringLiteral("ONETEAM_NEW_PASSPHRASE"), QStringLiteral("second pass"));
    Run changed = cli({QStringLiteral("passwd"), QStringLiteral("--vault"), path, QStringLiteral("--kdf"),
                       QStringLiteral("10,8,1")},
                      env);
    QCOMPARE(changed.code, 0);
    QCOMPARE(
        cli({QStringLiteral("info"), QStringLiteral("--vault"), path}, pass(QStringLiteral("first pass")))
            .code,
        2);
    QCOMPARE(
        cli({QStringLiteral("info"), QStringLiteral("--vault"), path}, pass(QStringLiteral("second pass")))
            .code,
        0);

    Run added = cli({QStringLiteral("recovery-key"), QStringLiteral("add"), QStringLiteral("--vault"), path,
                     QStringLiteral("--json")},
                    pass(QStringLiteral("second pass")));
    QCOMPARE(added.code, 0);
    const QString key =
        QJsonDocument::fromJson(added.out).object().value(QStringLiteral("recovery_key")).toString();
    QCOMPARE(key.size(), 65);
    QFile keyFile(dir.filePath(QStringLiteral("recovery.txt")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(key.toUtf8() + '\n');
    keyFile.close();
    Run byKey = cli({QStringLiteral("info"), QStringLiteral("--vault"), path,
                     QStringLiteral("--recovery-key-file"), keyFile.fileName()});
    QCOMPARE(byKey.code, 0);
    QVERIFY(byKey.out.contains("Recovery key: set"));

    QFile typo(dir.filePath(QStringLiteral("typo.txt")));
    QVERIFY(typo.open(QIODevice::WriteOnly));
    typo.write(key.left(10).toUtf8() + (key.at(10) == QLatin1Char('A') ? "B" : "A") + key.mid(11).toUtf8());
    typo.close();
    Run mistyped = cli({QStringLiteral("info"), QStringLiteral("--vault"), path,
                        QStringLiteral("--recovery-key-file"), typo.fileName()});
    QCOMPARE(mistyped.code, 1);
    QVERIFY(mistyped.err.contains("mistyped"));

    QCOMPARE(cli({QStringLiteral("recovery-key"), QStringLiteral("remove"), QStringLiteral("--vault"), path},
                 pass(QStringLiteral("second pass")))
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--vault"), path,
                  QStringLiteral("--recovery-key-file"), keyFile.fileName()})
                 .code,
             2);
}

void TestCliVault::passphraseNeverAnArgument()
{
    QTemporaryDir dir;
    const QString path = init(dir);
    Run run = cli({QStringLiteral("info"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase"),
                   QStringLiteral("first pass")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("never taken as arguments"));
    // No passphrase and no terminal: a clear usage error, not a hang.
    Run none = cli({QStringLiteral("info"), QStringLiteral("--vault"), path});
    QVERIFY2(none.code == 1, none.err.constData());
    QVERIFY(none.err.contains("ONETEAM_PASSPHRASE"));
    // A KDF below the floor needs the explicit opt-in.
    QProcessEnvironment strict = QProcessEnvironment::systemEnvironment();
    QProcess process;
    strict.remove(QStringLiteral("ONETEAM_ALLOW_WEAK_KDF"));
    strict.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("x"));
    process.setProcessEnvironment(strict);
    process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"),
                  {QStringLiteral("init"), QStringLiteral("--vault"),
                   dir.filePath(QStringLiteral("weak.otvault")), QStringLiteral("--site-name"),
                   QStringLiteral("W"), QStringLiteral("--role"), QStringLiteral("auditor"),
                   QStringLiteral("--kdf"), QStringLiteral("10,8,1")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("weak.otvault"))));
}

void TestCliVault::errorsMapToExitCodes()
{
    QTemporaryDir dir;
    const QString path = init(dir);
    QVERIFY(!path.isEmpty());
    // Busy: this process holds the vault open.
    {
        auto held = Vault::open(path, secret("first pass"), cheapOptions());
        QVERIFY(held);
        Run busy = cli({QStringLiteral("info"), QStringLiteral("--vault"), path},
                       pass(QStringLiteral("first pass")));
        QCOMPARE(busy.code, 6);
        QVERIFY(busy.err.contains("open in another"));
    }
    // Missing file: I/O.
    QCOMPARE(
        cli({QStringLiteral("info"), QStringLiteral("--vault"), dir.filePath(QStringLiteral("none.otvault"))},
            pass(QStringLiteral("x")))
            .code,
        6);
    // Tampered: a flipped byte in a page.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(4096 + 200);
    char byte = 0;
    file.getChar(&byte);
    file.seek(4096 + 200);
    file.putChar(char(byte ^ 0x10));
    file.close();
    Run tampered =
        cli({QStringLiteral("info"), QStringLiteral("--vault"), path}, pass(QStringLiteral("first pass")));
    QCOMPARE(tampered.code, 3);
    QVERIFY2(tampered.err.contains("Page 1"), tampered.err.constData());
    // Not a vault.
    QFile text(dir.filePath(QStringLiteral("notes.otvault")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(5000, 'n'));
    text.close();
    Run notVault =
        cli({QStringLiteral("info"), QStringLiteral("--vault"), text.fileName()}, pass(QStringLiteral("x")));
    QCOMPARE(notVault.code, 3);
    QVERIFY(notVault.err.contains("not a OneTeam vault"));
    // Usage: bad role, missing vault option.
    QCOMPARE(
        cli({QStringLiteral("init"), QStringLiteral("--vault"), dir.filePath(QStringLiteral("r.otvault")),
             QStringLiteral("--site-name"), QStringLiteral("R"), QStringLiteral("--role"),
             QStringLiteral("king"), QStringLiteral("--kdf"), QStringLiteral("10,8,1")},
            pass(QStringLiteral("x")))
            .code,
        1);
    QCOMPARE(cli({QStringLiteral("info")}, pass(QStringLiteral("x"))).code, 1);
}

void TestCliVault::reportNeedsAnOutput()
{
    Run run = cli({QStringLiteral("report")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("report needs --out PATH"));
    run = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("gossip"),
               QStringLiteral("--out"), QStringLiteral("x.pdf")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("'gossip' is not a report"));
    QVERIFY(!run.err.contains("--kind resolutions"));
    // Actions are where the design puts them, and the error says so.
    run = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("actions"),
               QStringLiteral("--out"), QStringLiteral("x.pdf")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains("Actions are in the resolutions report (--kind resolutions)."),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
