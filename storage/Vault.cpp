#include "Vault.h"

#include "AuditLog.h"
#include "Sites.h"

#include "CipherVfs.h"
#include "PageCipher.h"
#include "RecoveryKey.h"
#include "Schema.h"
#include "SqliteError.h"
#include "Statement.h"
#include "VaultFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace oneteam {

namespace {
std::atomic<int> g_sqliteVersionOverride{0};
int sqliteVersion()
{
    const int forced = g_sqliteVersionOverride.load();
    return forced ? forced : sqlite3_libversion_number();
}
} // namespace

namespace {

StorageError lockedError()
{
    return StorageError::make(StorageErrorCode::Locked,
                              QCoreApplication::translate("Vault", "The vault is locked; unlock it first."));
}

} // namespace

bool SiteInfo::isValidRole(const QString& role)
{
    static const QRegularExpression pattern(QStringLiteral("^(secretariat|auditor|ministry:[A-Z]{2,8})$"));
    return pattern.match(role).hasMatch();
}

Vault::Vault(std::unique_ptr<VaultFile> file, VaultOptions options)
    : m_file(std::move(file))
    , m_options(std::move(options))
    , m_statements(std::make_shared<StatementRegistry>())
{}

Vault::~Vault()
{
    lock();
}

const QString& Vault::path() const
{
    return m_file->path();
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const SecureBytes& passphrase,
                                             const SiteInfo& site, const VaultOptions& options)
{
    if (!SiteInfo::isValidRole(site.role)) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("Vault",
                                        "'%1' is not a role: use secretariat, auditor or ministry:CODE (e.g. "
                                        "ministry:MSIT).")
                .arg(site.role));
    }
    if (site.name.trimmed().isEmpty()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Vault", "The site needs a name."));
    }
    if (passphrase.isEmpty()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Vault", "The passphrase cannot be empty."));
    }
    if (Status tested = checkSqliteVersion(sqliteVersion()); !tested) {
        return tested.error();
    }
    if (!CipherVfs::ensureRegistered()) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Vault", "The encryption layer could not be registered."));
    }
    auto file = VaultFile::create(path);
    if (!file) {
        return file.error();
    }
    std::unique_ptr<Vault> vault(new Vault(std::move(*file), options));
    const auto fail = [&vault](StorageError error) -> Result<std::unique_ptr<Vault>> {
        vault->lock();
        vault->m_file->discardCreated();
        return error;
    };

    vault->m_dataKey = crypto::randomKey();
    vault->m_header = VaultHeader::fresh();
    if (vault->m_dataKey.isEmpty() || vault->m_header.vaultId.size() != 16) {
        return fail(StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Vault", "The system's random generator failed.")));
    }
    if (Status s = vault->m_header.setPassphrase(passphrase, options.kdf, vault->m_dataKey); !s) {
        return fail(s.error());
    }
    if (Status s = vault->m_file->writeHeader(vault->m_header.serialize(vault->m_dataKey)); !s) {
        return fail(s.error());
    }
    if (Status s = vault->openDatabase(true); !s) {
        return fail(s.error());
    }
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(vault->m_db,
                                "INSERT INTO site (id, name, role, created, is_local) VALUES (?,?,?,?,1)", -1,
                                &stmt, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray id =
            (site.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : site.id).toUtf8();
        const QByteArray name = site.name.trimmed().toUtf8();
        const QByteArray role = site.role.toUtf8();
        const QByteArray created = options.clock().toString(Qt::ISODateWithMs).toUtf8();
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, role.constData(), int(role.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 4, created.constData(), int(created.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(vault->m_db);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
        return fail(vault->errorFor(rc));
    }
    if (Status keys = Sites::ensureLocalKeys(vault->m_db); !keys) {
        return fail(keys.error());
    }
    if (Status logged = AuditLog(*vault).append(
            QLatin1String(audit::kVaultCreated), QString(),
            {{QStringLiteral("name"), site.name.trimmed()}, {QStringLiteral("role"), site.role}});
        !logged) {
        return fail(logged.error());
    }
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const SecureBytes& passphrase,
                                           const VaultOptions& options)
{
    return openWith(
        path, [&passphrase](const VaultHeader& header) { return header.unlockWithPassphrase(passphrase); },
        QStringLiteral("passphrase"), options);
}

Result<std::unique_ptr<Vault>> Vault::openWithRecoveryKey(const QString& path, const SecureBytes& recoveryKey,
                                                          const VaultOptions& options)
{
    return openWith(
        path, [&recoveryKey](const VaultHeader& header) { return header.unlockWithRecoveryKey(recoveryKey); },
        QStringLiteral("recovery-key"), options);
}

Result<std::unique_ptr<Vault>> Vault::openWith(const QString& path, const Unwrap& unwrap,
                                               const QString& method, const VaultOptions& options)
{
    if (Status tested = checkSqliteVersion(sqliteVersion()); !tested) {
        return tested.error();
    }
    if (!CipherVfs::ensureRegistered()) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Vault", "The encryption layer could not be registered."));
    }
    auto file = VaultFile::open(path);
    if (!file) {
        return file.error();
    }
    std::unique_ptr<Vault> vault(new Vault(std::move(*file), options));
    if (Status s = vault->unlockWith(unwrap, method); !s) {
        return s.error();
    }
    return vault;
}

Status Vault::unlock(const SecureBytes& passphrase)
{
    return unlockWith(
        [&passphrase](const VaultHeader& header) { return header.unlockWithPassphrase(passphrase); },
        QStringLiteral("passphrase"));
}

Status Vault::unlockWithRecoveryKey(const SecureBytes& recoveryKey)
{
    return unlockWith(
        [&recoveryKey](const VaultHeader& header) { return header.unlockWithRecoveryKey(recoveryKey); },
        QStringLiteral("recovery-key"));
}

namespace {

// Wrong answers in a row, per vault file, for the whole process: closing the vault and
// opening it again (a new Vault) does not start the count over.
struct RetryState
{
    int wrongAnswers = 0;
    QDateTime retryAt; // invalid: no wait
};

std::mutex g_retryMutex;

QHash<QString, RetryState>& retryStates()
{
    static QHash<QString, RetryState> states;
    return states;
}

int retrySeconds(const QString& path, const QDateTime& now)
{
    std::lock_guard<std::mutex> guard(g_retryMutex);
    auto it = retryStates().find(path);
    if (it == retryStates().end() || !it->retryAt.isValid()) {
        return 0;
    }
    qint64 ms = now.msecsTo(it->retryAt);
    if (ms > qint64(Vault::kMaxRetryWaitSeconds) * 1000) {
        // The clock went back: the wait is never longer than its longest step.
        it->retryAt = now.addSecs(Vault::kMaxRetryWaitSeconds);
        ms = qint64(Vault::kMaxRetryWaitSeconds) * 1000;
    }
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

} // namespace

int Vault::secondsBeforeRetry() const
{
    return retrySeconds(m_file->path(), m_options.clock());
}

int Vault::secondsBeforeRetry(const QString& path)
{
    return retrySeconds(QFileInfo(path).absoluteFilePath(), QDateTime::currentDateTimeUtc());
}

Status Vault::refuseTooSoon() const
{
    const int seconds = secondsBeforeRetry();
    if (seconds == 0) {
        return {};
    }
    return StorageError::make(
        StorageErrorCode::TooSoon,
        QCoreApplication::translate("Vault",
                                    "After several wrong answers, wait %n second(s) before trying again.",
                                    nullptr, seconds));
}

void Vault::noteAnswer(bool right)
{
    std::lock_guard<std::mutex> guard(g_retryMutex);
    if (right) {
        retryStates().remove(m_file->path());
        return;
    }
    RetryState& state = retryStates()[m_file->path()];
    ++state.wrongAnswers;
    if (state.wrongAnswers >= 2) {
        const int seconds = std::min(kMaxRetryWaitSeconds, 1 << std::min(state.wrongAnswers - 1, 5));
        state.retryAt = m_options.clock().addSecs(seconds);
    }
}

Status Vault::unlockWith(const Unwrap& unwrap, const QString& method)
{
    if (!isLocked()) {
        return {};
    }
    if (Status wait = refuseTooSoon(); !wait) {
        return wait;
    }
    auto block = m_file->readHeader();
    if (!block) {
        return block.error();
    }
    auto header = VaultHeader::parse(*block);
    if (!header) {
        return header.error();
    }
    auto dataKey = unwrap(*header);
    if (!isLocked()) {
        // The window's event loop turned during the derivation (Kdf::setWaiter), and an
        // unlock that started meanwhile has finished: that connection stays, this key goes.
        return {};
    }
    if (!dataKey) {
        if (dataKey.error().code == StorageErrorCode::WrongPassphrase) {
            AuditLog::noteFailedUnlock(header->vaultId, method);
            noteAnswer(false);
        }
        return dataKey.error();
    }
    if (!header->macMatches(*dataKey)) {
        return StorageError{StorageErrorCode::Tampered,
                            QCoreApplication::translate(
                                "Vault", "The vault's header was altered; the vault cannot be opened."),
                            0, QStringLiteral("header")};
    }
    if (Status settled = m_file->settleJournal(); !settled) {
        return settled;
    }
    m_header = std::move(*header);
    m_dataKey = std::move(*dataKey);
    if (Status opened = openDatabase(false); !opened) {
        lock();
        return opened;
    }
    noteAnswer(true);
    // Best effort: the failures noted wait for the next unlock if they cannot be logged now.
    static_cast<void>(AuditLog(*this).collectFailedUnlocks(m_header.vaultId));
    return {};
}

Status Vault::openDatabase(bool creating)
{
    const SecureBytes pageKey = VaultHeader::pageKey(m_dataKey, m_header.vaultId);
    auto cipher = std::shared_ptr<PageCipher>(PageCipher::create(pageKey));
    auto readAheadCipher = PageCipher::create(pageKey);
    if (!cipher || !readAheadCipher) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Vault", "AES-256-GCM is not available from OpenSSL."));
    }
    auto readAhead =
        std::make_unique<ReadAhead>(m_file->descriptor(), CipherVfs::kHeaderSize, std::move(readAheadCipher));
    // A rollback journal SQLite would not play back (its first byte is zero: the last
    // transaction committed) holds nothing anyone needs, only old page images and maybe
    // headers written before they were sealed. It is emptied, so that SQLite never meets
    // a stale header in it.
    if (QFile journal(m_file->path() + QStringLiteral("-journal"));
        journal.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
        char first = 0;
        if (journal.size() > 0 && journal.getChar(&first) && first == 0) {
            journal.resize(0);
        }
    }
    m_token = CipherVfs::attach(std::move(cipher), std::move(readAhead));
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(m_file->path(), "/") +
                           "?vfs=" + CipherVfs::kName + "&otctx=" + m_token;
    int rc =
        sqlite3_open_v2(uri.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE, CipherVfs::kName);
    if (rc != SQLITE_OK) {
        const StorageError error = errorFor(rc);
        return error;
    }
    // trusted_schema stays ON: the schema sits in authenticated pages only the key can
    // write, and the sort indexes use json_extract(), which SQLite 3.40 does not mark
    // innocuous.
    const QByteArray pragmas = "PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;"
                               "PRAGMA journal_size_limit = 0;"
                               "PRAGMA trusted_schema = ON; PRAGMA cache_size = -" +
                               QByteArray::number(m_options.cacheKiB) + ";";
    rc = sqlite3_exec(m_db, pragmas.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK && creating) {
        int reserve = int(PageCipher::kReserve);
        rc = sqlite3_file_control(m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        if (rc == SQLITE_OK) {
            rc = sqlite3_exec(m_db, "PRAGMA page_size = 4096", nullptr, nullptr, nullptr);
        }
        if (rc == SQLITE_OK) {
            rc =
                sqlite3_exec(m_db,
                             m_options.journal == VaultOptions::Journal::Wal ? "PRAGMA journal_mode = WAL"
                                                                             : "PRAGMA journal_mode = DELETE",
                             nullptr, nullptr, nullptr);
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(m_db, "PRAGMA synchronous = FULL; SELECT count(*) FROM sqlite_schema", nullptr,
                          nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        // In rollback mode each commit (and the playback of a hot journal) empties the
        // journal, instead of zeroing its header as exclusive locking would: no old page
        // images or headers stay behind. A WAL keeps its size between checkpoints.
        sqlite3_stmt* mode = nullptr;
        rc = sqlite3_prepare_v2(m_db, "PRAGMA journal_mode", -1, &mode, nullptr);
        const bool wal = rc == SQLITE_OK && sqlite3_step(mode) == SQLITE_ROW &&
                         qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(mode, 0)), "wal") == 0;
        sqlite3_finalize(mode);
        if (rc == SQLITE_OK && wal) {
            rc = sqlite3_exec(m_db, "PRAGMA journal_size_limit = -1", nullptr, nullptr, nullptr);
        }
    }
    if (rc != SQLITE_OK) {
        return errorFor(rc);
    }
    if (!creating) {
        // A vault always has pages; a file cut back to its header must not pass for a new one.
        sqlite3_stmt* stmt = nullptr;
        rc = sqlite3_prepare_v2(m_db, "PRAGMA page_count", -1, &stmt, nullptr);
        const bool hasPages =
            rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int64(stmt, 0) > 0;
        sqlite3_finalize(stmt);
        if (!hasPages) {
            return StorageError{
                StorageErrorCode::Tampered,
                QCoreApplication::translate(
                    "Vault", "The vault has lost its pages (the file was cut short); nothing was changed."),
                1, QStringLiteral("main")};
        }
    }
    int reserve = -1;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK ||
        reserve != int(PageCipher::kReserve)) {
        return StorageError::make(
            StorageErrorCode::Tampered,
            QCoreApplication::translate("Vault", "The vault's pages do not have the layout OneTeam writes."));
    }
    return Schema::migrate(m_db);
}

void Vault::lock()
{
    if (m_db) {
        // Every statement is finalized first, so the connection closes now and frees (and
        // the wiping allocator wipes) its cache of decrypted pages. One still held by a
        // caller would keep the connection open: it is closed as soon as that statement
        // is finalized, and its files can no longer read or write (the cipher goes below).
        m_statements->clearAll();
        if (sqlite3_close(m_db) != SQLITE_OK) {
            qWarning("Vault::lock: a statement is still open; the connection closes when it is finalized");
            sqlite3_close_v2(m_db);
        }
        m_db = nullptr;
    }
    if (!m_token.isEmpty()) {
        CipherVfs::release(m_token);
        m_token.clear();
    }
    m_dataKey.clear();
}

StorageError Vault::errorFor(int rc) const
{
    // The damage the cipher saw explains this error only if SQLite failed reading: a
    // later full disk or constraint is not "tampered". It is told once, then cleared.
    const int primary = rc & 0xff;
    const bool reading = primary == SQLITE_IOERR || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    const CipherVfs::Damage damage = reading ? CipherVfs::lastDamage(m_token) : CipherVfs::Damage{};
    const StorageError error = sqliteError(m_db, rc, damage);
    if (reading) {
        CipherVfs::clearDamage(m_token);
    }
    return error;
}

Status Vault::exec(const char* sql)
{
    if (!m_db) {
        return lockedError();
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status() : Status(errorFor(rc));
}

Status Vault::storeHeader(VaultHeader header, bool* pending)
{
    header.generation = m_header.generation + 1;
    const QByteArray block = header.serialize(m_dataKey);
    auto reparsed = VaultHeader::parse(block);
    if (!reparsed) {
        return reparsed.error();
    }
    const Status written = m_file->writeHeader(block);
    // Written, or saved in the header journal that the next open completes: either way
    // this header is the vault's from now on, and later changes build on it.
    const bool journaled = !written && QFile::exists(m_file->journalPath());
    if (written || journaled) {
        m_header = std::move(*reparsed);
    }
    if (pending) {
        *pending = journaled;
    }
    return written;
}

Status Vault::confirm(const SecureBytes& secret, bool isRecoveryKey)
{
    if (isLocked()) {
        return lockedError();
    }
    if (Status wait = refuseTooSoon(); !wait) {
        return wait;
    }
    Result<SecureBytes> key = StorageError::make(StorageErrorCode::WrongPassphrase, {});
    if (!isRecoveryKey) {
        key = m_header.unlockWithPassphrase(secret);
    } else if (auto recovery = RecoveryKey::parseTyped(secret); recovery && hasRecoveryKey()) {
        key = m_header.unlockWithRecoveryKey(*recovery);
    }
    const QString method = isRecoveryKey ? QStringLiteral("recovery-key") : QStringLiteral("passphrase");
    const bool same = key && key->size() == m_dataKey.size() &&
                      CRYPTO_memcmp(key->data(), m_dataKey.data(), m_dataKey.size()) == 0;
    if (same) {
        noteAnswer(true);
        return {};
    }
    if (key || key.error().code == StorageErrorCode::WrongPassphrase) {
        noteAnswer(false);
        static_cast<void>(
            AuditLog(*this).append(QLatin1String(audit::kUnlockFailed), QString(),
                                   {{QStringLiteral("at"), m_options.clock().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("method"), method},
                                    {QStringLiteral("confirm"), true}}));
        return StorageError::make(
            StorageErrorCode::WrongPassphrase,
            QCoreApplication::translate("Vault",
                                        "That is not this vault's current passphrase or recovery key."));
    }
    return key.error();
}

void Vault::overrideSqliteVersion(int version)
{
    g_sqliteVersionOverride.store(version);
}

Status Vault::checkSqliteVersion(int version)
{
    if (version >= kSqliteTestedFrom && version < kSqliteTestedBelow) {
        return {};
    }
    if (qEnvironmentVariable("ONETEAM_ALLOW_UNTESTED_SQLITE") == QLatin1String("1")) {
        return {};
    }
    const auto text = [](int v) {
        return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg(v / 1000 % 1000).arg(v % 1000);
    };
    return StorageError::make(StorageErrorCode::Unsupported,
                              QCoreApplication::translate(
                                  "Vault",
                                  "This system's SQLite is version %1; OneTeam's encryption was tested with "
                                  "%2 to %3 only, so it does not open vaults with it. Install the SQLite "
                                  "of Debian 12, or set ONETEAM_ALLOW_UNTESTED_SQLITE=1 at your own risk.")
                                  .arg(text(version), text(kSqliteTestedFrom), text(kSqliteTestedBelow - 1)));
}

Status Vault::changePassphrase(const SecureBytes& newPassphrase, const KdfParams& kdf)
{
    if (isLocked()) {
        return lockedError();
    }
    if (newPassphrase.isEmpty()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Vault", "The passphrase cannot be empty."));
    }
    VaultHeader header = m_header;
    if (Status s = header.setPassphrase(newPassphrase, kdf, m_dataKey); !s) {
        return s;
    }
    bool pending = false;
    const Status stored = storeHeader(std::move(header), &pending);
    if (stored || pending) {
        logAudit(audit::kPassphrase, {{QStringLiteral("kdf_log2_n"), int(kdf.log2N)}});
    }
    return stored;
}

Result<QString> Vault::addRecoveryKey()
{
    if (isLocked()) {
        return lockedError();
    }
    const SecureBytes key = RecoveryKey::generate();
    if (key.isEmpty()) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Vault", "The system's random generator failed."));
    }
    // Written out before the slot is stored: a key that cannot be shown is never stored.
    const QString text = RecoveryKey::format(key);
    if (text.isEmpty()) {
        return StorageError::make(StorageErrorCode::Io, QCoreApplication::translate(
                                                            "Vault", "The recovery key could not be made."));
    }
    VaultHeader header = m_header;
    if (Status s = header.setRecoveryKey(key, m_dataKey); !s) {
        return s.error();
    }
    bool pending = false;
    if (Status s = storeHeader(std::move(header), &pending); !s && !pending) {
        return s.error();
    }
    logAudit(audit::kRecoveryKeyAdded, {});
    // When the header could only be journaled, the key takes effect on the next open:
    // the user must see it now all the same, or they would be locked out of it.
    return text;
}

Status Vault::removeRecoveryKey()
{
    if (isLocked()) {
        return lockedError();
    }
    if (!hasRecoveryKey()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Vault", "This vault has no recovery key."));
    }
    VaultHeader header = m_header;
    header.clearSlot(VaultHeader::kRecoverySlot);
    bool pending = false;
    const Status stored = storeHeader(std::move(header), &pending);
    if (stored || pending) {
        logAudit(audit::kRecoveryKeyRemoved, {});
    }
    return stored;
}

bool Vault::hasRecoveryKey() const
{
    return m_header.keySlots[VaultHeader::kRecoverySlot].kind == KeySlot::Kind::RecoveryKey;
}

KdfParams Vault::passphraseKdf() const
{
    return m_header.keySlots[VaultHeader::kPassphraseSlot].kdf;
}

Result<SiteInfo> Vault::localSite() const
{
    if (!m_db) {
        return lockedError();
    }
    sqlite3_stmt* stmt = nullptr;
    int rc =
        sqlite3_prepare_v2(m_db, "SELECT id, name, role FROM site WHERE is_local = 1", -1, &stmt, nullptr);
    SiteInfo site;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto text = [stmt](int column) {
                return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)));
            };
            site = {text(0), text(1), text(2)};
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
        return errorFor(rc);
    }
    return site;
}

std::pair<std::uint64_t, std::uint64_t> Vault::pageCounters() const
{
    const CipherVfs::Counters counters = CipherVfs::counters(m_token);
    return {counters.encrypted, counters.decrypted};
}

Result<int> Vault::schemaVersion() const
{
    if (!m_db) {
        return lockedError();
    }
    return Schema::version(m_db);
}

void Vault::logAudit(const char* action, const QJsonObject& summary)
{
    // The header change is done and cannot be undone: a full disk that keeps it out of the
    // log must not turn it into a failure. The next verification shows the log as it is.
    static_cast<void>(AuditLog(*this).append(QLatin1String(action), QString(), summary));
}

} // namespace oneteam
