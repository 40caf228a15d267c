#pragma once

#include "Result.h"

#include <vector>

struct sqlite3;

namespace oneteam {

// The vault's schema, versioned with PRAGMA user_version. Migration i takes a vault
// from version i to i + 1; all pending ones run in one transaction that rolls back on
// any error, so a vault is always at one well-defined version.
class Schema
{
public:
    struct Migration
    {
        const char* description;
        const char* sql;
        // Work SQL cannot do (hashing, key generation), run after `sql` in the same
        // transaction.
        Status (*after)(sqlite3* db) = nullptr;
    };
    static const std::vector<Migration>& migrations();
    static int latestVersion() { return int(migrations().size()); }

    static Result<int> version(sqlite3* db);
    // Brings the vault to the newest version this build knows (or the given list's).
    static Status migrate(sqlite3* db, const std::vector<Migration>& list = migrations());
};

} // namespace oneteam
