#include "RecoveryKey.h"

#include "Crypto.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

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
    // One buffer, sized for key and check at once, so appending the check moves nothing.
    QByteArray raw;
    raw.reserve(qsizetype(key.size() + kCheckSize));
    raw.append(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
    const QByteArray check = crypto::sha256(raw).left(kCheckSize);
    if (check.size() != qsizetype(kCheckSize)) {
        wipe(raw);
        return {}; // OpenSSL could not hash: no key that would never be accepted
    }
    raw.append(check);
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
    // Decoded into one fixed buffer that never grows or moves: no copy of the key is left
    // behind in freed memory.
    SecureBytes raw(kKeySize + kCheckSize);
    std::size_t length = 0;
    quint32 buffer = 0;
    int bits = 0;
    bool ok = true;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        const char upper = char(c.toUpper().toLatin1());
        const char* pos = upper ? std::strchr(kAlphabet, upper) : nullptr;
        if (!pos) {
            ok = false;
            break;
        }
        buffer = (buffer << 5) | quint32(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            if (length == raw.size()) {
                ok = false; // longer than a key
                break;
            }
            raw.data()[length++] = std::uint8_t((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    buffer = 0;
    if (!ok || length != kKeySize + kCheckSize) {
        return invalid;
    }
    const QByteArray keyView =
        QByteArray::fromRawData(reinterpret_cast<const char*>(raw.data()), qsizetype(kKeySize));
    const QByteArray check = crypto::sha256(keyView).left(kCheckSize);
    if (check.size() != qsizetype(kCheckSize) ||
        CRYPTO_memcmp(check.constData(), raw.data() + kKeySize, kCheckSize) != 0) {
        return invalid;
    }
    return SecureBytes(raw.data(), kKeySize);
}

Result<SecureBytes> RecoveryKey::parseTyped(const SecureBytes& typed)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(typed.data()), qsizetype(typed.size()));
    auto key = parse(text);
    wipe(text);
    return key;
}

} // namespace oneteam
