#pragma once

#include "Kdf.h"
#include "Result.h"
#include "SecureBytes.h"
#include "VaultHeader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace oneteam {

class PageCipher;
class StatementRegistry;
class VaultFile;

// This site as the vault records it (DESIGN.md, "Sites").
struct SiteInfo
{
    QString id; // a UUID; create() makes one when empty
    QString name;
    QString role; // "secretariat", "ministry:CODE" or "auditor"

    static bool isValidRole(const QString& role);
};

struct VaultOptions
{
    enum class Journal
    {
        Wal,
        Rollback
    };
    Journal journal = Journal::Wal;       // for new vaults; an existing vault keeps its own
    KdfParams kdf = Kdf::kMinimumDefault; // for new vaults and passphrase changes
    int cacheKiB = 32 * 1024;             // SQLite page cache, the application's setting
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
};

// The encrypted local database: one file NAME.otvault, a header with key slots in front
// of AES-256-GCM pages that SQLite reads and writes through CipherVfs. While unlocked it
// holds the data key; lock() closes the database and wipes every key but keeps the
// file locked against other processes; destroying the Vault lets go of the file too.
class Vault
{
public:
    static Result<std::unique_ptr<Vault>> create(const QString& path, const SecureBytes& passphrase,
                                                 const SiteInfo& site, const VaultOptions& options = {});
    static Result<std::unique_ptr<Vault>> open(const QString& path, const SecureBytes& passphrase,
                                               const VaultOptions& options = {});
    static Result<std::unique_ptr<Vault>> openWithRecoveryKey(const QString& path,
                                                              const SecureBytes& recoveryKey,
                                                              const VaultOptions& options = {});
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const QString& path() const;
    bool isLocked() const { return m_db == nullptr; }
    void lock();
    Status unlock(const SecureBytes& passphrase);
    Status unlockWithRecoveryKey(const SecureBytes& recoveryKey);

    // Asks again who is at the keyboard before a change of keys: `secret` must be the
    // current passphrase or, with `isRecoveryKey`, the recovery key (as typed). It is
    // checked against this vault's key slots and the data key held now; nothing changes
    // either way, and a wrong secret is written to the audit log as a failed unlock.
    // WrongPassphrase when it fails.
    Status confirm(const SecureBytes& secret, bool isRecoveryKey = false);

    // Wrong answers to unlock(), confirm() and open() slow the next ones down: after the
    // second wrong answer in a row the next try waits 2 seconds, then 4, 8, 16 and at most
    // 30 (by the options' clock). A try before then is refused as TooSoon without looking
    // at the secret; a right answer ends the wait. The count is kept per vault file for
    // the whole process, so closing and opening the vault again does not reset it.
    // 0 when a try may be made now.
    int secondsBeforeRetry() const;
    static int secondsBeforeRetry(const QString& path);
    static constexpr int kMaxRetryWaitSeconds = 30;

    // The SQLite library this build's encryption layer was tested with: 3.40.x, whose WAL
    // and journal I/O the VFS recognises. Another version could read the WAL in shapes the
    // layer cannot authenticate, so vaults are not opened with it (Unsupported), unless
    // ONETEAM_ALLOW_UNTESTED_SQLITE=1 is set. `version` as sqlite3_libversion_number().
    static Status checkSqliteVersion(int version);
    // Tests: create and open see this version instead of the library's (0: the library's).
    static void overrideSqliteVersion(int version);
    static constexpr int kSqliteTestedFrom = 3040000;
    static constexpr int kSqliteTestedBelow = 3041000;

    // Rewrites the passphrase slot only; the pages stay as they are.
    Status changePassphrase(const SecureBytes& newPassphrase, const KdfParams& kdf);
    // Returns the new recovery key, formatted for writing down; replaces any earlier one.
    Result<QString> addRecoveryKey();
    Status removeRecoveryKey();
    bool hasRecoveryKey() const;
    KdfParams passphraseKdf() const;

    // The SQLite connection for the layers above; null while locked.
    sqlite3* handle() const { return m_db; }
    // Where the layers above register the statements they keep on the connection, so
    // lock() can finalize them and really close it (RecordStore, AuditLog).
    const std::shared_ptr<StatementRegistry>& statements() const { return m_statements; }
    Status exec(const char* sql);
    StorageError errorFor(int rc) const;
    Result<SiteInfo> localSite() const;
    Result<int> schemaVersion() const;
    // Pages this session encrypted and decrypted (diagnostics and benchmarks).
    std::pair<std::uint64_t, std::uint64_t> pageCounters() const;

private:
    explicit Vault(std::unique_ptr<VaultFile> file, VaultOptions options);
    using Unwrap = std::function<Result<SecureBytes>(const VaultHeader&)>;
    // `method` names the secret in the audit log when it is wrong: "passphrase" or "recovery-key".
    static Result<std::unique_ptr<Vault>> openWith(const QString& path, const Unwrap& unwrap,
                                                   const QString& method, const VaultOptions& options);
    Status unlockWith(const Unwrap& unwrap, const QString& method);
    Status openDatabase(bool creating);
    Status storeHeader(VaultHeader header, bool* pending = nullptr);
    void logAudit(const char* action, const QJsonObject& summary);
    Status refuseTooSoon() const;
    void noteAnswer(bool right);

    std::unique_ptr<VaultFile> m_file;
    VaultOptions m_options;
    VaultHeader m_header;
    SecureBytes m_dataKey;
    QByteArray m_token;
    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementRegistry> m_statements;
};

} // namespace oneteam
