#pragma once

#include "RecordStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace oneteam {

// Which ministries have an active Chief AI Officer (DESIGN.md: every ministry names one,
// at vice-minister or director-general level). Only records of kind "ministry" count:
// the committee and the council are not asked to name one.
struct CaioCoverage
{
    QList<StoredRecord> ministries;          // kind "ministry", in creation order
    QHash<QString, StoredRecord> activeCaio; // ministry id -> its active CAIO record
    QStringList vacant;                      // ministry ids without an active CAIO
    QStringList rankFlagged;                 // ministry ids whose active CAIO's rank is "other"

    static Result<CaioCoverage> compute(const RecordStore& store);
    bool covers(const QString& ministryId) const { return activeCaio.contains(ministryId); }
};

} // namespace oneteam
