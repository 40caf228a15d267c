#include "RecordService.h"
#include "RecordUndo.h"
#include "VaultTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace oneteam;
using namespace oneteam::test;

// Rules that need other records, and what each role may write.
class TestRecordService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void referencesMustExist();
    void oneActiveCaioPerMinistry();
    void secretariatEditsEverything();
    void ministryEditsItsOwnProgressCaioAndExecution();
    void auditorEditsNothing();
    void keepsFieldsFromANewerVersion();
    void keepsValuesItCannotCheck();
    void undoBringsBackAValueItCannotCheck();
    void undoIsCheckedAgainstTodaysRecords();
    void blankValuesAreLeftOut();

private:
    QString put(RecordService& service, const char* type, QJsonObject fields)
    {
        auto result = service.put(QLatin1String(type), fields);
        if (auto* error = std::get_if<RecordError>(&result)) {
            qWarning("%s", qPrintable(error->message));
            return {};
        }
        return std::get<RecordService::Saved>(result).id;
    }
    static RecordError errorOf(std::variant<RecordService::Saved, RecordError> result)
    {
        return std::holds_alternative<RecordError>(result) ? std::get<RecordError>(result)
                                                           : RecordError{RecordError::Kind::Storage, {}, {}};
    }

    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<RecordStore> m_store;
    QString m_msit;
    QString m_moe;
    QString m_resolution;
    QString m_msitAction;
    QString m_moeAction;
    QString m_msitBudget;
};

void TestRecordService::init()
{
    m_dir = new QTemporaryDir;
    auto vault = Vault::create(m_dir->filePath(QStringLiteral("s.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    m_vault = std::move(*vault);
    m_store = std::make_unique<RecordStore>(*m_vault);
    RecordService secretariat(*m_store, QStringLiteral("secretariat"));
    m_msit = put(secretariat, "ministry",
                 {{QStringLiteral("code"), QStringLiteral("MSIT")},
                  {QStringLiteral("name_ko"), QStringLiteral("과학기술정보통신부")},
                  {QStringLiteral("name_en"), QStringLiteral("Science and ICT")},
                  {QStringLiteral("kind"), QStringLiteral("ministry")}});
    m_moe = put(secretariat, "ministry",
                {{QStringLiteral("code"), QStringLiteral("MOE")},
                 {QStringLiteral("name_ko"), QStringLiteral("교육부")},
                 {QStringLiteral("name_en"), QStringLiteral("Education")},
                 {QStringLiteral("kind"), QStringLiteral("ministry")}});
    m_resolution = put(secretariat, "resolution",
                       {{QStringLiteral("number"), QStringLiteral("2025-01")},
                        {QStringLiteral("title_ko"), QStringLiteral("공공데이터 개방")},
                        {QStringLiteral("keyword"), QStringLiteral("one-team")},
                        {QStringLiteral("status"), QStringLiteral("adopted")},
                        {QStringLiteral("lead_ministry"), m_msit}});
    const auto action = [&](const QString& owner) {
        return put(secretariat, "action",
                   {{QStringLiteral("resolution"), m_resolution},
                    {QStringLiteral("description"), QStringLiteral("Open data")},
                    {QStringLiteral("owner_ministry"), owner},
                    {QStringLiteral("status"), QStringLiteral("not-started")},
                    {QStringLiteral("progress"), 0}});
    };
    m_msitAction = action(m_msit);
    m_moeAction = action(m_moe);
    m_msitBudget = put(secretariat, "budget",
                       {{QStringLiteral("fiscal_year"), 2026},
                        {QStringLiteral("name_ko"), QStringLiteral("GPU 확보")},
                        {QStringLiteral("ministry"), m_msit},
                        {QStringLiteral("enacted"), qint64(1'000'000'000'000)}});
    QVERIFY(!m_msit.isEmpty() && !m_moe.isEmpty() && !m_resolution.isEmpty() && !m_msitAction.isEmpty() &&
            !m_moeAction.isEmpty() && !m_msitBudget.isEmpty());
}

void TestRecordService::cleanup()
{
    m_store.reset();
    m_vault.reset();
    delete m_dir;
}

void TestRecordService::referencesMustExist()
{
    RecordService service(*m_store, QStringLiteral("secretariat"));
    const RecordError error = errorOf(service.put(
        QStringLiteral("action"), {{QStringLiteral("resolution"), m_msit}, // a ministry, not a resolution
                                   {QStringLiteral("description"), QStringLiteral("x")},
                                   {QStringLiteral("owner_ministry"), QStringLiteral("missing")},
                                   {QStringLiteral("status"), QStringLiteral("not-started")}}));
    QCOMPARE(error.kind, RecordError::Kind::Invalid);
    QStringList fields;
    for (const FieldIssue& issue : error.issues) {
        fields << issue.field;
    }
    QVERIFY(fields.contains(QStringLiteral("resolution")));
    QVERIFY(fields.contains(QStringLiteral("owner_ministry")));
    // A deleted record is no longer a valid reference.
    QVERIFY(!service.remove(QStringLiteral("ministry"), m_moe));
    const RecordError gone = errorOf(
        service.put(QStringLiteral("caio"), {{QStringLiteral("ministry"), m_moe},
                                             {QStringLiteral("rank"), QStringLiteral("vice-minister")},
                                             {QStringLiteral("status"), QStringLiteral("active")}}));
    QCOMPARE(gone.kind, RecordError::Kind::Invalid);
    QCOMPARE(gone.issues.first().field, QStringLiteral("ministry"));
}

void TestRecordService::oneActiveCaioPerMinistry()
{
    RecordService service(*m_store, QStringLiteral("secretariat"));
    const QJsonObject caio{{QStringLiteral("ministry"), m_msit},
                           {QStringLiteral("rank"), QStringLiteral("vice-minister")},
                           {QStringLiteral("status"), QStringLiteral("active")}};
    const QString first = put(service, "caio", caio);
    QVERIFY(!first.isEmpty());
    const RecordError second = errorOf(service.put(QStringLiteral("caio"), caio));
    QCOMPARE(second.kind, RecordError::Kind::Invalid);
    QCOMPARE(second.issues.first().field, QStringLiteral("status"));
    // Ending the first appointment makes room; re-saving the active one itself is fine.
    QJsonObject same = caio;
    same.insert(QStringLiteral("id"), first);
    QVERIFY(!put(service, "caio", same).isEmpty());
    QJsonObject ended = same;
    ended.insert(QStringLiteral("status"), QStringLiteral("ended"));
    QVERIFY(!put(service, "caio", ended).isEmpty());
    QVERIFY(!put(service, "caio", caio).isEmpty());
    // A rank outside the two levels is kept, with a flag.
    QJsonObject other{{QStringLiteral("ministry"), m_moe},
                      {QStringLiteral("rank"), QStringLiteral("other")},
                      {QStringLiteral("status"), QStringLiteral("active")}};
    auto flagged = service.put(QStringLiteral("caio"), other);
    QVERIFY(std::holds_alternative<RecordService::Saved>(flagged));
    QCOMPARE(std::get<RecordService::Saved>(flagged).warnings.size(), 1);
}

void TestRecordService::secretariatEditsEverything()
{
    RecordService service(*m_store, QStringLiteral("secretariat"));
    QVERIFY(!put(service, "milestone",
                 {{QStringLiteral("title"), QStringLiteral("AI action plan")},
                  {QStringLiteral("due"), QStringLiteral("2025-11-30")},
                  {QStringLiteral("status"), QStringLiteral("planned")}})
                 .isEmpty());
    QVERIFY(!service.remove(QStringLiteral("action"), m_moeAction));
}

void TestRecordService::ministryEditsItsOwnProgressCaioAndExecution()
{
    RecordService msit(*m_store, QStringLiteral("ministry:MSIT"));
    QJsonObject action = m_store->get(m_msitAction)->fields;
    action.insert(QStringLiteral("id"), m_msitAction);
    action.insert(QStringLiteral("progress"), 60);
    action.insert(QStringLiteral("status"), QStringLiteral("in-progress"));
    action.insert(QStringLiteral("evidence"), QStringLiteral("12 datasets opened"));
    QCOMPARE(put(msit, "action", action), m_msitAction);

    const qsizetype logged = m_store->changes()->size();
    QJsonObject reassigned = action;
    reassigned.insert(QStringLiteral("owner_ministry"), m_moe);
    RecordError refused = errorOf(msit.put(QStringLiteral("action"), reassigned));
    QCOMPARE(refused.kind, RecordError::Kind::Refused);
    QVERIFY(refused.message.contains(QStringLiteral("owner_ministry")));
    QJsonObject other = m_store->get(m_moeAction)->fields;
    other.insert(QStringLiteral("id"), m_moeAction);
    other.insert(QStringLiteral("progress"), 90);
    QCOMPARE(errorOf(msit.put(QStringLiteral("action"), other)).kind, RecordError::Kind::Refused);
    QCOMPARE(msit.remove(QStringLiteral("action"), m_msitAction)->kind, RecordError::Kind::Refused);
    QCOMPARE(
        errorOf(msit.put(QStringLiteral("resolution"), {{QStringLiteral("number"), QStringLiteral("x")}}))
            .kind,
        RecordError::Kind::Refused);
    QCOMPARE(m_store->changes()->size(), logged); // refused edits change nothing

    // Its own CAIO record, not another ministry's.
    QVERIFY(!put(msit, "caio",
                 {{QStringLiteral("ministry"), m_msit},
                  {QStringLiteral("rank"), QStringLiteral("vice-minister")},
                  {QStringLiteral("status"), QStringLiteral("active")}})
                 .isEmpty());
    QCOMPARE(
        errorOf(msit.put(QStringLiteral("caio"), {{QStringLiteral("ministry"), m_moe},
                                                  {QStringLiteral("rank"), QStringLiteral("vice-minister")},
                                                  {QStringLiteral("status"), QStringLiteral("active")}}))
            .kind,
        RecordError::Kind::Refused);

    // Budget: execution only.
    QJsonObject budget = m_store->get(m_msitBudget)->fields;
    budget.insert(QStringLiteral("id"), m_msitBudget);
    budget.insert(QStringLiteral("executed"), qint64(400'000'000'000));
    QCOMPARE(put(msit, "budget", budget), m_msitBudget);
    budget.insert(QStringLiteral("enacted"), qint64(2'000'000'000'000));
    QCOMPARE(errorOf(msit.put(QStringLiteral("budget"), budget)).kind, RecordError::Kind::Refused);

    // A ministry the list does not know yet cannot write at all.
    RecordService unknown(*m_store, QStringLiteral("ministry:MOLIT"));
    QCOMPARE(errorOf(unknown.put(QStringLiteral("action"), action)).kind, RecordError::Kind::Refused);
}

void TestRecordService::auditorEditsNothing()
{
    RecordService auditor(*m_store, QStringLiteral("auditor"));
    const qsizetype logged = m_store->changes()->size();
    QJsonObject action = m_store->get(m_msitAction)->fields;
    action.insert(QStringLiteral("id"), m_msitAction);
    action.insert(QStringLiteral("progress"), 10);
    const RecordError refused = errorOf(auditor.put(QStringLiteral("action"), action));
    QCOMPARE(refused.kind, RecordError::Kind::Refused);
    QVERIFY(refused.message.contains(QStringLiteral("auditor")));
    QCOMPARE(auditor.remove(QStringLiteral("budget"), m_msitBudget)->kind, RecordError::Kind::Refused);
    QCOMPARE(
        errorOf(auditor.put(QStringLiteral("milestone"), {{QStringLiteral("title"), QStringLiteral("x")}}))
            .kind,
        RecordError::Kind::Refused);
    QCOMPARE(m_store->changes()->size(), logged);
}

// Values this version cannot check (a newer version's choice, a reference to a record
// deleted since, dates out of order after a merge) do not block a save that leaves them as
// they are; writing such a value is refused as always.
void TestRecordService::keepsValuesItCannotCheck()
{
    // A newer version's status (a choice this version lacks), arrived by sync.
    QJsonObject newer = m_store->get(m_msitAction)->fields;
    newer.insert(QStringLiteral("status"), QStringLiteral("paused"));
    QVERIFY(m_store->put(QStringLiteral("action"), m_msitAction, newer));

    // The ministry reports progress with the record as its form shows it: saved, with a
    // warning on the status, which stays as it was.
    RecordService msit(*m_store, QStringLiteral("ministry:MSIT"));
    QJsonObject report = newer;
    report.insert(QStringLiteral("id"), m_msitAction);
    report.insert(QStringLiteral("progress"), 60);
    auto result = msit.put(QStringLiteral("action"), report);
    QVERIFY2(std::holds_alternative<RecordService::Saved>(result), qPrintable(errorOf(result).message));
    const QList<FieldIssue> warnings = std::get<RecordService::Saved>(result).warnings;
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().field, QStringLiteral("status"));
    QCOMPARE(warnings.first().severity, FieldIssue::Severity::Warning);
    QVERIFY2(warnings.first().message.contains(QStringLiteral("keeps it as it is")),
             qPrintable(warnings.first().message));
    QJsonObject stored = m_store->get(m_msitAction)->fields;
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    QCOMPARE(stored.value(QStringLiteral("progress")).toInt(), 60);
    // The editors ask the same question with the record's id.
    const RecordType& action = *RecordType::find(QStringLiteral("action"));
    QVERIFY(!RecordValidator::hasErrors(msit.check(action, stored, m_msitAction)));
    QVERIFY(RecordValidator::hasErrors(msit.check(action, stored)));

    // Writing a value this version does not know is refused, whether it replaces a known
    // one, another unknown one, or starts a record; nothing is written.
    const qsizetype logged = m_store->changes()->size();
    QJsonObject other = report;
    other.insert(QStringLiteral("status"), QStringLiteral("on-hold"));
    QCOMPARE(errorOf(msit.put(QStringLiteral("action"), other)).kind, RecordError::Kind::Invalid);
    RecordService secretariat(*m_store, QStringLiteral("secretariat"));
    QJsonObject moe = m_store->get(m_moeAction)->fields;
    moe.insert(QStringLiteral("id"), m_moeAction);
    moe.insert(QStringLiteral("status"), QStringLiteral("paused"));
    QCOMPARE(errorOf(secretariat.put(QStringLiteral("action"), moe)).kind, RecordError::Kind::Invalid);
    const RecordError fresh = errorOf(secretariat.put(QStringLiteral("action"), newer));
    QCOMPARE(fresh.kind, RecordError::Kind::Invalid);
    QCOMPARE(fresh.issues.size(), 1);
    QCOMPARE(fresh.issues.first().field, QStringLiteral("status"));
    QCOMPARE(m_store->changes()->size(), logged);

    // A reference kept as it was, to a record deleted since: a warning, not a refusal.
    QVERIFY(!secretariat.remove(QStringLiteral("resolution"), m_resolution));
    QJsonObject later = m_store->get(m_msitAction)->fields;
    later.insert(QStringLiteral("id"), m_msitAction);
    later.insert(QStringLiteral("progress"), 70);
    result = msit.put(QStringLiteral("action"), later);
    QVERIFY2(std::holds_alternative<RecordService::Saved>(result), qPrintable(errorOf(result).message));
    QStringList warned;
    for (const FieldIssue& issue : std::get<RecordService::Saved>(result).warnings) {
        warned << issue.field;
    }
    QCOMPARE(warned, (QStringList{QStringLiteral("status"), QStringLiteral("resolution")}));
    // Pointing a record at it anew is still refused.
    QJsonObject relink = m_store->get(m_moeAction)->fields;
    relink.insert(QStringLiteral("id"), m_moeAction);
    relink.insert(QStringLiteral("resolution"), m_resolution); // the same id: unchanged
    QVERIFY(std::holds_alternative<RecordService::Saved>(secretariat.put(QStringLiteral("action"), relink)));
    QJsonObject created = relink;
    created.remove(QStringLiteral("id"));
    const RecordError dangling = errorOf(secretariat.put(QStringLiteral("action"), created));
    QCOMPARE(dangling.kind, RecordError::Kind::Invalid);
    QCOMPARE(dangling.issues.size(), 1);
    QCOMPARE(dangling.issues.first().field, QStringLiteral("resolution"));

    // A rule between fields: dates out of order that arrived together are kept when
    // another field changes, and refused when the save moves one of the dates.
    const QString taskforce = put(secretariat, "taskforce",
                                  {{QStringLiteral("name"), QStringLiteral("AI 교육")},
                                   {QStringLiteral("start"), QStringLiteral("2026-01-01")},
                                   {QStringLiteral("end"), QStringLiteral("2026-12-31")}});
    QVERIFY(!taskforce.isEmpty());
    QJsonObject merged = m_store->get(taskforce)->fields;
    merged.insert(QStringLiteral("end"), QStringLiteral("2025-12-31"));
    QVERIFY(m_store->put(QStringLiteral("taskforce"), taskforce, merged));
    merged.insert(QStringLiteral("id"), taskforce);
    merged.insert(QStringLiteral("mandate"), QStringLiteral("Teachers first"));
    QVERIFY(
        std::holds_alternative<RecordService::Saved>(secretariat.put(QStringLiteral("taskforce"), merged)));
    merged.insert(QStringLiteral("end"), QStringLiteral("2025-11-30"));
    const RecordError order = errorOf(secretariat.put(QStringLiteral("taskforce"), merged));
    QCOMPARE(order.kind, RecordError::Kind::Invalid);
    QCOMPARE(order.issues.first().field, QStringLiteral("end"));
    QCOMPARE(m_store->get(taskforce)->fields.value(QStringLiteral("end")).toString(),
             QStringLiteral("2025-12-31"));

    // Deliverables: a status the stored list holds already may be given to any row; one it
    // does not hold is refused.
    QJsonObject rows = m_store->get(taskforce)->fields;
    rows.insert(QStringLiteral("deliverables"),
                QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("교원 연수")},
                                       {QStringLiteral("status"), QStringLiteral("blocked")}}});
    QVERIFY(m_store->put(QStringLiteral("taskforce"), taskforce, rows));
    rows.insert(QStringLiteral("id"), taskforce);
    rows.insert(QStringLiteral("deliverables"),
                QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("교원 연수 (1차)")},
                                       {QStringLiteral("status"), QStringLiteral("blocked")}},
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("교재")},
                                       {QStringLiteral("status"), QStringLiteral("blocked")}}});
    QVERIFY(std::holds_alternative<RecordService::Saved>(secretariat.put(QStringLiteral("taskforce"), rows)));
    // A stored row that breaks a rule stands for itself once, not for copies of it.
    QJsonObject untitled = m_store->get(taskforce)->fields;
    untitled.insert(QStringLiteral("deliverables"),
                    QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("planned")}}});
    QVERIFY(m_store->put(QStringLiteral("taskforce"), taskforce, untitled));
    untitled.insert(QStringLiteral("id"), taskforce);
    untitled.insert(QStringLiteral("mandate"), QStringLiteral("Teachers first, then students"));
    QVERIFY(
        std::holds_alternative<RecordService::Saved>(secretariat.put(QStringLiteral("taskforce"), untitled)));
    const QJsonValue row = untitled.value(QStringLiteral("deliverables")).toArray().first();
    untitled.insert(QStringLiteral("deliverables"), QJsonArray{row, row});
    QCOMPARE(errorOf(secretariat.put(QStringLiteral("taskforce"), untitled)).kind,
             RecordError::Kind::Invalid);
    rows.insert(QStringLiteral("deliverables"),
                QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("교재")},
                                       {QStringLiteral("status"), QStringLiteral("paused")}}});
    const RecordError status = errorOf(secretariat.put(QStringLiteral("taskforce"), rows));
    QCOMPARE(status.kind, RecordError::Kind::Invalid);
    QCOMPARE(status.issues.first().field, QStringLiteral("deliverables"));
    QCOMPARE(m_store->get(taskforce)->fields.value(QStringLiteral("deliverables")).toArray(),
             QJsonArray{row});
}

// Undo returns a field to what it held, even a value this version cannot check (the
// user changed a newer version's status, then thought better of it).
void TestRecordService::undoBringsBackAValueItCannotCheck()
{
    QJsonObject newer = m_store->get(m_msitAction)->fields;
    newer.insert(QStringLiteral("status"), QStringLiteral("paused"));
    QVERIFY(m_store->put(QStringLiteral("action"), m_msitAction, newer));
    RecordService secretariat(*m_store, QStringLiteral("secretariat"));
    QJsonObject changed = newer;
    changed.insert(QStringLiteral("id"), m_msitAction);
    changed.insert(QStringLiteral("status"), QStringLiteral("completed"));
    QVERIFY(std::holds_alternative<RecordService::Saved>(secretariat.put(QStringLiteral("action"), changed)));
    QStringList errors;
    QUndoStack stack;
    stack.push(new RecordEdit(secretariat, QStringLiteral("action"), m_msitAction, newer,
                              m_store->get(m_msitAction)->fields,
                              [&errors](const RecordError& error) { errors << error.message; }));
    stack.undo();
    QCOMPARE(errors, QStringList());
    QCOMPARE(m_store->get(m_msitAction)->fields.value(QStringLiteral("status")).toString(),
             QStringLiteral("paused"));
    stack.redo();
    QCOMPARE(m_store->get(m_msitAction)->fields.value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
    // Writing it anew, outside undo, is still refused.
    changed.insert(QStringLiteral("status"), QStringLiteral("paused"));
    QCOMPARE(errorOf(secretariat.put(QStringLiteral("action"), changed)).kind, RecordError::Kind::Invalid);
    QCOMPARE(errors, QStringList());
}

// What undo excuses is a field's own value, never a mix of then and now: a rule between
// fields or records is checked against the records as they are today.
void TestRecordService::undoIsCheckedAgainstTodaysRecords()
{
    QStringList errors;
    const auto sink = [&errors](const RecordError& error) { errors << error.message; };
    RecordService secretariat(*m_store, QStringLiteral("secretariat"));
    RecordService msit(*m_store, QStringLiteral("ministry:MSIT"));

    // A budget line: the ministry lowers its execution; the secretariat's bundle then cuts
    // the budget below the old figure. Undoing would put execution above the budget.
    QJsonObject line = m_store->get(m_msitBudget)->fields;
    line.insert(QStringLiteral("revised"), qint64(200));
    line.insert(QStringLiteral("executed"), qint64(150));
    QVERIFY(m_store->put(QStringLiteral("budget"), m_msitBudget, line));
    QJsonObject lowered = line;
    lowered.insert(QStringLiteral("executed"), qint64(90));
    lowered.insert(QStringLiteral("id"), m_msitBudget);
    QVERIFY(std::holds_alternative<RecordService::Saved>(msit.put(QStringLiteral("budget"), lowered)));
    QUndoStack stack;
    stack.push(new RecordEdit(msit, QStringLiteral("budget"), m_msitBudget, line,
                              m_store->get(m_msitBudget)->fields, sink));
    QJsonObject cut = m_store->get(m_msitBudget)->fields;
    cut.insert(QStringLiteral("revised"), qint64(100));
    QVERIFY(m_store->put(QStringLiteral("budget"), m_msitBudget, cut));
    stack.undo();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_store->get(m_msitBudget)->fields.value(QStringLiteral("executed")).toInteger(), 90);

    // A CAIO deleted, another made active meanwhile: undoing the deletion is refused.
    const QString first = put(secretariat, "caio",
                              {{QStringLiteral("ministry"), m_msit},
                               {QStringLiteral("rank"), QStringLiteral("vice-minister")},
                               {QStringLiteral("status"), QStringLiteral("active")}});
    QVERIFY(!first.isEmpty());
    const QJsonObject firstFields = m_store->get(first)->fields;
    QVERIFY(!secretariat.remove(QStringLiteral("caio"), first));
    QUndoStack deletions;
    deletions.push(
        new RecordEdit(secretariat, QStringLiteral("caio"), first, firstFields, std::nullopt, sink));
    QVERIFY(!put(secretariat, "caio",
                 {{QStringLiteral("ministry"), m_msit},
                  {QStringLiteral("rank"), QStringLiteral("director-general")},
                  {QStringLiteral("status"), QStringLiteral("active")}})
                 .isEmpty());
    deletions.undo();
    QCOMPARE(errors.size(), 2);
    QVERIFY(m_store->get(first)->deleted);

    // A field a newer version made optional, left empty there: filled in here, then
    // undone, it is empty again (not refused as required).
    QJsonObject optional = m_store->get(m_resolution)->fields;
    optional.remove(QStringLiteral("status"));
    QVERIFY(m_store->put(QStringLiteral("resolution"), m_resolution, optional));
    QJsonObject filled = optional;
    filled.insert(QStringLiteral("id"), m_resolution);
    filled.insert(QStringLiteral("status"), QStringLiteral("adopted"));
    QVERIFY(
        std::holds_alternative<RecordService::Saved>(secretariat.put(QStringLiteral("resolution"), filled)));
    QUndoStack fills;
    fills.push(new RecordEdit(secretariat, QStringLiteral("resolution"), m_resolution, optional,
                              m_store->get(m_resolution)->fields, sink));
    fills.undo();
    QCOMPARE(errors.size(), 2);
    QVERIFY(!m_store->get(m_resolution)->fields.contains(QStringLiteral("status")));
}

// A field given no value is a field left out: "executed": "  " or "progress": null is
// never stored, so no value escapes its kind's check by looking empty.
void TestRecordService::blankValuesAreLeftOut()
{
    RecordService msit(*m_store, QStringLiteral("ministry:MSIT"));
    QJsonObject line = m_store->get(m_msitBudget)->fields;
    line.insert(QStringLiteral("id"), m_msitBudget);
    line.insert(QStringLiteral("executed"), QStringLiteral("  "));
    line.insert(QStringLiteral("overrun_noted"), QString());
    QVERIFY(std::holds_alternative<RecordService::Saved>(msit.put(QStringLiteral("budget"), line)));
    const QJsonObject stored = m_store->get(m_msitBudget)->fields;
    QVERIFY(!stored.contains(QStringLiteral("executed")));
    QVERIFY(!stored.contains(QStringLiteral("overrun_noted")));
    QJsonObject action = m_store->get(m_msitAction)->fields;
    action.insert(QStringLiteral("id"), m_msitAction);
    action.insert(QStringLiteral("progress"), QJsonValue::Null);
    action.insert(QStringLiteral("evidence"), QJsonArray());
    QVERIFY(std::holds_alternative<RecordService::Saved>(msit.put(QStringLiteral("action"), action)));
    QVERIFY(!m_store->get(m_msitAction)->fields.contains(QStringLiteral("progress")));
    QVERIFY(!m_store->get(m_msitAction)->fields.contains(QStringLiteral("evidence")));
    // A required field given blank is still required.
    action.insert(QStringLiteral("status"), QStringLiteral(" "));
    const RecordError required = errorOf(msit.put(QStringLiteral("action"), action));
    QCOMPARE(required.kind, RecordError::Kind::Invalid);
    QCOMPARE(required.issues.first().field, QStringLiteral("status"));
}

// A newer version at another site wrote fields this version does not know (they arrive by
// sync, which stores them as they are). Saving the record here without them keeps them,
// for a ministry too; setting one is refused as before; giving it back unchanged is not.
void TestRecordService::keepsFieldsFromANewerVersion()
{
    // What such a sync leaves in the store (the store itself takes any field).
    QJsonObject newer = m_store->get(m_msitAction)->fields;
    newer.insert(QStringLiteral("risk"), QStringLiteral("high"));
    newer.insert(QStringLiteral("co_owners"), QJsonArray{m_moe});
    QVERIFY(m_store->put(QStringLiteral("action"), m_msitAction, newer));
    const qsizetype logged = m_store->changes()->size();

    // The ministry reports progress with the fields it knows, as its form does.
    RecordService msit(*m_store, QStringLiteral("ministry:MSIT"));
    QJsonObject known = newer;
    known.remove(QStringLiteral("risk"));
    known.remove(QStringLiteral("co_owners"));
    known.insert(QStringLiteral("id"), m_msitAction);
    known.insert(QStringLiteral("progress"), 40);
    QCOMPARE(put(msit, "action", known), m_msitAction);
    QJsonObject stored = m_store->get(m_msitAction)->fields;
    QCOMPARE(stored.value(QStringLiteral("risk")).toString(), QStringLiteral("high"));
    QCOMPARE(stored.value(QStringLiteral("co_owners")).toArray(), QJsonArray{m_moe});
    QCOMPARE(stored.value(QStringLiteral("progress")).toInt(), 40);
    auto changes = m_store->changes();
    QVERIFY(changes);
    QCOMPARE(changes->size(), logged + 1); // progress only: nothing cleared
    QCOMPARE(changes->last().field, QStringLiteral("progress"));

    // The secretariat: giving the record back as `get` prints it is fine; changing or
    // clearing a field this version does not know is "not a field", and nothing is written.
    RecordService secretariat(*m_store, QStringLiteral("secretariat"));
    QJsonObject roundTrip = stored;
    roundTrip.insert(QStringLiteral("id"), m_msitAction);
    roundTrip.insert(QStringLiteral("evidence"), QStringLiteral("Catalogue online"));
    QCOMPARE(put(secretariat, "action", roundTrip), m_msitAction);
    const qsizetype before = m_store->changes()->size();
    for (const QJsonValue& value : {QJsonValue(QStringLiteral("low")), QJsonValue(QJsonValue::Null)}) {
        QJsonObject changed = roundTrip;
        changed.insert(QStringLiteral("risk"), value);
        const RecordError error = errorOf(secretariat.put(QStringLiteral("action"), changed));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
        QCOMPARE(error.issues.size(), 1);
        QCOMPARE(error.issues.first().field, QStringLiteral("risk"));
    }
    // A new record, or a field the stored record does not hold, is checked as always.
    QJsonObject fresh = known;
    fresh.remove(QStringLiteral("id"));
    fresh.insert(QStringLiteral("risk"), QStringLiteral("high"));
    QCOMPARE(errorOf(secretariat.put(QStringLiteral("action"), fresh)).kind, RecordError::Kind::Invalid);
    QJsonObject typo = roundTrip;
    typo.insert(QStringLiteral("progres"), 50);
    QCOMPARE(errorOf(secretariat.put(QStringLiteral("action"), typo)).kind, RecordError::Kind::Invalid);
    QCOMPARE(m_store->changes()->size(), before);
    QCOMPARE(m_store->get(m_msitAction)->fields.value(QStringLiteral("risk")).toString(),
             QStringLiteral("high"));
}

QTEST_GUILESS_MAIN(TestRecordService)
#include "tst_record_service.moc"
