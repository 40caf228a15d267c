#include "RecordType.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oneteam {

namespace choices {
const QStringList kKeywords = {QStringLiteral("one-team"), QStringLiteral("gpu-foundation-model"),
                               QStringLiteral("physical-ai"), QStringLiteral("ai-basic-society"),
                               QStringLiteral("overseas-partnerships")};
const QStringList kResolutionStatus = {QStringLiteral("draft"),        QStringLiteral("adopted"),
                                       QStringLiteral("in-execution"), QStringLiteral("completed"),
                                       QStringLiteral("superseded"),   QStringLiteral("withdrawn")};
const QStringList kActionStatus = {QStringLiteral("not-started"), QStringLiteral("in-progress"),
                                   QStringLiteral("completed"), QStringLiteral("blocked"),
                                   QStringLiteral("cancelled")};
const QStringList kCaioRank = {QStringLiteral("vice-minister"), QStringLiteral("director-general"),
                               QStringLiteral("other")};
const QStringList kCaioStatus = {QStringLiteral("active"), QStringLiteral("ended")};
const QStringList kMinistryKind = {QStringLiteral("ministry"), QStringLiteral("agency"),
                                   QStringLiteral("office"), QStringLiteral("committee"),
                                   QStringLiteral("council")};
const QStringList kBudgetCategory = {
    QStringLiteral("ax"),          QStringLiteral("gpu"),    QStringLiteral("foundation-model"),
    QStringLiteral("physical-ai"), QStringLiteral("talent"), QStringLiteral("other")};
const QStringList kPartnershipKind = {QStringLiteral("data-center"), QStringLiteral("investment"),
                                      QStringLiteral("office"), QStringLiteral("cooperation"),
                                      QStringLiteral("event")};
const QStringList kWorkStatus = {QStringLiteral("planned"), QStringLiteral("in-progress"),
                                 QStringLiteral("done"), QStringLiteral("cancelled")};
} // namespace choices

namespace {

using K = FieldSpec::Kind;

QList<RecordType> buildTypes()
{
    using namespace choices;
    const FieldSpec sample{"sample", K::Flag,
                           false,    {},
                           nullptr,  "illustrative record: the facts are silent, so it is marked and badged"};
    return {
        {"ministry",
         QT_TRANSLATE_NOOP("RecordTypes", "Ministry"),
         {{"code", K::Text, true, {}, nullptr, "short code, e.g. MSIT"},
          {"name_ko", K::Text, true, {}, nullptr, "name in Korean"},
          {"name_en", K::Text, true, {}, nullptr, "name in English"},
          {"kind", K::Enum, true, kMinistryKind},
          sample},
         "name_en"},
        {"person",
         QT_TRANSLATE_NOOP("RecordTypes", "Person"),
         {{"name_ko", K::Text, false, {}, nullptr, "name in Korean"},
          {"name_en", K::Text, true, {}, nullptr, "name in English (only real names from the facts)"},
          {"title", K::Text, false},
          {"organisation", K::Reference, false, {}, "ministry"},
          sample},
         "name_en"},
        {"caio",
         QT_TRANSLATE_NOOP("RecordTypes", "CAIO"),
         {{"ministry", K::Reference, true, {}, "ministry"},
          {"person", K::Reference, false, {}, "person", "empty while the ministry has not named its officer"},
          {"rank", K::Enum, true, kCaioRank, nullptr, "vice-minister or director-general; other is flagged"},
          {"appointed", K::Date, false},
          {"term_end", K::Date, false},
          {"status", K::Enum, true, kCaioStatus, nullptr, "a ministry has at most one active CAIO"},
          sample},
         "ministry"},
        {"resolution",
         QT_TRANSLATE_NOOP("RecordTypes", "Resolution"),
         {{"number", K::Text, true, {}, nullptr, "the committee's number, e.g. 2025-01"},
          {"title_ko", K::Text, true},
          {"title_en", K::Text, false},
          {"adopted", K::Date, false},
          {"meeting", K::Text, false},
          {"keyword", K::Enum, true, kKeywords, nullptr, "one of the five policy keywords"},
          {"text", K::LongText, false},
          {"status", K::Enum, true, kResolutionStatus},
          {"lead_ministry", K::Reference, false, {}, "ministry"},
          {"cooperating_ministries", K::ReferenceList, false, {}, "ministry"},
          {"budget_lines", K::ReferenceList, false, {}, "budget"},
          sample},
         "title_ko"},
        {"action",
         QT_TRANSLATE_NOOP("RecordTypes", "Action"),
         {{"resolution", K::Reference, true, {}, "resolution"},
          {"description", K::LongText, true},
          {"owner_ministry", K::Reference, true, {}, "ministry"},
          {"due", K::Date, false, {}, nullptr, "overdue when past and not completed"},
          {"status", K::Enum, true, kActionStatus},
          {"progress", K::Percent, false, {}, nullptr, "0 to 100"},
          {"evidence", K::LongText, false},
          sample},
         "description"},
        {"taskforce",
         QT_TRANSLATE_NOOP("RecordTypes", "Task force"),
         {{"name", K::Text, true, {}, nullptr, "e.g. education, security, regions"},
          {"mandate", K::LongText, false},
          {"lead", K::Reference, false, {}, "ministry"},
          {"members", K::ReferenceList, false, {}, "ministry"},
          {"start", K::Date, false},
          {"end", K::Date, false},
          {"deliverables", K::Deliverables, false, kWorkStatus, nullptr,
           "title, due date and status of each"},
          sample},
         "name"},
        {"budget",
         QT_TRANSLATE_NOOP("RecordTypes", "Budget line"),
         {{"fiscal_year", K::Integer, true},
          {"code", K::Text, false},
          {"name_ko", K::Text, true},
          {"name_en", K::Text, false},
          {"parent", K::Reference, false, {}, "budget"},
          {"category", K::Enum, false, kBudgetCategory},
          {"keyword", K::Enum, false, kKeywords},
          {"ministry", K::Reference, false, {}, "ministry"},
          {"region", K::Text, false},
          {"proposal", K::Won, false, {}, nullptr, "government proposal, whole won"},
          {"enacted", K::Won, false, {}, nullptr, "as passed by the National Assembly, whole won"},
          {"revised", K::Won, false, {}, nullptr, "after supplementary budgets, whole won"},
          {"executed", K::Won, false, {}, nullptr, "spent to date, whole won"},
          {"overrun_noted", K::Flag, false, {}, nullptr, "executed above the budget on purpose"},
          sample},
         "name_ko"},
        {"indicator",
         QT_TRANSLATE_NOOP("RecordTypes", "Indicator"),
         {{"name", K::Text, true, {}, nullptr, "as the committee writes it, in Korean"},
          {"name_en", K::Text, false, {}, nullptr, "shown when OneTeam runs in English, e.g. GPUs secured"},
          {"unit", K::Text, true, {}, nullptr, "as the committee writes it, in Korean"},
          {"unit_en", K::Text, false, {}, nullptr, "shown when OneTeam runs in English, e.g. GPUs"},
          {"baseline", K::Points, false, {}, nullptr, "the starting value and its date"},
          {"targets", K::Points, false},
          {"observations", K::Points, false},
          sample},
         "name"},
        {"partnership",
         QT_TRANSLATE_NOOP("RecordTypes", "Partnership"),
         {{"partners", K::TextList, true},
          {"kind", K::Enum, true, kPartnershipKind},
          {"title", K::Text, true},
          {"amount", K::Won, false},
          {"date", K::Date, false},
          {"status", K::Enum, false, kWorkStatus},
          {"ministries", K::ReferenceList, false, {}, "ministry"},
          sample},
         "title"},
        {"milestone",
         QT_TRANSLATE_NOOP("RecordTypes", "Milestone"),
         {{"title", K::Text, true},
          {"due", K::Date, true},
          {"status", K::Enum, true, kWorkStatus},
          {"links", K::ReferenceList, false, {}, nullptr, "ids of related records of any type"},
          sample},
         "title"},
    };
}

QJsonObject propertySchema(const FieldSpec& field)
{
    QJsonObject schema;
    switch (field.kind) {
    case K::Text:
    case K::LongText:
        schema = {{QStringLiteral("type"), QStringLiteral("string")}};
        break;
    case K::Integer:
        schema = {{QStringLiteral("type"), QStringLiteral("integer")}};
        break;
    case K::Won:
        schema = {{QStringLiteral("type"), QStringLiteral("integer")},
                  {QStringLiteral("minimum"), -9007199254740991LL},
                  {QStringLiteral("maximum"), 9007199254740991LL}};
        break;
    case K::Date:
        schema = {{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("format"), QStringLiteral("date")}};
        break;
    case K::Enum:
        schema = {{QStringLiteral("enum"), QJsonArray::fromStringList(field.choices)}};
        break;
    case K::Reference:
        schema = {{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("x-references"), QLatin1String(field.refType ? field.refType : "any")}};
        break;
    case K::ReferenceList:
        schema = {{QStringLiteral("type"), QStringLiteral("array")},
                  {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                  {QStringLiteral("x-references"), QLatin1String(field.refType ? field.refType : "any")}};
        break;
    case K::TextList:
        schema = {{QStringLiteral("type"), QStringLiteral("array")},
                  {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}};
        break;
    case K::Percent:
        schema = {{QStringLiteral("type"), QStringLiteral("integer")},
                  {QStringLiteral("minimum"), 0},
                  {QStringLiteral("maximum"), 100}};
        break;
    case K::Flag:
        schema = {{QStringLiteral("type"), QStringLiteral("boolean")}};
        break;
    case K::Points: {
        const QJsonObject point{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("date"), QStringLiteral("value")}},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("date"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                      {QStringLiteral("format"), QStringLiteral("date")}}},
                 {QStringLiteral("value"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}}}}};
        schema = {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), point}};
        break;
    }
    case K::Deliverables: {
        const QJsonObject item{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("title"), QStringLiteral("status")}},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("title"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                 {QStringLiteral("due"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                     {QStringLiteral("format"), QStringLiteral("date")}}},
                 {QStringLiteral("status"),
                  QJsonObject{{QStringLiteral("enum"), QJsonArray::fromStringList(field.choices)}}}}}};
        schema = {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), item}};
        break;
    }
    }
    if (field.description) {
        schema.insert(QStringLiteral("description"), QLatin1String(field.description));
    }
    return schema;
}

} // namespace

const QList<RecordType>& RecordType::all()
{
    static const QList<RecordType> types = buildTypes();
    return types;
}

const RecordType* RecordType::find(const QString& typeName)
{
    for (const RecordType& type : all()) {
        if (typeName == QLatin1String(type.name)) {
            return &type;
        }
    }
    return nullptr;
}

QStringList RecordType::names()
{
    QStringList result;
    for (const RecordType& type : all()) {
        result << QLatin1String(type.name);
    }
    return result;
}

const FieldSpec* RecordType::field(const QString& fieldName) const
{
    for (const FieldSpec& spec : fields) {
        if (fieldName == QLatin1String(spec.name)) {
            return &spec;
        }
    }
    return nullptr;
}

QStringList RecordType::unknownFields(const QJsonObject& record) const
{
    QStringList unknown;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (it.key() != QLatin1String("id") && !field(it.key())) {
            unknown.append(it.key());
        }
    }
    return unknown;
}

QString RecordType::translatedTitle() const
{
    return QCoreApplication::translate("RecordTypes", title);
}

QJsonObject RecordType::jsonSchema() const
{
    QJsonObject properties{
        {QStringLiteral("id"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                           {QStringLiteral("format"), QStringLiteral("uuid")}}}};
    QJsonArray required;
    for (const FieldSpec& spec : fields) {
        properties.insert(QLatin1String(spec.name), propertySchema(spec));
        if (spec.required) {
            required.append(QLatin1String(spec.name));
        }
    }
    return {{QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
            {QStringLiteral("$id"),
             QString(QStringLiteral("https://oneteam.example/schema/") + QLatin1String(name))},
            {QStringLiteral("title"), QLatin1String(title)},
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), required},
            {QStringLiteral("additionalProperties"), false}};
}

} // namespace oneteam
