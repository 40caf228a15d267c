#include "BundlePayload.h"

#include "Hlc.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace oneteam {

namespace {

// CBOR's empty text reads as a null QString; the store's columns want "" (NOT NULL).
QString textOf(const QCborValue& value)
{
    const QString text = value.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

bool validText(const QCborValue& value, qsizetype maxSize, bool allowEmpty = false)
{
    return value.isString() && value.toString().size() <= maxSize &&
           (allowEmpty || !value.toString().isEmpty());
}

bool validHave(const QCborValue& value, QMap<QString, qint64>* have)
{
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isMap()) {
        return false;
    }
    const QCborMap map = value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!validText(it.key(), 64) || !it.value().isInteger() || it.value().toInteger() < 0 ||
            it.value().toInteger() > (qint64(1) << 48)) {
            return false;
        }
        have->insert(it.key().toString(), it.value().toInteger());
    }
    return true;
}

// The audit part (docs/bundle-format.md, "Audit"): absent in bundles made before it.
bool decodeAudit(const QCborValue& root, Payload* payload)
{
    if (!validHave(root[QStringLiteral("audit_have")], &payload->auditHave)) {
        return false;
    }
    const QCborValue audit = root[QStringLiteral("audit")];
    if (audit.isUndefined()) {
        return true;
    }
    if (!audit.isArray()) {
        return false;
    }
    for (const QCborValue& item : audit.toArray()) {
        AuditSegment segment;
        if (!validText(item[QStringLiteral("site")], 64) || !item[QStringLiteral("from")].isInteger() ||
            !item[QStringLiteral("head")].isInteger() || !item[QStringLiteral("entries")].isArray() ||
            !item[QStringLiteral("chain")].isByteArray() || !item[QStringLiteral("sig")].isByteArray()) {
            return false;
        }
        segment.site = item[QStringLiteral("site")].toString();
        segment.from = item[QStringLiteral("from")].toInteger();
        segment.head = item[QStringLiteral("head")].toInteger();
        segment.chain = item[QStringLiteral("chain")].toByteArray();
        segment.signature = item[QStringLiteral("sig")].toByteArray();
        const QCborArray entries = item[QStringLiteral("entries")].toArray();
        if (segment.from < 1 || segment.from > (qint64(1) << 48) || entries.isEmpty() ||
            segment.head != segment.from + entries.size() - 1 ||
            segment.chain.size() != changelog::kHashSize || segment.signature.size() != 64) {
            return false;
        }
        qint64 seq = segment.from;
        for (const QCborValue& value : entries) {
            const QCborArray parts = value.toArray();
            if (parts.size() != 4 || !validText(parts.at(0), 40) || !validText(parts.at(1), 32) ||
                !validText(parts.at(2), 1024, true) || !validText(parts.at(3), 65536, true)) {
                return false;
            }
            segment.entries.append({segment.site,
                                    seq++,
                                    parts.at(0).toString(),
                                    parts.at(1).toString(),
                                    textOf(parts.at(2)),
                                    textOf(parts.at(3)),
                                    {}});
        }
        payload->audit.append(segment);
    }
    return true;
}

} // namespace

QByteArray encodePayload(const Payload& payload)
{
    QCborMap have;
    for (auto it = payload.have.constBegin(); it != payload.have.constEnd(); ++it) {
        have.insert(it.key(), it.value());
    }
    QCborArray segments;
    for (const Segment& segment : payload.segments) {
        QCborArray changes;
        for (const LoggedChange& change : segment.changes) {
            QCborArray prev;
            for (const FieldVersion& version : change.prev) {
                prev.append(QCborArray{version.field, version.hlc, version.origin});
            }
            changes.append(QCborArray{
                change.hlc, change.recordId, change.type, change.field,
                change.value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(change.value), prev});
        }
        QCborMap map;
        map.insert(QStringLiteral("origin"), segment.origin);
        map.insert(QStringLiteral("from"), segment.from);
        map.insert(QStringLiteral("head"), segment.head);
        map.insert(QStringLiteral("chain"), segment.chain);
        map.insert(QStringLiteral("sig"), segment.signature);
        map.insert(QStringLiteral("changes"), changes);
        segments.append(map);
    }
    QCborMap auditHave;
    for (auto it = payload.auditHave.constBegin(); it != payload.auditHave.constEnd(); ++it) {
        auditHave.insert(it.key(), it.value());
    }
    QCborArray audit;
    for (const AuditSegment& segment : payload.audit) {
        QCborArray entries;
        for (const AuditEntry& entry : segment.entries) {
            entries.append(QCborArray{entry.at, entry.action, entry.target, entry.summary});
        }
        QCborMap map;
        map.insert(QStringLiteral("site"), segment.site);
        map.insert(QStringLiteral("from"), segment.from);
        map.insert(QStringLiteral("head"), segment.head);
        map.insert(QStringLiteral("chain"), segment.chain);
        map.insert(QStringLiteral("sig"), segment.signature);
        map.insert(QStringLiteral("entries"), entries);
        audit.append(map);
    }
    QCborMap map;
    map.insert(QStringLiteral("format"), 1);
    map.insert(QStringLiteral("audit_have"), auditHave);
    map.insert(QStringLiteral("audit"), audit);
    if (!payload.roster.isEmpty()) {
        map.insert(QStringLiteral("roster"), payload.roster);
    }
    map.insert(QStringLiteral("roster_version"), payload.rosterVersion);
    map.insert(QStringLiteral("have"), have);
    map.insert(QStringLiteral("origins"), segments);
    return map.toCborValue().toCbor();
}

std::optional<Payload> decodePayload(const QByteArray& bytes)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !root.isMap() || !root[QStringLiteral("format")].isInteger() ||
        root[QStringLiteral("format")].toInteger() != 1) {
        return std::nullopt;
    }
    Payload payload;
    const QCborValue roster = root[QStringLiteral("roster")];
    if (!roster.isUndefined() && !roster.isByteArray()) {
        return std::nullopt;
    }
    payload.roster = roster.toByteArray();
    const QCborValue rosterVersion = root[QStringLiteral("roster_version")];
    if (!rosterVersion.isUndefined() && (!rosterVersion.isInteger() || rosterVersion.toInteger() < 0)) {
        return std::nullopt;
    }
    payload.rosterVersion = rosterVersion.isInteger() ? rosterVersion.toInteger() : 0;
    const QCborMap have = root[QStringLiteral("have")].toMap();
    for (auto it = have.constBegin(); it != have.constEnd(); ++it) {
        if (!validText(it.key(), 64) || !it.value().isInteger() || it.value().toInteger() < 0 ||
            it.value().toInteger() > (qint64(1) << 48)) {
            return std::nullopt;
        }
        payload.have.insert(it.key().toString(), it.value().toInteger());
    }
    if (!decodeAudit(root, &payload)) {
        return std::nullopt;
    }
    const QCborValue origins = root[QStringLiteral("origins")];
    if (!origins.isArray()) {
        return std::nullopt;
    }
    for (const QCborValue& item : origins.toArray()) {
        Segment segment;
        if (!validText(item[QStringLiteral("origin")], 64) || !item[QStringLiteral("from")].isInteger() ||
            !item[QStringLiteral("head")].isInteger() || !item[QStringLiteral("changes")].isArray()) {
            return std::nullopt;
        }
        segment.origin = item[QStringLiteral("origin")].toString();
        segment.from = item[QStringLiteral("from")].toInteger();
        segment.head = item[QStringLiteral("head")].toInteger();
        segment.chain = item[QStringLiteral("chain")].toByteArray();
        segment.signature = item[QStringLiteral("sig")].toByteArray();
        const QCborArray changes = item[QStringLiteral("changes")].toArray();
        // Bounded so that from + count cannot overflow.
        if (segment.from < 1 || segment.from > (qint64(1) << 48) || changes.isEmpty() ||
            segment.head != segment.from + changes.size() - 1 ||
            segment.chain.size() != changelog::kHashSize || segment.signature.size() != 64) {
            return std::nullopt;
        }
        qint64 oseq = segment.from;
        for (const QCborValue& entry : changes) {
            const QCborArray parts = entry.toArray();
            qint64 wall = 0;
            qint64 counter = 0;
            if (parts.size() != 6 || !validText(parts.at(0), 32) ||
                !Hlc::parse(parts.at(0).toString(), &wall, &counter) || !validText(parts.at(1), 64) ||
                !validText(parts.at(2), 32) || !validText(parts.at(3), 64, true) ||
                !(parts.at(4).isNull() || parts.at(4).isString()) || !parts.at(5).isArray()) {
                return std::nullopt;
            }
            LoggedChange change{segment.origin,
                                oseq++,
                                parts.at(0).toString(),
                                parts.at(1).toString(),
                                parts.at(2).toString(),
                                textOf(parts.at(3)),
                                parts.at(4).isNull() ? QString() : parts.at(4).toString(),
                                {}};
            for (const QCborValue& version : parts.at(5).toArray()) {
                const QCborArray v = version.toArray();
                if (v.size() != 3 || !validText(v.at(0), 64, true) || !validText(v.at(1), 32) ||
                    !validText(v.at(2), 64)) {
                    return std::nullopt;
                }
                change.prev.append({textOf(v.at(0)), v.at(1).toString(), v.at(2).toString()});
            }
            segment.changes.append(change);
        }
        payload.segments.append(segment);
    }
    return payload;
}

} // namespace oneteam
