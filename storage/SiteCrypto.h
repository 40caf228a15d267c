#pragma once

#include "SecureBytes.h"

#include <QByteArray>

#include <optional>

namespace oneteam::crypto {

// The public-key primitives sites use (DESIGN.md, "Sync through bundles"), over OpenSSL 3
// EVP: Ed25519 to sign, X25519 to agree on a key, and AES-256-GCM for payloads of any size.
struct KeyPair
{
    SecureBytes privateKey; // 32 bytes, raw
    QByteArray publicKey;   // 32 bytes, raw
};

enum class KeyKind
{
    Ed25519,
    X25519
};

std::optional<KeyPair> generateKeyPair(KeyKind kind);
// The public half of a raw private key; empty when the key is not valid.
QByteArray publicKeyOf(KeyKind kind, const SecureBytes& privateKey);

// A 64-byte Ed25519 signature; empty on failure.
QByteArray sign(const SecureBytes& privateKey, const QByteArray& message);
bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// The X25519 shared secret of our private key and their public key; empty when their key
// is invalid (a low-order point gives an all-zero secret, which is refused too).
SecureBytes agree(const SecureBytes& privateKey, const QByteArray& peerPublicKey);

// AES-256-GCM over a buffer, the 12-byte nonce given by the caller (each key in a bundle
// encrypts one message only). Output: ciphertext followed by the 16-byte tag.
QByteArray sealData(const SecureBytes& key, const QByteArray& nonce, const QByteArray& plain,
                    const QByteArray& aad);
// Empty optional when the tag does not verify.
std::optional<QByteArray> openData(const SecureBytes& key, const QByteArray& nonce, const QByteArray& sealed,
                                   const QByteArray& aad);

// First 16 bytes of SHA-256 of a public key, in hex groups of four: what people read
// out to each other to confirm a site's key.
QString fingerprint(const QByteArray& publicKey);
// Whether a fingerprint someone typed (any case, with or without dashes and spaces) is
// this key's.
bool fingerprintMatches(const QByteArray& publicKey, const QString& typed);

} // namespace oneteam::crypto
