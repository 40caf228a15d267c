#include "CipherVfs.h"

#include "CipherFile.h"
#include "MemoryFile.h"
#include "SqliteMemory.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <sqlite3.h>

#include <QHash>

#include <cstring>
#include <mutex>
#include <new>
#include <vector>

namespace oneteam {

namespace vfs {

void markDamage(CipherFile* file, std::int64_t page)
{
    Context* context = file->context;
    if (!context->damage.found) {
        context->damage = {true, file->role, page};
    }
}

// SQLite's WAL and journal checksums are computed over the clear page; on disk they are
// XORed with a mask only the key gives (docs/vault-format.md), so they tell nothing.
bool maskBytes(CipherFile* file, const std::uint8_t* nonce, std::uint64_t position, std::uint8_t* bytes,
               int count)
{
    std::uint8_t mask[16];
    if (!file->context->cipher || !file->context->cipher->checksumMask(nonce, position, mask)) {
        return false;
    }
    for (int i = 0; i < count; ++i) {
        bytes[i] ^= mask[i];
    }
    return true;
}

// Reads `amt` bytes at the physical offset; a read entirely past the end reports how
// much it got in *got (the rest zero-filled, as SQLite expects).
int readPhysical(CipherFile* file, void* buf, int amt, sqlite3_int64 offset, bool* shortRead)
{
    const int rc = file->real->pMethods->xRead(file->real, buf, amt, offset);
    *shortRead = rc == SQLITE_IOERR_SHORT_READ;
    return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_OK : rc;
}

// Encrypts a page into the file's scratch buffer (its nonce then sits at kPayload).
bool encryptPage(CipherFile* file, const void* buf, PageCipher::Role role, std::uint64_t index,
                 std::uint64_t binding)
{
    // No cipher: the vault was locked under this connection.
    return file->context->cipher && file->context->cipher->encrypt(static_cast<const std::uint8_t*>(buf),
                                                                   file->scratch, role, index, binding);
}

} // namespace vfs

using namespace vfs;

namespace {

std::mutex g_registryMutex;

QHash<QByteArray, std::shared_ptr<Context>>& registry()
{
    static QHash<QByteArray, std::shared_ptr<Context>> contexts;
    return contexts;
}

sqlite3_vfs g_vfs;

sqlite3_vfs* g_real = nullptr;

int xClose(sqlite3_file* f)
{
    CipherFile* file = cf(f);
    int rc = SQLITE_OK;
    if (file->real->pMethods) {
        if (file->role == PageCipher::Role::Wal && file->context) {
            rc = flushPendingHeader(file);
        }
        const int closed = file->real->pMethods->xClose(file->real);
        rc = rc == SQLITE_OK ? closed : rc;
    }
    OPENSSL_cleanse(file->scratch, sizeof file->scratch);
    delete file->holder;
    file->holder = nullptr;
    delete file->frames;
    file->frames = nullptr;
    delete file->headers;
    file->headers = nullptr;
    file->context = nullptr;
    return rc;
}

bool allZero(const std::uint8_t* p, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (p[i]) {
            return false;
        }
    }
    return true;
}

int readMainPage(CipherFile* file, std::uint8_t* page, std::int64_t pageNumber)
{
    bool shortRead = false;
    const int rc =
        readPhysical(file, page, int(kPage), CipherVfs::kHeaderSize + (pageNumber - 1) * kPage, &shortRead);
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (shortRead) {
        // Entirely past the end is how SQLite probes an empty file; a partial page is damage.
        if (allZero(page, std::size_t(kPage))) {
            return SQLITE_IOERR_SHORT_READ;
        }
        markDamage(file, pageNumber);
        return SQLITE_IOERR_DATA;
    }
    if (!file->context->cipher->decrypt(page, PageCipher::Role::Main, std::uint64_t(pageNumber))) {
        markDamage(file, pageNumber);
        return SQLITE_IOERR_DATA;
    }
    std::memset(page + PageCipher::kPayload, 0, PageCipher::kReserve);
    return SQLITE_OK;
}

int readMain(CipherFile* file, void* buf, int amt, sqlite3_int64 offset)
{
    if (amt == kPage && offset % kPage == 0) {
        const std::int64_t pageNumber = offset / kPage + 1;
        ReadAhead* readAhead = file->context->readAhead.get();
        if (readAhead && readAhead->take(pageNumber, static_cast<std::uint8_t*>(buf))) {
            return SQLITE_OK;
        }
        const int rc = readMainPage(file, static_cast<std::uint8_t*>(buf), pageNumber);
        if (readAhead && rc == SQLITE_OK) {
            readAhead->noteRead(pageNumber);
        }
        return rc;
    }
    // A slice of one page (SQLite reads the 100-byte database header this way).
    const std::int64_t pageNumber = offset / kPage + 1;
    const std::int64_t within = offset % kPage;
    if (amt <= 0 || within + amt > kPage) {
        return SQLITE_IOERR_READ;
    }
    const int rc = readMainPage(file, file->scratch, pageNumber);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        std::memset(buf, 0, std::size_t(amt));
        return rc;
    }
    if (rc == SQLITE_OK) {
        std::memcpy(buf, file->scratch + within, std::size_t(amt));
    }
    return rc;
}

int xRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 offset)
{
    CipherFile* file = cf(f);
    if (!file->context->cipher) {
        return SQLITE_IOERR_READ; // the vault was locked under this connection
    }
    try { // no C++ exception may cross into SQLite: the bookkeeping tables allocate
        switch (file->role) {
        case PageCipher::Role::Main:
            return readMain(file, buf, amt, offset);
        case PageCipher::Role::Wal:
            return readWal(file, buf, amt, offset);
        case PageCipher::Role::Journal:
            return readJournal(file, buf, amt, offset);
        }
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM;
    }
    return SQLITE_IOERR_READ;
}

int writePage(CipherFile* file, const void* buf, PageCipher::Role role, std::uint64_t index,
              std::uint64_t binding, sqlite3_int64 physical)
{
    if (!encryptPage(file, buf, role, index, binding)) {
        return SQLITE_IOERR_WRITE;
    }
    return file->real->pMethods->xWrite(file->real, file->scratch, int(kPage), physical);
}

int writeRole(CipherFile* file, const void* buf, int amt, sqlite3_int64 offset)
{
    switch (file->role) {
    case PageCipher::Role::Main:
        // SQLite writes whole pages to the main file; anything else would leave clear text.
        if (amt != kPage || offset % kPage != 0) {
            return SQLITE_IOERR_WRITE;
        }
        if (file->context->readAhead) {
            file->context->readAhead->invalidate();
        }
        return writePage(file, buf, PageCipher::Role::Main, std::uint64_t(offset / kPage + 1), 0,
                         offset + CipherVfs::kHeaderSize);
    case PageCipher::Role::Wal:
        return writeWal(file, buf, amt, offset);
    case PageCipher::Role::Journal:
        return writeJournal(file, buf, amt, offset);
    }
    return SQLITE_IOERR_WRITE;
}

int xWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 offset)
{
    try {
        return writeRole(cf(f), buf, amt, offset);
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM;
    }
}
sqlite3_int64 physicalOffset(CipherFile* file, sqlite3_int64 logical)
{
    return file->role == PageCipher::Role::Main ? logical + CipherVfs::kHeaderSize : logical;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    CipherFile* file = cf(f);
    if (file->frames) {
        forgetFrames(file);
    }
    if (file->headers) {
        forgetJournalHeaders(file);
    }
    file->journalPgnoOffset = -1;
    file->journalDataOffset = -1;
    if (file->role == PageCipher::Role::Wal) {
        if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
            return flushed;
        }
    }
    if (file->role == PageCipher::Role::Main && file->context->readAhead) {
        file->context->readAhead->invalidate();
    }
    return file->real->pMethods->xTruncate(file->real, physicalOffset(file, size));
}

int xSync(sqlite3_file* f, int flags)
{
    CipherFile* file = cf(f);
    if (file->role == PageCipher::Role::Wal) {
        if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
            return flushed;
        }
    }
    return file->real->pMethods->xSync(file->real, flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    CipherFile* file = cf(f);
    if (file->role == PageCipher::Role::Wal) {
        if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
            return flushed;
        }
    }
    const int rc = file->real->pMethods->xFileSize(file->real, size);
    if (rc == SQLITE_OK && file->role == PageCipher::Role::Main) {
        *size = *size > CipherVfs::kHeaderSize ? *size - CipherVfs::kHeaderSize : 0;
    }
    return rc;
}

int xLock(sqlite3_file* f, int level)
{
    return cf(f)->real->pMethods->xLock(cf(f)->real, level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return cf(f)->real->pMethods->xUnlock(cf(f)->real, level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return cf(f)->real->pMethods->xCheckReservedLock(cf(f)->real, out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    CipherFile* file = cf(f);
    if (op == SQLITE_FCNTL_SIZE_HINT && file->role == PageCipher::Role::Main) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + CipherVfs::kHeaderSize;
        return file->real->pMethods->xFileControl(file->real, op, &hint);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        *static_cast<sqlite3_int64*>(arg) = 0; // memory mapping would expose ciphertext as pages
        return SQLITE_OK;
    }
    return file->real->pMethods->xFileControl(file->real, op, arg);
}

int xSectorSize(sqlite3_file*)
{
    // A 512-byte sector keeps rollback-journal headers shorter than a page, so every
    // page-sized journal write is a page record.
    return 512;
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    const int caps = cf(f)->real->pMethods->xDeviceCharacteristics(cf(f)->real);
    // Power-safe overwrite is always stated, whatever the file below says (psow=0 in a
    // URI, or a SQLite built without it). Without it SQLite pads each WAL commit to a
    // sector boundary and splits frame writes at that boundary, which no page cipher can
    // encrypt: every commit would fail. With it SQLite behaves as its Unix default does;
    // a sector torn by a later write then only drops the last transaction (§3.5).
    return (caps & (SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_UNDELETABLE_WHEN_OPEN |
                    SQLITE_IOCAP_IMMUTABLE)) |
           SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return cf(f)->real->pMethods->xShmMap(cf(f)->real, page, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return cf(f)->real->pMethods->xShmLock(cf(f)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    cf(f)->real->pMethods->xShmBarrier(cf(f)->real);
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return cf(f)->real->pMethods->xShmUnmap(cf(f)->real, deleteFlag);
}

const sqlite3_io_methods g_methods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    CipherFile* file = cf(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->real->pMethods = nullptr;
    file->holder = nullptr;
    file->context = nullptr;
    file->frames = nullptr;
    file->headers = nullptr;
    file->journalPgnoOffset = -1;
    file->journalPgno = 0;
    file->headerPending = false;
    file->pendingOffset = -1;
    file->journalDataOffset = -1;

    PageCipher::Role role;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        role = PageCipher::Role::Main;
    } else if (flags & SQLITE_OPEN_WAL) {
        role = PageCipher::Role::Wal;
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) {
        role = PageCipher::Role::Journal;
    } else if (flags & (SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_TEMP_DB |
                        SQLITE_OPEN_TRANSIENT_DB)) {
        // Sorter spills, statement journals and temporary tables stay in memory.
        if (outFlags) {
            *outFlags = flags;
        }
        return MemoryFile::open(f);
    } else {
        return SQLITE_CANTOPEN; // any other file would sit outside the cipher: refuse it
    }
    if (!name) {
        return SQLITE_CANTOPEN;
    }
    const char* token = sqlite3_uri_parameter(sqlite3_filename_database(name), "otctx");
    std::shared_ptr<Context> context;
    if (token) {
        std::lock_guard<std::mutex> guard(g_registryMutex);
        context = registry().value(QByteArray(token));
    }
    if (!context || !context->cipher) {
        return SQLITE_CANTOPEN; // no key: never open a vault file in clear
    }
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (file->real->pMethods) {
            file->real->pMethods->xClose(file->real);
        }
        return rc;
    }
    file->role = role;
    file->holder = new (std::nothrow) std::shared_ptr<Context>(std::move(context));
    if (!file->holder) {
        file->real->pMethods->xClose(file->real);
        return SQLITE_NOMEM;
    }
    file->context = file->holder->get();
    if (role == PageCipher::Role::Journal) {
        file->headers = new (std::nothrow) JournalHeaders;
    } else if (role == PageCipher::Role::Wal) {
        file->frames = new (std::nothrow) FrameBindings;
    }
    if ((role == PageCipher::Role::Journal && !file->headers) ||
        (role == PageCipher::Role::Wal && !file->frames)) {
        delete file->holder;
        file->holder = nullptr;
        file->real->pMethods->xClose(file->real);
        return SQLITE_NOMEM;
    }
    file->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}

void* xDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // no extensions are loaded into a vault
}

void xDlError(sqlite3_vfs*, int n, char* out)
{
    sqlite3_snprintf(n, out, "loadable extensions are disabled");
}

void (*xDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}

void xDlClose(sqlite3_vfs*, void*) {}

int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return RAND_bytes(reinterpret_cast<unsigned char*>(out), n) == 1 ? n : 0;
}

int xSleep(sqlite3_vfs*, int micros)
{
    return g_real->xSleep(g_real, micros);
}

int xCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}

int xGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

bool CipherVfs::ensureRegistered()
{
    // Decrypted pages live in SQLite's memory: without the wiping allocator, fail closed.
    if (!sqlitememory::wipingAllocatorActive()) {
        return false;
    }
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real || g_real->iVersion < 2) {
            return;
        }
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(CipherFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = kName;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        registered = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return registered;
}

QByteArray CipherVfs::attach(std::shared_ptr<PageCipher> cipher, std::unique_ptr<ReadAhead> readAhead)
{
    std::uint8_t random[16];
    if (RAND_bytes(random, sizeof random) != 1) {
        return {};
    }
    const QByteArray token = QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
    auto context = std::make_shared<Context>();
    context->cipher = std::move(cipher);
    context->readAhead = std::move(readAhead);
    std::lock_guard<std::mutex> guard(g_registryMutex);
    registry().insert(token, std::move(context));
    return token;
}

void CipherVfs::release(const QByteArray& token)
{
    std::shared_ptr<Context> context;
    {
        std::lock_guard<std::mutex> guard(g_registryMutex);
        context = registry().take(token);
    }
    if (context) {
        // Files SQLite still holds (a connection kept alive by an unfinished statement)
        // fail closed from now on; the key schedule and prepared pages go now.
        context->readAhead.reset();
        context->cipher.reset();
    }
}

CipherVfs::Damage CipherVfs::lastDamage(const QByteArray& token)
{
    std::lock_guard<std::mutex> guard(g_registryMutex);
    const std::shared_ptr<Context> context = registry().value(token);
    return context ? context->damage : Damage{};
}

CipherVfs::Counters CipherVfs::counters(const QByteArray& token)
{
    std::lock_guard<std::mutex> guard(g_registryMutex);
    const std::shared_ptr<Context> context = registry().value(token);
    if (!context) {
        return {};
    }
    const std::uint64_t ahead = context->readAhead ? context->readAhead->pagesDecrypted() : 0;
    return {context->cipher->pagesEncrypted(), context->cipher->pagesDecrypted() + ahead};
}

void CipherVfs::clearDamage(const QByteArray& token)
{
    std::lock_guard<std::mutex> guard(g_registryMutex);
    if (const std::shared_ptr<Context> context = registry().value(token)) {
        context->damage = {};
    }
}

} // namespace oneteam
