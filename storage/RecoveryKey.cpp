#include "RecoveryKey.h"

#include "Crypto.h"

#include <QCoreApplication>

#include <cstring>

namespace oneteam {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kCheckSize = 2;

} // namespace

SecureBytes RecoveryKey::generate()
{
    return crypto::randomKey(kKeySize);
}

QString RecoveryKey::format(const SecureBytes& key)
{
    QByteArray raw(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
    raw += crypto::sha256(raw).left(kCheckSize);
    // Written straight into its final, grouped form: no partial copies are left behind.
    QString text;
    text.reserve(qsizetype(raw.size()) * 8 / 5 + 16);
    const auto put = [&text](char c) {
        if (!text.isEmpty() && (text.size() + 1) % 6 == 0) {
            text += QLatin1Char('-');
        }
        text += QLatin1Char(c);
    };
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : raw) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            put(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        put(kAlphabet[(buffer << (5 - bits)) & 31]);
    }
    wipe(raw);
    buffer = 0;
    return text;
}

Result<SecureBytes> RecoveryKey::parse(const QString& text)
{
    const auto invalid =
        StorageError::make(StorageErrorCode::InvalidArgument,
                           QCoreApplication::translate(
                               "RecoveryKey", "This recovery key is mistyped: check each group of five."));
    QByteArray raw;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        const char upper = char(c.toUpper().toLatin1());
        const char* pos = upper ? std::strchr(kAlphabet, upper) : nullptr;
        if (!pos) {
            wipe(raw);
            return invalid;
        }
        buffer = (buffer << 5) | quint32(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            raw += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    buffer = 0;
    if (std::size_t(raw.size()) != kKeySize + kCheckSize ||
        crypto::sha256(raw.left(kKeySize)).left(kCheckSize) != raw.right(kCheckSize)) {
        wipe(raw);
        return invalid;
    }
    SecureBytes key(raw.constData(), kKeySize);
    wipe(raw);
    return key;
}

Result<SecureBytes> RecoveryKey::parseTyped(const SecureBytes& typed)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(typed.data()), qsizetype(typed.size()));
    auto key = parse(text);
    wipe(text);
    return key;
}

} // namespace oneteam
