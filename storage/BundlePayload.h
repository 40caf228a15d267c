#pragma once

#include "AuditLog.h"
#include "ChangeLog.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace oneteam {

// One origin's run of changes in a bundle: changes from..head of its chain, and its
// signature over the head (docs/bundle-format.md, "Payload").
struct Segment
{
    QString origin;
    qint64 from = 0;
    qint64 head = 0;
    QByteArray chain;
    QByteArray signature;
    QList<LoggedChange> changes;
};

// What a bundle carries once decrypted and decompressed.
struct Payload
{
    QByteArray roster;          // only when a recipient may lack the sender's version
    qint64 rosterVersion = 0;   // the version of the roster the sender holds
    QMap<QString, qint64> have; // what the sender holds of each origin
    QList<Segment> segments;
    QMap<QString, qint64> auditHave; // what the sender holds of each site's audit log
    QList<AuditSegment> audit;       // optional: bundles before the audit log have none
};

QByteArray encodePayload(const Payload& payload);
// The payload, checked part by part (types, sizes, counts): a signed bundle from a
// trusted site is still read as if it could hold anything. nullopt when malformed.
std::optional<Payload> decodePayload(const QByteArray& bytes);

} // namespace oneteam
