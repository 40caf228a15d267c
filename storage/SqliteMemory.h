#pragma once

#include <cstdint>

namespace oneteam::sqlitememory {

// SQLite allocates through OneTeam's allocator, installed when the program loads (before
// SQLite can initialise): every block SQLite frees (page cache, statements, sorter
// buffers, which hold decrypted pages) is wiped (explicit_bzero, every byte malloc gave
// it) before it goes back to the system. False when SQLite was initialised first and
// kept its own allocator.
bool wipingAllocatorActive();

// Wipes a block SQLite allocated, as freeing it does first (for tests).
void wipeBlock(void* p);

// Bytes wiped so far by frees on the calling thread (for tests and diagnostics).
std::uint64_t bytesWiped();

} // namespace oneteam::sqlitememory
