#include "SqliteMemory.h"

#include <sqlite3.h>

#include <malloc.h> // malloc_usable_size
#include <string.h> // explicit_bzero

#include <cstdlib>
#include <cstring>

namespace oneteam::sqlitememory {

namespace {

// Blocks come straight from malloc, and a free wipes all the bytes malloc says the block
// has: SQLite's own allocator sizes blocks the same way. (A size header of our own put
// every block one size class up, and made sorting about 15% slower.)
//
// Counted per thread: an atomic add on every free cost more than wiping the small blocks
// SQLite frees for each row it writes.
thread_local std::uint64_t t_wiped = 0;

} // namespace

void wipeBlock(void* p)
{
    const std::size_t size = malloc_usable_size(p);
    // glibc's vectorised memset, which the compiler may not remove: about twice as fast as
    // OPENSSL_cleanse's word-at-a-time loop on the blocks SQLite frees for every row.
    explicit_bzero(p, size);
    t_wiped += size;
}

namespace {

void* xMalloc(int bytes)
{
    return bytes > 0 ? std::malloc(static_cast<std::size_t>(bytes)) : nullptr;
}

void xFree(void* p)
{
    if (!p) {
        return;
    }
    wipeBlock(p);
    std::free(p);
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
    const std::size_t capacity = malloc_usable_size(p);
    if (static_cast<std::size_t>(bytes) <= capacity) {
        return p; // it fits: the block stays (all of it is wiped when freed)
    }
    // Growing moves the block, so the old one is wiped rather than left to realloc.
    void* grown = xMalloc(bytes);
    if (!grown) {
        return nullptr;
    }
    std::memcpy(grown, p, capacity);
    xFree(p);
    return grown;
}

int xSize(void* p)
{
    return p ? static_cast<int>(malloc_usable_size(p)) : 0;
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
    return t_wiped;
}

} // namespace oneteam::sqlitememory
