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

// What a save leaves as it was (RecordValidator::validate). `stored`: the record as stored,
// when a save replaces it. `restoring`: the record at the step an undo or redo returns to.
struct KeptValues
{
    const QJsonObject* stored = nullptr;
    const QJsonObject* restoring = nullptr;
};

// The rules a record satisfies on its own (DESIGN.md "Records", issue "Governance
// records"): required fields, value kinds, choices, whole won, percentages, dates in
// order, the budget's execution against its budget. Rules that need other records
// (references, one active CAIO per ministry) are checked by the store.
class RecordValidator
{
public:
    using Kept = KeptValues;
    // A field whose value the save leaves as stored, or gives back its value at the step
    // being restored, is not refused for this version's rules of its own (kind, choices,
    // required): the value came from another site, perhaps from a newer version of
    // OneTeam (a new choice, a field made optional), or was set before a rule changed. Its
    // problems become warnings, so an edit of another field (a ministry's progress report)
    // still saves, and the value is never changed behind the user's back. A rule between
    // fields (dates in order, execution within the budget) refuses a save unless every one
    // of its fields is left as stored: an undo's mix of then and now is checked in full.
    static QList<FieldIssue> validate(const RecordType& type, const QJsonObject& record, Kept kept = {});
    // No value: undefined, null, blank text or an empty list. A save stores such a field as
    // left out, so its kind is never in doubt.
    static bool isBlank(const QJsonValue& value);
    // The errors among `issues` as warnings that say the value is kept as it is.
    static QList<FieldIssue> keptAsItIs(QList<FieldIssue> issues);
    static bool hasErrors(const QList<FieldIssue>& issues);
    // The JSON-safe range of a won amount (what JSON and JavaScript carry exactly).
    static constexpr qint64 kMaxWon = 9007199254740991LL;
};

} // namespace oneteam
