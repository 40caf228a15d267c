#pragma once

#include "RecordStore.h"

#include <QString>

namespace oneteam {

// How records, their fields and their choice values read in the user's language:
// "status" is "Status" / "상태", "in-progress" is "In progress" / "진행 중".
class RecordLabels
{
public:
    static QString field(const QString& name);   // "RecordFields" context
    static QString choice(const QString& value); // "RecordChoices" context
    // The untranslated texts, for a catalogue other than the interface's (reports).
    static const char* fieldSource(const QString& name);
    static const char* choiceSource(const QString& value);
    // What names a record in lists and links: its code, else its title or name in the
    // language read (Korean or English), else its id.
    static QString recordName(const StoredRecord& record);
    // Its title or name in the language read (the other language's when that one is
    // empty), whether or not it has a code; empty when it has none.
    static QString titleOf(const StoredRecord& record);
};

} // namespace oneteam
