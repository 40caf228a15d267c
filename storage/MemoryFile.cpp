#include "MemoryFile.h"

#include <openssl/crypto.h>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>

namespace oneteam {

namespace {

struct Memory
{
    sqlite3_file base;
    unsigned char* data;
    sqlite3_int64 size;
    sqlite3_int64 capacity;
};

std::atomic<long long> g_opened{0};

Memory* mem(sqlite3_file* f)
{
    return reinterpret_cast<Memory*>(f);
}

int xClose(sqlite3_file* f)
{
    Memory* m = mem(f);
    if (m->data) {
        OPENSSL_cleanse(m->data, std::size_t(m->capacity));
        std::free(m->data);
    }
    m->data = nullptr;
    m->size = m->capacity = 0;
    return SQLITE_OK;
}

int xRead(sqlite3_file* f, void* buf, int amt, sqlite3_int64 offset)
{
    Memory* m = mem(f);
    const sqlite3_int64 available =
        std::max<sqlite3_int64>(0, std::min<sqlite3_int64>(amt, m->size - offset));
    if (available > 0) {
        std::memcpy(buf, m->data + offset, std::size_t(available));
    }
    if (available < amt) {
        std::memset(static_cast<unsigned char*>(buf) + available, 0, std::size_t(amt - available));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int xWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 offset)
{
    Memory* m = mem(f);
    const sqlite3_int64 end = offset + amt;
    if (end > m->capacity) {
        // Grow by copying into a new buffer and wiping the old one (realloc would leave it).
        const sqlite3_int64 capacity =
            std::max<sqlite3_int64>(end, std::max<sqlite3_int64>(4096, m->capacity * 2));
        auto* grown = static_cast<unsigned char*>(std::calloc(std::size_t(capacity), 1));
        if (!grown) {
            return SQLITE_NOMEM;
        }
        if (m->data) {
            std::memcpy(grown, m->data, std::size_t(m->size));
            OPENSSL_cleanse(m->data, std::size_t(m->capacity));
            std::free(m->data);
        }
        m->data = grown;
        m->capacity = capacity;
    }
    if (offset > m->size) {
        std::memset(m->data + m->size, 0, std::size_t(offset - m->size));
    }
    std::memcpy(m->data + offset, buf, std::size_t(amt));
    m->size = std::max(m->size, end);
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    Memory* m = mem(f);
    if (size < m->size) {
        OPENSSL_cleanse(m->data + size, std::size_t(m->size - size));
        m->size = size;
    }
    return SQLITE_OK;
}

int xSync(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    *size = mem(f)->size;
    return SQLITE_OK;
}

int xLock(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xCheckReservedLock(sqlite3_file*, int* out)
{
    *out = 0;
    return SQLITE_OK;
}

int xFileControl(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}

int xSectorSize(sqlite3_file*)
{
    return 512;
}

int xDeviceCharacteristics(sqlite3_file*)
{
    return SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

const sqlite3_io_methods g_memoryMethods = {
    1,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xLock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

} // namespace

int MemoryFile::open(sqlite3_file* file)
{
    static_assert(sizeof(Memory) <= 64, "a memory file must fit in the VFS's file space");
    Memory* m = mem(file);
    m->data = nullptr;
    m->size = 0;
    m->capacity = 0;
    m->base.pMethods = &g_memoryMethods;
    g_opened.fetch_add(1, std::memory_order_relaxed);
    return SQLITE_OK;
}

long long MemoryFile::opened()
{
    return g_opened.load(std::memory_order_relaxed);
}

} // namespace oneteam
