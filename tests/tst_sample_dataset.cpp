#include "RecordService.h"
#include "SampleDataset.h"
#include "VaultTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// The sample dataset holds the facts' figures exactly and loads idempotently.
class TestSampleDataset : public QObject
{
    Q_OBJECT
private slots:
    void figuresFromTheFacts();
    void loadsOnceAndOnlyOnce();
    void demoThroughTheCli();
};

void TestSampleDataset::figuresFromTheFacts()
{
    qint64 proposal = 0;
    qint64 enacted = 0;
    qint64 ax = 0;
    int ministries = 0;
    QStringList people;
    for (const SampleDataset::Entry& entry : SampleDataset::entries()) {
        const QJsonObject& f = entry.fields;
        if (entry.type == QLatin1String("budget")) {
            proposal += f.value(QStringLiteral("proposal")).toInteger();
            enacted += f.value(QStringLiteral("enacted")).toInteger();
            if (f.value(QStringLiteral("category")).toString() == QLatin1String("ax")) {
                ax += f.value(QStringLiteral("proposal")).toInteger();
            }
        } else if (entry.type == QLatin1String("ministry") &&
                   f.value(QStringLiteral("kind")).toString() == QLatin1String("ministry")) {
            ++ministries;
        } else if (entry.type == QLatin1String("person")) {
            people << f.value(QStringLiteral("name_en")).toString();
        } else if (entry.type == QLatin1String("indicator")) {
            const QJsonArray targets = f.value(QStringLiteral("targets")).toArray();
            QCOMPARE(targets.last().toObject().value(QStringLiteral("value")).toInt(), 200000);
            QCOMPARE(f.value(QStringLiteral("baseline"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toInt(),
                     20000);
        }
    }
    QCOMPARE(proposal, Q_INT64_C(10'100'000'000'000));
    QCOMPARE(enacted, Q_INT64_C(9'900'000'000'000));
    QCOMPARE(ax, Q_INT64_C(2'600'000'000'000));
    QCOMPARE(ministries, 19);
    people.sort();
    QCOMPARE(people, (QStringList{QStringLiteral("Bae Kyung-hun"), QStringLiteral("Ha Jung-woo"),
                                  QStringLiteral("Im Moon-young"), QStringLiteral("Koo Yoon-cheol"),
                                  QStringLiteral("Lee Jae-myung"), QStringLiteral("Ryu Je-myung")}));
}

void TestSampleDataset::loadsOnceAndOnlyOnce()
{
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("demo.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    RecordService service(store, QStringLiteral("secretariat"));
    QString error;
    const int loaded = SampleDataset::load(service, &error);
    QVERIFY2(loaded == SampleDataset::entries().size(), qPrintable(error));
    const qsizetype logged = store.changes()->size();
    QCOMPARE(SampleDataset::load(service, &error), loaded);
    QCOMPARE(store.changes()->size(), logged); // nothing changed the second time
    QCOMPARE(store.count({QStringLiteral("taskforce")}).value(), 3);

    RecordService ministry(store, QStringLiteral("ministry:MSIT"));
    QCOMPARE(SampleDataset::load(ministry, &error), -1);
    QVERIFY(!error.isEmpty());
}

void TestSampleDataset::demoThroughTheCli()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.otvault"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
    env.insert(QStringLiteral("ONETEAM_ALLOW_WEAK_KDF"), QStringLiteral("1"));
    env.insert(QStringLiteral("ONETEAM_VAULT"), path);
    const auto run = [&env](const QStringList& args) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"), args);
        process.waitForFinished(60000);
        return std::make_pair(process.exitCode(), process.readAllStandardOutput());
    };
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--site-name"), QStringLiteral("S"),
                  QStringLiteral("--role"), QStringLiteral("secretariat"), QStringLiteral("--kdf"),
                  QStringLiteral("10,8,1")})
                 .first,
             0);
    QCOMPARE(run({QStringLiteral("demo")}).first, 0);
    const auto [code, out] =
        run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("budget")});
    QCOMPARE(code, 0);
    qint64 proposal = 0;
    qint64 ax = 0;
    for (const QJsonValue& row : QJsonDocument::fromJson(out).array()) {
        proposal += row.toObject().value(QStringLiteral("proposal")).toInteger();
        if (row.toObject().value(QStringLiteral("category")).toString() == QLatin1String("ax")) {
            ax += row.toObject().value(QStringLiteral("proposal")).toInteger();
        }
    }
    QCOMPARE(proposal, Q_INT64_C(10'100'000'000'000));
    QCOMPARE(ax, Q_INT64_C(2'600'000'000'000));
}

QTEST_GUILESS_MAIN(TestSampleDataset)
#include "tst_sample_dataset.moc"
