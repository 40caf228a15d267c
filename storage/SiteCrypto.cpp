#include "SiteCrypto.h"

#include "Crypto.h"

#include <QString>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace oneteam::crypto {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

int nid(KeyKind kind)
{
    return kind == KeyKind::Ed25519 ? EVP_PKEY_ED25519 : EVP_PKEY_X25519;
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Pkey privateKey(KeyKind kind, const SecureBytes& raw)
{
    if (raw.size() != 32) {
        return {};
    }
    return Pkey(EVP_PKEY_new_raw_private_key(nid(kind), nullptr, raw.data(), raw.size()));
}

Pkey publicKey(KeyKind kind, const QByteArray& raw)
{
    if (raw.size() != 32) {
        return {};
    }
    return Pkey(EVP_PKEY_new_raw_public_key(nid(kind), nullptr, bytes(raw), std::size_t(raw.size())));
}

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &len) != 1 ||
        len != 32) {
        return {};
    }
    return out;
}

} // namespace

std::optional<KeyPair> generateKeyPair(KeyKind kind)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(nid(kind), nullptr));
    EVP_PKEY* generated = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &generated) != 1) {
        return std::nullopt;
    }
    Pkey key(generated);
    KeyPair pair{SecureBytes(32), rawPublic(key.get())};
    std::size_t len = 32;
    if (pair.publicKey.isEmpty() ||
        EVP_PKEY_get_raw_private_key(key.get(), pair.privateKey.data(), &len) != 1 || len != 32) {
        return std::nullopt;
    }
    return pair;
}

QByteArray publicKeyOf(KeyKind kind, const SecureBytes& raw)
{
    Pkey key = privateKey(kind, raw);
    return key ? rawPublic(key.get()) : QByteArray();
}

QByteArray sign(const SecureBytes& raw, const QByteArray& message)
{
    Pkey key = privateKey(KeyKind::Ed25519, raw);
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    std::size_t len = 64;
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &len, bytes(message),
                       std::size_t(message.size())) != 1 ||
        len != 64) {
        return {};
    }
    return signature;
}

bool verify(const QByteArray& raw, const QByteArray& message, const QByteArray& signature)
{
    if (signature.size() != 64) {
        return false;
    }
    Pkey key = publicKey(KeyKind::Ed25519, raw);
    MdCtx ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), 64, bytes(message), std::size_t(message.size())) ==
               1;
}

SecureBytes agree(const SecureBytes& raw, const QByteArray& peerRaw)
{
    Pkey ours = privateKey(KeyKind::X25519, raw);
    Pkey theirs = publicKey(KeyKind::X25519, peerRaw);
    if (!ours || !theirs) {
        return {};
    }
    PkeyCtx ctx(EVP_PKEY_CTX_new(ours.get(), nullptr));
    SecureBytes secret(32);
    std::size_t len = 32;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), theirs.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), secret.data(), &len) != 1 || len != 32) {
        return {};
    }
    const SecureBytes zero(32);
    if (secret == zero) {
        return {};
    }
    return secret;
}

QByteArray sealData(const SecureBytes& key, const QByteArray& nonce, const QByteArray& plain,
                    const QByteArray& aad)
{
    if (key.size() != 32 || nonce.size() != 12) {
        return {};
    }
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    auto* data = reinterpret_cast<unsigned char*>(out.data());
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), data, &len, bytes(plain), int(plain.size())) != 1) {
        return {};
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), data + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, data + plain.size()) != 1) {
        return {};
    }
    return out;
}

std::optional<QByteArray> openData(const SecureBytes& key, const QByteArray& nonce, const QByteArray& sealed,
                                   const QByteArray& aad)
{
    if (key.size() != 32 || nonce.size() != 12 || sealed.size() < 16) {
        return std::nullopt;
    }
    const qsizetype size = sealed.size() - 16;
    QByteArray plain(size, Qt::Uninitialized);
    QByteArray tag = sealed.right(16);
    auto* data = reinterpret_cast<unsigned char*>(plain.data());
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), data, &len, bytes(sealed), int(size)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), data + len, &len) != 1) {
        OPENSSL_cleanse(plain.data(), std::size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

QString fingerprint(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(sha256(publicKey).left(16).toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char('-'));
}

bool fingerprintMatches(const QByteArray& publicKey, const QString& typed)
{
    const auto normalise = [](QString text) {
        return text.remove(QLatin1Char('-')).remove(QLatin1Char(' ')).toUpper();
    };
    const QString expected = normalise(fingerprint(publicKey));
    return !expected.isEmpty() && normalise(typed) == expected;
}

} // namespace oneteam::crypto
