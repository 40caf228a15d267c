#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace oneteam {

void* secureAllocate(std::size_t bytes); // throws std::bad_alloc
void secureFree(void* p, std::size_t bytes) noexcept;

// Memory for secrets from OpenSSL's secure heap: an arena that is locked in RAM (never
// swapped, as far as RLIMIT_MEMLOCK allows), left out of core dumps (MADV_DONTDUMP) and
// fenced by guard pages; freed memory is wiped. When the arena is full, ordinary memory is
// used instead (still wiped on free).
template <typename T> struct SecureAllocator
{
    using value_type = T;
    SecureAllocator() = default;
    template <typename U> SecureAllocator(const SecureAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(secureAllocate(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { secureFree(p, n * sizeof(T)); }
    template <typename U> bool operator==(const SecureAllocator<U>&) const noexcept { return true; }
};

// Whether `p` lies in the secure arena (for tests and diagnostics), and whether the arena
// is in use at all (not under AddressSanitizer).
bool inSecureHeap(const void* p);
bool secureHeapInUse();

// A byte buffer for secrets (keys, passphrases): never copied implicitly, kept in the
// secure heap, wiped with OPENSSL_cleanse when it is cleared, resized or destroyed.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    // Copies the bytes of a QByteArray and wipes the QByteArray's buffer.
    static SecureBytes takeFrom(QByteArray& source);
    SecureBytes clone() const { return SecureBytes(data(), size()); }

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    void clear();

    bool operator==(const SecureBytes& other) const;

private:
    std::vector<std::uint8_t, SecureAllocator<std::uint8_t>> m_bytes;
};

// Wipes a QByteArray's contents in place (for passphrases read into Qt types).
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace oneteam
