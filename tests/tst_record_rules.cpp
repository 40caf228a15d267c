#include "RecordType.h"
#include "RecordValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace oneteam;

// The record types and the rules a record satisfies on its own, type by type.
class TestRecordRules : public QObject
{
    Q_OBJECT
private slots:
    void everyTypeFromTheDesign();
    void validRecordsPass_data();
    void validRecordsPass();
    void invalidRecordsNameTheField_data();
    void invalidRecordsNameTheField();
    void flagsAreWarnings();
    void schemaThroughTheCli();
};

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* kValid[][2] = {
    {"ministry",
     R"j({"code":"MSIT","name_ko":"과학기술정보통신부","name_en":"Science and ICT","kind":"ministry"})j"},
    {"person",
     R"j({"name_ko":"하정우","name_en":"Ha Jung-woo","title":"Senior Secretary for AI Future Planning"})j"},
    {"caio", R"j({"ministry":"m-1","rank":"vice-minister","appointed":"2025-09-08","term_end":"2027-09-07",
                "status":"active"})j"},
    {"resolution",
     R"j({"number":"2025-01","title_ko":"공공데이터 개방","keyword":"one-team","status":"adopted",
                      "adopted":"2025-10-01","cooperating_ministries":["m-1","m-2"]})j"},
    {"action",
     R"j({"resolution":"r-1","description":"Open the datasets","owner_ministry":"m-1","due":"2025-12-31",
                  "status":"in-progress","progress":40})j"},
    {"taskforce", R"j({"name":"education","start":"2025-10-01","end":"2026-12-31",
                     "deliverables":[{"title":"AI literacy curriculum","due":"2026-03-01","status":"planned"}]})j"},
    {"budget", R"j({"fiscal_year":2026,"name_ko":"AI 전환(AX)","category":"ax","proposal":2600000000000,
                  "enacted":2500000000000,"executed":100000000000})j"},
    {"indicator", R"j({"name":"GPUs secured","unit":"GPUs","baseline":[{"date":"2025-09-01","value":20000}],
                     "targets":[{"date":"2030-12-31","value":200000}]})j"},
    {"partnership", R"j({"partners":["SK Group","AWS"],"kind":"data-center","title":"Ulsan AI data center",
                       "date":"2025-06-20"})j"},
    {"milestone", R"j({"title":"AI action plan","due":"2025-11-30","status":"planned"})j"},
};

} // namespace

void TestRecordRules::everyTypeFromTheDesign()
{
    QCOMPARE(RecordType::names(),
             (QStringList{QStringLiteral("ministry"), QStringLiteral("person"), QStringLiteral("caio"),
                          QStringLiteral("resolution"), QStringLiteral("action"), QStringLiteral("taskforce"),
                          QStringLiteral("budget"), QStringLiteral("indicator"),
                          QStringLiteral("partnership"), QStringLiteral("milestone")}));
    for (const RecordType& type : RecordType::all()) {
        QVERIFY(type.field(QLatin1String(type.labelField)));
        QVERIFY(type.field(QStringLiteral("sample")));
    }
    QCOMPARE(choices::kKeywords.size(), 5);
}

void TestRecordRules::validRecordsPass_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("record");
    for (const auto& row : kValid) {
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << json(row[1]);
    }
}

void TestRecordRules::validRecordsPass()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, record);
    QVERIFY(!record.isEmpty());
    const QList<FieldIssue> issues = RecordValidator::validate(*RecordType::find(type), record);
    QString text;
    for (const FieldIssue& issue : issues) {
        text += issue.field + QStringLiteral(": ") + issue.message + QLatin1Char('\n');
    }
    QVERIFY2(issues.isEmpty(), qPrintable(text));
}

void TestRecordRules::invalidRecordsNameTheField_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const char* type, const char* record, const char* field,
                        const char* message) {
        QTest::newRow(name) << QString::fromLatin1(type) << json(record) << QString::fromLatin1(field)
                            << QString::fromUtf8(message);
    };
    row("ministry: code required", "ministry",
        R"j({"name_ko":"교육부","name_en":"Education","kind":"ministry"})j", "code", "Required");
    row("ministry: kind choice", "ministry",
        R"j({"code":"MOE","name_ko":"교육부","name_en":"Education","kind":"club"})j", "kind", "one of");
    row("ministry: unknown field", "ministry",
        R"j({"code":"MOE","name_ko":"교육부","name_en":"Education","kind":"ministry","budget":1})j", "budget",
        "not a field");
    row("person: name required", "person", R"j({"title":"x"})j", "name_en", "Required");
    row("caio: dates in order", "caio",
        R"j({"ministry":"m","rank":"director-general","status":"active","appointed":"2026-01-01",
           "term_end":"2025-01-01"})j",
        "term_end", "cannot end before");
    row("caio: date format", "caio",
        R"j({"ministry":"m","rank":"vice-minister","status":"active","appointed":"1/2/2025"})j", "appointed",
        "YYYY-MM-DD");
    row("resolution: keyword choice", "resolution",
        R"j({"number":"1","title_ko":"t","keyword":"space","status":"draft"})j", "keyword", "one of");
    row("resolution: status required", "resolution",
        R"j({"number":"1","title_ko":"t","keyword":"physical-ai"})j", "status", "Required");
    row("resolution: ministry list", "resolution",
        R"j({"number":"1","title_ko":"t","keyword":"physical-ai","status":"draft","cooperating_ministries":"MSIT"})j",
        "cooperating_ministries", "list");
    row("action: progress above 100", "action",
        R"j({"resolution":"r","description":"d","owner_ministry":"m","status":"in-progress","progress":120})j",
        "progress", "0 to 100");
    row("action: progress fraction", "action",
        R"j({"resolution":"r","description":"d","owner_ministry":"m","status":"in-progress","progress":12.5})j",
        "progress", "0 to 100");
    row("action: owner required", "action", R"j({"resolution":"r","description":"d","status":"completed"})j",
        "owner_ministry", "Required");
    row("taskforce: end before start", "taskforce",
        R"j({"name":"security","start":"2026-01-01","end":"2025-12-31"})j", "end", "cannot come before");
    row("taskforce: deliverable title", "taskforce",
        R"j({"name":"regions","deliverables":[{"status":"planned"}]})j", "deliverables", "needs a title");
    row("budget: whole won", "budget", R"j({"fiscal_year":2026,"name_ko":"x","proposal":2.5})j", "proposal",
        "whole won");
    row("budget: won as text", "budget", R"j({"fiscal_year":2026,"name_ko":"x","enacted":"1조"})j", "enacted",
        "whole won");
    row("budget: beyond int64-safe range", "budget",
        R"j({"fiscal_year":2026,"name_ko":"x","revised":1e300})j", "revised", "whole won");
    row("budget: executed above enacted", "budget",
        R"j({"fiscal_year":2026,"name_ko":"x","enacted":100,"executed":101})j", "executed",
        "above the enacted");
    row("budget: executed above revised", "budget",
        R"j({"fiscal_year":2026,"name_ko":"x","enacted":1000,"revised":100,"executed":101})j", "executed",
        "above the revised");
    row("indicator: point date", "indicator",
        R"j({"name":"GPU","unit":"GPUs","targets":[{"date":"2030","value":1}]})j", "targets", "needs a date");
    row("partnership: partners required", "partnership",
        R"j({"kind":"office","title":"OpenAI Korea office"})j", "partners", "Required");
    row("milestone: due required", "milestone", R"j({"title":"AI action plan","status":"planned"})j", "due",
        "Required");
}

void TestRecordRules::invalidRecordsNameTheField()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, record);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QVERIFY(!record.isEmpty());
    const QList<FieldIssue> issues = RecordValidator::validate(*RecordType::find(type), record);
    QVERIFY(RecordValidator::hasErrors(issues));
    bool found = false;
    for (const FieldIssue& issue : issues) {
        if (issue.field == field && issue.severity == FieldIssue::Severity::Error) {
            QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(field));
}

void TestRecordRules::flagsAreWarnings()
{
    const auto rank =
        RecordValidator::validate(*RecordType::find(QStringLiteral("caio")),
                                  json(R"j({"ministry":"m","rank":"other","status":"active"})j"));
    QCOMPARE(rank.size(), 1);
    QCOMPARE(rank.first().field, QStringLiteral("rank"));
    QCOMPARE(rank.first().severity, FieldIssue::Severity::Warning);
    QVERIFY(!RecordValidator::hasErrors(rank));

    const auto overrun = RecordValidator::validate(
        *RecordType::find(QStringLiteral("budget")),
        json(R"j({"fiscal_year":2026,"name_ko":"x","enacted":100,"executed":150,"overrun_noted":true})j"));
    QCOMPARE(overrun.size(), 1);
    QCOMPARE(overrun.first().severity, FieldIssue::Severity::Warning);
    // The full 10.1 trillion won is exact.
    const auto big =
        RecordValidator::validate(*RecordType::find(QStringLiteral("budget")),
                                  json(R"j({"fiscal_year":2026,"name_ko":"AI","proposal":10100000000000})j"));
    QVERIFY(big.isEmpty());
}

void TestRecordRules::schemaThroughTheCli()
{
    QProcess cli;
    cli.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"), {QStringLiteral("schema")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject all = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(all.keys().size(), 10);
    const QJsonObject budget = all.value(QStringLiteral("budget")).toObject();
    QCOMPARE(budget.value(QStringLiteral("required")).toArray(),
             (QJsonArray{QStringLiteral("fiscal_year"), QStringLiteral("name_ko")}));
    QCOMPARE(budget.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("proposal"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("integer"));

    cli.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"),
              {QStringLiteral("schema"), QStringLiteral("action")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject action = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(action.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("progress"))
                 .toObject()
                 .value(QStringLiteral("maximum"))
                 .toInt(),
             100);

    cli.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"),
              {QStringLiteral("schema"), QStringLiteral("meeting")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("not a record type"));
}

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_record_rules.moc"
