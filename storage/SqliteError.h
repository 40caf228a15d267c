#pragma once

#include "CipherVfs.h"
#include "StorageError.h"

struct sqlite3;

namespace oneteam {

// Turns a SQLite result code into the error the user is told about: a page that failed
// authentication (with its number), a full disk, a busy vault, or an I/O error.
StorageError sqliteError(sqlite3* db, int rc, const CipherVfs::Damage& damage = {});

} // namespace oneteam
