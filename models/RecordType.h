#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace oneteam {

// One field of a record type: what it holds and the rules every value must follow.
struct FieldSpec
{
    enum class Kind
    {
        Text,          // a line of text
        LongText,      // paragraphs
        Integer,       // a whole number
        Won,           // whole won, int64 (JSON integer)
        Date,          // yyyy-MM-dd
        Enum,          // one of `choices`
        Reference,     // the id of a record of `refType`
        ReferenceList, // ids of records of `refType`
        TextList,      // several lines of text
        Percent,       // 0..100
        Flag,          // true or false
        Points,        // [{"date": "yyyy-MM-dd", "value": number}]
        Deliverables,  // [{"title", "due", "status"}]
    };
    const char* name; // the JSON key
    Kind kind;
    bool required = false;
    QStringList choices = {};          // Enum
    const char* refType = nullptr;     // Reference, ReferenceList
    const char* description = nullptr; // English, for the JSON schema and tooltips
};

// A record type of DESIGN.md ("Records"): its name, its fields, and the field that names
// a record in lists and links.
struct RecordType
{
    const char* name;  // "resolution"
    const char* title; // "Resolution" (translated in the "RecordTypes" context)
    QList<FieldSpec> fields;
    const char* labelField; // e.g. "title_en"

    const FieldSpec* field(const QString& fieldName) const;
    // The keys of `record` that are not fields of this type (nor "id"): fields a newer
    // version of OneTeam wrote at another site, which this version keeps but cannot show.
    QStringList unknownFields(const QJsonObject& record) const;
    QString translatedTitle() const;
    // A JSON Schema (2020-12) describing the type, for `oneteam-cli schema`.
    QJsonObject jsonSchema() const;

    static const QList<RecordType>& all();
    static const RecordType* find(const QString& typeName);
    static QStringList names();
};

namespace choices {
extern const QStringList kKeywords;         // the five policy keywords
extern const QStringList kResolutionStatus; // draft … withdrawn
extern const QStringList kActionStatus;
extern const QStringList kCaioRank; // vice-minister, director-general, other
extern const QStringList kCaioStatus;
extern const QStringList kMinistryKind;
extern const QStringList kBudgetCategory;
extern const QStringList kPartnershipKind;
extern const QStringList kWorkStatus; // planned, in-progress, done, cancelled
} // namespace choices

} // namespace oneteam
