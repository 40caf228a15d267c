#pragma once

#include "RecordType.h"

#include <QJsonObject>
#include <QList>

namespace oneteam {

// A problem with one field of a record, in the user's language. Errors stop a save;
// warnings are flags the record keeps (a CAIO's rank outside the two asked-for levels).
struct FieldIssue
{
    enum class Severity
    {
        Error,
        Warning
    };
    QString field;
    Severity severity;
    QString message;
};

// The rules a record satisfies on its own (DESIGN.md "Records", issue "Governance
// records"): required fields, value kinds, choices, whole won, percentages, dates in
// order, the budget's execution against its budget. Rules that need other records
// (references, one active CAIO per ministry) are checked by the store.
class RecordValidator
{
public:
    static QList<FieldIssue> validate(const RecordType& type, const QJsonObject& record);
    static bool hasErrors(const QList<FieldIssue>& issues);
    // The JSON-safe range of a won amount (what JSON and JavaScript carry exactly).
    static constexpr qint64 kMaxWon = 9007199254740991LL;
};

} // namespace oneteam
