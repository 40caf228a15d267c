#include "ChangeLog.h"

#include "Crypto.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace oneteam::changelog {

QByteArray canonicalBytes(const LoggedChange& change)
{
    QCborArray prev;
    for (const FieldVersion& version : change.prev) {
        prev.append(QCborArray{version.field, version.hlc, version.origin});
    }
    const QCborArray parts{change.origin,
                           change.oseq,
                           change.hlc,
                           change.recordId,
                           change.type,
                           change.field,
                           change.value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(change.value),
                           prev};
    return parts.toCborValue().toCbor();
}

QByteArray genesis()
{
    return QByteArray(kHashSize, '\0');
}

QByteArray next(const QByteArray& previous, const LoggedChange& change)
{
    return crypto::sha256(QByteArrayLiteral("oneteam change chain v1") + '\0' + previous +
                          canonicalBytes(change));
}

QByteArray headMessage(const QString& origin, qint64 oseq, const QByteArray& chain)
{
    QByteArray count(8, '\0');
    qToBigEndian<quint64>(quint64(oseq), count.data());
    return QByteArrayLiteral("oneteam chain head v1") + '\0' + origin.toUtf8() + '\0' + count + chain;
}

QString encodePrev(const QList<FieldVersion>& prev)
{
    QJsonArray array;
    for (const FieldVersion& version : prev) {
        array.append(QJsonArray{version.field, version.hlc, version.origin});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldVersion> decodePrev(const QString& text)
{
    QList<FieldVersion> prev;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& item : array) {
        const QJsonArray parts = item.toArray();
        prev.append({parts.at(0).toString(), parts.at(1).toString(), parts.at(2).toString()});
    }
    return prev;
}

bool later(const QString& hlcA, const QString& originA, const QString& hlcB, const QString& originB)
{
    const int byClock = hlcA.compare(hlcB);
    return byClock != 0 ? byClock > 0 : originA.compare(originB) > 0;
}

} // namespace oneteam::changelog
