#include "CipherVfs.h"

#include "MemoryFile.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <sqlite3.h>

#include <QHash>

#include <cstring>
#include <mutex>
#include <new>
#include <vector>

namespace oneteam {

namespace {

constexpr std::int64_t kPage = std::int64_t(PageCipher::kPageSize);
constexpr std::int64_t kWalHeader = 32;
constexpr std::int64_t kWalFrameHeader = 24;
constexpr std::int64_t kWalFrame = kWalFrameHeader + kPage;

// What the files of one connection share: the cipher and the damage they found.
struct Context
{
    std::shared_ptr<PageCipher> cipher;
    std::unique_ptr<ReadAhead> readAhead; // may be null
    CipherVfs::Damage damage;
};

std::mutex g_registryMutex;
QHash<QByteArray, std::shared_ptr<Context>>& registry()
{
    static QHash<QByteArray, std::shared_ptr<Context>> contexts;
    return contexts;
}

sqlite3_vfs g_vfs;
sqlite3_vfs* g_real = nullptr;

// What a WAL's frame headers say about each frame (page number and commit size),
// remembered as SQLite writes or reads them so a page read rarely needs the header again.
struct FrameBindings
{
    std::vector<std::uint64_t> values;
    std::vector<bool> known;
    std::vector<bool> writtenHere; // frames this connection wrote: never "torn" to it
};

struct CipherFile
{
    sqlite3_file base;
    sqlite3_file* real; // the default VFS's file, allocated right after this struct
    PageCipher::Role role;
    Context* context; // owned through `holder`
    std::shared_ptr<Context>* holder;
    FrameBindings* frames;           // WAL only
    sqlite3_int64 journalPgnoOffset; // journal only: where the last page number was
    std::uint32_t journalPgno;
    // WAL: a frame header waits for its page, whose nonce masks the header's checksums.
    bool headerPending;
    sqlite3_int64 pendingOffset;
    std::uint8_t pendingHeader[24];
    // Journal: the last page record seen, whose nonce masks the checksum after it.
    sqlite3_int64 journalDataOffset;
    std::uint8_t journalNonce[PageCipher::kNonceSize];
    std::uint8_t scratch[PageCipher::kPageSize];
};

CipherFile* cf(sqlite3_file* f)
{
    return reinterpret_cast<CipherFile*>(f);
}

void markDamage(CipherFile* file, std::int64_t page)
{
    Context* context = file->context;
    if (!context->damage.found) {
        context->damage = {true, file->role, page};
    }
}

std::uint32_t get32be(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// True when WAL frame `index` (0-based) lies after the second-to-last commit frame of the
// log's current generation: only the transaction being committed when a machine lost
// power can hold a torn frame; SQLite discards it as it would a bad checksum.
bool inTornTail(sqlite3_file* real, std::int64_t index)
{
    std::uint8_t header[kWalHeader];
    if (real->pMethods->xRead(real, header, int(kWalHeader), 0) != SQLITE_OK) {
        return false;
    }
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK) {
        return false;
    }
    const std::int64_t frames = (size - kWalHeader) / kWalFrame;
    std::int64_t lastCommit = -1;
    std::int64_t previousCommit = -1;
    for (std::int64_t i = 0; i < frames; ++i) {
        std::uint8_t frame[kWalFrameHeader];
        if (real->pMethods->xRead(real, frame, int(kWalFrameHeader), kWalHeader + i * kWalFrame) !=
                SQLITE_OK ||
            std::memcmp(frame + 8, header + 16, 8) != 0) {
            break; // the end of the current generation
        }
        if (get32be(frame + 4) != 0) {
            previousCommit = lastCommit;
            lastCommit = i;
        }
    }
    return index > previousCommit;
}

std::uint64_t frameBinding(const std::uint8_t* header)
{
    return std::uint64_t(get32be(header)) | (std::uint64_t(get32be(header + 4)) << 32);
}

void rememberFrame(CipherFile* file, std::int64_t index, std::uint64_t binding)
{
    FrameBindings& frames = *file->frames;
    if (std::size_t(index) >= frames.values.size()) {
        frames.values.resize(std::size_t(index) + 64);
        frames.known.resize(std::size_t(index) + 64);
    }
    frames.values[std::size_t(index)] = binding;
    frames.known[std::size_t(index)] = true;
}

// The page number and commit size of WAL frame `index`, from memory or from its header.
bool frameBindingOf(CipherFile* file, std::int64_t index, std::uint64_t* binding)
{
    const FrameBindings& frames = *file->frames;
    if (std::size_t(index) < frames.known.size() && frames.known[std::size_t(index)]) {
        *binding = frames.values[std::size_t(index)];
        return true;
    }
    std::uint8_t header[kWalFrameHeader];
    if (file->real->pMethods->xRead(file->real, header, int(kWalFrameHeader),
                                    kWalHeader + index * kWalFrame) != SQLITE_OK) {
        return false;
    }
    *binding = frameBinding(header);
    rememberFrame(file, index, *binding);
    return true;
}

// The page number of the journal record whose page starts at `offset`.
bool journalPgnoOf(CipherFile* file, sqlite3_int64 offset, std::uint32_t* pgno)
{
    if (file->journalPgnoOffset == offset - 4) {
        *pgno = file->journalPgno;
        return true;
    }
    std::uint8_t bytes[4];
    if (offset < 4 || file->real->pMethods->xRead(file->real, bytes, 4, offset - 4) != SQLITE_OK) {
        return false;
    }
    *pgno = get32be(bytes);
    return true;
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

constexpr int kFrameChecksums = 16; // bytes 16..23 of a frame header

// Writes a frame header that waited for its page, when the page is on disk already
// (SQLite rewriting checksums): its nonce is read back.
int flushPendingHeader(CipherFile* file)
{
    if (!file->headerPending) {
        return SQLITE_OK;
    }
    file->headerPending = false;
    std::uint8_t nonce[PageCipher::kNonceSize];
    const sqlite3_int64 at = file->pendingOffset + kWalFrameHeader + sqlite3_int64(PageCipher::kPayload);
    if (file->real->pMethods->xRead(file->real, nonce, int(sizeof nonce), at) != SQLITE_OK ||
        !maskBytes(file, nonce, std::uint64_t((file->pendingOffset - kWalHeader) / kWalFrame),
                   file->pendingHeader + kFrameChecksums, 8)) {
        return SQLITE_IOERR_WRITE;
    }
    return file->real->pMethods->xWrite(file->real, file->pendingHeader, int(kWalFrameHeader),
                                        file->pendingOffset);
}

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
    file->context = nullptr;
    return rc;
}

// Reads `amt` bytes at the physical offset; a read entirely past the end reports how
// much it got in *got (the rest zero-filled, as SQLite expects).
int readPhysical(CipherFile* file, void* buf, int amt, sqlite3_int64 offset, bool* shortRead)
{
    const int rc = file->real->pMethods->xRead(file->real, buf, amt, offset);
    *shortRead = rc == SQLITE_IOERR_SHORT_READ;
    return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_OK : rc;
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
            readAhead->noteRead(pageNumber);
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

int readWal(CipherFile* file, void* buf, int amt, sqlite3_int64 offset)
{
    auto* out = static_cast<std::uint8_t*>(buf);
    const bool pageOnly =
        amt == kPage && offset >= kWalHeader && (offset - kWalHeader) % kWalFrame == kWalFrameHeader;
    const bool wholeFrame =
        amt == kWalFrame && offset >= kWalHeader && (offset - kWalHeader) % kWalFrame == 0;
    if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
        return flushed;
    }
    bool shortRead = false;
    const int rc = readPhysical(file, buf, amt, offset, &shortRead);
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (!pageOnly && !wholeFrame) {
        if (!shortRead && amt == kWalFrameHeader && offset >= kWalHeader &&
            (offset - kWalHeader) % kWalFrame == 0) {
            rememberFrame(file, (offset - kWalHeader) / kWalFrame, frameBinding(out));
            // The checksums are masked with the nonce of the page that follows.
            std::uint8_t nonce[PageCipher::kNonceSize];
            const sqlite3_int64 at = offset + kWalFrameHeader + sqlite3_int64(PageCipher::kPayload);
            if (file->real->pMethods->xRead(file->real, nonce, int(sizeof nonce), at) == SQLITE_OK) {
                maskBytes(file, nonce, std::uint64_t((offset - kWalHeader) / kWalFrame),
                          out + kFrameChecksums, 8);
            }
        }
        if (!shortRead && amt == 8 && offset >= kWalHeader &&
            (offset - kWalHeader) % kWalFrame == kFrameChecksums) {
            // SQLite reading a frame's checksums alone, to continue the chain when it
            // rewrites the checksums of later frames.
            const sqlite3_int64 frame = offset - kFrameChecksums;
            std::uint8_t nonce[PageCipher::kNonceSize];
            const sqlite3_int64 at = frame + kWalFrameHeader + sqlite3_int64(PageCipher::kPayload);
            if (file->real->pMethods->xRead(file->real, nonce, int(sizeof nonce), at) != SQLITE_OK ||
                !maskBytes(file, nonce, std::uint64_t((frame - kWalHeader) / kWalFrame), out, 8)) {
                return SQLITE_IOERR_READ;
            }
        }
        return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK; // salts and page numbers are not secret
    }
    if (shortRead) {
        std::memset(buf, 0, std::size_t(amt));
        return SQLITE_IOERR_SHORT_READ;
    }
    const std::int64_t index = (offset - kWalHeader) / kWalFrame;
    std::uint8_t* page = wholeFrame ? out + kWalFrameHeader : out;
    std::uint64_t binding = 0;
    if (wholeFrame) {
        binding = frameBinding(out);
        rememberFrame(file, index, binding);
        maskBytes(file, page + PageCipher::kPayload, std::uint64_t(index), out + kFrameChecksums, 8);
    } else if (!frameBindingOf(file, index, &binding)) {
        return SQLITE_IOERR_READ;
    }
    if (file->context->cipher->decrypt(page, PageCipher::Role::Wal, std::uint64_t(index), binding)) {
        std::memset(page + PageCipher::kPayload, 0, PageCipher::kReserve);
        return SQLITE_OK;
    }
    const bool wroteIt = std::size_t(index) < file->frames->writtenHere.size() &&
                         file->frames->writtenHere[std::size_t(index)];
    if (wholeFrame && !wroteIt && inTornTail(file->real, index)) {
        // Recovery after a crash: the frame is handed back with its salt inverted, so
        // SQLite's own check rejects it whatever its checksum says, and the unfinished
        // transaction is discarded, exactly as with a torn plain frame.
        for (int i = 8; i < 16; ++i) {
            out[i] = std::uint8_t(~out[i]);
        }
        return SQLITE_OK;
    }
    markDamage(file, index + 1);
    return SQLITE_IOERR_DATA;
}

int readJournal(CipherFile* file, void* buf, int amt, sqlite3_int64 offset)
{
    bool shortRead = false;
    const int rc = readPhysical(file, buf, amt, offset, &shortRead);
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (amt != kPage) {
        if (amt == 4 && !shortRead) {
            auto* bytes = static_cast<std::uint8_t*>(buf);
            if (offset == file->journalDataOffset + kPage) {
                maskBytes(file, file->journalNonce, std::uint64_t(offset), bytes, 4); // the record's checksum
            } else {
                file->journalPgnoOffset = offset;
                file->journalPgno = get32be(bytes);
            }
        }
        return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK; // headers and page numbers are not secret
    }
    if (shortRead) {
        std::memset(buf, 0, std::size_t(amt));
        return SQLITE_IOERR_SHORT_READ;
    }
    auto* page = static_cast<std::uint8_t*>(buf);
    std::uint32_t pgno = 0;
    if (!journalPgnoOf(file, offset, &pgno)) {
        return SQLITE_IOERR_READ;
    }
    file->journalDataOffset = offset;
    std::memcpy(file->journalNonce, page + PageCipher::kPayload, sizeof file->journalNonce);
    if (!file->context->cipher->decrypt(page, PageCipher::Role::Journal, std::uint64_t(offset), pgno)) {
        markDamage(file, offset);
        return SQLITE_IOERR_DATA;
    }
    std::memset(page + PageCipher::kPayload, 0, PageCipher::kReserve);
    return SQLITE_OK;
}

int xRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 offset)
{
    CipherFile* file = cf(f);
    if (!file->context->cipher) {
        return SQLITE_IOERR_READ; // the vault was locked under this connection
    }
    switch (file->role) {
    case PageCipher::Role::Main:
        return readMain(file, buf, amt, offset);
    case PageCipher::Role::Wal:
        return readWal(file, buf, amt, offset);
    case PageCipher::Role::Journal:
        return readJournal(file, buf, amt, offset);
    }
    return SQLITE_IOERR_READ;
}

// Encrypts a page into the file's scratch buffer (its nonce then sits at kPayload).
bool encryptPage(CipherFile* file, const void* buf, PageCipher::Role role, std::uint64_t index,
                 std::uint64_t binding)
{
    // No cipher: the vault was locked under this connection.
    return file->context->cipher && file->context->cipher->encrypt(static_cast<const std::uint8_t*>(buf),
                                                                   file->scratch, role, index, binding);
}

int writePage(CipherFile* file, const void* buf, PageCipher::Role role, std::uint64_t index,
              std::uint64_t binding, sqlite3_int64 physical)
{
    if (!encryptPage(file, buf, role, index, binding)) {
        return SQLITE_IOERR_WRITE;
    }
    return file->real->pMethods->xWrite(file->real, file->scratch, int(kPage), physical);
}

int xWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 offset)
{
    CipherFile* file = cf(f);
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
        if (amt == kPage && offset >= kWalHeader && (offset - kWalHeader) % kWalFrame == kWalFrameHeader) {
            const std::int64_t index = (offset - kWalHeader) / kWalFrame;
            std::uint64_t binding = 0;
            if (!frameBindingOf(file, index, &binding)) {
                return SQLITE_IOERR_WRITE;
            }
            // The frame checksum covers the page as SQLite holds it, and reads give the
            // reserved bytes back as zeros: they must be zeros here too.
            const auto* plain = static_cast<const std::uint8_t*>(buf);
            for (std::size_t i = PageCipher::kPayload; i < PageCipher::kPageSize; ++i) {
                if (plain[i] != 0) {
                    return SQLITE_IOERR_WRITE;
                }
            }
            FrameBindings& frames = *file->frames;
            if (std::size_t(index) >= frames.writtenHere.size()) {
                frames.writtenHere.resize(std::size_t(index) + 64);
            }
            frames.writtenHere[std::size_t(index)] = true;
            const sqlite3_int64 headerOffset = offset - kWalFrameHeader;
            if (file->headerPending && file->pendingOffset != headerOffset) {
                if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
                    return flushed;
                }
            }
            if (!encryptPage(file, buf, PageCipher::Role::Wal, std::uint64_t(index), binding)) {
                return SQLITE_IOERR_WRITE;
            }
            if (file->headerPending) {
                // The header that waited for this page: mask its checksums with the page's nonce.
                file->headerPending = false;
                if (!maskBytes(file, file->scratch + PageCipher::kPayload, std::uint64_t(index),
                               file->pendingHeader + kFrameChecksums, 8)) {
                    return SQLITE_IOERR_WRITE;
                }
                const int rc = file->real->pMethods->xWrite(file->real, file->pendingHeader,
                                                            int(kWalFrameHeader), headerOffset);
                if (rc != SQLITE_OK) {
                    return rc;
                }
            }
            return file->real->pMethods->xWrite(file->real, file->scratch, int(kPage), offset);
        }
        if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
            return flushed;
        }
        if (amt == kWalHeader && offset == 0) {
            file->frames->values.clear(); // a new generation of the log starts
            file->frames->known.clear();
            file->frames->writtenHere.clear();
            return file->real->pMethods->xWrite(file->real, buf, amt, offset);
        }
        if (amt == kWalFrameHeader && offset >= kWalHeader && (offset - kWalHeader) % kWalFrame == 0) {
            rememberFrame(file, (offset - kWalHeader) / kWalFrame,
                          frameBinding(static_cast<const std::uint8_t*>(buf)));
            // Held back until its page is written (or, when SQLite rewrites checksums of
            // frames on disk, until the next operation), to mask its checksums.
            std::memcpy(file->pendingHeader, buf, sizeof file->pendingHeader);
            file->pendingOffset = offset;
            file->headerPending = true;
            return SQLITE_OK;
        }
        return SQLITE_IOERR_WRITE;
    case PageCipher::Role::Journal:
        if (amt == kPage) {
            std::uint32_t pgno = 0;
            if (!journalPgnoOf(file, offset, &pgno) ||
                !encryptPage(file, buf, PageCipher::Role::Journal, std::uint64_t(offset), pgno)) {
                return SQLITE_IOERR_WRITE;
            }
            file->journalDataOffset = offset;
            std::memcpy(file->journalNonce, file->scratch + PageCipher::kPayload, sizeof file->journalNonce);
            return file->real->pMethods->xWrite(file->real, file->scratch, int(kPage), offset);
        }
        if (amt == 4 && offset == file->journalDataOffset + kPage) {
            // The record's checksum, masked with its page's nonce.
            std::uint8_t checksum[4];
            std::memcpy(checksum, buf, 4);
            if (!maskBytes(file, file->journalNonce, std::uint64_t(offset), checksum, 4)) {
                return SQLITE_IOERR_WRITE;
            }
            return file->real->pMethods->xWrite(file->real, checksum, 4, offset);
        }
        if (amt < kPage) {
            if (amt == 4) {
                file->journalPgnoOffset = offset;
                file->journalPgno = get32be(static_cast<const std::uint8_t*>(buf));
            }
            return file->real->pMethods->xWrite(file->real, buf, amt, offset);
        }
        return SQLITE_IOERR_WRITE;
    }
    return SQLITE_IOERR_WRITE;
}

sqlite3_int64 physicalOffset(CipherFile* file, sqlite3_int64 logical)
{
    return file->role == PageCipher::Role::Main ? logical + CipherVfs::kHeaderSize : logical;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    CipherFile* file = cf(f);
    if (file->frames) {
        file->frames->values.clear();
        file->frames->known.clear();
        file->frames->writtenHere.clear();
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
    return caps & (SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_POWERSAFE_OVERWRITE |
                   SQLITE_IOCAP_UNDELETABLE_WHEN_OPEN | SQLITE_IOCAP_IMMUTABLE);
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
    if (role == PageCipher::Role::Wal) {
        file->frames = new (std::nothrow) FrameBindings;
        if (!file->frames) {
            delete file->holder;
            file->holder = nullptr;
            file->real->pMethods->xClose(file->real);
            return SQLITE_NOMEM;
        }
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
