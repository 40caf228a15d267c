#pragma once

// What Sync.cpp (export) and SyncImport.cpp (import) share. Private to storage/.

#include "ChangeLog.h"
#include "Result.h"
#include "Sites.h"
#include "Sync.h"

#include <QList>
#include <QMap>
#include <QString>

#include <span>

namespace oneteam {
struct StoredRecord;
}

namespace oneteam::syncdetail {

// Now, as ISO 8601 UTC with milliseconds.
QString now();
// A peer's "have" (how far it holds each origin's chain), as stored in the peer table.
QMap<QString, qint64> decodeHave(const QString& text);
QString encodeHave(const QMap<QString, qint64>& have);
// The site's name, or its id when the roster does not know it.
QString siteName(const QList<SiteEntry>& sites, const QString& id);

// Why `origin`'s run of changes to one record (all of one record, in its order) may not be
// applied to `existing` (null: not here yet), or an empty string: malformed changes, then
// the policy's role rules (docs/bundle-format.md, "Import", step 7).
QString judgeRun(const ChangePolicy& policy, const SiteEntry& origin, const StoredRecord* existing,
                 std::span<const LoggedChange> run);

// The creation of a record that the log holds but did not apply: refused here, or kept
// for a newer version's record type (`kept`). `found` false: the log holds none.
struct UnappliedCreation
{
    bool found = false;
    bool kept = false;
    QString origin;
    QString type;

    // Why a run of `type` to that record is refused with its refused creation.
    QString refusalFor(const QString& recordId, const QString& runType) const;
};
Result<UnappliedCreation> unappliedCreation(Vault& vault, const QString& recordId);

} // namespace oneteam::syncdetail
