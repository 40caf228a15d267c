#include "CipherFile.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

namespace oneteam::vfs {

namespace {

// SQLite writes a journal header as one sector (xSectorSize), at a multiple of it.
constexpr int kSector = 512;
constexpr int kHeader = int(PageCipher::kJournalHeader);
constexpr int kSealed = kHeader + int(PageCipher::kJournalMac); // header, then its MAC
constexpr std::uint8_t kJournalMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};

// Puts the MAC of the header at the start of `block` right after it.
bool sealHeader(CipherFile* file, std::uint8_t* block, sqlite3_int64 offset)
{
    return file->context->cipher &&
           file->context->cipher->journalHeaderMac(std::uint64_t(offset), block, block + kHeader);
}

// SQLite reads a header's magic before it believes anything the header says (the
// record count, and the database size it truncates the file to): only a header sealed
// under this vault's key, at this offset, may be believed.
int verifyHeader(CipherFile* file, sqlite3_int64 offset)
{
    std::uint8_t block[kSealed];
    bool shortRead = false;
    const int rc = readPhysical(file, block, kSealed, offset, &shortRead);
    if (rc != SQLITE_OK) {
        return rc;
    }
    std::uint8_t mac[PageCipher::kJournalMac];
    if (shortRead || !file->context->cipher ||
        !file->context->cipher->journalHeaderMac(std::uint64_t(offset), block, mac) ||
        CRYPTO_memcmp(mac, block + kHeader, sizeof mac) != 0) {
        markDamage(file, offset);
        return SQLITE_IOERR_DATA;
    }
    return SQLITE_OK;
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

} // namespace

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
        if (amt == 8 && !shortRead && offset % kSector == 0 && std::memcmp(buf, kJournalMagic, 8) == 0) {
            return verifyHeader(file, offset);
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
        // A journal header: written whole (one sector, its padding zero), then its magic
        // and record count once the records are synced, and cleared at commit. Each
        // write seals what the header now says, in the same write, so a crash leaves
        // either the old header or the new one with its MAC.
        std::uint8_t* block = file->scratch;
        std::memcpy(block, buf, std::size_t(amt));
        if (amt == 12) {
            bool shortRead = false;
            const int rc = readPhysical(file, block + 12, kHeader - 12, offset + 12, &shortRead);
            if (rc != SQLITE_OK || shortRead) {
                return SQLITE_IOERR_WRITE;
            }
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
        return file->real->pMethods->xWrite(file->real, block, std::max(amt, kSealed), offset);
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
