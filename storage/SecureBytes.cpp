#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <QString>

#include <new>

#include <utility>

namespace oneteam {

namespace {

// 1 MiB: thousands of keys and passphrases, and OpenSSL's own private keys (which share
// the arena and have no fallback), within the default RLIMIT_MEMLOCK (8 MiB on Debian 12).
// If the system refuses to lock it, it is still used (no dump, guard pages) and only the
// locking is lost. Made when the program loads, before any thread can race OpenSSL's
// unsynchronised set-up. Under AddressSanitizer the arena is left out, so the sanitizer
// keeps checking every access to a secret.
#if defined(__SANITIZE_ADDRESS__) // GCC, and clang since 17
constexpr bool kSecureHeap = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) // clang (the fuzz build)
constexpr bool kSecureHeap = false;
#else
constexpr bool kSecureHeap = true;
#endif
#else
constexpr bool kSecureHeap = true;
#endif
const bool g_secureHeap =
    kSecureHeap && (CRYPTO_secure_malloc_initialized() || CRYPTO_secure_malloc_init(1024 * 1024, 16) != 0);

bool secureHeapReady()
{
    return g_secureHeap;
}

} // namespace

void* secureAllocate(std::size_t bytes)
{
    void* p = nullptr;
    if (secureHeapReady()) {
        // A full arena fails with an error on OpenSSL's queue: take it back off, so it is
        // not mistaken later for the failure of an unrelated call, and use ordinary memory.
        ERR_set_mark();
        p = OPENSSL_secure_malloc(bytes);
        ERR_pop_to_mark();
    }
    if (!p) {
        p = OPENSSL_malloc(bytes);
    }
    if (!p) {
        throw std::bad_alloc();
    }
    return p;
}

void secureFree(void* p, std::size_t bytes) noexcept
{
    if (!p) {
        return;
    }
    // OPENSSL_secure_clear_free wipes and frees from the arena, or from the ordinary heap
    // for an allocation the full arena could not take.
    OPENSSL_secure_clear_free(p, bytes);
}

bool secureHeapInUse()
{
    return secureHeapReady();
}

bool inSecureHeap(const void* p)
{
    return p && CRYPTO_secure_allocated(p) == 1;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size, 0)
{}

SecureBytes::SecureBytes(const void* data, std::size_t size)
    : m_bytes(static_cast<const std::uint8_t*>(data), static_cast<const std::uint8_t*>(data) + size)
{}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes result(source.constData(), static_cast<std::size_t>(source.size()));
    wipe(source);
    return result;
}

void SecureBytes::clear()
{
    if (!m_bytes.empty()) {
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_bytes.size() == other.m_bytes.size() &&
           CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace oneteam
