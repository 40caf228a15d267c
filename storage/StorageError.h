#pragma once

#include <QString>

namespace oneteam {

// What went wrong in the storage layer; each code is a distinct situation the user
// is told about (DESIGN.md, "Vault": errors a user sees).
enum class StorageErrorCode
{
    WrongPassphrase, // the passphrase or recovery key does not unlock any key slot
    NotAVault,       // the file is not a OneTeam vault (magic, version)
    Tampered,        // an authenticated part (header, page) failed verification
    Busy,            // the vault is open in another process or window
    Io,              // reading or writing the file failed
    DiskFull,        // no space left on the device
    Unsupported,     // a newer format or parameters this build refuses
    InvalidArgument, // the caller asked for something that cannot be done
    Locked,          // the vault is locked; unlock it first
    Sql,             // SQLite reported an error that is none of the above
    Refused,         // a bundle or change this site does not accept (unknown signer, not for us, role)
    Cancelled,       // the user stopped a long task; nothing was written
    TooSoon,         // wrong answers in a row: the next try must wait (Vault::secondsBeforeRetry)
};

struct StorageError
{
    StorageErrorCode code;
    QString message;   // translated, for the user
    qint64 page = -1;  // the page that failed authentication, when known
    QString file = {}; // "main", "wal" or "journal" for page errors

    static StorageError make(StorageErrorCode code, const QString& message) { return {code, message}; }
};

} // namespace oneteam
