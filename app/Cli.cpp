#include "Cli.h"

#include "AuditCommands.h"
#include "RecordCommands.h"
#include "ReportCommands.h"
#include "SyncCommands.h"
#include "VaultCommands.h"

namespace oneteam {

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    m_commands = {
        {QStringLiteral("init"), QT_TR_NOOP("create a new vault for this site"), &VaultCommands::init,
         "--site-name NAME --role secretariat|ministry:CODE|auditor [--journal wal|rollback] [--kdf "
         "LOG2N,R,P]"},
        {QStringLiteral("info"), QT_TR_NOOP("show the vault's site, role, schema and key slots"),
         &VaultCommands::info, ""},
        {QStringLiteral("demo"), QT_TR_NOOP("load the sample dataset into the vault"), &RecordCommands::demo,
         ""},
        {QStringLiteral("schema"), QT_TR_NOOP("print the JSON schema of a record type, or of all"),
         &RecordCommands::schema, "[TYPE]"},
        {QStringLiteral("list"), QT_TR_NOOP("list the records of a type"), &RecordCommands::list,
         "TYPE [--filter TEXT] [--sort FIELD] [--csv]"},
        {QStringLiteral("get"), QT_TR_NOOP("print one record"), &RecordCommands::get, "TYPE ID"},
        {QStringLiteral("put"),
         QT_TR_NOOP("create or update a record from JSON on stdin (--merge: only the fields given)"),
         &RecordCommands::put, "TYPE [--merge] < RECORD.json"},
        {QStringLiteral("delete"), QT_TR_NOOP("delete a record"), &RecordCommands::remove, "TYPE ID"},
        {QStringLiteral("passwd"), QT_TR_NOOP("change the vault's passphrase"), &VaultCommands::passwd,
         "[--new-passphrase-file FILE] [--kdf LOG2N,R,P]"},
        {QStringLiteral("recovery-key add"), QT_TR_NOOP("add a recovery key and print it"),
         &VaultCommands::addRecoveryKey, ""},
        {QStringLiteral("recovery-key remove"), QT_TR_NOOP("remove the recovery key"),
         &VaultCommands::removeRecoveryKey, ""},
        {QStringLiteral("site card"), QT_TR_NOOP("export this site's public card"), &SyncCommands::siteCard,
         "--out FILE"},
        {QStringLiteral("site trust"), QT_TR_NOOP("trust another site's card with a role (secretariat)"),
         &SyncCommands::siteTrust, "CARD --role secretariat|ministry:CODE|auditor --fingerprint HEX"},
        {QStringLiteral("site distrust"), QT_TR_NOOP("stop trusting a site (secretariat)"),
         &SyncCommands::siteDistrust, "SITE"},
        {QStringLiteral("site list"), QT_TR_NOOP("list the sites this vault knows"), &SyncCommands::siteList,
         ""},
        {QStringLiteral("site join"), QT_TR_NOOP("join the network with the secretariat's first bundle"),
         &SyncCommands::siteJoin, "BUNDLE --fingerprint HEX"},
        {QStringLiteral("bundle export"), QT_TR_NOOP("write a bundle of changes for other sites"),
         &SyncCommands::bundleExport, "(--to SITE [--to SITE ...] | --all) --out FILE"},
        {QStringLiteral("bundle import"), QT_TR_NOOP("verify and apply a bundle"),
         &SyncCommands::bundleImport, "BUNDLE"},
        {QStringLiteral("bundle inspect"), QT_TR_NOOP("verify and summarise a bundle without applying it"),
         &SyncCommands::bundleInspect, "BUNDLE"},
        {QStringLiteral("conflicts"), QT_TR_NOOP("list concurrent edits to review"), &SyncCommands::conflicts,
         ""},
        {QStringLiteral("conflicts resolve"),
         QT_TR_NOOP("settle a conflict: keep a value or restore a record"), &SyncCommands::resolve,
         "RECORD FIELD --keep kept|other, or RECORD FIELD --value JSON, or RECORD --restore|--keep-deleted"},
        {QStringLiteral("audit log"), QT_TR_NOOP("list the audit log, or one record's history"),
         &AuditCommands::log,
         "[--site ID] [--action ACTION] [--record TYPE/ID] [--text TEXT] [--from YYYY-MM-DD] [--to "
         "YYYY-MM-DD] [--limit N]"},
        {QStringLiteral("audit verify"),
         QT_TR_NOOP("recompute the audit chains and name the first broken entry"), &AuditCommands::verify,
         "[--file FILE [--fingerprint HEX]]"},
        {QStringLiteral("audit export"), QT_TR_NOOP("write the audit log with its signed head"),
         &AuditCommands::exportLog, "--out FILE"},
        {QStringLiteral("report"), QT_TR_NOOP("export a report as PDF, CSV or XLSX"), &ReportCommands::report,
         "--kind summary|resolutions|caio|budget|taskforces|indicators|audit [--format pdf|csv|xlsx] [--lang "
         "ko|en] --out PATH"},
    };
}

const Cli::Command* Cli::find(const QStringList& words, int* consumed) const
{
    // Two-word commands ("bundle export") take precedence over one-word ones.
    for (int n = 2; n >= 1; --n) {
        if (words.size() < n) {
            continue;
        }
        const QString name = words.mid(0, n).join(QLatin1Char(' '));
        for (const Command& command : m_commands) {
            if (command.name == name) {
                *consumed = n;
                return &command;
            }
        }
    }
    return nullptr;
}

QString Cli::helpText() const
{
    QString text = tr("Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] COMMAND [ARGS]") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : m_commands) {
        text += QStringLiteral("  %1  %2\n").arg(command.name, -22).arg(tr(command.summary));
    }
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  --vault PATH            ") + tr("the vault file (or ONETEAM_VAULT)") +
            QLatin1Char('\n');
    text += QStringLiteral("  --passphrase-file FILE  ") +
            tr("read the passphrase from FILE (or ONETEAM_PASSPHRASE; never an argument)") +
            QLatin1Char('\n');
    text += QStringLiteral("  --recovery-key-file F   ") + tr("open the vault with the recovery key in F") +
            QLatin1Char('\n');
    text += QStringLiteral("  --json                  ") + tr("machine-readable output") + QLatin1Char('\n');
    text += QStringLiteral("  --help, --version\n");
    text += QLatin1Char('\n') +
            tr("Exit codes: 0 success, 1 usage, 2 wrong passphrase, 3 tampered or corrupted data, "
               "4 validation error, 5 bundle refused, 6 vault busy or I/O error.") +
            QLatin1Char('\n');
    return text;
}

QString Cli::commandHelp(const Command& command) const
{
    QString synopsis = QLatin1String(command.synopsis);
    return tr("Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] %1")
               .arg(synopsis.isEmpty() ? command.name : command.name + QLatin1Char(' ') + synopsis) +
           QLatin1Char('\n') + tr(command.summary) + QLatin1Char('\n') +
           tr("Run 'oneteam-cli --help' for every command and the exit codes.") + QLatin1Char('\n');
}

ExitCode Cli::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << helpText();
        return ExitCode::Usage;
    }
    // "--help" anywhere, or "help" first: the command's usage when one is named, else all.
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) ||
                      args.first() == QLatin1String("help");
    if (args.first() == QLatin1String("help")) {
        args.removeFirst();
    }
    args.removeAll(QStringLiteral("--help"));
    args.removeAll(QStringLiteral("-h"));
    if (!help && args.contains(QStringLiteral("--version"))) {
        m_out << QStringLiteral("oneteam-cli ") << QStringLiteral(ONETEAM_VERSION) << Qt::endl;
        return ExitCode::Success;
    }

    // Global options may come anywhere; the command words are the first plain words left.
    CliContext context(m_out, m_err);
    context.vaultPath = qEnvironmentVariable("ONETEAM_VAULT");
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        QString* target = nullptr;
        QString name = arg;
        QString value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QStringLiteral("--")) && eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
        }
        if (name == QLatin1String("--vault")) {
            target = &context.vaultPath;
        } else if (name == QLatin1String("--passphrase-file")) {
            target = &context.passphraseFile;
        } else if (name == QLatin1String("--recovery-key-file")) {
            target = &context.recoveryKeyFile;
        } else if (arg == QLatin1String("--json")) {
            context.json = true;
            continue;
        } else if (arg == QLatin1String("--passphrase") || arg.startsWith(QStringLiteral("--passphrase="))) {
            m_err << tr("Passphrases are never taken as arguments (other users can see them): use "
                        "ONETEAM_PASSPHRASE, --passphrase-file or the prompt.")
                  << Qt::endl;
            return ExitCode::Usage;
        }
        if (!target) {
            rest << arg;
            continue;
        }
        if (eq <= 0) {
            if (i + 1 >= args.size()) {
                m_err << tr("%1 needs a value.").arg(arg) << Qt::endl;
                return ExitCode::Usage;
            }
            value = args.at(++i);
        }
        *target = value;
    }
    QStringList words;
    for (const QString& arg : rest) {
        if (arg.startsWith(QLatin1Char('-'))) {
            break;
        }
        words << arg;
    }
    int consumed = 0;
    const Command* command = find(words, &consumed);
    if (help) {
        m_out << (command ? commandHelp(*command) : helpText());
        return ExitCode::Success;
    }
    if (!command) {
        m_err << tr("Unknown command: %1").arg(words.isEmpty() ? rest.value(0) : words.join(QLatin1Char(' ')))
              << QLatin1Char('\n') << tr("Run 'oneteam-cli --help' for the list of commands.") << Qt::endl;
        return ExitCode::Usage;
    }
    return command->handler(context, rest.mid(consumed));
}

} // namespace oneteam
