#include "CipherFile.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace oneteam::vfs {

namespace {

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

void cacheFrame(FrameBindings& frames, std::int64_t index, const void* page)
{
    if (frames.cachedIndex.empty()) {
        try {
            frames.cached.resize(FrameBindings::kCachedFrames * std::size_t(kPage));
            frames.cachedIndex.assign(FrameBindings::kCachedFrames, -1);
        } catch (const std::bad_alloc&) {
            frames.cached.clear(); // no memory for it: frames are read from the file
            frames.cachedIndex.clear();
            return;
        }
    }
    const std::size_t slot = std::size_t(index) % FrameBindings::kCachedFrames;
    std::memcpy(frames.cached.data() + slot * std::size_t(kPage), page, std::size_t(kPage));
    frames.cachedIndex[slot] = index;
}

bool takeCachedFrame(const FrameBindings& frames, std::int64_t index, void* out)
{
    const std::size_t slot = std::size_t(index) % FrameBindings::kCachedFrames;
    if (frames.cachedIndex.empty() || frames.cachedIndex[slot] != index) {
        return false;
    }
    std::memcpy(out, frames.cached.data() + slot * std::size_t(kPage), std::size_t(kPage));
    return true;
}

} // namespace

FrameBindings::~FrameBindings()
{
    if (!cached.empty()) {
        OPENSSL_cleanse(cached.data(), cached.size());
    }
}

void forgetFrames(CipherFile* file)
{
    file->frames->values.clear();
    file->frames->known.clear();
    file->frames->writtenHere.clear();
    // The log starts a new generation: no old frame is served again. Their clear pages
    // stay, like the pages in SQLite's own cache, until new frames overwrite them or the
    // file closes (~FrameBindings), instead of wiping 4 MiB at every restart of the log
    // only to overwrite it.
    std::fill(file->frames->cachedIndex.begin(), file->frames->cachedIndex.end(), -1);
}

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
    if (pageOnly && takeCachedFrame(*file->frames, (offset - kWalHeader) / kWalFrame, buf)) {
        return SQLITE_OK;
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

int writeWal(CipherFile* file, const void* buf, int amt, sqlite3_int64 offset)
{
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
            // The header that waited for this page: mask its checksums with the page's
            // nonce, and write header and page in one go.
            file->headerPending = false;
            if (!maskBytes(file, file->scratch + PageCipher::kPayload, std::uint64_t(index),
                           file->pendingHeader + kFrameChecksums, 8)) {
                return SQLITE_IOERR_WRITE;
            }
            std::memcpy(file->frameHeader, file->pendingHeader, sizeof file->frameHeader);
            const int rc =
                file->real->pMethods->xWrite(file->real, file->frameHeader, int(kWalFrame), headerOffset);
            if (rc == SQLITE_OK) {
                cacheFrame(frames, index, buf);
            }
            return rc;
        }
        const int rc = file->real->pMethods->xWrite(file->real, file->scratch, int(kPage), offset);
        if (rc == SQLITE_OK) {
            cacheFrame(frames, index, buf);
        }
        return rc;
    }
    if (const int flushed = flushPendingHeader(file); flushed != SQLITE_OK) {
        return flushed;
    }
    if (amt == kWalHeader && offset == 0) {
        forgetFrames(file); // a new generation of the log starts
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
}

} // namespace oneteam::vfs
