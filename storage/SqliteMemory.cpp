#include "SqliteMemory.h"

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace oneteam::sqlitememory {

namespace {

// Each block carries its size in front, so a free knows how much to wipe. 16 bytes keep
// the 16-byte alignment malloc gives (SQLite needs 8).
constexpr std::size_t kHeader = 16;
std::atomic<std::uint64_t> g_wiped{0};

std::size_t sizeOf(void* p)
{
    std::size_t size = 0;
    std::memcpy(&size, static_cast<unsigned char*>(p) - kHeader, sizeof size);
    return size;
}

} // namespace

void wipeBlock(void* p)
{
    const std::size_t size = sizeOf(p);
    OPENSSL_cleanse(p, size);
    g_wiped.fetch_add(size, std::memory_order_relaxed);
}

namespace {

void* xMalloc(int bytes)
{
    if (bytes <= 0) {
        return nullptr;
    }
    const auto size = static_cast<std::size_t>(bytes);
    auto* base = static_cast<unsigned char*>(std::malloc(size + kHeader));
    if (!base) {
        return nullptr;
    }
    std::memcpy(base, &size, sizeof size);
    return base + kHeader;
}

void xFree(void* p)
{
    if (!p) {
        return;
    }
    wipeBlock(p);
    std::free(static_cast<unsigned char*>(p) - kHeader);
}

void* xRealloc(void* p, int bytes)
{
    if (!p) {
        return xMalloc(bytes);
    }
    if (bytes <= 0) {
        xFree(p);
        return nullptr;
    }
    const std::size_t old = sizeOf(p);
    if (static_cast<std::size_t>(bytes) <= old) {
        return p; // shrinking keeps the block (its full size is wiped when freed)
    }
    // Growing moves the block, so the old one is wiped rather than left to realloc.
    void* grown = xMalloc(bytes);
    if (!grown) {
        return nullptr;
    }
    std::memcpy(grown, p, old);
    xFree(p);
    return grown;
}

int xSize(void* p)
{
    return p ? static_cast<int>(sizeOf(p)) : 0;
}

int xRoundup(int bytes)
{
    return (bytes + 7) & ~7;
}

int xInit(void*)
{
    return SQLITE_OK;
}

void xShutdown(void*) {}

const sqlite3_mem_methods kMethods{xMalloc, xFree, xRealloc, xSize, xRoundup, xInit, xShutdown, nullptr};

// Runs when the program loads, before anything can initialise SQLite.
const bool g_active = sqlite3_config(SQLITE_CONFIG_MALLOC, &kMethods) == SQLITE_OK;

} // namespace

bool wipingAllocatorActive()
{
    // Installed at load, and seen to work: a block SQLite frees comes back through it.
    static const bool verified = g_active && [] {
        const std::uint64_t before = bytesWiped();
        sqlite3_free(sqlite3_malloc(64));
        return bytesWiped() >= before + 64;
    }();
    return verified;
}

std::uint64_t bytesWiped()
{
    return g_wiped.load(std::memory_order_relaxed);
}

} // namespace oneteam::sqlitememory
