#pragma once

#include "SecureBytes.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>

typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;

namespace oneteam {

// AES-256-GCM over one vault page: the first kPageSize - kReserve bytes are encrypted,
// the nonce and tag live in the last kReserve bytes (SQLite's reserved bytes), and the
// file role and page index are the associated data. One cipher context per direction
// is set up with the key once and reused, since setting a context up costs more than
// encrypting a page. Nonces: a random 32-bit prefix and a 64-bit counter that starts
// at a random value, drawn once per context (docs/vault-format.md gives the bound).
class PageCipher
{
public:
    static constexpr std::size_t kPageSize = 4096;
    static constexpr std::size_t kNonceSize = 12;
    static constexpr std::size_t kTagSize = 16;
    static constexpr std::size_t kReserve = kNonceSize + kTagSize;
    static constexpr std::size_t kPayload = kPageSize - kReserve;

    enum class Role : std::uint32_t
    {
        Main = 1,
        Wal = 2,
        Journal = 3
    };

    // Null when OpenSSL cannot provide AES-256-GCM or randomness.
    static std::unique_ptr<PageCipher> create(const SecureBytes& key);
    ~PageCipher();
    PageCipher(const PageCipher&) = delete;
    PageCipher& operator=(const PageCipher&) = delete;

    // Encrypts the page `plain` into `out` (both kPageSize bytes; they may not overlap).
    // `index` is where the page sits in its file; `binding` what the file says about it
    // outside the page (for a WAL frame its page number and commit size, for a journal
    // record its page number), so neither can be changed alone.
    bool encrypt(const std::uint8_t* plain, std::uint8_t* out, Role role, std::uint64_t index,
                 std::uint64_t binding = 0);
    // Authenticates and decrypts `page` in place; false (and a zeroed page) when it was
    // altered or misplaced.
    bool decrypt(std::uint8_t* page, Role role, std::uint64_t index, std::uint64_t binding = 0);

    // 16 bytes that hide a checksum SQLite keeps beside a page (WAL frame, journal
    // record): AES-256 under a key derived from the page key, of the page's nonce and
    // position. The nonce never repeats, so neither does the mask.
    bool checksumMask(const std::uint8_t* nonce, std::uint64_t position, std::uint8_t* mask);

    // The 32-byte MAC SQLite's rollback-journal header at `offset` carries in its sector's
    // padding: HMAC-SHA256, under a key derived from the page key, of the offset and the
    // header's first kJournalHeader bytes. A journal header decides how SQLite rolls the
    // database back (down to truncating it), so only one the key holder wrote may be used.
    static constexpr std::size_t kJournalHeader = 28;
    static constexpr std::size_t kJournalMac = 32;
    bool journalHeaderMac(std::uint64_t offset, const std::uint8_t* header, std::uint8_t* mac) const;

    std::uint64_t pagesEncrypted() const { return m_encrypted.load(std::memory_order_relaxed); }
    std::uint64_t pagesDecrypted() const { return m_decrypted.load(std::memory_order_relaxed); }

private:
    PageCipher() = default;
    void nextNonce(std::uint8_t* nonce);

    std::mutex m_mutex;
    EVP_CIPHER_CTX* m_enc = nullptr;
    EVP_CIPHER_CTX* m_dec = nullptr;
    EVP_CIPHER_CTX* m_mask = nullptr;
    SecureBytes m_journalKey;
    std::uint32_t m_prefix = 0;
    std::uint64_t m_counter = 0;
    std::atomic<std::uint64_t> m_encrypted{0};
    std::atomic<std::uint64_t> m_decrypted{0};
};

} // namespace oneteam
