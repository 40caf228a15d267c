#include "PageCipher.h"

#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>

namespace oneteam {

namespace {

void putLe32(std::uint8_t* out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i) {
        out[i] = std::uint8_t(v >> (8 * i));
    }
}

void putLe64(std::uint8_t* out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i) {
        out[i] = std::uint8_t(v >> (8 * i));
    }
}

// The associated data: role (4 bytes), page index (8 bytes) and binding (8 bytes),
// little-endian.
constexpr std::size_t kAadSize = 20;
void makeAad(std::uint8_t* aad, PageCipher::Role role, std::uint64_t index, std::uint64_t binding)
{
    putLe32(aad, static_cast<std::uint32_t>(role));
    putLe64(aad + 4, index);
    putLe64(aad + 12, binding);
}

} // namespace

std::unique_ptr<PageCipher> PageCipher::create(const SecureBytes& key)
{
    if (key.size() != 32) {
        return nullptr;
    }
    std::unique_ptr<PageCipher> cipher(new PageCipher);
    cipher->m_enc = EVP_CIPHER_CTX_new();
    cipher->m_dec = EVP_CIPHER_CTX_new();
    cipher->m_mask = EVP_CIPHER_CTX_new();
    if (!cipher->m_enc || !cipher->m_dec || !cipher->m_mask) {
        return nullptr;
    }
    const SecureBytes maskKey = crypto::hkdfSha256(key, {}, QByteArrayLiteral("oneteam v1 checksum mask"));
    if (maskKey.size() != 32 ||
        EVP_EncryptInit_ex(cipher->m_mask, EVP_aes_256_ecb(), nullptr, maskKey.data(), nullptr) != 1) {
        return nullptr;
    }
    EVP_CIPHER_CTX_set_padding(cipher->m_mask, 0);
    cipher->m_journalKey = crypto::hkdfSha256(key, {}, QByteArrayLiteral("oneteam v1 journal header"));
    if (cipher->m_journalKey.size() != 32) {
        return nullptr;
    }
    if (EVP_EncryptInit_ex(cipher->m_enc, EVP_aes_256_gcm(), nullptr, key.data(), nullptr) != 1 ||
        EVP_DecryptInit_ex(cipher->m_dec, EVP_aes_256_gcm(), nullptr, key.data(), nullptr) != 1) {
        return nullptr;
    }
    std::uint8_t seed[12];
    if (RAND_bytes(seed, sizeof seed) != 1) {
        return nullptr;
    }
    std::memcpy(&cipher->m_prefix, seed, 4);
    std::memcpy(&cipher->m_counter, seed + 4, 8);
    return cipher;
}

PageCipher::~PageCipher()
{
    // EVP_CIPHER_CTX_free cleanses the expanded key schedule.
    EVP_CIPHER_CTX_free(m_enc);
    EVP_CIPHER_CTX_free(m_dec);
    EVP_CIPHER_CTX_free(m_mask);
}

void PageCipher::nextNonce(std::uint8_t* nonce)
{
    putLe32(nonce, m_prefix);
    putLe64(nonce + 4, m_counter++);
}

bool PageCipher::encrypt(const std::uint8_t* plain, std::uint8_t* out, Role role, std::uint64_t index,
                         std::uint64_t binding)
{
    std::uint8_t aad[kAadSize];
    makeAad(aad, role, index, binding);
    std::lock_guard<std::mutex> guard(m_mutex);
    std::uint8_t* nonce = out + kPayload;
    std::uint8_t* tag = nonce + kNonceSize;
    nextNonce(nonce);
    int len = 0;
    if (EVP_EncryptInit_ex(m_enc, nullptr, nullptr, nullptr, nonce) != 1 ||
        EVP_EncryptUpdate(m_enc, nullptr, &len, aad, sizeof aad) != 1 ||
        EVP_EncryptUpdate(m_enc, out, &len, plain, int(kPayload)) != 1 ||
        EVP_EncryptFinal_ex(m_enc, out + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(m_enc, EVP_CTRL_GCM_GET_TAG, int(kTagSize), tag) != 1) {
        return false;
    }
    m_encrypted.fetch_add(1, std::memory_order_relaxed);
    return true;
}

bool PageCipher::checksumMask(const std::uint8_t* nonce, std::uint64_t position, std::uint8_t* mask)
{
    std::uint8_t block[16];
    std::memcpy(block, nonce, kNonceSize);
    putLe32(block + kNonceSize, std::uint32_t(position));
    std::lock_guard<std::mutex> guard(m_mutex);
    int len = 0;
    return EVP_EncryptUpdate(m_mask, mask, &len, block, sizeof block) == 1 && len == 16;
}

bool PageCipher::journalHeaderMac(std::uint64_t offset, const std::uint8_t* header, std::uint8_t* mac) const
{
    QByteArray message(int(8 + kJournalHeader), Qt::Uninitialized);
    putLe64(reinterpret_cast<std::uint8_t*>(message.data()), offset);
    std::memcpy(message.data() + 8, header, kJournalHeader);
    const QByteArray digest = crypto::hmacSha256(m_journalKey, message);
    if (digest.size() != int(kJournalMac)) {
        return false;
    }
    std::memcpy(mac, digest.constData(), kJournalMac);
    return true;
}

bool PageCipher::decrypt(std::uint8_t* page, Role role, std::uint64_t index, std::uint64_t binding)
{
    std::uint8_t aad[kAadSize];
    makeAad(aad, role, index, binding);
    std::lock_guard<std::mutex> guard(m_mutex);
    std::uint8_t* nonce = page + kPayload;
    std::uint8_t tag[kTagSize];
    std::memcpy(tag, nonce + kNonceSize, kTagSize);
    int len = 0;
    if (EVP_DecryptInit_ex(m_dec, nullptr, nullptr, nullptr, nonce) != 1 ||
        EVP_DecryptUpdate(m_dec, nullptr, &len, aad, sizeof aad) != 1 ||
        EVP_DecryptUpdate(m_dec, page, &len, page, int(kPayload)) != 1 ||
        EVP_CIPHER_CTX_ctrl(m_dec, EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag) != 1) {
        std::memset(page, 0, kPageSize);
        return false;
    }
    if (EVP_DecryptFinal_ex(m_dec, page + len, &len) != 1) {
        // Never hand back unauthenticated plaintext.
        std::memset(page, 0, kPageSize);
        return false;
    }
    m_decrypted.fetch_add(1, std::memory_order_relaxed);
    return true;
}

} // namespace oneteam
