#pragma once

// What Sync.cpp (export) and SyncImport.cpp (import) share. Private to storage/.

#include "Sites.h"

#include <QList>
#include <QMap>
#include <QString>

namespace oneteam::syncdetail {

// Now, as ISO 8601 UTC with milliseconds.
QString now();
// A peer's "have" (how far it holds each origin's chain), as stored in the peer table.
QMap<QString, qint64> decodeHave(const QString& text);
QString encodeHave(const QMap<QString, qint64>& have);
// The site's name, or its id when the roster does not know it.
QString siteName(const QList<SiteEntry>& sites, const QString& id);

} // namespace oneteam::syncdetail
