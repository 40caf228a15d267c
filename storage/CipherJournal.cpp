#include "CipherFile.h"

#include <cstring>

namespace oneteam::vfs {

namespace {

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
