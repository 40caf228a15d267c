#pragma once

#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace oneteam::test {

// One run of oneteam-cli: its exit code and output.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs oneteam-cli with `args`, the passphrase in ONETEAM_PASSPHRASE, cheap KDF settings
// allowed, and `env` on top.
inline CliRun runCli(const QStringList& args, const QMap<QString, QString>& env = {},
                     const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
    environment.insert(QStringLiteral("ONETEAM_ALLOW_WEAK_KDF"), QStringLiteral("1"));
    for (auto it = env.constBegin(); it != env.constEnd(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam-cli"), args);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit) {
        run.code = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace oneteam::test
