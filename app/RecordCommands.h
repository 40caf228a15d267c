#pragma once

#include "CliContext.h"

namespace oneteam {

// oneteam-cli's record commands: schema, list, get, put, delete. Writes go through
// RecordService, so the rules and the site's role apply as in the GUI.
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static ExitCode schema(CliContext& context, const QStringList& args);
    static ExitCode list(CliContext& context, const QStringList& args);
    static ExitCode get(CliContext& context, const QStringList& args);
    static ExitCode put(CliContext& context, const QStringList& args);
    static ExitCode remove(CliContext& context, const QStringList& args);
    static ExitCode demo(CliContext& context, const QStringList& args);
};

} // namespace oneteam
