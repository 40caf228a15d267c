#include "RecordStore.h"
#include "RecoveryKey.h"
#include "SqliteMemory.h"
#include "VaultTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <openssl/err.h>

#include <algorithm>
#include <cstring>

using namespace oneteam;
using namespace oneteam::test;

// What the vault does beyond its format (docs/vault-format.md §10a): asking again before a
// change of keys, slowing wrong answers, refusing an untested SQLite, keeping secrets out
// of swap and dumps, wiping SQLite's memory and really closing the connection on lock.
class TestVaultHardening : public QObject
{
    Q_OBJECT
private slots:
    void lockClosesTheConnectionUnderKeptStatements();
    void confirmAsksForTheCurrentSecret();
    void wrongAnswersSlowDown();
    void calibrationStaysWithinTheFloorAndLimits();
    void untestedSqliteIsRefused();
    void secretsStayOutOfSwapAndDumps();
    void sqliteMemoryIsWipedWhenFreed();
};

void TestVaultHardening::lockClosesTheConnectionUnderKeptStatements()
{
    // The record store keeps prepared statements on the connection. Locking must still
    // close it, so that SQLite frees (and the allocator wipes) its decrypted pages, instead
    // of leaving it open until the store goes away.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    const sqlite3_int64 baseline = sqlite3_memory_used();
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    QStringList ids;
    for (int i = 0; i < 150; ++i) {
        auto id = store.put(QStringLiteral("note"), {},
                            {{QStringLiteral("body"), QString(8000, QChar(u'a' + i % 26))}});
        QVERIFY(id);
        ids << *id;
    }
    for (const QString& id : ids) {
        QVERIFY(store.get(id));
    }
    const sqlite3_int64 unlocked = sqlite3_memory_used() - baseline;
    QVERIFY2(unlocked > 2 * 1024 * 1024, qPrintable(QString::number(unlocked)));
    (*vault)->lock();
    const sqlite3_int64 locked = sqlite3_memory_used() - baseline;
    QVERIFY2(locked < unlocked / 10, qPrintable(QStringLiteral("%1 of %2").arg(locked).arg(unlocked)));
    // The store opens its statements again on the next unlock.
    QVERIFY((*vault)->unlock(secret("pass")));
    auto again = store.get(ids.last());
    QVERIFY(again);
    QCOMPARE(again->fields.value(QStringLiteral("body")).toString(), QString(8000, QChar(u'a' + 149 % 26)));
}

// Before a change of keys in an open vault: the current passphrase or the recovery key,
// nothing else; a wrong one is logged as a failed unlock and changes nothing.
void TestVaultHardening::confirmAsksForTheCurrentSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    VaultOptions options = cheapOptions();
    options.clock = [&now] { return now; };
    const auto later = [&now] { now = now.addSecs(Vault::kMaxRetryWaitSeconds); };
    auto vault = Vault::create(path, secret("pass"), secretariat(), options);
    QVERIFY(vault);
    Vault& v = **vault;
    QVERIFY(v.confirm(secret("pass")));
    const auto failuresBefore =
        queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'");
    const QByteArray header = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
    }();
    QVERIFY(!header.isEmpty());
    const Status wrong = v.confirm(secret("guess"));
    QCOMPARE(wrong.error().code, StorageErrorCode::WrongPassphrase);
    QVERIFY(wrong.error().message.contains(QStringLiteral("current passphrase")));
    QCOMPARE(queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'").toInt(),
             failuresBefore.toInt() + 1);
    QVERIFY(queryText(
                v, "SELECT summary FROM audit_entry WHERE action = 'unlock-failed' ORDER BY seq DESC LIMIT 1")
                .contains(QStringLiteral("confirm")));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4096), header); // the key slots did not change
    }
    QCOMPARE(v.confirm(secret("")).error().code, StorageErrorCode::WrongPassphrase);
    later();

    // The recovery key, as typed, confirms too; a recovery key of another vault does not,
    // nor does the recovery key offered as a passphrase or the passphrase as a key.
    auto key = v.addRecoveryKey();
    QVERIFY(key);
    const QByteArray typed = key->toLower().toUtf8();
    QVERIFY(v.confirm(SecureBytes(typed.constData(), std::size_t(typed.size())), true));
    QCOMPARE(v.confirm(SecureBytes(typed.constData(), std::size_t(typed.size()))).error().code,
             StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.confirm(secret("pass"), true).error().code, StorageErrorCode::WrongPassphrase);
    later();
    const QByteArray other = RecoveryKey::format(RecoveryKey::generate()).toUtf8();
    QCOMPARE(v.confirm(SecureBytes(other.constData(), std::size_t(other.size())), true).error().code,
             StorageErrorCode::WrongPassphrase);
    later();

    // After a change, only the new passphrase confirms.
    QVERIFY(v.changePassphrase(secret("fresh"), Kdf::kCheapForTests));
    QCOMPARE(v.confirm(secret("pass")).error().code, StorageErrorCode::WrongPassphrase);
    later();
    QVERIFY(v.confirm(secret("fresh")));
    v.lock();
    QCOMPARE(v.confirm(secret("fresh")).error().code, StorageErrorCode::Locked);
}

void TestVaultHardening::wrongAnswersSlowDown()
{
    // Someone at an unattended window guessing: from the second wrong answer in a row, the
    // next try waits 2, 4, 8, 16, then 30 seconds; a try made sooner is refused unread.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    VaultOptions options = cheapOptions();
    options.clock = [&now] { return now; };
    auto vault = Vault::create(path, secret("pass"), secretariat(), options);
    QVERIFY(vault);
    Vault& v = **vault;
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.secondsBeforeRetry(), 0); // a typo costs nothing
    const int failuresBefore =
        queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'").toInt();
    for (int expected : {2, 4, 8, 16, 30, 30}) {
        QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
        QCOMPARE(v.secondsBeforeRetry(), expected);
        const Status early = v.confirm(secret("pass"));
        QCOMPARE(early.error().code, StorageErrorCode::TooSoon);
        QVERIFY(early.error().message.contains(QString::number(expected)));
        now = now.addSecs(expected - 1);
        QCOMPARE(v.secondsBeforeRetry(), 1);
        QCOMPARE(v.confirm(secret("pass")).error().code, StorageErrorCode::TooSoon);
        now = now.addSecs(1);
        QCOMPARE(v.secondsBeforeRetry(), 0);
    }
    // Refused tries were not guesses: only the wrong answers were logged.
    QCOMPARE(queryText(v, "SELECT count(*) FROM audit_entry WHERE action = 'unlock-failed'").toInt(),
             failuresBefore + 6);
    QVERIFY(v.confirm(secret("pass")));
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.secondsBeforeRetry(), 0); // a right answer started the count again

    // Unlocking a locked vault counts the same way, and the wait holds a right answer back.
    v.lock();
    QCOMPARE(v.unlock(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.secondsBeforeRetry(), 2);
    QCOMPARE(v.unlock(secret("pass")).error().code, StorageErrorCode::TooSoon);
    QVERIFY(v.isLocked());
    now = now.addSecs(2);
    QVERIFY(v.unlock(secret("pass")));
    QCOMPARE(v.secondsBeforeRetry(), 0);

    // Closing the vault and opening it again does not start the count over.
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE(v.confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    vault->reset();
    auto reopened = Vault::open(path, secret("pass"), options);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, StorageErrorCode::TooSoon);
    now = now.addSecs(2);
    reopened = Vault::open(path, secret("pass"), options);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));

    // The clock set back an hour never makes the wait longer than its longest step.
    QCOMPARE((*reopened)->confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE((*reopened)->confirm(secret("guess")).error().code, StorageErrorCode::WrongPassphrase);
    QCOMPARE((*reopened)->secondsBeforeRetry(), 2);
    now = now.addSecs(-3600);
    QCOMPARE((*reopened)->secondsBeforeRetry(), Vault::kMaxRetryWaitSeconds);
    now = now.addSecs(Vault::kMaxRetryWaitSeconds);
    QCOMPARE((*reopened)->secondsBeforeRetry(), 0);
    QVERIFY((*reopened)->confirm(secret("pass")));
}

void TestVaultHardening::calibrationStaysWithinTheFloorAndLimits()
{
    // Whatever this machine's speed: never below the format's floor, never past what a
    // header may hold, and more work for a longer target.
    const KdfParams quick = Kdf::calibrate(std::chrono::milliseconds(1));
    QCOMPARE(quick.log2N, Kdf::kMinimumDefault.log2N);
    QCOMPARE(quick.r, Kdf::kMinimumDefault.r);
    QCOMPARE(quick.p, Kdf::kMinimumDefault.p);
    const KdfParams slow = Kdf::calibrate(std::chrono::milliseconds(60000));
    QVERIFY(Kdf::withinLimits(slow));
    QVERIFY(slow.log2N >= quick.log2N);
    const auto cost = [](const KdfParams& k) { return (quint64(1) << k.log2N) * k.r * k.p; };
    QVERIFY2(cost(slow) > cost(quick), qPrintable(QStringLiteral("N=2^%1 p=%2").arg(slow.log2N).arg(slow.p)));
}

void TestVaultHardening::untestedSqliteIsRefused()
{
    qunsetenv("ONETEAM_ALLOW_UNTESTED_SQLITE");
    // The library linked here is the one the encryption layer was tested with.
    QVERIFY(Vault::checkSqliteVersion(sqlite3_libversion_number()));
    QVERIFY(Vault::checkSqliteVersion(3040001));
    for (int version : {3039004, 3041000, 3045001, 4000000}) {
        const Status refused = Vault::checkSqliteVersion(version);
        QCOMPARE(refused.error().code, StorageErrorCode::Unsupported);
        QVERIFY(refused.error().message.contains(QStringLiteral("ONETEAM_ALLOW_UNTESTED_SQLITE")));
    }
    QVERIFY(Vault::checkSqliteVersion(3041000).error().message.contains(QStringLiteral("3.41.0")));
    qputenv("ONETEAM_ALLOW_UNTESTED_SQLITE", "1");
    QVERIFY(Vault::checkSqliteVersion(3041000));
    qunsetenv("ONETEAM_ALLOW_UNTESTED_SQLITE");

    // Creating and opening check it: with a newer SQLite, nothing is created or opened.
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.otvault"));
    QVERIFY(Vault::create(existing, secret("pass"), secretariat(), cheapOptions()));
    const QByteArray before = fileHash(existing);
    Vault::overrideSqliteVersion(3041000);
    const QString fresh = dir.filePath(QStringLiteral("fresh.otvault"));
    auto created = Vault::create(fresh, secret("pass"), secretariat(), cheapOptions());
    auto opened = Vault::open(existing, secret("pass"), cheapOptions());
    Vault::overrideSqliteVersion(0);
    QCOMPARE(created.error().code, StorageErrorCode::Unsupported);
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(opened.error().code, StorageErrorCode::Unsupported);
    QCOMPARE(fileHash(existing), before);
    QVERIFY(Vault::open(existing, secret("pass"), cheapOptions()));
}

namespace {

// The VmFlags line of /proc/self/smaps for the mapping that holds `address`.
QByteArray vmFlagsOf(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly)) {
        return {};
    }
    const auto at = quintptr(address);
    bool inside = false;
    // /proc files have no size: read them whole rather than asking atEnd().
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool ok1 = false;
            bool ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            if (ok1 && ok2) {
                inside = at >= from && at < to;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

} // namespace

// Keys and passphrases live in OpenSSL's secure heap: left out of core dumps, locked in RAM
// where the limit allows it.
void TestVaultHardening::secretsStayOutOfSwapAndDumps()
{
    if (!secureHeapInUse()) {
        QSKIP("AddressSanitizer build: secrets stay where the sanitizer checks every access");
    }
    const SecureBytes key = secret("a passphrase to keep out of swap");
    QVERIFY(inSecureHeap(key.data()));
    const QList<QByteArray> flags = vmFlagsOf(key.data()).split(' ');
    QVERIFY2(flags.contains("dd"), vmFlagsOf(key.data()).constData()); // MADV_DONTDUMP
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &limit), 0);
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= 512 * 1024) {
        QVERIFY2(flags.contains("lo"), vmFlagsOf(key.data()).constData()); // mlock
    } else {
        qWarning("RLIMIT_MEMLOCK is %llu bytes: the secure heap is not locked here",
                 static_cast<unsigned long long>(limit.rlim_cur));
    }
    // More than the arena holds: the rest comes from ordinary memory, works, and leaves no
    // error behind on OpenSSL's queue.
    {
        ERR_clear_error();
        std::vector<SecureBytes> many;
        int outside = 0;
        for (int i = 0; i < 1200; ++i) {
            many.emplace_back(std::size_t(1024));
            many.back().data()[1023] = std::uint8_t(i);
            outside += inSecureHeap(many.back().data()) ? 0 : 1;
        }
        QVERIFY(outside > 0);
        QCOMPARE(many.at(1199).data()[1023], std::uint8_t(1199 % 256));
        QCOMPARE(ERR_peek_error(), 0UL);
    }
    QVERIFY(inSecureHeap(secret("after").data()));
    // A moved-from buffer leaves nothing behind; the new owner is still in the heap.
    SecureBytes moved = secret("moved");
    SecureBytes owner = std::move(moved);
    QVERIFY(moved.isEmpty());
    QVERIFY(inSecureHeap(owner.data()));
}

// SQLite's own memory (page cache, statements) holds decrypted pages: it is wiped on free.
void TestVaultHardening::sqliteMemoryIsWipedWhenFreed()
{
    QVERIFY(sqlitememory::wipingAllocatorActive());
    // What freeing does first: every byte of the block is zero afterwards, including any
    // malloc gave beyond the size asked for (SQLite may use them: sqlite3_msize).
    auto* probe = static_cast<unsigned char*>(sqlite3_malloc(250));
    QVERIFY(probe);
    const auto capacity = static_cast<std::size_t>(sqlite3_msize(probe));
    QVERIFY(capacity >= 250);
    std::memset(probe, 0xA5, capacity);
    sqlitememory::wipeBlock(probe);
    QVERIFY(std::all_of(probe, probe + capacity, [](unsigned char b) { return b == 0; }));
    sqlite3_free(probe);
    const std::uint64_t before = sqlitememory::bytesWiped();
    void* block = sqlite3_malloc(1000);
    QVERIFY(block);
    QVERIFY(sqlite3_msize(block) >= 1000);
    std::memset(block, 'x', 1000);
    block = sqlite3_realloc(block, 5000); // grows: the old block is wiped too
    QVERIFY(block);
    QCOMPARE(static_cast<const char*>(block)[999], 'x');
    sqlite3_free(block);
    QVERIFY(sqlitememory::bytesWiped() >= before + 6000);
    // A vault's page cache goes the same way when it locks.
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("office.otvault")), secret("pass"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    insertRows(**vault, 200);
    const std::uint64_t open = sqlitememory::bytesWiped();
    (*vault)->lock();
    QVERIFY(sqlitememory::bytesWiped() > open + 4096 * 10);
}

QTEST_GUILESS_MAIN(TestVaultHardening)
#include "tst_vault_hardening.moc"
