#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace oneteam {

// A byte buffer for secrets (keys, passphrases): never copied implicitly, wiped with
// OPENSSL_cleanse when it is cleared, resized or destroyed.
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
    std::vector<std::uint8_t> m_bytes;
};

// Wipes a QByteArray's contents in place (for passphrases read into Qt types).
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace oneteam
