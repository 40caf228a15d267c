#pragma once

#include "CliContext.h"

namespace oneteam {

// oneteam-cli's record commands. So far: schema [TYPE].
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static ExitCode schema(CliContext& context, const QStringList& args);
};

} // namespace oneteam
