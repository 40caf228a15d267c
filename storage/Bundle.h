#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace oneteam {

// A bundle file's outer layer (docs/bundle-format.md): a clear header naming the sender,
// its signing key and the recipients, the payload encrypted to the recipients (X25519 +
// HKDF-SHA256 + AES-256-GCM), and the sender's Ed25519 signature over everything before
// it. This class knows nothing of vaults: it seals, parses, verifies and opens.
class Bundle
{
public:
    static constexpr qsizetype kMaxHeader = 1024 * 1024;
    static constexpr qsizetype kMaxPayload = qsizetype(1) << 30;
    static constexpr qsizetype kMaxPlain = qsizetype(256) << 20; // decompressed contents

    struct Recipient
    {
        QString siteId;
        QByteArray agreeKey; // X25519 public key
    };

    QByteArray bundleId; // 16 random bytes
    QString sender;
    QByteArray senderSignKey;
    QString created; // the sender's clock when it wrote the bundle (HLC text)
    QList<QString> recipients;

    // Compresses and encrypts `plain` to the recipients and signs the file.
    static Result<QByteArray> seal(const QString& sender, const QByteArray& senderSignKey,
                                   const SecureBytes& signingKey, const QString& created,
                                   const QList<Recipient>& recipients, const QByteArray& plain);

    // Reads the structure and the clear header; a file cut short, too long, or with a
    // malformed header is damaged (Tampered). Checks no signature yet.
    static Result<Bundle> parse(const QByteArray& file);
    bool verifySignature(const QByteArray& signKey) const;
    bool addressedTo(const QString& siteId) const { return recipients.contains(siteId); }
    // Decrypts and decompresses the payload with this site's agreement key; Tampered
    // when it does not open.
    Result<QByteArray> open(const QString& siteId, const SecureBytes& agreeKey) const;

private:
    QByteArray m_signed;    // the bytes the signature covers
    QByteArray m_signature; // 64 bytes
    QByteArray m_aad;       // magic, version and header: bound to the payload
    QByteArray m_ephemeral;
    QByteArray m_nonce;
    QByteArray m_payload;
    QList<QByteArray> m_wrapped; // per recipient, in the order of `recipients`
};

} // namespace oneteam
