#pragma once

#include "SecureBytes.h"

#include <QByteArray>

#include <optional>

namespace oneteam::crypto {

// The few one-shot primitives the vault header needs, over OpenSSL 3 EVP.
QByteArray randomBytes(int size); // empty if the system's generator failed
SecureBytes randomKey(std::size_t size = 32);
QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
SecureBytes hkdfSha256(const SecureBytes& secret, const QByteArray& salt, const QByteArray& info,
                       std::size_t length = 32);

struct Sealed
{
    QByteArray nonce; // 12 bytes
    QByteArray ciphertext;
    QByteArray tag; // 16 bytes
};
// AES-256-GCM with a fresh random nonce (used for key slots, never for pages).
std::optional<Sealed> seal(const SecureBytes& key, const SecureBytes& plain, const QByteArray& aad);
std::optional<SecureBytes> open(const SecureBytes& key, const Sealed& sealed, const QByteArray& aad);

} // namespace oneteam::crypto
