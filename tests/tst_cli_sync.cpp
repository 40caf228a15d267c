#include "RecordStore.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Sync end to end through oneteam-cli (issue #6): a secretariat, MSIT, MOE and an
// auditor enrol, edit, and exchange bundles both ways and relayed through the
// secretariat until every vault holds the same records; the auditor reads and cannot
// write; damaged, misaddressed and conflicting bundles behave as documented.
class TestCliSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void enrolEditRelayAndConverge();
    void auditorReadsAndCannotWrite();
    void refusedAndDamagedBundles();
    void conflictIsListedAndSettled();
    void distrustedSiteGetsNoBundles();
    void newerRecordTypeIsKeptNotRefused();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QString& vault, const QStringList& args, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
        env.insert(QStringLiteral("ONETEAM_ALLOW_WEAK_KDF"), QStringLiteral("1"));
        env.insert(QStringLiteral("ONETEAM_VAULT"), vault);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"), args);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
            run.code = process.exitCode();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // The sites a vault knows, as `site list --json` gives them.
    QJsonArray sitesOf(const QString& vault)
    {
        return QJsonDocument::fromJson(
                   cli(vault, {QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")}).out)
            .array();
    }
    // The key fingerprint a vault's own site reads out.
    QString ownFingerprint(const QString& vault)
    {
        for (const QJsonValue& site : sitesOf(vault)) {
            if (site[QStringLiteral("this_site")].toBool()) {
                return site[QStringLiteral("fingerprint")].toString();
            }
        }
        return {};
    }
    // vault A writes a bundle for `to`, vault B imports it; returns the import's run.
    Run carry(const QString& from, const QString& to, const QString& recipient)
    {
        const QString file = path(QStringLiteral("b%1.otbundle").arg(++m_bundles));
        const Run exported = cli(from, {QStringLiteral("bundle"), QStringLiteral("export"),
                                        QStringLiteral("--to"), recipient, QStringLiteral("--out"), file});
        if (exported.code != 0) {
            qWarning() << exported.err;
            return exported;
        }
        return cli(to, {QStringLiteral("bundle"), QStringLiteral("import"), file});
    }
    QJsonArray list(const QString& vault, const QString& type)
    {
        return QJsonDocument::fromJson(
                   cli(vault, {QStringLiteral("--json"), QStringLiteral("list"), type}).out)
            .array();
    }
    QJsonObject record(const QString& vault, const QString& type, const QString& id)
    {
        return QJsonDocument::fromJson(
                   cli(vault, {QStringLiteral("--json"), QStringLiteral("get"), type, id}).out)
            .object();
    }
    QString actionOf(const QString& vault, const QString& code)
    {
        QString ministry;
        for (const QJsonValue& m : list(vault, QStringLiteral("ministry"))) {
            if (m[QStringLiteral("code")].toString() == code) {
                ministry = m[QStringLiteral("id")].toString();
            }
        }
        for (const QJsonValue& a : list(vault, QStringLiteral("action"))) {
            if (a[QStringLiteral("owner_ministry")].toString() == ministry) {
                return a[QStringLiteral("id")].toString();
            }
        }
        return {};
    }
    bool setField(const QString& vault, const QString& type, const QString& id, const QString& field,
                  const QJsonValue& value, int* code = nullptr)
    {
        QJsonObject fields = record(vault, type, id);
        fields.insert(field, value);
        const Run run = cli(vault, {QStringLiteral("put"), type}, QJsonDocument(fields).toJson());
        if (code) {
            *code = run.code;
        }
        return run.code == 0;
    }

    QTemporaryDir m_dir;
    int m_bundles = 0;
    QString m_sec;
    QString m_msit;
    QString m_moe;
    QString m_auditor;
    const QStringList m_types{QStringLiteral("ministry"),    QStringLiteral("person"),
                              QStringLiteral("caio"),        QStringLiteral("resolution"),
                              QStringLiteral("action"),      QStringLiteral("taskforce"),
                              QStringLiteral("budget"),      QStringLiteral("indicator"),
                              QStringLiteral("partnership"), QStringLiteral("milestone")};
};

void TestCliSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sec = path(QStringLiteral("sec.otvault"));
    m_msit = path(QStringLiteral("msit.otvault"));
    m_moe = path(QStringLiteral("moe.otvault"));
    m_auditor = path(QStringLiteral("auditor.otvault"));
    const QList<std::pair<QString, QString>> sites{{m_sec, QStringLiteral("secretariat")},
                                                   {m_msit, QStringLiteral("ministry:MSIT")},
                                                   {m_moe, QStringLiteral("ministry:MOE")},
                                                   {m_auditor, QStringLiteral("auditor")}};
    for (const auto& [vault, role] : sites) {
        const Run init =
            cli(vault, {QStringLiteral("init"), QStringLiteral("--site-name"), QFileInfo(vault).baseName(),
                        QStringLiteral("--role"), role, QStringLiteral("--kdf"), QStringLiteral("10,8,1")});
        QVERIFY2(init.code == 0, init.err.constData());
    }
    QCOMPARE(cli(m_sec, {QStringLiteral("demo")}).code, 0);
    // The sample gives MOE no action: the secretariat assigns it one.
    QString moe;
    for (const QJsonValue& m : list(m_sec, QStringLiteral("ministry"))) {
        if (m[QStringLiteral("code")].toString() == QLatin1String("MOE")) {
            moe = m[QStringLiteral("id")].toString();
        }
    }
    const QJsonObject action{
        {QStringLiteral("resolution"),
         list(m_sec, QStringLiteral("resolution")).first()[QStringLiteral("id")].toString()},
        {QStringLiteral("description"), QStringLiteral("AI 교육 과정 개편안 제출")},
        {QStringLiteral("owner_ministry"), moe},
        {QStringLiteral("due"), QStringLiteral("2026-12-31")},
        {QStringLiteral("status"), QStringLiteral("in-progress")}};
    const Run put =
        cli(m_sec, {QStringLiteral("put"), QStringLiteral("action")}, QJsonDocument(action).toJson());
    QVERIFY2(put.code == 0, put.err.constData());
}

void TestCliSync::enrolEditRelayAndConverge()
{
    // Enrolment: each site's card to the secretariat, which trusts it with a role.
    for (const auto& [vault, role] :
         QList<std::pair<QString, QString>>{{m_msit, QStringLiteral("ministry:MSIT")},
                                            {m_moe, QStringLiteral("ministry:MOE")},
                                            {m_auditor, QStringLiteral("auditor")}}) {
        const QString card = vault + QStringLiteral(".card");
        QCOMPARE(
            cli(vault, {QStringLiteral("site"), QStringLiteral("card"), QStringLiteral("--out"), card}).code,
            0);
        const QString told = ownFingerprint(vault); // read out by phone
        const qsizetype known = sitesOf(m_sec).size();
        QVERIFY(!told.isEmpty());
        // Without the fingerprint, or with another one (a card swapped on the way), nothing is trusted.
        const QStringList trust{QStringLiteral("site"), QStringLiteral("trust"), card,
                                QStringLiteral("--role"), role};
        const Run unchecked = cli(m_sec, trust);
        QCOMPARE(unchecked.code, 1);
        QVERIFY2(unchecked.err.contains("--fingerprint"), unchecked.err.constData());
        const QString other = ownFingerprint(m_sec);
        const Run swapped = cli(m_sec, trust + QStringList{QStringLiteral("--fingerprint"), other});
        QCOMPARE(swapped.code, 5);
        QVERIFY2(swapped.err.contains("Do not trust it"), swapped.err.constData());
        QCOMPARE(sitesOf(m_sec).size(), known); // nothing trusted
        // Typed as the site read it: lower case, spaces instead of dashes.
        const Run trusted =
            cli(m_sec, trust + QStringList{QStringLiteral("--fingerprint"),
                                           told.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))});
        QVERIFY2(trusted.code == 0, trusted.err.constData());
        QVERIFY(trusted.out.contains(told.toUtf8()));
    }
    // A ministry cannot trust sites.
    QCOMPARE(cli(m_msit, {QStringLiteral("site"), QStringLiteral("trust"), m_moe + QStringLiteral(".card"),
                          QStringLiteral("--role"), QStringLiteral("ministry:MOE"),
                          QStringLiteral("--fingerprint"), ownFingerprint(m_moe)})
                 .code,
             1);
    QString fingerprint;
    for (const QJsonValue& site :
         QJsonDocument::fromJson(
             cli(m_sec, {QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")}).out)
             .array()) {
        if (site[QStringLiteral("root")].toBool()) {
            fingerprint = site[QStringLiteral("fingerprint")].toString();
        }
    }
    QVERIFY(!fingerprint.isEmpty());
    // Each joins with the secretariat's first bundle and the fingerprint it was told.
    for (const auto& [vault, name] :
         QList<std::pair<QString, QString>>{{m_msit, QStringLiteral("MSIT")},
                                            {m_moe, QStringLiteral("MOE")},
                                            {m_auditor, QStringLiteral("auditor")}}) {
        const QString file = path(QStringLiteral("join-%1.otbundle").arg(name));
        QCOMPARE(cli(m_sec, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), name,
                             QStringLiteral("--out"), file})
                     .code,
                 0);
        const Run joined = cli(vault, {QStringLiteral("site"), QStringLiteral("join"), file,
                                       QStringLiteral("--fingerprint"), fingerprint});
        QVERIFY2(joined.code == 0, joined.err.constData());
        QVERIFY(joined.out.contains("Joined the network of sec"));
    }
    QCOMPARE(list(m_moe, QStringLiteral("budget")), list(m_sec, QStringLiteral("budget")));

    // Edits on each side.
    const QString msitAction = actionOf(m_msit, QStringLiteral("MSIT"));
    const QString moeAction = actionOf(m_moe, QStringLiteral("MOE"));
    QVERIFY(!msitAction.isEmpty() && !moeAction.isEmpty());
    QVERIFY(setField(m_msit, QStringLiteral("action"), msitAction, QStringLiteral("progress"), 55));
    QVERIFY(setField(m_moe, QStringLiteral("action"), moeAction, QStringLiteral("evidence"),
                     QStringLiteral("보안 검토 회의록")));
    const Run milestone = cli(m_sec, {QStringLiteral("put"), QStringLiteral("milestone")},
                              R"({"title":"AI 행동계획 발표","due":"2026-12-15","status":"planned"})");
    QVERIFY2(milestone.code == 0, milestone.err.constData());

    // Ministries to the secretariat; the secretariat to everyone (relaying MSIT to MOE and back).
    const Run fromMsit = carry(m_msit, m_sec, QStringLiteral("secretariat"));
    QVERIFY2(fromMsit.code == 0, fromMsit.err.constData());
    QVERIFY(fromMsit.out.contains("1 applied"));
    QCOMPARE(carry(m_moe, m_sec, QStringLiteral("secretariat")).code, 0);
    for (const QString& vault : {m_msit, m_moe, m_auditor}) {
        const Run relayed =
            carry(m_sec, vault,
                  vault == m_msit ? QStringLiteral("MSIT")
                                  : (vault == m_moe ? QStringLiteral("MOE") : QStringLiteral("auditor")));
        QVERIFY2(relayed.code == 0, relayed.err.constData());
    }
    QCOMPARE(record(m_moe, QStringLiteral("action"), msitAction)[QStringLiteral("progress")].toInt(), 55);
    QCOMPARE(record(m_msit, QStringLiteral("action"), moeAction)[QStringLiteral("evidence")].toString(),
             QStringLiteral("보안 검토 회의록"));
    for (const QString& type : m_types) {
        const QJsonArray reference = list(m_sec, type);
        for (const QString& vault : {m_msit, m_moe, m_auditor}) {
            QVERIFY2(list(vault, type) == reference,
                     qPrintable(type + QStringLiteral(" differs at ") + vault));
        }
    }
    // Nothing new the second time round.
    const Run again = carry(m_sec, m_msit, QStringLiteral("MSIT"));
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains("0 applied"));
}

void TestCliSync::auditorReadsAndCannotWrite()
{
    const QJsonArray budget = list(m_auditor, QStringLiteral("budget"));
    QVERIFY(!budget.isEmpty());
    QJsonObject line = budget.first().toObject();
    line.insert(QStringLiteral("executed"), 1);
    const Run put =
        cli(m_auditor, {QStringLiteral("put"), QStringLiteral("budget")}, QJsonDocument(line).toJson());
    QCOMPARE(put.code, 4);
    QVERIFY(put.err.contains("auditor"));
    // Its bundles carry no edits and change nothing.
    const Run fromAuditor = carry(m_auditor, m_sec, QStringLiteral("secretariat"));
    QCOMPARE(fromAuditor.code, 0);
    QVERIFY(fromAuditor.out.contains("0 applied, 0 refused"));
}

void TestCliSync::refusedAndDamagedBundles()
{
    QVERIFY(cli(m_sec, {QStringLiteral("put"), QStringLiteral("milestone")},
                R"({"title":"Only for MOE","due":"2026-12-01","status":"planned"})")
                .code == 0);
    const QString forMoe = path(QStringLiteral("for-moe.otbundle"));
    QCOMPARE(cli(m_sec, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                         QStringLiteral("MOE"), QStringLiteral("--out"), forMoe})
                 .code,
             0);
    const QJsonArray before = list(m_msit, QStringLiteral("milestone"));
    const Run wrong = cli(m_msit, {QStringLiteral("bundle"), QStringLiteral("import"), forMoe});
    QCOMPARE(wrong.code, 5);
    QVERIFY(wrong.err.contains("not for this site"));

    QFile file(forMoe);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
    const QString damaged = path(QStringLiteral("damaged.otbundle"));
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Run altered = cli(m_moe, {QStringLiteral("bundle"), QStringLiteral("import"), damaged});
    QCOMPARE(altered.code, 3);
    QVERIFY(altered.err.contains("damaged or was altered"));
    QCOMPARE(list(m_msit, QStringLiteral("milestone")), before);

    // inspect shows what would change, and changes nothing; import then applies it.
    const QJsonArray moeBefore = list(m_moe, QStringLiteral("milestone"));
    const Run inspect = cli(m_moe, {QStringLiteral("bundle"), QStringLiteral("inspect"), forMoe});
    QCOMPARE(inspect.code, 0);
    QVERIFY(inspect.out.contains("Only for MOE"));
    QCOMPARE(list(m_moe, QStringLiteral("milestone")), moeBefore);
    QCOMPARE(cli(m_moe, {QStringLiteral("bundle"), QStringLiteral("import"), forMoe}).code, 0);
    QCOMPARE(list(m_moe, QStringLiteral("milestone")).size(), moeBefore.size() + 1);
    const Run twice = cli(m_moe, {QStringLiteral("bundle"), QStringLiteral("import"), forMoe});
    QCOMPARE(twice.code, 0);
    QVERIFY(twice.out.contains("already"));
}

void TestCliSync::conflictIsListedAndSettled()
{
    const QString action = actionOf(m_msit, QStringLiteral("MSIT"));
    QVERIFY(setField(m_msit, QStringLiteral("action"), action, QStringLiteral("progress"), 70));
    QVERIFY(setField(m_sec, QStringLiteral("action"), action, QStringLiteral("progress"), 65));
    QCOMPARE(carry(m_msit, m_sec, QStringLiteral("secretariat")).code, 0);
    QCOMPARE(carry(m_sec, m_msit, QStringLiteral("MSIT")).code, 0);
    for (const QString& vault : {m_sec, m_msit}) {
        const QJsonArray conflicts =
            QJsonDocument::fromJson(cli(vault, {QStringLiteral("--json"), QStringLiteral("conflicts")}).out)
                .array();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first()[QStringLiteral("field")].toString(), QStringLiteral("progress"));
        QCOMPARE(conflicts.first()[QStringLiteral("kept")][QStringLiteral("value")].toInt(), 65);
        QCOMPARE(conflicts.first()[QStringLiteral("other")][QStringLiteral("value")].toInt(), 70);
        QCOMPARE(conflicts.first()[QStringLiteral("other")][QStringLiteral("site")].toString(),
                 QStringLiteral("msit"));
    }
    const Run settle =
        cli(m_sec, {QStringLiteral("conflicts"), QStringLiteral("resolve"), action,
                    QStringLiteral("progress"), QStringLiteral("--keep"), QStringLiteral("other")});
    QVERIFY2(settle.code == 0, settle.err.constData());
    QCOMPARE(carry(m_sec, m_msit, QStringLiteral("MSIT")).code, 0);
    for (const QString& vault : {m_sec, m_msit}) {
        QVERIFY(cli(vault, {QStringLiteral("conflicts")}).out.contains("No conflicts"));
        QCOMPARE(record(vault, QStringLiteral("action"), action)[QStringLiteral("progress")].toInt(), 70);
    }
}

// The secretariat stops trusting the auditor's site: no bundle can be written for it, the
// list says so, and a ministry cannot do the same.
// A record of a type only a newer version knows (written here straight into the
// secretariat's store, as that version would): MOE's import keeps it, says so, counts it
// apart and succeeds; inspect says it would be kept.
void TestCliSync::newerRecordTypeIsKeptNotRefused()
{
    {
        auto vault = oneteam::Vault::open(m_sec, oneteam::test::secret("pass"));
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        oneteam::RecordStore store(**vault);
        QVERIFY(store.put(QStringLiteral("survey"), {},
                          {{QStringLiteral("title"), QStringLiteral("Ministries' AI readiness")}}));
    }
    const QString file = path(QStringLiteral("survey.otbundle"));
    QCOMPARE(cli(m_sec, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                         QStringLiteral("MOE"), QStringLiteral("--out"), file})
                 .code,
             0);
    const Run inspect = cli(m_moe, {QStringLiteral("bundle"), QStringLiteral("inspect"), file});
    QCOMPARE(inspect.code, 0);
    QVERIFY2(inspect.out.contains("2 would be kept for a newer version.") &&
                 inspect.out.contains("(survey) would be kept") &&
                 inspect.out.contains("(kept for a newer version)"),
             inspect.out.constData());
    const Run imported = cli(m_moe, {QStringLiteral("bundle"), QStringLiteral("import"), file});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.out.contains("0 refused") && imported.out.contains("2 kept for a newer version.") &&
                 imported.out.contains("(survey) are kept"),
             imported.out.constData());
    QVERIFY(!imported.err.contains("refused"));
}

void TestCliSync::distrustedSiteGetsNoBundles()
{
    QCOMPARE(
        cli(m_msit, {QStringLiteral("site"), QStringLiteral("distrust"), QStringLiteral("auditor")}).code, 1);
    const Run dropped =
        cli(m_sec, {QStringLiteral("site"), QStringLiteral("distrust"), QStringLiteral("auditor")});
    QVERIFY2(dropped.code == 0, dropped.err.constData());
    const Run list = cli(m_sec, {QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
    bool trusted = true;
    for (const QJsonValue& site : QJsonDocument::fromJson(list.out).array()) {
        if (site[QStringLiteral("role")].toString() == QLatin1String("auditor")) {
            trusted = site[QStringLiteral("trusted")].toBool();
        }
    }
    QVERIFY(!trusted);
    const Run exported =
        cli(m_sec, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                    QStringLiteral("auditor"), QStringLiteral("--out"), path(QStringLiteral("x.otbundle"))});
    QCOMPARE(exported.code, 1);
    QVERIFY(exported.err.contains("not trusted"));
    // MSIT learns the new roster: it no longer knows the auditor as trusted either.
    QCOMPARE(carry(m_sec, m_msit, QStringLiteral("MSIT")).code, 0);
    const Run atMsit =
        cli(m_msit, {QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
    for (const QJsonValue& site : QJsonDocument::fromJson(atMsit.out).array()) {
        if (site[QStringLiteral("role")].toString() == QLatin1String("auditor")) {
            QVERIFY(!site[QStringLiteral("trusted")].toBool());
        }
    }
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
