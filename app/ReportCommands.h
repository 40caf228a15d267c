#pragma once

#include "CliContext.h"

namespace oneteam {

// oneteam-cli report: the same reports as the GUI's Reports page, in PDF, CSV or XLSX.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static ExitCode report(CliContext& context, const QStringList& args);
};

} // namespace oneteam
