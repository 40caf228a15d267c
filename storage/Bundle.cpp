#include "Bundle.h"

#include "Crypto.h"
#include "SiteCrypto.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace oneteam {

namespace {

const QByteArray kMagic = QByteArrayLiteral("OTBUNDLE");
constexpr quint16 kVersion = 1;
constexpr qsizetype kFixed = 8 + 2 + 4; // magic, version, header length
constexpr qsizetype kSignatureSize = 64;
constexpr qsizetype kWrappedSize = 32 + 16; // content key + tag

StorageError damaged(const QString& detail)
{
    return StorageError::make(StorageErrorCode::Tampered,
                              QCoreApplication::translate(
                                  "Bundle", "The bundle is damaged or was altered (%1); nothing was changed.")
                                  .arg(detail));
}

// The key that wraps the content key for one recipient: HKDF over the X25519 secret,
// salted with the bundle id and bound to both public keys and the recipient.
SecureBytes wrappingKey(const SecureBytes& shared, const QByteArray& bundleId, const QByteArray& ephemeral,
                        const QByteArray& recipientKey, const QString& recipient)
{
    return crypto::hkdfSha256(shared, bundleId,
                              QByteArrayLiteral("oneteam bundle key v1") + '\0' + ephemeral + recipientKey +
                                  recipient.toUtf8());
}

QByteArray wrapAad(const QByteArray& bundleId, const QString& recipient)
{
    return QByteArrayLiteral("oneteam bundle wrap v1") + '\0' + bundleId + recipient.toUtf8();
}

// Each wrapping key is used once (fresh ephemeral key and bundle id), so a fixed nonce is safe.
const QByteArray kWrapNonce(12, '\0');

} // namespace

Result<QByteArray> Bundle::seal(const QString& sender, const QByteArray& senderSignKey,
                                const SecureBytes& signingKey, const QString& created,
                                const QList<Recipient>& recipients, const QByteArray& plain)
{
    if (recipients.isEmpty()) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("Bundle", "A bundle needs at least one recipient."));
    }
    if (plain.size() > kMaxPlain) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Bundle", "The bundle would be too large."));
    }
    const QByteArray bundleId = crypto::randomBytes(16);
    const QByteArray nonce = crypto::randomBytes(12);
    const SecureBytes contentKey = crypto::randomKey(32);
    std::optional<crypto::KeyPair> ephemeral = crypto::generateKeyPair(crypto::KeyKind::X25519);
    if (bundleId.size() != 16 || nonce.size() != 12 || contentKey.isEmpty() || !ephemeral) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Bundle", "The system's random generator failed."));
    }
    QCborArray wrapped;
    for (const Recipient& recipient : recipients) {
        const SecureBytes shared = crypto::agree(ephemeral->privateKey, recipient.agreeKey);
        if (shared.isEmpty()) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                QCoreApplication::translate("Bundle", "Site %1 has an unusable key.").arg(recipient.siteId));
        }
        const SecureBytes kek =
            wrappingKey(shared, bundleId, ephemeral->publicKey, recipient.agreeKey, recipient.siteId);
        QByteArray keyBytes(qsizetype(contentKey.size()), Qt::Uninitialized);
        std::memcpy(keyBytes.data(), contentKey.data(), contentKey.size());
        QByteArray sealedKey =
            crypto::sealData(kek, kWrapNonce, keyBytes, wrapAad(bundleId, recipient.siteId));
        wipe(keyBytes);
        if (sealedKey.size() != kWrappedSize) {
            return StorageError::make(
                StorageErrorCode::Io,
                QCoreApplication::translate("Bundle", "The bundle could not be encrypted."));
        }
        QCborMap entry;
        entry.insert(QStringLiteral("site"), recipient.siteId);
        entry.insert(QStringLiteral("key"), sealedKey);
        wrapped.append(entry);
    }
    QCborMap header;
    header.insert(QStringLiteral("bundle"), bundleId);
    header.insert(QStringLiteral("sender"), sender);
    header.insert(QStringLiteral("sign"), senderSignKey);
    header.insert(QStringLiteral("created"), created);
    header.insert(QStringLiteral("ephemeral"), ephemeral->publicKey);
    header.insert(QStringLiteral("nonce"), nonce);
    header.insert(QStringLiteral("recipients"), wrapped);
    const QByteArray headerBytes = header.toCborValue().toCbor();

    QByteArray file = kMagic;
    QByteArray fixed(6, '\0');
    qToBigEndian<quint16>(kVersion, fixed.data());
    qToBigEndian<quint32>(quint32(headerBytes.size()), fixed.data() + 2);
    file += fixed + headerBytes;
    const QByteArray aad = file;

    QByteArray compressed = qCompress(plain, 6);
    const QByteArray payload = crypto::sealData(contentKey, nonce, compressed, aad);
    wipe(compressed);
    if (payload.isEmpty()) {
        return StorageError::make(StorageErrorCode::Io, QCoreApplication::translate(
                                                            "Bundle", "The bundle could not be encrypted."));
    }
    QByteArray length(8, '\0');
    qToBigEndian<quint64>(quint64(payload.size()), length.data());
    file += length + payload;
    const QByteArray signature = crypto::sign(signingKey, file);
    if (signature.size() != kSignatureSize) {
        return StorageError::make(StorageErrorCode::Io,
                                  QCoreApplication::translate("Bundle", "The bundle could not be signed."));
    }
    return QByteArray(file + signature);
}

Result<Bundle> Bundle::parse(const QByteArray& file)
{
    if (file.size() < 8 || !file.startsWith(kMagic)) {
        return StorageError::make(
            StorageErrorCode::NotAVault,
            QCoreApplication::translate("Bundle", "This file is not a OneTeam bundle."));
    }
    if (file.size() < kFixed) {
        return damaged(QCoreApplication::translate("Bundle", "cut short"));
    }
    const quint16 version = qFromBigEndian<quint16>(file.constData() + 8);
    if (version != kVersion) {
        return StorageError::make(
            StorageErrorCode::Unsupported,
            QCoreApplication::translate("Bundle",
                                        "This bundle has format %1; this version of OneTeam reads format %2.")
                .arg(version)
                .arg(kVersion));
    }
    const qsizetype headerSize = qsizetype(qFromBigEndian<quint32>(file.constData() + 10));
    if (headerSize > kMaxHeader || file.size() < kFixed + headerSize + 8) {
        return damaged(QCoreApplication::translate("Bundle", "cut short"));
    }
    const qsizetype payloadAt = kFixed + headerSize + 8;
    const quint64 payloadSize = qFromBigEndian<quint64>(file.constData() + kFixed + headerSize);
    if (payloadSize > quint64(kMaxPayload) || payloadSize < 16) {
        return damaged(QCoreApplication::translate("Bundle", "impossible payload length"));
    }
    const qsizetype expected = payloadAt + qsizetype(payloadSize) + kSignatureSize;
    if (file.size() < expected) {
        return damaged(QCoreApplication::translate("Bundle", "cut short"));
    }
    if (file.size() > expected) {
        return damaged(QCoreApplication::translate("Bundle", "extra bytes at the end"));
    }
    QCborParserError error;
    const QCborValue header = QCborValue::fromCbor(file.mid(kFixed, headerSize), &error);
    if (error.error != QCborError::NoError || !header.isMap()) {
        return damaged(QCoreApplication::translate("Bundle", "unreadable header"));
    }
    Bundle bundle;
    bundle.bundleId = header[QStringLiteral("bundle")].toByteArray();
    bundle.sender = header[QStringLiteral("sender")].toString();
    bundle.senderSignKey = header[QStringLiteral("sign")].toByteArray();
    bundle.created = header[QStringLiteral("created")].toString();
    bundle.m_ephemeral = header[QStringLiteral("ephemeral")].toByteArray();
    bundle.m_nonce = header[QStringLiteral("nonce")].toByteArray();
    const QCborArray recipients = header[QStringLiteral("recipients")].toArray();
    for (const QCborValue& entry : recipients) {
        const QString site = entry[QStringLiteral("site")].toString();
        const QByteArray key = entry[QStringLiteral("key")].toByteArray();
        if (site.isEmpty() || key.size() != kWrappedSize) {
            return damaged(QCoreApplication::translate("Bundle", "unreadable header"));
        }
        bundle.recipients.append(site);
        bundle.m_wrapped.append(key);
    }
    if (bundle.bundleId.size() != 16 || bundle.sender.isEmpty() || bundle.senderSignKey.size() != 32 ||
        bundle.m_ephemeral.size() != 32 || bundle.m_nonce.size() != 12 || bundle.recipients.isEmpty()) {
        return damaged(QCoreApplication::translate("Bundle", "unreadable header"));
    }
    bundle.m_aad = file.left(kFixed + headerSize);
    bundle.m_payload = file.mid(payloadAt, qsizetype(payloadSize));
    bundle.m_signed = file.left(expected - kSignatureSize);
    bundle.m_signature = file.right(kSignatureSize);
    return bundle;
}

bool Bundle::verifySignature(const QByteArray& signKey) const
{
    return crypto::verify(signKey, m_signed, m_signature);
}

Result<QByteArray> Bundle::open(const QString& siteId, const SecureBytes& agreeKey) const
{
    const qsizetype index = recipients.indexOf(siteId);
    if (index < 0) {
        return StorageError::make(
            StorageErrorCode::Refused,
            QCoreApplication::translate("Bundle", "This bundle is not addressed to this site."));
    }
    const QByteArray ourKey = crypto::publicKeyOf(crypto::KeyKind::X25519, agreeKey);
    const SecureBytes shared = crypto::agree(agreeKey, m_ephemeral);
    if (shared.isEmpty()) {
        return damaged(QCoreApplication::translate("Bundle", "unusable key"));
    }
    const SecureBytes kek = wrappingKey(shared, bundleId, m_ephemeral, ourKey, siteId);
    std::optional<QByteArray> keyBytes =
        crypto::openData(kek, kWrapNonce, m_wrapped.at(index), wrapAad(bundleId, siteId));
    if (!keyBytes || keyBytes->size() != 32) {
        return damaged(QCoreApplication::translate("Bundle", "its key does not open with this site's key"));
    }
    const SecureBytes contentKey = SecureBytes::takeFrom(*keyBytes);
    std::optional<QByteArray> compressed = crypto::openData(contentKey, m_nonce, m_payload, m_aad);
    if (!compressed) {
        return damaged(QCoreApplication::translate("Bundle", "the contents fail authentication"));
    }
    // qCompress's format: the length, big-endian, then zlib data. Inflated into exactly that
    // many bytes and no more (qUncompress would keep growing its buffer).
    const quint32 size = compressed->size() >= 4 ? qFromBigEndian<quint32>(compressed->constData()) : 0;
    if (size == 0 || qsizetype(size) > kMaxPlain) {
        wipe(*compressed);
        return damaged(QCoreApplication::translate("Bundle", "impossible contents length"));
    }
    QByteArray plain(qsizetype(size), Qt::Uninitialized);
    uLongf inflated = size;
    const int zrc = uncompress(reinterpret_cast<Bytef*>(plain.data()), &inflated,
                               reinterpret_cast<const Bytef*>(compressed->constData() + 4),
                               uLong(compressed->size() - 4));
    wipe(*compressed);
    if (zrc != Z_OK || inflated != size) {
        wipe(plain);
        return damaged(QCoreApplication::translate("Bundle", "the contents do not decompress"));
    }
    return plain;
}

} // namespace oneteam
