#pragma once

// What AuditLog.cpp, AuditFile.cpp and AuditExchange.cpp share. Private to storage/.

#include "AuditLog.h"
#include "Statement.h"
#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace oneteam::auditlog {

StorageError lockedError();
// Now, as ISO 8601 UTC with milliseconds.
QString nowIso();
// A row whose columns are site, seq, at, action, target, summary and chain, in order.
AuditEntry readEntry(const Statement& row);
// Checks one site's entries in order against their recorded chains and head. Used for the
// vault and for files alike; `recorded` holds the chain each entry claims.
ChainStatus checkChain(const QString& site, const QString& name, const QList<AuditEntry>& entries,
                       qint64 head, const QByteArray& headChain, qint64 signedSeq,
                       const QByteArray& signedChain, const QByteArray& signature, const QByteArray& signKey);

} // namespace oneteam::auditlog
