// Test helper: opens a vault (passphrase from ONETEAM_PASSPHRASE) and commits numbered
// transactions until killed, printing "committed N" after each commit returns.
// Usage: vault_writer PATH [--busy-probe]
//   --busy-probe: only try to open and print the error code name, then exit.
//   --fill: commit 64 KiB rows until a write fails; print "error CODE MESSAGE" and exit 0.
//   --passwd: change the passphrase to ONETEAM_NEW_PASSPHRASE; print "error ..." or "changed".
#include "Vault.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstdio>

using namespace oneteam;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: vault_writer PATH [--busy-probe]\n");
        return 1;
    }
    QByteArray pass = qgetenv("ONETEAM_PASSPHRASE");
    auto vault = Vault::open(args.at(1), SecureBytes::takeFrom(pass));
    if (args.contains(QStringLiteral("--busy-probe"))) {
        std::printf("%s\n", vault                                          ? "opened"
                            : vault.error().code == StorageErrorCode::Busy ? "busy"
                                                                           : "other");
        return 0;
    }
    if (!vault) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(vault.error().message));
        return 2;
    }
    if (args.contains(QStringLiteral("--passwd"))) {
        QByteArray next = qgetenv("ONETEAM_NEW_PASSPHRASE");
        const Status changed = (*vault)->changePassphrase(SecureBytes::takeFrom(next), Kdf::kCheapForTests);
        if (changed) {
            std::printf("changed\n");
        } else {
            std::printf("error %d %s\n", int(changed.error().code), qPrintable(changed.error().message));
        }
        return 0;
    }
    sqlite3* db = (*vault)->handle();
    if (args.contains(QStringLiteral("--fill"))) {
        sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS fill (id INTEGER PRIMARY KEY, body BLOB)", nullptr,
                     nullptr, nullptr);
        for (int i = 0;; ++i) {
            const int rc = sqlite3_exec(db, "INSERT INTO fill (body) VALUES (randomblob(65536))", nullptr,
                                        nullptr, nullptr);
            if (rc != SQLITE_OK) {
                const StorageError error = (*vault)->errorFor(sqlite3_extended_errcode(db));
                std::printf("error %d %s\n", int(error.code), qPrintable(error.message));
                std::fflush(stdout);
                return 0;
            }
            std::printf("committed %lld\n", static_cast<long long>(sqlite3_last_insert_rowid(db)));
            std::fflush(stdout);
        }
    }
    if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS crash (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
        return 3;
    }
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO crash (body) VALUES (?)", -1, &stmt, nullptr);
    const QByteArray body = QByteArray("MARKER-CRASH-PLAINTEXT ").repeated(40);
    for (int i = 0;; ++i) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        // Several rows per transaction so a kill can land in the middle of one.
        for (int row = 0; row < 8; ++row) {
            sqlite3_bind_text(stmt, 1, body.constData(), int(body.size()), SQLITE_STATIC);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                return 4;
            }
            sqlite3_reset(stmt);
        }
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            return 5;
        }
        std::printf("committed %lld\n", static_cast<long long>(sqlite3_last_insert_rowid(db)));
        std::fflush(stdout);
    }
}
