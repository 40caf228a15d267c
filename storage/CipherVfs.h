#pragma once

#include "PageCipher.h"
#include "ReadAhead.h"

#include <QByteArray>

#include <cstdint>
#include <memory>

namespace oneteam {

// The SQLite VFS "oneteam": wraps the system's default VFS so that every page of a
// vault's main file, write-ahead log and rollback journal is encrypted with its
// PageCipher, and the main file's pages sit behind the vault header. It refuses to
// open any other file (temporary databases, statement journals), so nothing of a
// record reaches the disk in clear. docs/vault-format.md describes the layout.
class CipherVfs
{
public:
    static constexpr const char* kName = "oneteam";
    static constexpr std::int64_t kHeaderSize = 4096;

    // Registers the VFS with SQLite once per process; false if SQLite refused.
    static bool ensureRegistered();

    // Makes a cipher available to connections opened with the URI parameter
    // otctx=<token>; the returned token is unregistered with release().
    static QByteArray attach(std::shared_ptr<PageCipher> cipher,
                             std::unique_ptr<ReadAhead> readAhead = nullptr);
    static void release(const QByteArray& token);

    // What the VFS found when a page failed authentication on this connection's files.
    struct Damage
    {
        bool found = false;
        PageCipher::Role role = PageCipher::Role::Main;
        std::int64_t page = -1; // main: page number (1-based); wal: frame (1-based); journal: byte offset
    };
    // Kept per attached cipher, so it outlives files SQLite closes after an error.
    static Damage lastDamage(const QByteArray& token);
    static void clearDamage(const QByteArray& token);

    // Pages encrypted and decrypted under the attached cipher so far (read-ahead included).
    struct Counters
    {
        std::uint64_t encrypted = 0;
        std::uint64_t decrypted = 0;
    };
    static Counters counters(const QByteArray& token);
};

} // namespace oneteam
