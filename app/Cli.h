#pragma once

#include "CliContext.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace oneteam {

// oneteam-cli: parses the command line, runs one command against the store and maps
// its outcome to an exit code. Output for people on stdout/stderr, JSON with --json.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream& out, QTextStream& err);
    ExitCode run(const QStringList& arguments);

    struct Command
    {
        QString name;        // "bundle export"
        const char* summary; // translated in the "Cli" context
        std::function<ExitCode(CliContext&, const QStringList& args)> handler; // empty: not available yet
        const char* synopsis = ""; // what follows the name in 'COMMAND --help' (syntax, not translated)
    };

private:
    QString helpText() const;
    QString commandHelp(const Command& command) const;
    const Command* find(const QStringList& words, int* consumed) const;

    QTextStream& m_out;
    QTextStream& m_err;
    QList<Command> m_commands;
};

} // namespace oneteam
