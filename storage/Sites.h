#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

struct sqlite3;

namespace oneteam {

class Vault;

// A site as this vault knows it: its public keys and the role the network's root (the
// secretariat) assigned it.
struct SiteEntry
{
    QString id;
    QString name;
    QString role;
    QByteArray signKey;  // Ed25519 public key
    QByteArray agreeKey; // X25519 public key
    bool trusted = false;
    bool local = false;
    bool root = false;
};

// A site's public card, exported as a file and handed to the secretariat: id, name, the
// role it asks for and its public keys, signed with its own signing key (which proves the
// card's maker holds that key; the secretariat still decides whether to trust it).
struct SiteCard
{
    QString id;
    QString name;
    QString role;
    QByteArray signKey;
    QByteArray agreeKey;

    QByteArray toFile(const SecureBytes& signingKey) const;
    // Parses and verifies the self-signature.
    static Result<SiteCard> fromFile(const QByteArray& bytes);
};

// The signed list of trusted sites: issued by the root, carried in every bundle, accepted
// only when the root's signature holds and its version is newer than the one we have.
struct Roster
{
    QString rootId;
    qint64 version = 0;
    QList<SiteEntry> sites;
    QByteArray signedBytes; // the whole signed blob, as it travels

    static Result<Roster> parse(const QByteArray& blob); // structure only: verify() checks the signature
    bool verify(const QByteArray& rootSignKey) const;
    const SiteEntry* find(const QString& id) const;
};

// Site identity and the roster, kept in the vault (tables site and site_secret).
class Sites
{
public:
    explicit Sites(Vault& vault);

    // Gives the local site its two key pairs when it has none (new vaults, and vaults
    // from before schema 6); a secretariat becomes the root of its own network.
    static Status ensureLocalKeys(sqlite3* db);

    Result<SiteEntry> local() const;
    Result<QList<SiteEntry>> all() const;
    Result<SiteEntry> find(const QString& id) const;
    Result<QByteArray> localCardFile() const;
    Result<SecureBytes> signingKey() const;
    Result<SecureBytes> agreementKey() const;
    Result<QString> rootId() const;
    // When a bundle from each site was last imported here (ISO 8601 UTC), by site id.
    Result<QMap<QString, QString>> lastReceived() const;
    // The roster as last issued (root) or accepted (others); empty when there is none.
    Result<QByteArray> rosterBlob() const;

    // The root trusts a card with a role and issues a new roster version.
    Status trust(const SiteCard& card, const QString& role);
    // The root stops trusting a site; a new roster version carries that to everyone.
    Status distrust(const QString& siteId);
    // Takes a roster received in a bundle: verified with the root's key, newer only.
    // *accepted tells whether it replaced ours.
    Status acceptRoster(const Roster& roster, bool* accepted = nullptr);
    // Joins the network whose root signed `roster`: the root's key must have the
    // fingerprint the user was told out of band, it must be a secretariat, and the roster
    // must list this site, with its own keys and role.
    Status join(const Roster& roster, const QString& fingerprint);

private:
    Status issueRoster();
    Status storeRoster(const Roster& roster);

    Vault& m_vault;
};

} // namespace oneteam
