#pragma once

#include "Crypto.h"
#include "Kdf.h"
#include "Result.h"

#include <QByteArray>

#include <array>

namespace oneteam {

// One key slot: the vault's data key wrapped under a key derived from a passphrase
// (scrypt) or from a recovery key (HKDF).
struct KeySlot
{
    enum class Kind : std::uint8_t
    {
        Empty = 0,
        Passphrase = 1,
        RecoveryKey = 2
    };
    Kind kind = Kind::Empty;
    KdfParams kdf;
    QByteArray salt; // 32 bytes
    crypto::Sealed wrapped;
};

// The 4096-byte block in front of the pages (docs/vault-format.md): magic, version,
// vault id, generation, two key slots, a MAC keyed from the data key and a SHA-256
// checksum that tells a damaged header from a wrong passphrase.
class VaultHeader
{
public:
    static constexpr int kSize = 4096;
    static constexpr int kSlotCount = 2;
    static constexpr int kPassphraseSlot = 0;
    static constexpr int kRecoverySlot = 1;
    static const QByteArray& magic();

    QByteArray vaultId; // 16 random bytes
    quint64 generation = 0;
    std::array<KeySlot, kSlotCount> keySlots;

    static VaultHeader fresh(); // a new vault id, generation 0, empty slots
    // Checks magic, checksum and the values this build supports; the MAC needs the key.
    static Result<VaultHeader> parse(const QByteArray& block);
    QByteArray serialize(const SecureBytes& dataKey) const;
    bool macMatches(const SecureBytes& dataKey) const;

    // Wraps dataKey into a slot under a key derived from the secret.
    Status setPassphrase(const SecureBytes& passphrase, const KdfParams& kdf, const SecureBytes& dataKey);
    Status setRecoveryKey(const SecureBytes& recoveryKey, const SecureBytes& dataKey);
    void clearSlot(int index) { keySlots[std::size_t(index)] = KeySlot{}; }

    // The data key, if the secret opens the slot of its kind.
    Result<SecureBytes> unlockWithPassphrase(const SecureBytes& passphrase) const;
    Result<SecureBytes> unlockWithRecoveryKey(const SecureBytes& recoveryKey) const;

    // The keys the data key gives: pages, and the header MAC.
    static SecureBytes pageKey(const SecureBytes& dataKey, const QByteArray& vaultId);

private:
    QByteArray slotAad(int index) const;
    QByteArray fixedFields() const;
    static SecureBytes recoveryKek(const SecureBytes& recoveryKey, const QByteArray& salt);
    Status wrapInto(int index, KeySlot::Kind kind, const KdfParams& kdf, const SecureBytes& kek,
                    const QByteArray& salt, const SecureBytes& dataKey);

    QByteArray m_storedMac; // as read by parse()
    QByteArray m_macInput;
};

} // namespace oneteam
