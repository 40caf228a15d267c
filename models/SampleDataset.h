#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace oneteam {

class RecordService;

// The built-in sample from shared/domain/FACTS.md: the committee and its council, the 19
// ministries, the people the facts name, the three task forces, the 2026 AI budget (the
// 10.1 trillion won proposal by programme, the 9.9 trillion enacted by ministry), the GPU
// indicator, partnerships and events, and the AI action plan milestone. Where the facts
// are silent, records are marked "sample" (an illustrative resolution, the remainders
// that make the totals add up); no person is invented. Ids are fixed, so loading twice
// changes nothing.
class SampleDataset
{
public:
    struct Entry
    {
        QString type;
        QJsonObject fields; // includes "id"
    };
    static QList<Entry> entries();
    // Loads every entry through the service (so the rules and the role apply); returns
    // the number written, or -1 with the first error in *error.
    static int load(RecordService& service, QString* error);
    // The fixed id of the entry with this key ("ministry:MSIT").
    static QString idOf(const QString& key);
};

} // namespace oneteam
