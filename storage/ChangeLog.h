#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace oneteam {

// A version of one field of one record: the change that wrote it. A change names the
// versions it replaced ("prev"); the versions no change names are the field's leaves, and
// two leaves with different values are a conflict (docs/bundle-format.md, "Merge").
struct FieldVersion
{
    QString field;
    QString hlc;
    QString origin;
    bool operator==(const FieldVersion&) const = default;
};

// One field-level change as it is chained, signed and carried between sites. `value` is
// the field's JSON text as RecordStore::encodeValue writes it; a null QString is "none".
struct LoggedChange
{
    QString origin;  // the site that made the change
    qint64 oseq = 0; // its place in that site's chain, from 1
    QString hlc;
    QString recordId;
    QString type;
    QString field; // "" creates the record; "~deleted" deletes or restores it
    QString value;
    QList<FieldVersion> prev;
};

namespace changelog {

constexpr int kHashSize = 32;

// The change's canonical bytes: a CBOR array of its parts in a fixed order.
QByteArray canonicalBytes(const LoggedChange& change);
// The chain after `change`: SHA-256 over a domain label, the previous chain value (32
// zero bytes before a site's first change) and the canonical bytes.
QByteArray next(const QByteArray& previous, const LoggedChange& change);
QByteArray genesis();
// What an origin signs: its id, how many changes it has made and the chain after the last.
QByteArray headMessage(const QString& origin, qint64 oseq, const QByteArray& chain);

// "prev" as stored in the change table: a compact JSON array of [field, hlc, origin].
QString encodePrev(const QList<FieldVersion>& prev);
QList<FieldVersion> decodePrev(const QString& text);

// True when (hlcA, originA) is later than (hlcB, originB): the clock decides, the origin
// breaks a tie, the same way at every site.
bool later(const QString& hlcA, const QString& originA, const QString& hlcB, const QString& originB);

} // namespace changelog
} // namespace oneteam
