#pragma once

#include "CliContext.h"

namespace oneteam {

// oneteam-cli's sync commands (DESIGN.md, "Sync through bundles"; docs/bundle-format.md):
// site card/trust/list/join, bundle export/import/inspect, conflicts and their resolution.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static ExitCode siteCard(CliContext& context, const QStringList& args);
    static ExitCode siteTrust(CliContext& context, const QStringList& args);
    static ExitCode siteDistrust(CliContext& context, const QStringList& args);
    static ExitCode siteList(CliContext& context, const QStringList& args);
    static ExitCode siteJoin(CliContext& context, const QStringList& args);
    static ExitCode bundleExport(CliContext& context, const QStringList& args);
    static ExitCode bundleImport(CliContext& context, const QStringList& args);
    static ExitCode bundleInspect(CliContext& context, const QStringList& args);
    static ExitCode conflicts(CliContext& context, const QStringList& args);
    static ExitCode resolve(CliContext& context, const QStringList& args);
};

} // namespace oneteam
