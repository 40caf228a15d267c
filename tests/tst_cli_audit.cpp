// The audit log through oneteam-cli: log, a record's history, verify (exit 3 when broken),
// export and verification of the exported file elsewhere, without the vault.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oneteam::test;

class TestCliAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void logListsWhatHappened();
    void verifyExportAndVerifyElsewhere();
    void alteredFileExitsThreeAndNamesTheEntry();
    void reportHeadIsCheckedAgainstTheLog();

private:
    CliRun cli(const QStringList& args, const QString& passphrase = QStringLiteral("pass"))
    {
        return runCli(args, {{QStringLiteral("ONETEAM_VAULT"), m_vault},
                             {QStringLiteral("ONETEAM_PASSPHRASE"), passphrase},
                             {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))}});
    }
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_exported;
};

void TestCliAudit::initTestCase()
{
    m_vault = m_dir.filePath(QStringLiteral("office.otvault"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--site-name"), QStringLiteral("Secretariat"),
                  QStringLiteral("--role"), QStringLiteral("secretariat"), QStringLiteral("--kdf"),
                  QStringLiteral("10,8,1")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("demo")}).code, 0);
    QCOMPARE(cli({QStringLiteral("info")}, QStringLiteral("wrong")).code, 2);
}

void TestCliAudit::logListsWhatHappened()
{
    const CliRun run = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
    QVERIFY(entries.size() > 40);
    QCOMPARE(entries.first()[QStringLiteral("action")].toString(), QStringLiteral("unlock-failed"));
    QCOMPARE(entries.last()[QStringLiteral("action")].toString(), QStringLiteral("vault-created"));
    // One record's history: its creation.
    QString target;
    for (const QJsonValue& entry : entries) {
        if (entry[QStringLiteral("action")].toString() == QLatin1String("create")) {
            target = entry[QStringLiteral("target")].toString();
        }
    }
    QVERIFY(target.contains(QLatin1Char('/')));
    const CliRun history = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--record"),
                                target, QStringLiteral("--json")});
    QCOMPARE(history.code, 0);
    QCOMPARE(QJsonDocument::fromJson(history.out).array().size(), 1);
    // Dates filter; a bad one is a usage error.
    const CliRun future = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--from"),
                               QStringLiteral("2999-01-01"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(future.out).array().size(), 0);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--from"),
                  QStringLiteral("soon")})
                 .code,
             1);
    const CliRun text =
        cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(text.out.count('\n'), 3);
    QVERIFY(text.out.contains("Failed unlock"));
}

void TestCliAudit::verifyExportAndVerifyElsewhere()
{
    const CliRun verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.code, 0);
    QVERIFY(verify.out.contains("intact"));
    m_exported = m_dir.filePath(QStringLiteral("audit-log.json"));
    const CliRun exported =
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), m_exported});
    QCOMPARE(exported.code, 0);
    const qsizetype at = exported.out.indexOf("--fingerprint ");
    QVERIFY(at > 0);
    const QString fingerprint = QString::fromUtf8(exported.out.mid(at + 14).trimmed());
    // Elsewhere: no vault, no passphrase.
    const CliRun elsewhere = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), m_exported,
         QStringLiteral("--fingerprint"), fingerprint, QStringLiteral("--json")},
        {{QStringLiteral("ONETEAM_PASSPHRASE"), QString()}, {QStringLiteral("ONETEAM_VAULT"), QString()}});
    QCOMPARE(elsewhere.code, 0);
    const QJsonObject result = QJsonDocument::fromJson(elsewhere.out).object();
    QVERIFY(result[QStringLiteral("intact")].toBool());
    QCOMPARE(result[QStringLiteral("fingerprint")].toString(), fingerprint);
    // Another fingerprint: exit 3.
    const CliRun wrong = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"),
                                 m_exported, QStringLiteral("--fingerprint"), QStringLiteral("0000-0000")});
    QCOMPARE(wrong.code, 3);
}

void TestCliAudit::alteredFileExitsThreeAndNamesTheEntry()
{
    QVERIFY(!m_exported.isEmpty());
    QFile file(m_exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    // Entry 2 becomes an update instead of a creation.
    const qsizetype at = bytes.indexOf("\"action\": \"create\"");
    QVERIFY(at > 0);
    bytes.replace(at, 18, "\"action\": \"update\"");
    const QString altered = m_dir.filePath(QStringLiteral("altered.json"));
    QFile out(altered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliRun run =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), altered});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.out.contains("entry 2 ("), run.out.constData());
}

// A report names the audit head it was made from; `audit verify --head` checks it against
// the log: found (0), a different history (3), not reached here yet (4).
void TestCliAudit::reportHeadIsCheckedAgainstTheLog()
{
    const CliRun report = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("caio"),
                               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                               m_dir.filePath(QStringLiteral("caio.csv"))});
    QCOMPARE(report.code, 0);
    const qsizetype at = report.out.indexOf("made from audit chain entry ");
    QVERIFY(at > 0);
    const qint64 seq =
        QString::fromUtf8(report.out.mid(at + 28)).section(QLatin1Char('.'), 0, 0).toLongLong();
    QVERIFY(seq > 1);
    // The log prints each entry's chain value.
    const CliRun log = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")});
    QString chain;
    for (const QJsonValue& entry : QJsonDocument::fromJson(log.out).array()) {
        if (entry[QStringLiteral("seq")].toInteger() == seq) {
            chain = entry[QStringLiteral("chain")].toString();
        }
    }
    QCOMPARE(chain.size(), 64);
    // The report command prints the check, ready to copy.
    QVERIFY2(report.out.contains(
                 QStringLiteral("audit verify --head %1:%2 --site ").arg(seq).arg(chain.left(32)).toUtf8()),
             report.out.constData());
    // ... and the command as printed, copied whole, finds the head in that site's log.
    const QString printed =
        QString::fromUtf8(report.out).section(QStringLiteral("oneteam-cli "), -1).trimmed();
    const QStringList printedArgs = printed.split(QLatin1Char(' '));
    QCOMPARE(printedArgs.size(), 6);
    const QString shortId = printedArgs.last();
    QCOMPARE(shortId.size(), 8);
    const CliRun asPrinted = cli(printedArgs);
    QCOMPARE(asPrinted.code, 0);
    QVERIFY2(asPrinted.out.contains("is in the verified log of Secretariat"), asPrinted.out.constData());
    const auto verify = [&](const QString& head) {
        return cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), head});
    };
    for (const QString& head : {QStringLiteral("%1:%2").arg(seq).arg(chain.left(32)),
                                QStringLiteral("entry %1, %2…").arg(seq).arg(chain.left(32).toUpper()),
                                QStringLiteral("%1번 항목, %2").arg(seq).arg(chain.left(32)),
                                QStringLiteral("%1:%2").arg(seq).arg(chain)}) {
        const CliRun found = verify(head);
        QCOMPARE(found.code, 0);
        QVERIFY2(found.out.contains("is in the verified log of Secretariat"), found.out.constData());
    }
    // One digit different: another history.
    QString altered = chain.left(32);
    altered[5] = altered[5] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const CliRun other = verify(QStringLiteral("%1:%2").arg(seq).arg(altered));
    QCOMPARE(other.code, 3);
    QVERIFY2(other.out.contains("was not made from the history this vault holds"), other.out.constData());
    // An entry this vault's logs do not reach yet.
    const CliRun later = verify(QStringLiteral("%1:%2").arg(seq + 1000).arg(chain.left(32)));
    QCOMPARE(later.code, 4);
    QVERIFY2(later.out.contains("import a newer bundle"), later.out.constData());
    // The file itself: its fingerprint is in the log, and a changed copy's is not.
    const QString csv = m_dir.filePath(QStringLiteral("caio.csv"));
    const CliRun unchanged =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--report"), csv});
    QCOMPARE(unchanged.code, 0);
    QVERIFY2(unchanged.out.contains("caio.csv is unchanged since Secretariat exported it"),
             unchanged.out.constData());
    const CliRun json = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--report"),
                             csv, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject found = QJsonDocument::fromJson(json.out).object()[QStringLiteral("report")].toObject();
    QVERIFY(found[QStringLiteral("found")].toBool());
    QCOMPARE(found[QStringLiteral("summary")].toObject()[QStringLiteral("head")].toInteger(), seq);
    const QString copy = m_dir.filePath(QStringLiteral("caio-edited.csv"));
    QVERIFY(QFile::copy(csv, copy));
    QFile edited(copy);
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("x\r\n");
    edited.close();
    const CliRun changed =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--report"), copy});
    QCOMPARE(changed.code, 4);
    QVERIFY2(changed.out.contains("No log here records a report file"), changed.out.constData());
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--report"),
                  m_dir.filePath(QStringLiteral("none.pdf"))})
                 .code,
             6);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--report"), csv,
                  QStringLiteral("--head"), QStringLiteral("%1:%2").arg(seq).arg(chain)})
                 .code,
             1);
    // Naming the site that made the report makes the verdict decisive.
    const QString head = QStringLiteral("%1:%2").arg(seq).arg(chain.left(32));
    const CliRun named = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                              head, QStringLiteral("--site"), QStringLiteral("secretariat")});
    QCOMPARE(named.code, 0);
    const CliRun namedLater =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
             QStringLiteral("%1:%2").arg(seq + 1000).arg(chain.left(32)), QStringLiteral("--site"),
             QStringLiteral("Secretariat")});
    QCOMPARE(namedLater.code, 4);
    QVERIFY2(namedLater.out.contains("The log of Secretariat here ends before entry"),
             namedLater.out.constData());
    const CliRun nobody = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                               head, QStringLiteral("--site"), QStringLiteral("Treasury")});
    QCOMPARE(nobody.code, 1);
    QVERIFY2(nobody.err.contains("No site here is called or has the id 'Treasury'"), nobody.err.constData());
    // The short id names the site; fewer than 8 of its characters name nothing.
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                  QStringLiteral("%1:%2").arg(seq + 1000).arg(chain.left(32)), QStringLiteral("--site"),
                  shortId.toUpper()})
                 .code,
             4);
    const CliRun tooShort = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                                 head, QStringLiteral("--site"), shortId.left(7)});
    QCOMPARE(tooShort.code, 1);
    QVERIFY2(tooShort.err.contains(QStringLiteral("Secretariat (%1)").arg(shortId).toUtf8()),
             tooShort.err.constData());
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--site"),
                  QStringLiteral("Secretariat")})
                 .code,
             1);
    // Too short to mean anything, or no chain value at all: usage.
    QCOMPARE(verify(QStringLiteral("%1:%2").arg(seq).arg(chain.left(8))).code, 1);
    QCOMPARE(verify(QString::number(seq)).code, 1);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                  QStringLiteral("%1:%2").arg(seq).arg(chain), QStringLiteral("--file"), m_exported})
                 .code,
             1);
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
