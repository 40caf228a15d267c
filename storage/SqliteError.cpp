#include "SqliteError.h"

#include "CipherVfs.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace oneteam {

StorageError sqliteError(sqlite3* db, int rc, const CipherVfs::Damage& damage)
{
    if (damage.found || rc == SQLITE_IOERR_DATA || (rc & 0xff) == SQLITE_CORRUPT ||
        (rc & 0xff) == SQLITE_NOTADB) {
        StorageError error{StorageErrorCode::Tampered,
                           QCoreApplication::translate(
                               "SqliteError", "The vault is damaged or was altered; nothing was changed.")};
        if (damage.found) {
            switch (damage.role) {
            case PageCipher::Role::Main:
                error.message =
                    QCoreApplication::translate(
                        "SqliteError", "Page %1 of the vault is damaged or was altered; nothing was changed.")
                        .arg(damage.page);
                error.file = QStringLiteral("main");
                break;
            case PageCipher::Role::Wal:
                error.message =
                    QCoreApplication::translate(
                        "SqliteError",
                        "Frame %1 of the vault's write-ahead log is damaged or was altered; nothing "
                        "was changed.")
                        .arg(damage.page);
                error.file = QStringLiteral("wal");
                break;
            case PageCipher::Role::Journal:
                error.message =
                    QCoreApplication::translate(
                        "SqliteError", "The vault's rollback journal is damaged or was altered (at byte %1); "
                                       "nothing was changed.")
                        .arg(damage.page);
                error.file = QStringLiteral("journal");
                break;
            }
            error.page = damage.page;
        }
        return error;
    }
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return StorageError::make(
            StorageErrorCode::DiskFull,
            QCoreApplication::translate(
                "SqliteError", "The disk is full; the last change was not saved and nothing was lost."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::make(
            StorageErrorCode::Busy,
            QCoreApplication::translate("SqliteError", "The vault is open in another window or program."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("SqliteError", "Reading or writing the vault failed: %1")
                .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))));
    default:
        return StorageError::make(
            StorageErrorCode::Sql,
            QCoreApplication::translate("SqliteError", "The vault reported an error: %1")
                .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))));
    }
}

} // namespace oneteam
