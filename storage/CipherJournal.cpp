#include "CipherFile.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

namespace oneteam::vfs {

namespace {

// SQLite writes a journal header as one sector (xSectorSize), at a multiple of it, and
// its records after the sector: a page number, the page, a checksum.
constexpr int kSector = 512;
constexpr int kHeader = int(PageCipher::kJournalHeader);
constexpr int kSealed = kHeader + int(PageCipher::kJournalMac); // header, then its MAC
constexpr std::int64_t kRecord = 4 + kPage + 4;
constexpr std::uint8_t kJournalMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
constexpr std::uint32_t kRecordsUnknown = 0xffffffff; // "count the records by their checksums"

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

JournalHeaders::Header* knownHeader(CipherFile* file, sqlite3_int64 offset)
{
    for (JournalHeaders::Header& header : file->headers->known) {
        if (header.offset == offset) {
            return &header;
        }
    }
    return nullptr;
}

void rememberHeader(CipherFile* file, sqlite3_int64 offset, const std::uint8_t* bytes)
{
    JournalHeaders::Header* header = knownHeader(file, offset);
    if (!header) {
        auto& known = file->headers->known;
        const auto at = std::find_if(known.begin(), known.end(),
                                     [offset](const JournalHeaders::Header& h) { return h.offset > offset; });
        header = &*known.insert(at, JournalHeaders::Header{offset, {}});
    }
    std::memcpy(header->bytes, bytes, sizeof header->bytes);
}

// The header the record starting at `recordStart` belongs to: the last one before it.
const JournalHeaders::Header* governingHeader(CipherFile* file, sqlite3_int64 recordStart)
{
    const JournalHeaders::Header* found = nullptr;
    for (const JournalHeaders::Header& header : file->headers->known) {
        if (header.offset < recordStart) {
            found = &header;
        }
    }
    return found;
}

// Puts the MAC of the header at the start of `block` right after it.
bool sealHeader(CipherFile* file, std::uint8_t* block, sqlite3_int64 offset)
{
    return file->context->cipher &&
           file->context->cipher->journalHeaderMac(std::uint64_t(offset), block, block + kHeader);
}

// SQLite's checksum of a journal record: the header's checksum nonce plus every 200th
// byte of the page, counted down from 200 bytes before its end.
std::uint32_t recordChecksum(const std::uint8_t* header, const std::uint8_t* page)
{
    std::uint32_t sum = get32be(header + 12);
    for (std::int64_t i = kPage - 200; i > 0; i -= 200) {
        sum += page[i];
    }
    return sum;
}

// Checks the records of the header at `offset` (its bytes in `header`): each page
// authenticates at its place, for its page number, and its checksum is the one SQLite
// wrote. 0 when all are, else the offset of the first that is not.
sqlite3_int64 firstBadRecord(CipherFile* file, sqlite3_int64 offset, const std::uint8_t* header)
{
    std::uint8_t record[kRecord];
    const std::uint32_t records = get32be(header + 8);
    for (std::uint32_t i = 0; i < records; ++i) {
        const sqlite3_int64 at = offset + kSector + std::int64_t(i) * kRecord;
        bool shortRead = false;
        if (readPhysical(file, record, int(kRecord), at, &shortRead) != SQLITE_OK || shortRead) {
            return at;
        }
        std::uint8_t* page = record + 4;
        std::uint8_t nonce[PageCipher::kNonceSize];
        std::memcpy(nonce, page + PageCipher::kPayload, sizeof nonce);
        if (!file->context->cipher->decrypt(page, PageCipher::Role::Journal, std::uint64_t(at + 4),
                                            get32be(record))) {
            return at + 4;
        }
        std::memset(page + PageCipher::kPayload, 0, PageCipher::kReserve);
        std::uint8_t* checksum = record + 4 + kPage;
        const bool matches = maskBytes(file, nonce, std::uint64_t(at + 4 + kPage), checksum, 4) &&
                             get32be(checksum) == recordChecksum(header, page);
        OPENSSL_cleanse(page, std::size_t(kPage));
        if (!matches) {
            return at + 4 + kPage;
        }
    }
    return 0;
}

// SQLite reads a header's magic before it believes anything the header says (the
// record count, and the database size it truncates the file to). The first time it
// meets a header it did not write in this connection (a hot journal, after a crash),
// that header and every one after it are checked before SQLite acts on any: each must
// be sealed under this vault's key at its offset, and its records whole and intact.
// So a journal that was made, changed or cut is refused before the database is touched.
int verifyHeaders(CipherFile* file, sqlite3_int64 offset)
{
    sqlite3_int64 size = 0;
    int rc = file->real->pMethods->xFileSize(file->real, &size);
    if (rc != SQLITE_OK) {
        return rc;
    }
    std::vector<JournalHeaders::Header> verified;
    for (sqlite3_int64 at = offset; at + kSealed <= size;) {
        std::uint8_t block[kSealed];
        bool shortRead = false;
        rc = readPhysical(file, block, kSealed, at, &shortRead);
        if (rc != SQLITE_OK) {
            return rc;
        }
        if (at != offset && std::memcmp(block, kJournalMagic, 8) != 0) {
            break; // the end of the journal, as SQLite will see it
        }
        std::uint8_t mac[PageCipher::kJournalMac];
        const std::uint32_t records = get32be(block + 8);
        const bool counted = records != kRecordsUnknown;
        const bool whole = !counted || size >= at + kSector + std::int64_t(records) * kRecord;
        if (!file->context->cipher ||
            !file->context->cipher->journalHeaderMac(std::uint64_t(at), block, mac) ||
            CRYPTO_memcmp(mac, block + kHeader, sizeof mac) != 0 || !whole) {
            markDamage(file, at);
            return SQLITE_IOERR_DATA;
        }
        if (counted) {
            if (const sqlite3_int64 bad = firstBadRecord(file, at, block)) {
                markDamage(file, bad);
                return SQLITE_IOERR_DATA;
            }
        }
        JournalHeaders::Header header{at, {}};
        std::memcpy(header.bytes, block, sizeof header.bytes);
        verified.push_back(header);
        if (!counted) {
            break; // SQLite finds the records' end by their checksums
        }
        const sqlite3_int64 end = at + kSector + std::int64_t(records) * kRecord;
        at = (end + kSector - 1) / kSector * kSector;
    }
    if (verified.empty()) {
        markDamage(file, offset); // the magic, and no room for a sealed header
        return SQLITE_IOERR_DATA;
    }
    for (const JournalHeaders::Header& header : verified) {
        rememberHeader(file, header.offset, header.bytes);
    }
    return SQLITE_OK;
}

} // namespace

void forgetJournalHeaders(CipherFile* file)
{
    file->headers->known.clear();
    file->headers->expectChecksum = false;
}

int readJournal(CipherFile* file, void* buf, int amt, sqlite3_int64 offset)
{
    auto* bytes = static_cast<std::uint8_t*>(buf);
    if (amt != kPage) {
        // A header this connection sealed or verified is read from its copy.
        for (const JournalHeaders::Header& header : file->headers->known) {
            if (offset >= header.offset && offset + amt <= header.offset + kHeader) {
                std::memcpy(buf, header.bytes + (offset - header.offset), std::size_t(amt));
                return SQLITE_OK;
            }
        }
    }
    bool shortRead = false;
    const int rc = readPhysical(file, buf, amt, offset, &shortRead);
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (amt != kPage) {
        if (amt == 4 && !shortRead) {
            if (offset == file->journalDataOffset + kPage) {
                // The record's checksum: unmasked, and it must be the one its page gives.
                maskBytes(file, file->journalNonce, std::uint64_t(offset), bytes, 4);
                const bool expected = file->headers->expectChecksum;
                file->headers->expectChecksum = false;
                if (expected && get32be(bytes) != file->headers->expected) {
                    markDamage(file, offset);
                    return SQLITE_IOERR_DATA;
                }
            } else {
                file->journalPgnoOffset = offset;
                file->journalPgno = get32be(bytes);
            }
        }
        if (amt == 8 && !shortRead && std::memcmp(buf, kJournalMagic, 8) == 0) {
            // Wherever SQLite finds the magic (a header, or the end of the file where a
            // super-journal's name would be, which this VFS never writes), it must be sealed.
            return verifyHeaders(file, offset);
        }
        return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK; // headers and page numbers are not secret
    }
    if (shortRead) {
        std::memset(buf, 0, std::size_t(amt));
        return SQLITE_IOERR_SHORT_READ;
    }
    std::uint32_t pgno = 0;
    if (!journalPgnoOf(file, offset, &pgno)) {
        return SQLITE_IOERR_READ;
    }
    file->journalDataOffset = offset;
    std::memcpy(file->journalNonce, bytes + PageCipher::kPayload, sizeof file->journalNonce);
    if (!file->context->cipher->decrypt(bytes, PageCipher::Role::Journal, std::uint64_t(offset), pgno)) {
        markDamage(file, offset);
        return SQLITE_IOERR_DATA;
    }
    std::memset(bytes + PageCipher::kPayload, 0, PageCipher::kReserve);
    const JournalHeaders::Header* header = governingHeader(file, offset - 4);
    file->headers->expectChecksum = header && get32be(header->bytes + 8) != kRecordsUnknown;
    if (file->headers->expectChecksum) {
        file->headers->expected = recordChecksum(header->bytes, bytes);
    }
    return SQLITE_OK;
}

int writeJournal(CipherFile* file, const void* buf, int amt, sqlite3_int64 offset)
{
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
    if (offset % kSector == 0 && (amt == kSector || amt == 12 || amt == kHeader)) {
        // A journal header: written whole (one sector, its padding zero) when a
        // transaction starts or a spill starts a new one, then its magic and record
        // count once the records are synced, and cleared at commit. Each write seals
        // what the header now says, in the same write, so a crash leaves either the old
        // header or the new one with its MAC.
        std::uint8_t* block = file->scratch;
        std::memcpy(block, buf, std::size_t(amt));
        if (amt == 12) {
            const JournalHeaders::Header* known = knownHeader(file, offset);
            if (!known) {
                return SQLITE_IOERR_WRITE; // SQLite completes only a header it wrote
            }
            std::memcpy(block + 12, known->bytes + 12, std::size_t(kHeader - 12));
        }
        bool cleared = true;
        for (int i = 0; i < kHeader; ++i) {
            cleared = cleared && block[i] == 0;
        }
        if (cleared) {
            std::memset(block + kHeader, 0, PageCipher::kJournalMac); // nothing valid stays behind
        } else if (!sealHeader(file, block, offset)) {
            return SQLITE_IOERR_WRITE;
        }
        const int rc = file->real->pMethods->xWrite(file->real, block, std::max(amt, kSealed), offset);
        if (rc == SQLITE_OK) {
            if (amt == kSector && offset == 0) {
                forgetJournalHeaders(file); // a new transaction: earlier headers are gone
            }
            if (cleared && offset == 0) {
                forgetJournalHeaders(file); // committed
            } else {
                rememberHeader(file, offset, block);
            }
        }
        return rc;
    }
    if (amt == 1 && offset % kSector == 0) {
        // SQLite disables a stale header it found past the records by zeroing its first
        // byte: its MAC goes too, so restoring the byte cannot bring the header back.
        std::uint8_t block[kSealed] = {};
        std::memcpy(block, buf, 1);
        bool shortRead = false;
        const int rc = readPhysical(file, block + 1, kHeader - 1, offset + 1, &shortRead);
        if (rc != SQLITE_OK) {
            return rc;
        }
        if (shortRead) {
            return file->real->pMethods->xWrite(file->real, buf, amt, offset); // no header fits there
        }
        if (JournalHeaders::Header* known = knownHeader(file, offset)) {
            known->bytes[0] = block[0];
        }
        return file->real->pMethods->xWrite(file->real, block, kSealed, offset);
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

} // namespace oneteam::vfs
