#pragma once

#include "ExitCode.h"
#include "Result.h"
#include "SecureBytes.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace oneteam {

// What every oneteam-cli command shares: the global options, the streams, and how a
// passphrase is obtained (ONETEAM_PASSPHRASE, --passphrase-file or a prompt on the
// terminal; never an argument).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    CliContext(QTextStream& output, QTextStream& errors)
        : out(output)
        , err(errors)
    {}

    QTextStream& out;
    QTextStream& err;
    QString vaultPath;       // --vault or ONETEAM_VAULT
    QString passphraseFile;  // --passphrase-file
    QString recoveryKeyFile; // --recovery-key-file
    bool json = false;       // --json

    // Prints the error on stderr and returns its exit code.
    ExitCode fail(const StorageError& error) const;
    ExitCode usage(const QString& message) const;

    // The passphrase of the vault to open (or of a new vault, asked twice at a prompt).
    Result<SecureBytes> passphrase(bool confirm = false) const;
    // A new passphrase: --new-passphrase-file FILE, ONETEAM_NEW_PASSPHRASE, or a prompt.
    Result<SecureBytes> newPassphrase(const QString& file) const;
    // Opens the vault named by --vault with the passphrase or --recovery-key-file.
    Result<std::unique_ptr<Vault>> openVault() const;

    // Reads a secret from a prompt on the terminal with echo off.
    static Result<SecureBytes> prompt(const QString& question, bool confirm);
    static Result<SecureBytes> readSecretFile(const QString& path);
};

} // namespace oneteam
