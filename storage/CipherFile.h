#pragma once

// The pieces CipherVfs's files share: the per-connection context, the file object SQLite
// allocates for each open file, and the per-role read and write paths (main file in
// CipherVfs.cpp, write-ahead log in CipherWal.cpp, rollback journal in CipherJournal.cpp).
// Private to storage/.

#include "CipherVfs.h"
#include "PageCipher.h"
#include "ReadAhead.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace oneteam::vfs {

constexpr std::int64_t kPage = std::int64_t(PageCipher::kPageSize);

constexpr std::int64_t kWalHeader = 32;

constexpr std::int64_t kWalFrameHeader = 24;

constexpr std::int64_t kWalFrame = kWalFrameHeader + kPage;

constexpr int kFrameChecksums = 16; // bytes 16..23 of a frame header

// What the files of one connection share: the cipher and the damage they found.
struct Context
{
    std::shared_ptr<PageCipher> cipher;
    std::unique_ptr<ReadAhead> readAhead; // may be null
    CipherVfs::Damage damage;
};

// What a WAL's frame headers say about each frame (page number and commit size),
// remembered as SQLite writes or reads them so a page read rarely needs the header again.
struct FrameBindings
{
    std::vector<std::uint64_t> values;
    std::vector<bool> known;
    std::vector<bool> writtenHere; // frames this connection wrote: never "torn" to it

    // The clear pages of the frames this connection wrote last, so that a checkpoint
    // (which reads each frame back to copy it into the main file) and reads of pages
    // still in the log neither read the disk nor decrypt again. Kept like SQLite's own
    // page cache: in memory while the connection is open, wiped when the file closes.
    static constexpr std::size_t kCachedFrames = 1024; // 4 MiB, SQLite's checkpoint interval
    std::vector<std::uint8_t> cached;                  // kCachedFrames pages, allocated on first use
    std::vector<std::int64_t> cachedIndex;             // the frame held in each slot, -1 for none
    ~FrameBindings();
};

// Rollback-journal headers this connection sealed or verified, by offset: reads of a
// header are answered from here, so what the file says later is never believed
// (docs/vault-format.md §10a, "Journal headers sealed").
struct JournalHeaders
{
    struct Header
    {
        sqlite3_int64 offset;
        std::uint8_t bytes[28]; // magic, record count, checksum nonce, database size, sector, page
    };
    std::vector<Header> known; // sorted by offset
    // The checksum SQLite must read after the page record it read last (when known).
    bool expectChecksum = false;
    std::uint32_t expected = 0;
};

struct CipherFile
{
    sqlite3_file base;
    sqlite3_file* real; // the default VFS's file, allocated right after this struct
    PageCipher::Role role;
    Context* context; // owned through `holder`
    std::shared_ptr<Context>* holder;
    FrameBindings* frames;           // WAL only
    JournalHeaders* headers;         // journal only
    sqlite3_int64 journalPgnoOffset; // journal only: where the last page number was
    std::uint32_t journalPgno;
    // WAL: a frame header waits for its page, whose nonce masks the header's checksums.
    bool headerPending;
    sqlite3_int64 pendingOffset;
    std::uint8_t pendingHeader[24];
    // Journal: the last page record seen, whose nonce masks the checksum after it.
    sqlite3_int64 journalDataOffset;
    std::uint8_t journalNonce[PageCipher::kNonceSize];
    // A WAL frame as it goes to disk in one write: its header, then the encrypted page.
    // Every other role uses the page part alone (`scratch`).
    std::uint8_t frameHeader[kWalFrameHeader];
    std::uint8_t scratch[PageCipher::kPageSize];
};
static_assert(offsetof(CipherFile, scratch) == offsetof(CipherFile, frameHeader) + kWalFrameHeader,
              "a frame's header and page are written from one buffer");

inline CipherFile* cf(sqlite3_file* f)
{
    return reinterpret_cast<CipherFile*>(f);
}

inline std::uint32_t get32be(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Shared by the roles (CipherVfs.cpp).
void markDamage(CipherFile* file, std::int64_t page);
bool maskBytes(CipherFile* file, const std::uint8_t* nonce, std::uint64_t position, std::uint8_t* bytes,
               int count);
int readPhysical(CipherFile* file, void* buf, int amt, sqlite3_int64 offset, bool* shortRead);
bool encryptPage(CipherFile* file, const void* buf, PageCipher::Role role, std::uint64_t index,
                 std::uint64_t binding);

// The write-ahead log (CipherWal.cpp).
int readWal(CipherFile* file, void* buf, int amt, sqlite3_int64 offset);
int writeWal(CipherFile* file, const void* buf, int amt, sqlite3_int64 offset);
int flushPendingHeader(CipherFile* file);
void forgetFrames(CipherFile* file);

// The rollback journal (CipherJournal.cpp).
int readJournal(CipherFile* file, void* buf, int amt, sqlite3_int64 offset);
int writeJournal(CipherFile* file, const void* buf, int amt, sqlite3_int64 offset);
void forgetJournalHeaders(CipherFile* file);

} // namespace oneteam::vfs
