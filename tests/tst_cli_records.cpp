#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Records through oneteam-cli: JSON in, the same JSON out; invalid or refused writes exit 4.
class TestCliRecords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonRoundTrip();
    void everyTypeRoundTrips();
    void invalidRecordNamesTheField();
    void auditorIsRefused();
    void csvQuotesAndCounts();
    void listNamesRecordsInTheReadersLanguage();
    void putMergeChangesOnlyTheFieldsGiven();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QString& vault, const QStringList& args, const QByteArray& input = {},
            const QString& locale = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!locale.isEmpty()) {
            env.insert(QStringLiteral("LC_ALL"), locale);
        }
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
    QString makeVault(const QString& name, const QString& role)
    {
        const QString path = m_dir.filePath(name);
        const Run run =
            cli(path, {QStringLiteral("init"), QStringLiteral("--site-name"), name, QStringLiteral("--role"),
                       role, QStringLiteral("--kdf"), QStringLiteral("10,8,1")});
        return run.code == 0 ? path : QString();
    }

    QTemporaryDir m_dir;
    QString m_secretariat;
    QString m_ministry;
};

void TestCliRecords::initTestCase()
{
    m_secretariat = makeVault(QStringLiteral("secretariat.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!m_secretariat.isEmpty());
    const Run put = cli(
        m_secretariat, {QStringLiteral("put"), QStringLiteral("ministry")},
        R"j({"code":"MSIT","name_ko":"과학기술정보통신부","name_en":"Science and ICT","kind":"ministry"})j");
    QCOMPARE(put.code, 0);
    m_ministry = QString::fromUtf8(put.out.trimmed());
    QCOMPARE(m_ministry.size(), 36);
}

void TestCliRecords::jsonRoundTrip()
{
    const QJsonObject budget{{QStringLiteral("fiscal_year"), 2026},
                             {QStringLiteral("name_ko"), QStringLiteral("AI 전환(AX) \"일상\", 산업")},
                             {QStringLiteral("category"), QStringLiteral("ax")},
                             {QStringLiteral("keyword"), QStringLiteral("ai-basic-society")},
                             {QStringLiteral("ministry"), m_ministry},
                             {QStringLiteral("proposal"), qint64(2'600'000'000'000)},
                             {QStringLiteral("enacted"), qint64(9'900'000'000'000)},
                             {QStringLiteral("sample"), true}};
    const Run put =
        cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("budget"), QStringLiteral("--json")},
            QJsonDocument(budget).toJson());
    QVERIFY2(put.code == 0, put.err.constData());
    const QString id = QJsonDocument::fromJson(put.out).object().value(QStringLiteral("id")).toString();
    const Run get = cli(m_secretariat, {QStringLiteral("get"), QStringLiteral("budget"), id});
    QCOMPARE(get.code, 0);
    QJsonObject back = QJsonDocument::fromJson(get.out).object();
    QCOMPARE(back.take(QStringLiteral("id")).toString(), id);
    QCOMPARE(back, budget);
    QCOMPARE(back.value(QStringLiteral("proposal")).toInteger(), qint64(2'600'000'000'000));

    // Update through put with the id: the change shows in get and in a filtered list.
    QJsonObject changed = budget;
    changed.insert(QStringLiteral("id"), id);
    changed.insert(QStringLiteral("executed"), qint64(1'000'000'000));
    QCOMPARE(
        cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("budget")}, QJsonDocument(changed).toJson())
            .code,
        0);
    const Run list =
        cli(m_secretariat, {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("budget"),
                            QStringLiteral("--filter"), QStringLiteral("ax")});
    QCOMPARE(list.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("executed")).toInteger(), qint64(1'000'000'000));

    QCOMPARE(cli(m_secretariat, {QStringLiteral("delete"), QStringLiteral("budget"), id}).code, 0);
    QCOMPARE(QJsonDocument::fromJson(cli(m_secretariat, {QStringLiteral("--json"), QStringLiteral("list"),
                                                         QStringLiteral("budget")})
                                         .out)
                 .array()
                 .size(),
             0);
    const Run deleted = cli(m_secretariat, {QStringLiteral("get"), QStringLiteral("budget"), id});
    QCOMPARE(deleted.code, 0);
    QVERIFY(QJsonDocument::fromJson(deleted.out).object().value(QStringLiteral("deleted")).toBool());
}

void TestCliRecords::everyTypeRoundTrips()
{
    // One record of each type from the sample dataset, written back as a new record: what
    // get returns is what put was given, field for field.
    const QString vault = makeVault(QStringLiteral("types.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, {QStringLiteral("demo")}).code, 0);
    const QJsonArray ministries =
        QJsonDocument::fromJson(
            cli(vault, {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("ministry")}).out)
            .array();
    QVERIFY(!ministries.isEmpty());
    const QStringList types{QStringLiteral("ministry"),    QStringLiteral("person"),
                            QStringLiteral("caio"),        QStringLiteral("resolution"),
                            QStringLiteral("action"),      QStringLiteral("taskforce"),
                            QStringLiteral("budget"),      QStringLiteral("indicator"),
                            QStringLiteral("partnership"), QStringLiteral("milestone")};
    for (const QString& type : types) {
        QVERIFY2(cli(vault, {QStringLiteral("schema"), type}).code == 0, qPrintable(type));
        QJsonObject fields;
        if (type == QLatin1String("caio")) {
            // The facts name no ministry's CAIO: a vacancy filled without a person.
            fields = {{QStringLiteral("ministry"), ministries.last().toObject().value(QStringLiteral("id"))},
                      {QStringLiteral("rank"), QStringLiteral("director-general")},
                      {QStringLiteral("appointed"), QStringLiteral("2025-10-01")},
                      {QStringLiteral("status"), QStringLiteral("active")}};
        } else {
            const QJsonArray listed =
                QJsonDocument::fromJson(
                    cli(vault, {QStringLiteral("--json"), QStringLiteral("list"), type}).out)
                    .array();
            QVERIFY2(!listed.isEmpty(), qPrintable(type));
            fields = listed.first().toObject();
            fields.remove(QStringLiteral("id"));
        }
        const Run put = cli(vault, {QStringLiteral("put"), type}, QJsonDocument(fields).toJson());
        QVERIFY2(put.code == 0, put.err.constData());
        const QString id = QString::fromUtf8(put.out.trimmed());
        const Run get = cli(vault, {QStringLiteral("get"), type, id});
        QCOMPARE(get.code, 0);
        QJsonObject back = QJsonDocument::fromJson(get.out).object();
        QCOMPARE(back.take(QStringLiteral("id")).toString(), id);
        QVERIFY2(back == fields, qPrintable(type + QStringLiteral(": ") + QString::fromUtf8(get.out)));
    }
}

void TestCliRecords::invalidRecordNamesTheField()
{
    const Run bad = cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("action")},
                        R"j({"resolution":"nope","description":"x","owner_ministry":")j" +
                            m_ministry.toUtf8() + R"j(","status":"in-progress","progress":140})j");
    QCOMPARE(bad.code, 4);
    QVERIFY(bad.err.contains("field 'progress'"));
    QVERIFY(bad.err.contains("field 'resolution'"));
    QCOMPARE(cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("action")}, "[1,2]").code, 4);
    QCOMPARE(cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("gadget")}, "{}").code, 1);
    QCOMPARE(
        cli(m_secretariat, {QStringLiteral("get"), QStringLiteral("ministry"), QStringLiteral("missing")})
            .code,
        4);
}

void TestCliRecords::auditorIsRefused()
{
    const QString auditor = makeVault(QStringLiteral("auditor.otvault"), QStringLiteral("auditor"));
    QVERIFY(!auditor.isEmpty());
    const Run refused = cli(auditor, {QStringLiteral("put"), QStringLiteral("milestone")},
                            R"j({"title":"AI action plan","due":"2025-11-30","status":"planned"})j");
    QCOMPARE(refused.code, 4);
    QVERIFY(refused.err.contains("refused"));
    QVERIFY(refused.err.contains("auditor"));
    QCOMPARE(
        QJsonDocument::fromJson(
            cli(auditor, {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("milestone")}).out)
            .array()
            .size(),
        0);
}

void TestCliRecords::csvQuotesAndCounts()
{
    const QByteArray record =
        R"j({"partners":["SK Group","AWS"],"kind":"data-center","title":"Ulsan, \"AI\" data center"})j";
    const QByteArray quoted = R"j("Ulsan, ""AI"" data center")j";
    const Run put = cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("partnership")}, record);
    QCOMPARE(put.code, 0);
    const Run csv =
        cli(m_secretariat, {QStringLiteral("list"), QStringLiteral("partnership"), QStringLiteral("--csv")});
    QCOMPARE(csv.code, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QVERIFY(lines.first().startsWith("id,partners,kind,title"));
    QVERIFY(csv.out.contains(quoted));
    QVERIFY(csv.out.contains("\r\n"));
}

QTEST_GUILESS_MAIN(TestCliRecords)
// `list` names each record as the window does: its code, then its name in the language
// the system reads, with plural counts in either language.
void TestCliRecords::listNamesRecordsInTheReadersLanguage()
{
    const QString vault = makeVault(QStringLiteral("languages.otvault"), QStringLiteral("secretariat"));
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, {QStringLiteral("demo")}).code, 0);
    const auto list = [&](const QString& type, const QString& locale) {
        return cli(vault, {QStringLiteral("list"), type}, {}, locale);
    };
    const Run english = list(QStringLiteral("indicator"), QStringLiteral("C.UTF-8"));
    QCOMPARE(english.code, 0);
    QVERIFY2(english.out.contains("  GPUs secured\n"), english.out.constData());
    QCOMPARE(english.err, QByteArray("1 record\n"));
    const Run korean = list(QStringLiteral("indicator"), QStringLiteral("ko_KR.UTF-8"));
    QVERIFY2(korean.out.contains("  GPU 확보량\n"), korean.out.constData());
    QCOMPARE(QString::fromUtf8(korean.err), QStringLiteral("레코드 1개\n"));
    const Run ministries = list(QStringLiteral("ministry"), QStringLiteral("C.UTF-8"));
    QVERIFY2(ministries.out.contains("  MSIT  Science and ICT\n"), ministries.out.constData());
    QVERIFY(ministries.err.endsWith(" records\n"));
    QVERIFY2(list(QStringLiteral("ministry"), QStringLiteral("ko_KR.UTF-8"))
                 .out.contains("  MSIT  과학기술정보통신부\n"),
             "Korean ministry names");
}

// `put` replaces a whole record; `put --merge` changes only the fields given (null clears
// one). A partial record without --merge is refused, and the error names what it would clear.
void TestCliRecords::putMergeChangesOnlyTheFieldsGiven()
{
    const Run created = cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("milestone")},
                            R"j({"title":"AI action plan","due":"2026-03-31","status":"planned",
                                "links":[]})j");
    QCOMPARE(created.code, 0);
    const QString id = QString::fromUtf8(created.out.trimmed());
    const auto stored = [&] {
        return QJsonDocument::fromJson(
                   cli(m_secretariat, {QStringLiteral("get"), QStringLiteral("milestone"), id}).out)
            .object();
    };
    const QJsonObject before = stored();

    const QByteArray partial = QStringLiteral(R"j({"id":"%1","status":"done"})j").arg(id).toUtf8();
    const Run whole = cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("milestone")}, partial);
    QCOMPARE(whole.code, 4);
    // (The empty list of links was stored as no links: nothing to clear there.)
    QVERIFY(!before.contains(QStringLiteral("links")));
    QVERIFY2(whole.err.contains("(title, due)") && whole.err.contains("put --merge"), whole.err.constData());
    QCOMPARE(stored(), before);

    const Run merged =
        cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("milestone"), QStringLiteral("--merge")},
            partial);
    QVERIFY2(merged.code == 0, merged.err.constData());
    QJsonObject expected = before;
    expected.insert(QStringLiteral("status"), QStringLiteral("done"));
    QCOMPARE(stored(), expected);

    // null clears a field; a required one cannot be cleared.
    const Run cleared =
        cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("milestone"), QStringLiteral("--merge")},
            QStringLiteral(R"j({"id":"%1","links":null})j").arg(id).toUtf8());
    QVERIFY2(cleared.code == 0, cleared.err.constData());
    expected.remove(QStringLiteral("links"));
    QCOMPARE(stored(), expected);
    const Run required =
        cli(m_secretariat, {QStringLiteral("put"), QStringLiteral("milestone"), QStringLiteral("--merge")},
            QStringLiteral(R"j({"id":"%1","title":null})j").arg(id).toUtf8());
    QCOMPARE(required.code, 4);
    QVERIFY2(required.err.contains("field 'title'"), required.err.constData());
    QCOMPARE(stored(), expected);

    // --merge needs a record that exists.
    QCOMPARE(cli(m_secretariat,
                 {QStringLiteral("put"), QStringLiteral("milestone"), QStringLiteral("--merge")},
                 R"j({"status":"done"})j")
                 .code,
             1);
    QCOMPARE(cli(m_secretariat,
                 {QStringLiteral("put"), QStringLiteral("milestone"), QStringLiteral("--merge")},
                 R"j({"id":"00000000-0000-0000-0000-000000000000","status":"done"})j")
                 .code,
             4);
}

#include "tst_cli_records.moc"
