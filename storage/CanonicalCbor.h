#pragma once

// The CBOR the chains hash (audit entries, docs/audit-format.md), written directly: what
// QCborValue::toCbor writes for these shapes (definite lengths, the shortest heads, text
// as UTF-8), without building a QCborValue tree for every entry. tst_audit compares the
// two on random entries and checks the bytes against vectors computed independently.

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstdint>

namespace oneteam::cbor {

// A head: the major type (0 unsigned, 1 negative, 3 text, 4 array, ...) and its argument.
inline void appendHead(QByteArray& out, quint8 major, quint64 argument)
{
    const char type = char(major << 5);
    if (argument < 24) {
        out += char(type | char(argument));
    } else if (argument <= 0xff) {
        out += char(type | 24);
        out += char(argument);
    } else if (argument <= 0xffff) {
        out += char(type | 25);
        char bytes[2];
        qToBigEndian<quint16>(quint16(argument), bytes);
        out.append(bytes, 2);
    } else if (argument <= 0xffffffffULL) {
        out += char(type | 26);
        char bytes[4];
        qToBigEndian<quint32>(quint32(argument), bytes);
        out.append(bytes, 4);
    } else {
        out += char(type | 27);
        char bytes[8];
        qToBigEndian<quint64>(argument, bytes);
        out.append(bytes, 8);
    }
}

inline void appendInteger(QByteArray& out, qint64 value)
{
    if (value >= 0) {
        appendHead(out, 0, quint64(value));
    } else {
        appendHead(out, 1, quint64(-1 - value));
    }
}

inline void appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    appendHead(out, 3, quint64(utf8.size()));
    out += utf8;
}

inline void appendArrayHead(QByteArray& out, quint64 count)
{
    appendHead(out, 4, count);
}

} // namespace oneteam::cbor
