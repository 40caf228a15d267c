#pragma once

#include "CliContext.h"

namespace oneteam {

class AuditLog;
struct ChainStatus;

// oneteam-cli's audit commands (docs/audit-format.md): the log, its verification, and
// its export as a signed file that verifies without the vault.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static ExitCode log(CliContext& context, const QStringList& args);
    static ExitCode verify(CliContext& context, const QStringList& args);
    static ExitCode exportLog(CliContext& context, const QStringList& args);

private:
    // audit verify --report FILE, once the chains are verified.
    static ExitCode verifyReportFile(CliContext& context, const AuditLog& log,
                                     const QList<ChainStatus>& chains, const QString& path);
};

} // namespace oneteam
