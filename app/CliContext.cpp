#include "CliContext.h"

#include "RecoveryKey.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace oneteam {

ExitCode CliContext::fail(const StorageError& error) const
{
    err << QStringLiteral("oneteam-cli: ") << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

ExitCode CliContext::usage(const QString& message) const
{
    err << QStringLiteral("oneteam-cli: ") << message << Qt::endl;
    return ExitCode::Usage;
}

Result<SecureBytes> CliContext::readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return StorageError::make(StorageErrorCode::Io, tr("Cannot read %1.").arg(path));
    }
    QByteArray bytes = file.readAll();
    // One trailing newline is how files end, not part of the secret.
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r')) {
            bytes.chop(1);
        }
    }
    return SecureBytes::takeFrom(bytes);
}

Result<SecureBytes> CliContext::prompt(const QString& question, bool confirm)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            tr("No passphrase given: set ONETEAM_PASSPHRASE, use --passphrase-file, or run "
               "in a terminal."));
    }
    const auto ask = [tty](const QString& text) {
        std::fputs(text.toLocal8Bit().constData(), tty);
        std::fflush(tty);
        termios saved{};
        const int fd = fileno(tty);
        const bool isTerminal = tcgetattr(fd, &saved) == 0;
        if (isTerminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
        QByteArray line;
        int c = 0;
        while ((c = std::fgetc(tty)) != EOF && c != '\n') {
            line.append(char(c));
        }
        if (isTerminal) {
            tcsetattr(fd, TCSAFLUSH, &saved);
        }
        std::fputs("\n", tty);
        return SecureBytes::takeFrom(line);
    };
    SecureBytes first = ask(question);
    if (confirm) {
        SecureBytes second = ask(tr("Repeat it: "));
        if (!(first == second)) {
            std::fclose(tty);
            return StorageError::make(StorageErrorCode::InvalidArgument, tr("The two passphrases differ."));
        }
    }
    std::fclose(tty);
    return first;
}

Result<SecureBytes> CliContext::passphrase(bool confirm) const
{
    if (!passphraseFile.isEmpty()) {
        return readSecretFile(passphraseFile);
    }
    if (qEnvironmentVariableIsSet("ONETEAM_PASSPHRASE")) {
        QByteArray value = qgetenv("ONETEAM_PASSPHRASE");
        return SecureBytes::takeFrom(value);
    }
    return prompt(confirm ? tr("New vault passphrase: ") : tr("Vault passphrase: "), confirm);
}

Result<SecureBytes> CliContext::newPassphrase(const QString& file) const
{
    if (!file.isEmpty()) {
        return readSecretFile(file);
    }
    if (qEnvironmentVariableIsSet("ONETEAM_NEW_PASSPHRASE")) {
        QByteArray value = qgetenv("ONETEAM_NEW_PASSPHRASE");
        return SecureBytes::takeFrom(value);
    }
    return prompt(tr("New passphrase: "), true);
}

Result<std::unique_ptr<Vault>> CliContext::openVault() const
{
    if (vaultPath.isEmpty()) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  tr("Which vault? Use --vault PATH or set ONETEAM_VAULT."));
    }
    if (!recoveryKeyFile.isEmpty()) {
        auto text = readSecretFile(recoveryKeyFile);
        if (!text) {
            return text.error();
        }
        auto key = RecoveryKey::parseTyped(*text);
        if (!key) {
            return key.error();
        }
        return Vault::openWithRecoveryKey(vaultPath, *key);
    }
    auto secret = passphrase();
    if (!secret) {
        return secret.error();
    }
    return Vault::open(vaultPath, *secret);
}

} // namespace oneteam
