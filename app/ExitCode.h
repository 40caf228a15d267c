#pragma once

#include "StorageError.h"

namespace oneteam {

// oneteam-cli's exit codes, the contract scripts rely on (DESIGN.md, "CLI contract").
enum class ExitCode : int
{
    Success = 0,
    Usage = 1,
    WrongPassphrase = 2,
    Tampered = 3,
    Validation = 4,
    BundleRefused = 5,
    BusyOrIo = 6,
};

inline ExitCode exitCodeFor(StorageErrorCode code)
{
    switch (code) {
    case StorageErrorCode::WrongPassphrase:
    case StorageErrorCode::TooSoon:
        return ExitCode::WrongPassphrase;
    case StorageErrorCode::NotAVault:
    case StorageErrorCode::Tampered:
        return ExitCode::Tampered;
    case StorageErrorCode::Busy:
    case StorageErrorCode::Io:
    case StorageErrorCode::DiskFull:
    case StorageErrorCode::Sql:
        return ExitCode::BusyOrIo;
    case StorageErrorCode::Refused:
        return ExitCode::BundleRefused;
    case StorageErrorCode::Cancelled:
    case StorageErrorCode::Unsupported:
    case StorageErrorCode::InvalidArgument:
    case StorageErrorCode::Locked:
        return ExitCode::Usage;
    }
    return ExitCode::Usage;
}

} // namespace oneteam
