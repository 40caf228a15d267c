// Test helper: opens a vault (passphrase from ONETEAM_PASSPHRASE) and commits numbered
// transactions until killed, printing "committed N" after each commit returns.
// Usage: vault_writer PATH [--busy-probe]
//   --busy-probe: only try to open and print the error code name, then exit.
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
    sqlite3* db = (*vault)->handle();
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
