#pragma once

#include "CliContext.h"

namespace oneteam {

// oneteam-cli's vault commands: init, info, passwd, recovery-key add|remove.
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static ExitCode init(CliContext& context, const QStringList& args);
    static ExitCode info(CliContext& context, const QStringList& args);
    static ExitCode passwd(CliContext& context, const QStringList& args);
    static ExitCode addRecoveryKey(CliContext& context, const QStringList& args);
    static ExitCode removeRecoveryKey(CliContext& context, const QStringList& args);
};

} // namespace oneteam
