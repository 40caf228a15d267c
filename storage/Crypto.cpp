#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace oneteam::crypto {

namespace {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), size) != 1) {
        return {};
    }
    return out;
}

SecureBytes randomKey(std::size_t size)
{
    SecureBytes key(size);
    if (RAND_bytes(key.data(), int(size)) != 1) {
        return {};
    }
    return key;
}

QByteArray sha256(const QByteArray& data)
{
    // Fetched once: with EVP_sha256() every digest looked the implementation up again, which
    // cost as much as hashing an audit entry (verifying a chain hashes every entry).
    // Should the fetch fail, EVP_sha256() is used instead, looked up again at each call.
    static EVP_MD* const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    const EVP_MD* md = fetched ? fetched : EVP_sha256();
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!md || EVP_Digest(data.constData(), std::size_t(data.size()),
                          reinterpret_cast<unsigned char*>(out.data()), &len, md, nullptr) != 1) {
        return {};
    }
    return out;
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 0;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                           OSSL_PARAM_construct_end()};
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    EVP_MAC_free(mac);
    const bool ok = ctx && EVP_MAC_init(ctx, key.data(), key.size(), params) == 1 &&
                    EVP_MAC_update(ctx, bytes(data), std::size_t(data.size())) == 1 &&
                    EVP_MAC_final(ctx, reinterpret_cast<unsigned char*>(out.data()), &len, 32) == 1;
    EVP_MAC_CTX_free(ctx);
    return ok && len == 32 ? out : QByteArray();
}

SecureBytes hkdfSha256(const SecureBytes& secret, const QByteArray& salt, const QByteArray& info,
                       std::size_t length)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (!ctx) {
        return {};
    }
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(secret.data()),
                                          secret.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.constData()),
                                          std::size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes out(length);
    const int rc = EVP_KDF_derive(ctx, out.data(), out.size(), params);
    EVP_KDF_CTX_free(ctx);
    if (rc != 1) {
        return {};
    }
    return out;
}

std::optional<Sealed> seal(const SecureBytes& key, const SecureBytes& plain, const QByteArray& aad)
{
    Sealed sealed;
    sealed.nonce = randomBytes(12);
    if (sealed.nonce.isEmpty() || key.size() != 32) {
        return std::nullopt;
    }
    sealed.ciphertext.resize(qsizetype(plain.size()));
    sealed.tag.resize(16);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(sealed.nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &len,
                          plain.data(), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()) + len,
                            &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, sealed.tag.data()) != 1) {
        return std::nullopt;
    }
    return sealed;
}

std::optional<SecureBytes> open(const SecureBytes& key, const Sealed& sealed, const QByteArray& aad)
{
    if (key.size() != 32 || sealed.nonce.size() != 12 || sealed.tag.size() != 16) {
        return std::nullopt;
    }
    SecureBytes plain(std::size_t(sealed.ciphertext.size()));
    QByteArray tag = sealed.tag;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(sealed.nonce)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), plain.data(), &len, bytes(sealed.ciphertext),
                          int(sealed.ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &len) != 1) {
        return std::nullopt;
    }
    return plain;
}

} // namespace oneteam::crypto
