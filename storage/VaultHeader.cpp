#include "VaultHeader.h"

#include "PageCipher.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/crypto.h>

namespace oneteam {

namespace {

constexpr int kMagicOffset = 0;
constexpr int kVersionOffset = 8;
constexpr int kHeaderSizeOffset = 10;
constexpr int kPageSizeOffset = 12;
constexpr int kReserveOffset = 14;
constexpr int kCipherOffset = 15;
constexpr int kVaultIdOffset = 16;
constexpr int kGenerationOffset = 32;
constexpr int kSlotsOffset = 64;
constexpr int kSlotSize = 128;
constexpr int kMacOffset = kSlotsOffset + VaultHeader::kSlotCount * kSlotSize; // 320
constexpr int kChecksumOffset = VaultHeader::kSize - 32;                       // 4064
constexpr quint16 kFormatVersion = 1;
constexpr quint8 kCipherAesGcm = 1;
constexpr quint8 kKdfNone = 0;
constexpr quint8 kKdfScrypt = 1;

template <typename T> void put(QByteArray& block, int offset, T value)
{
    qToLittleEndian(value, block.data() + offset);
}

template <typename T> T get(const QByteArray& block, int offset)
{
    return qFromLittleEndian<T>(block.constData() + offset);
}

SecureBytes macKey(const SecureBytes& dataKey, const QByteArray& vaultId)
{
    return crypto::hkdfSha256(dataKey, vaultId, QByteArrayLiteral("oneteam v1 header mac"));
}

} // namespace

const QByteArray& VaultHeader::magic()
{
    static const QByteArray value = QByteArrayLiteral("OneTeamV");
    return value;
}

VaultHeader VaultHeader::fresh()
{
    VaultHeader header;
    header.vaultId = crypto::randomBytes(16);
    return header;
}

QByteArray VaultHeader::fixedFields() const
{
    QByteArray block(32, '\0');
    block.replace(kMagicOffset, 8, magic());
    put<quint16>(block, kVersionOffset, kFormatVersion);
    put<quint16>(block, kHeaderSizeOffset, quint16(kSize));
    put<quint16>(block, kPageSizeOffset, quint16(PageCipher::kPageSize));
    block[kReserveOffset] = char(PageCipher::kReserve);
    block[kCipherOffset] = char(kCipherAesGcm);
    block.replace(kVaultIdOffset, 16, vaultId);
    return block;
}

namespace {

// The first 44 bytes of a slot: kind, KDF and its parameters, salt.
QByteArray slotPrefix(const KeySlot& slot)
{
    QByteArray prefix(44, '\0');
    prefix[0] = char(slot.kind);
    const bool scrypt = slot.kind == KeySlot::Kind::Passphrase;
    prefix[1] = char(scrypt ? kKdfScrypt : kKdfNone);
    prefix[2] = char(scrypt ? slot.kdf.log2N : 0);
    put<quint32>(prefix, 4, scrypt ? slot.kdf.r : 0);
    put<quint32>(prefix, 8, scrypt ? slot.kdf.p : 0);
    prefix.replace(12, 32, slot.salt.leftJustified(32, '\0', true));
    return prefix;
}

} // namespace

QByteArray VaultHeader::slotAad(int index) const
{
    return fixedFields() + char(index) + slotPrefix(keySlots[std::size_t(index)]);
}

QByteArray VaultHeader::serialize(const SecureBytes& dataKey) const
{
    QByteArray block(kSize, '\0');
    block.replace(0, 32, fixedFields());
    put<quint64>(block, kGenerationOffset, generation);
    for (int i = 0; i < kSlotCount; ++i) {
        const KeySlot& slot = keySlots[std::size_t(i)];
        if (slot.kind == KeySlot::Kind::Empty) {
            continue;
        }
        const int base = kSlotsOffset + i * kSlotSize;
        block.replace(base, 44, slotPrefix(slot));
        block.replace(base + 44, 12, slot.wrapped.nonce);
        block.replace(base + 56, 32, slot.wrapped.ciphertext);
        block.replace(base + 88, 16, slot.wrapped.tag);
    }
    const QByteArray mac = crypto::hmacSha256(macKey(dataKey, vaultId), block.left(kMacOffset));
    if (mac.size() != 32) {
        return {}; // the caller refuses a header of the wrong size
    }
    block.replace(kMacOffset, 32, mac);
    const QByteArray checksum = crypto::sha256(block.left(kChecksumOffset));
    if (checksum.size() != 32) {
        return {};
    }
    block.replace(kChecksumOffset, 32, checksum);
    return block;
}

Result<VaultHeader> VaultHeader::parse(const QByteArray& block)
{
    if (block.size() < kSize || !block.startsWith(magic())) {
        return StorageError::make(
            StorageErrorCode::NotAVault,
            QCoreApplication::translate("VaultHeader", "This file is not a OneTeam vault."));
    }
    if (crypto::sha256(block.left(kChecksumOffset)) != block.mid(kChecksumOffset, 32)) {
        return StorageError{
            StorageErrorCode::Tampered,
            QCoreApplication::translate(
                "VaultHeader", "The vault's header is damaged or was altered; the vault cannot be opened."),
            0, QStringLiteral("header")};
    }
    if (get<quint16>(block, kVersionOffset) != kFormatVersion) {
        return StorageError::make(
            StorageErrorCode::Unsupported,
            QCoreApplication::translate("VaultHeader",
                                        "This vault was made by a newer version of OneTeam (format %1).")
                .arg(get<quint16>(block, kVersionOffset)));
    }
    if (get<quint16>(block, kHeaderSizeOffset) != kSize ||
        get<quint16>(block, kPageSizeOffset) != PageCipher::kPageSize ||
        quint8(block[kReserveOffset]) != PageCipher::kReserve ||
        quint8(block[kCipherOffset]) != kCipherAesGcm) {
        return StorageError::make(
            StorageErrorCode::Unsupported,
            QCoreApplication::translate(
                "VaultHeader", "This vault uses a page layout or cipher this version does not support."));
    }
    VaultHeader header;
    header.vaultId = block.mid(kVaultIdOffset, 16);
    header.generation = get<quint64>(block, kGenerationOffset);
    for (int i = 0; i < kSlotCount; ++i) {
        const int base = kSlotsOffset + i * kSlotSize;
        KeySlot& slot = header.keySlots[std::size_t(i)];
        const quint8 kind = quint8(block[base]);
        if (kind > quint8(KeySlot::Kind::RecoveryKey)) {
            return StorageError::make(
                StorageErrorCode::Unsupported,
                QCoreApplication::translate("VaultHeader", "The vault has a key slot of an unknown kind."));
        }
        slot.kind = KeySlot::Kind(kind);
        if (slot.kind == KeySlot::Kind::Empty) {
            continue;
        }
        slot.kdf.log2N = quint8(block[base + 2]);
        slot.kdf.r = get<quint32>(block, base + 4);
        slot.kdf.p = get<quint32>(block, base + 8);
        if (slot.kind == KeySlot::Kind::Passphrase &&
            (quint8(block[base + 1]) != kKdfScrypt || !Kdf::withinLimits(slot.kdf))) {
            return StorageError::make(
                StorageErrorCode::Unsupported,
                QCoreApplication::translate(
                    "VaultHeader", "The vault's key derivation settings are outside the supported range."));
        }
        slot.salt = block.mid(base + 12, 32);
        slot.wrapped.nonce = block.mid(base + 44, 12);
        slot.wrapped.ciphertext = block.mid(base + 56, 32);
        slot.wrapped.tag = block.mid(base + 88, 16);
    }
    header.m_macInput = block.left(kMacOffset);
    header.m_storedMac = block.mid(kMacOffset, 32);
    return header;
}

bool VaultHeader::macMatches(const SecureBytes& dataKey) const
{
    const QByteArray expected = crypto::hmacSha256(macKey(dataKey, vaultId), m_macInput);
    return expected.size() == 32 && m_storedMac.size() == 32 &&
           CRYPTO_memcmp(expected.constData(), m_storedMac.constData(), 32) == 0;
}

Status VaultHeader::wrapInto(int index, KeySlot::Kind kind, const KdfParams& kdf, const SecureBytes& kek,
                             const QByteArray& salt, const SecureBytes& dataKey)
{
    KeySlot slot;
    slot.kind = kind;
    slot.kdf = kdf;
    slot.salt = salt;
    keySlots[std::size_t(index)] = slot;
    auto sealed = crypto::seal(kek, dataKey, slotAad(index));
    if (!sealed || kek.isEmpty()) {
        clearSlot(index);
        return StorageError::make(StorageErrorCode::Io, QCoreApplication::translate(
                                                            "VaultHeader", "Wrapping the vault key failed."));
    }
    keySlots[std::size_t(index)].wrapped = *sealed;
    return {};
}

Status VaultHeader::setPassphrase(const SecureBytes& passphrase, const KdfParams& kdf,
                                  const SecureBytes& dataKey)
{
    const QByteArray salt = crypto::randomBytes(32);
    auto kek = Kdf::derive(passphrase, salt, kdf);
    if (!kek) {
        return kek.error();
    }
    return wrapInto(kPassphraseSlot, KeySlot::Kind::Passphrase, kdf, *kek, salt, dataKey);
}

SecureBytes VaultHeader::recoveryKek(const SecureBytes& recoveryKey, const QByteArray& salt)
{
    return crypto::hkdfSha256(recoveryKey, salt, QByteArrayLiteral("oneteam v1 recovery slot"));
}

Status VaultHeader::setRecoveryKey(const SecureBytes& recoveryKey, const SecureBytes& dataKey)
{
    const QByteArray salt = crypto::randomBytes(32);
    if (salt.size() != 32 || recoveryKey.size() != 32) {
        return StorageError::make(StorageErrorCode::Io, QCoreApplication::translate(
                                                            "VaultHeader", "Wrapping the vault key failed."));
    }
    return wrapInto(kRecoverySlot, KeySlot::Kind::RecoveryKey, {0, 0, 0}, recoveryKek(recoveryKey, salt),
                    salt, dataKey);
}

Result<SecureBytes> VaultHeader::unlockWithPassphrase(const SecureBytes& passphrase) const
{
    const KeySlot& slot = keySlots[kPassphraseSlot];
    if (slot.kind == KeySlot::Kind::Passphrase) {
        auto kek = Kdf::derive(passphrase, slot.salt, slot.kdf);
        if (!kek) {
            return kek.error();
        }
        if (auto key = crypto::open(*kek, slot.wrapped, slotAad(kPassphraseSlot))) {
            return std::move(*key);
        }
    }
    return StorageError::make(StorageErrorCode::WrongPassphrase,
                              QCoreApplication::translate("VaultHeader", "The passphrase is not correct."));
}

Result<SecureBytes> VaultHeader::unlockWithRecoveryKey(const SecureBytes& recoveryKey) const
{
    const KeySlot& slot = keySlots[kRecoverySlot];
    if (slot.kind == KeySlot::Kind::RecoveryKey) {
        if (auto key =
                crypto::open(recoveryKek(recoveryKey, slot.salt), slot.wrapped, slotAad(kRecoverySlot))) {
            return std::move(*key);
        }
    }
    return StorageError::make(
        StorageErrorCode::WrongPassphrase,
        slot.kind == KeySlot::Kind::RecoveryKey
            ? QCoreApplication::translate("VaultHeader", "The recovery key is not correct.")
            : QCoreApplication::translate("VaultHeader",
                                          "This vault has no recovery key; use its passphrase."));
}

SecureBytes VaultHeader::pageKey(const SecureBytes& dataKey, const QByteArray& vaultId)
{
    return crypto::hkdfSha256(dataKey, vaultId, QByteArrayLiteral("oneteam v1 page key"));
}

} // namespace oneteam
