#pragma once

#include "Result.h"
#include "Statement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace oneteam {

class Vault;

// One entry of a site's audit log (docs/audit-format.md): what happened, when, to what.
// `summary` is a compact JSON object whose keys depend on the action; models/ words it in
// the reader's language.
struct AuditEntry
{
    QString site;
    qint64 seq = 0; // its place in the site's chain, from 1
    QString at;     // ISO 8601 UTC with milliseconds, the site's wall clock
    QString action; // see audit::kActions
    QString target; // "type/id" for a record, a file name, a site id, or ""
    QString summary;
    QByteArray chain; // the chain after this entry
};

// What the actions are called in the log (never translated: they are data).
namespace audit {
inline constexpr char kCreate[] = "create";
inline constexpr char kUpdate[] = "update";
inline constexpr char kDelete[] = "delete";
inline constexpr char kRestore[] = "restore";
inline constexpr char kResolve[] = "resolve";
inline constexpr char kImport[] = "import";
// Changes kept for a record type this version did not know, applied after an upgrade.
inline constexpr char kTakenUp[] = "taken-up";
inline constexpr char kExport[] = "export";
inline constexpr char kReport[] = "report";
inline constexpr char kAuditExport[] = "audit-export";
inline constexpr char kPassphrase[] = "passphrase";
inline constexpr char kRecoveryKeyAdded[] = "recovery-key-added";
inline constexpr char kRecoveryKeyRemoved[] = "recovery-key-removed";
inline constexpr char kUnlockFailed[] = "unlock-failed";
inline constexpr char kSiteTrusted[] = "site-trusted";
inline constexpr char kSiteDistrusted[] = "site-distrusted";
inline constexpr char kJoined[] = "joined";
inline constexpr char kLogStarted[] = "log-started";
inline constexpr char kVaultCreated[] = "vault-created";

// The entry's canonical bytes: a CBOR array [site, seq, at, action, target, summary].
QByteArray canonicalBytes(const AuditEntry& entry);
// SHA-256 over a domain label, the previous chain value (32 zero bytes first) and the
// canonical bytes.
QByteArray next(const QByteArray& previous, const AuditEntry& entry);
// What a site signs: its id, its number of entries and the chain after the last.
QByteArray headMessage(const QString& site, qint64 seq, const QByteArray& chain);
} // namespace audit

// One site's run of entries as it travels in a bundle, with the site's signed head.
struct AuditSegment
{
    QString site;
    qint64 from = 0;
    qint64 head = 0;
    QByteArray chain;
    QByteArray signature;
    QList<AuditEntry> entries;
};

// The outcome of checking one site's chain.
struct ChainStatus
{
    QString site;
    QString name;     // the site's name, or its id when unknown
    qint64 count = 0; // entries held
    qint64 signedSeq = 0;
    bool intact = true;
    qint64 brokenAt = 0; // the first entry that does not hold, 0 for the head
    QString problem;     // a sentence in the user's language when not intact
};

// A report's audit head as OneTeam writes it: "68:2c7e…" (the check command), "entry
// 1,068, 2c7e11c7…" or "68번 항목, 2c7e…" (the title page, with or without its label
// "Audit chain head" / "감사 체인 헤드"), "audit chain head 2c7e… (entry 68)" (XLSX
// properties): the entry number and 16 to 64 hex digits.
struct ReportHead
{
    qint64 seq = 0;
    QByteArray hex; // lower case

    static std::optional<ReportHead> parse(const QString& text);
};

// The site a report names, among the logs `chains` holds: its id, the first 8 or more
// characters of its id (as a report prints it), or its name, when exactly one site has it.
// Otherwise an InvalidArgument error that names the sites to choose from.
Result<QString> findReportSite(const QList<ChainStatus>& chains, const QString& given);
// The short form of a site id a report prints for `--site`: its first 8 characters, or
// more when another site here starts the same way.
QString shortSiteId(const QString& site, const QStringList& others);

// What a report's head is in this vault (AuditLog::checkHead).
struct HeadCheck
{
    enum class Outcome
    {
        Found,        // an entry with that number and chain value, in an intact log
        Untrusted,    // such an entry, in the log of a site this vault no longer trusts
        InBrokenLog,  // such an entry, in a log that does not verify
        OtherHistory, // the logs reach that number, and none matches
        NotReached,   // no match, and some logs here end before that number
    };
    Outcome outcome = Outcome::NotReached;
    ReportHead head;
    QString site;          // the site whose entry it is (no match: the site asked about, if any)
    QString siteName;      // its name
    QStringList shortLogs; // the names of the sites whose logs end before the entry
    QStringList elsewhere; // asked about one site: the other sites whose logs hold the entry
    QString text() const;  // the verdict, in the user's language

private:
    QString elsewhereText() const;
};

// Whether a report file is one a site exported, unchanged (AuditLog::checkReportFile).
struct ReportFileCheck
{
    enum class Outcome
    {
        Found,       // a "report" entry lists the file's fingerprint, in an intact log
        Untrusted,   // such an entry, in the log of a site this vault no longer trusts
        InBrokenLog, // such an entry, in a log that does not verify
        NotFound,    // no entry here lists it
    };
    Outcome outcome = Outcome::NotFound;
    QString fileName;
    QByteArray sha256; // lower-case hex
    AuditEntry entry;  // the entry that decides (Found: one in an intact, trusted log)
    QString siteName;
    QStringList otherSites; // other sites whose logs list the same fingerprint
    QString text() const;   // the verdict, in the user's language
};

// How the audit log stood at its last full verification, for dashboards: reading it
// costs two queries, where verifying recomputes every entry.
struct AuditHealth
{
    qint64 sites = 0;
    qint64 entries = 0;
    QString lastVerified;    // ISO 8601 UTC; empty: never verified in this vault
    qint64 entriesSince = 0; // entries added since then
    QStringList broken;      // the sites whose chain was broken then
};

struct AuditFilter
{
    QString site = {};
    QString action = {};
    QString target = {}; // exact, e.g. "resolution/<id>"
    QString text = {};   // anywhere in the target or summary
    QString from = {};   // ISO 8601, inclusive
    QString to = {};     // ISO 8601, exclusive
    int limit = -1;
    int offset = 0;
};

// Checks an exported log file (audit export) without a vault.
struct AuditFileCheck
{
    QString exportedBy; // site name
    QString exportedAt;
    QString rootFingerprint; // of the key that signed the roster inside, or of the exporter
    QList<ChainStatus> chains;
    bool intact() const;
};

// The append-only, hash-chained audit log of every site, kept in the vault (tables
// audit_entry and audit_head). This site appends its own entries; the other sites'
// arrive in bundles, verified against their signed heads. Nothing is ever updated or
// deleted.
class AuditLog
{
public:
    explicit AuditLog(Vault& vault);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Appends an entry for this site: inside the caller's transaction when one is open
    // (on an error the caller must roll back), else as a transaction of its own.
    Status append(const QString& action, const QString& target, const QJsonObject& summary);
    // Signs this site's head when entries were added since the last signature.
    Status signHead();

    Result<QList<AuditEntry>> entries(const AuditFilter& filter) const;
    Result<qint64> count(const AuditFilter& filter) const;
    // The sites whose entries this vault holds, with their heads: site -> seq.
    Result<QMap<QString, qint64>> heads() const;
    // A report names the head it was made from: an entry number and the start of the
    // chain value after it (docs/audit-format.md, "Checking a report"). What that head is
    // in this vault, given the chains as verify() found them.
    // With `site` (an id), only that site's log is looked at: a report names its site, and
    // the verdict is then decisive (another history, or not reached yet).
    Result<HeadCheck> checkHead(const QList<ChainStatus>& verified, const ReportHead& head,
                                const QString& site = {}) const;
    // The "report" entries, of every site, whose summary lists `sha256` (lower-case hex)
    // among the fingerprints of the files they wrote, by site and number.
    Result<QList<AuditEntry>> findReportFile(const QByteArray& sha256) const;
    // Whether the file at `path` is a report a site exported, unchanged since, given the
    // chains as verify() found them. An unreadable file is an Io error.
    Result<ReportFileCheck> checkReportFile(const QList<ChainStatus>& verified, const QString& path) const;
    // SHA-256 of a file's bytes in lower-case hex; empty when it cannot be read.
    static QByteArray fileFingerprint(const QString& path);
    // This site's head: (seq, chain), after signing it.
    Result<std::pair<qint64, QByteArray>> signedLocalHead();

    // Recomputes every site's chain from its first entry, compares it with the stored
    // chain and head, and checks each signed head with the site's key.
    Result<QList<ChainStatus>> verify() const;
    // Remembers a verification's outcome (vault_meta "audit_verified") for health().
    Status recordVerification(const QList<ChainStatus>& chains);
    Result<AuditHealth> health() const;

    // The whole log with every site's signed head and the roster, as a file another
    // machine can check without this vault (docs/audit-format.md). Signs this site's
    // head first and logs the export.
    Result<QByteArray> exportFile(const QString& fileName);
    // Checks a file exportFile wrote. With a fingerprint, the keys must lead to it.
    static Result<AuditFileCheck> verifyFile(const QByteArray& bytes, const QString& fingerprint = {});

    // Sync: what recipients lack (everything past the least `have` per site), signed.
    Result<QList<AuditSegment>> segmentsFor(const QList<QMap<QString, qint64>>& haves) const;
    // Takes a segment from a bundle: the signature over its head with `signKey`, and the
    // chain from what this vault holds. *added: entries that were new. An error when the
    // segment does not hold; entries before what this vault has are skipped.
    Status receive(const AuditSegment& segment, const QByteArray& signKey, qint64* added);

    // A failed unlock cannot be written into a vault that stays locked (nor may a wrong
    // passphrase change a byte of it or its folder): it is noted in the user's data folder,
    // under the vault's id, and moved into the log at the next unlock of that vault.
    static void noteFailedUnlock(const QByteArray& vaultId, const QString& method);
    static QString failuresPath(const QByteArray& vaultId);
    Status collectFailedUnlocks(const QByteArray& vaultId);

    // Schema 8: the first entry of a vault that had a history before the log existed.
    static Status startLog(sqlite3* db);

private:
    Statement& prepared(const char* sql) const;
    Result<QString> localSiteId() const;

    Vault& m_vault;
    mutable QString m_siteId;
    mutable StatementCache m_statements;
};

} // namespace oneteam
