#include "AuditCommands.h"

#include "AuditText.h"
#include "CliSession.h"
#include "Sites.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oneteam {

namespace {

bool parseArgs(CliContext& context, QCommandLineParser& parser, const QStringList& args, const QString& usage,
               ExitCode* code)
{
    if (!parser.parse(QStringList{QStringLiteral("oneteam-cli")} + args) ||
        !parser.positionalArguments().isEmpty()) {
        *code = context.usage(parser.errorText().isEmpty() ? usage : parser.errorText());
        return false;
    }
    return true;
}

QJsonArray chainsJson(const QList<ChainStatus>& chains)
{
    QJsonArray array;
    for (const ChainStatus& chain : chains) {
        array.append(QJsonObject{{QStringLiteral("site"), chain.site},
                                 {QStringLiteral("name"), chain.name},
                                 {QStringLiteral("entries"), chain.count},
                                 {QStringLiteral("signed"), chain.signedSeq},
                                 {QStringLiteral("intact"), chain.intact},
                                 {QStringLiteral("broken_at"), chain.brokenAt},
                                 {QStringLiteral("problem"), chain.problem}});
    }
    return array;
}

ExitCode printChains(CliContext& context, const QList<ChainStatus>& chains, const QJsonObject& extra)
{
    bool intact = true;
    for (const ChainStatus& chain : chains) {
        intact = intact && chain.intact;
    }
    if (context.json) {
        QJsonObject object = extra;
        object.insert(QStringLiteral("intact"), intact);
        object.insert(QStringLiteral("chains"), chainsJson(chains));
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const ChainStatus& chain : chains) {
            context.out << (chain.intact ? QStringLiteral("  ok  ") : QStringLiteral("  !!  ")) << chain.name
                        << QStringLiteral(": ") << AuditText::chainText(chain) << Qt::endl;
        }
        context.out << (intact ? AuditCommands::tr("Every audit chain is intact.")
                               : AuditCommands::tr("An audit chain is broken: the history was altered."))
                    << Qt::endl;
    }
    context.out.flush();
    return intact ? ExitCode::Success : ExitCode::Tampered;
}

} // namespace

ExitCode AuditCommands::log(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption site(QStringLiteral("site"), tr("only the entries of site ID"),
                                  QStringLiteral("ID"));
    const QCommandLineOption action(QStringLiteral("action"), tr("only one action (create, update, import…)"),
                                    QStringLiteral("ACTION"));
    const QCommandLineOption record(QStringLiteral("record"), tr("the history of one record: TYPE/ID"),
                                    QStringLiteral("TYPE/ID"));
    const QCommandLineOption text(QStringLiteral("text"), tr("entries mentioning TEXT"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption from(QStringLiteral("from"), tr("from this day on (YYYY-MM-DD)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("up to and including this day"),
                                QStringLiteral("DATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N entries, newest first"),
                                   QStringLiteral("N"));
    parser.addOptions({site, action, record, text, from, to, limit});
    ExitCode code = ExitCode::Success;
    if (!parseArgs(context, parser, args,
                   tr("audit log takes --site, --action, --record, --text, --from, --to, --limit."), &code)) {
        return code;
    }
    AuditFilter filter;
    filter.site = parser.value(site);
    filter.action = parser.value(action);
    filter.target = parser.value(record);
    filter.text = parser.value(text);
    for (const auto& [option, target, days] :
         {std::tuple{&from, &filter.from, 0}, std::tuple{&to, &filter.to, 1}}) {
        if (!parser.isSet(*option)) {
            continue;
        }
        const QDate day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day.isValid()) {
            return context.usage(tr("'%1' is not a date (YYYY-MM-DD).").arg(parser.value(*option)));
        }
        *target = QDateTime(day.addDays(days), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 0) {
            return context.usage(tr("--limit takes a whole number."));
        }
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    auto entries = AuditLog(*session->vault).entries(filter);
    auto sites = Sites(*session->vault).all();
    if (!entries || !sites) {
        return context.fail(entries ? sites.error() : entries.error());
    }
    QHash<QString, QString> names;
    for (const SiteEntry& entry : *sites) {
        names.insert(entry.id, entry.name);
    }
    if (context.json) {
        QJsonArray array;
        for (const AuditEntry& entry : *entries) {
            array.append(QJsonObject{
                {QStringLiteral("site"), entry.site},
                {QStringLiteral("seq"), entry.seq},
                {QStringLiteral("at"), entry.at},
                {QStringLiteral("action"), entry.action},
                {QStringLiteral("target"), entry.target},
                {QStringLiteral("summary"), QJsonDocument::fromJson(entry.summary.toUtf8()).object()},
                {QStringLiteral("chain"), QString::fromLatin1(entry.chain.toHex())}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const AuditEntry& entry : *entries) {
            context.out << AuditText::when(entry) << QStringLiteral("  ")
                        << names.value(entry.site, entry.site) << QStringLiteral(" #") << entry.seq
                        << QStringLiteral("  ") << AuditText::describe(entry) << Qt::endl;
        }
    }
    context.out.flush();
    return ExitCode::Success;
}

ExitCode AuditCommands::verify(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), tr("check an exported log instead of the vault"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                         tr("the network root's key fingerprint the file must lead to"),
                                         QStringLiteral("FP"));
    const QCommandLineOption head(QStringLiteral("head"),
                                  tr("also check a report's audit chain head: ENTRY:CHAIN, as the report "
                                     "prints it"),
                                  QStringLiteral("ENTRY:CHAIN"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("also check that a report file is one a site exported, unchanged"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        tr("with --head: the site that made the report (its name, its id, or "
                                           "the short id the report prints)"),
                                        QStringLiteral("SITE"));
    parser.addOptions({file, fingerprint, head, report, siteOption});
    ExitCode code = ExitCode::Success;
    if (!parseArgs(context, parser, args,
                   tr("audit verify takes [--report FILE | --head ENTRY:CHAIN [--site SITE]], or --file "
                      "FILE [--fingerprint FP]."),
                   &code)) {
        return code;
    }
    if (parser.isSet(siteOption) && !parser.isSet(head)) {
        return context.usage(tr("--site goes with --head."));
    }
    if (parser.isSet(report) && (parser.isSet(file) || parser.isSet(head))) {
        return context.usage(tr("--report checks a report file against the vault's log; it does not go "
                                "with --file or --head."));
    }
    std::optional<ReportHead> wanted;
    if (parser.isSet(head)) {
        if (parser.isSet(file)) {
            return context.usage(tr("--head checks the vault's log; it does not go with --file."));
        }
        wanted = ReportHead::parse(parser.value(head));
        if (!wanted) {
            return context.usage(tr("--head takes the entry and the chain value a report prints, e.g. "
                                    "68:2c7e11c701b6f959c345cf69c063fb0f (at least 16 hex digits)."));
        }
    }
    if (parser.isSet(file)) {
        // No vault needed: the file carries the keys and the roster that vouch for them.
        QFile in(parser.value(file));
        if (!in.open(QIODevice::ReadOnly)) {
            return context.fail(
                StorageError::make(StorageErrorCode::Io, tr("Cannot read %1.").arg(parser.value(file))));
        }
        auto check = AuditLog::verifyFile(in.readAll(), parser.value(fingerprint));
        if (!check) {
            return context.fail(check.error());
        }
        if (!context.json) {
            context.out << tr("Audit log exported by %1 on %2.").arg(check->exportedBy, check->exportedAt)
                        << Qt::endl
                        << tr("Its keys lead to the key with fingerprint %1: compare it with the one the "
                              "secretariat published.")
                               .arg(check->rootFingerprint)
                        << Qt::endl;
            if (parser.value(fingerprint).isEmpty()) {
                context.out
                    << tr("No --fingerprint was given: the log is consistent, but only the fingerprint "
                          "shows whose keys these are.")
                    << Qt::endl;
            }
        }
        return printChains(context, check->chains,
                           {{QStringLiteral("exported_by"), check->exportedBy},
                            {QStringLiteral("exported_at"), check->exportedAt},
                            {QStringLiteral("fingerprint"), check->rootFingerprint}});
    }
    if (parser.isSet(fingerprint)) {
        return context.usage(tr("--fingerprint goes with --file."));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    AuditLog log(*session->vault);
    auto chains = log.verify();
    if (!chains) {
        return context.fail(chains.error());
    }
    if (Status recorded = log.recordVerification(*chains); !recorded) {
        return context.fail(recorded.error());
    }
    if (parser.isSet(report)) {
        return verifyReportFile(context, log, *chains, parser.value(report));
    }
    if (!wanted) {
        return printChains(context, *chains, {});
    }
    QString siteId;
    if (parser.isSet(siteOption)) {
        auto found = findReportSite(*chains, parser.value(siteOption));
        if (!found) {
            return context.usage(found.error().message);
        }
        siteId = *found;
    }
    auto check = log.checkHead(*chains, *wanted, siteId);
    if (!check) {
        return context.fail(check.error());
    }
    QJsonObject headJson{{QStringLiteral("entry"), wanted->seq},
                         {QStringLiteral("chain"), QString::fromLatin1(wanted->hex)},
                         {QStringLiteral("found"), check->outcome == HeadCheck::Outcome::Found},
                         {QStringLiteral("in_broken_log"), check->outcome == HeadCheck::Outcome::InBrokenLog},
                         {QStringLiteral("untrusted"), check->outcome == HeadCheck::Outcome::Untrusted},
                         {QStringLiteral("short"), QJsonArray::fromStringList(check->shortLogs)}};
    if (!check->site.isEmpty()) {
        headJson.insert(QStringLiteral("site"), check->site);
        headJson.insert(QStringLiteral("name"), check->siteName);
    }
    const ExitCode chainsCode = printChains(context, *chains, {{QStringLiteral("head"), headJson}});
    const QString verdict = check->text();
    const ExitCode headCode = check->outcome == HeadCheck::Outcome::Found        ? ExitCode::Success
                              : check->outcome == HeadCheck::Outcome::NotReached ? ExitCode::Validation
                              : check->outcome == HeadCheck::Outcome::Untrusted  ? ExitCode::BundleRefused
                                                                                 : ExitCode::Tampered;
    if (!context.json) {
        context.out << verdict << Qt::endl;
    } else if (headCode != ExitCode::Success) {
        context.err << QStringLiteral("oneteam-cli: ") << verdict << Qt::endl;
    }
    context.out.flush();
    return chainsCode != ExitCode::Success ? chainsCode : headCode;
}

ExitCode AuditCommands::verifyReportFile(CliContext& context, const AuditLog& log,
                                         const QList<ChainStatus>& chains, const QString& path)
{
    auto check = log.checkReportFile(chains, path);
    if (!check) {
        return context.fail(check.error());
    }
    QJsonObject reportJson{
        {QStringLiteral("file"), path},
        {QStringLiteral("sha256"), QString::fromLatin1(check->sha256)},
        {QStringLiteral("found"), check->outcome == ReportFileCheck::Outcome::Found},
        {QStringLiteral("in_broken_log"), check->outcome == ReportFileCheck::Outcome::InBrokenLog},
        {QStringLiteral("untrusted"), check->outcome == ReportFileCheck::Outcome::Untrusted},
        {QStringLiteral("other_sites"), QJsonArray::fromStringList(check->otherSites)}};
    if (check->outcome != ReportFileCheck::Outcome::NotFound) {
        reportJson.insert(QStringLiteral("site"), check->entry.site);
        reportJson.insert(QStringLiteral("name"), check->siteName);
        reportJson.insert(QStringLiteral("entry"), check->entry.seq);
        reportJson.insert(QStringLiteral("at"), check->entry.at);
        reportJson.insert(QStringLiteral("summary"),
                          QJsonDocument::fromJson(check->entry.summary.toUtf8()).object());
    }
    const ExitCode chainsCode = printChains(context, chains, {{QStringLiteral("report"), reportJson}});
    const ExitCode fileCode = check->outcome == ReportFileCheck::Outcome::Found      ? ExitCode::Success
                              : check->outcome == ReportFileCheck::Outcome::NotFound ? ExitCode::Validation
                              : check->outcome == ReportFileCheck::Outcome::Untrusted
                                  ? ExitCode::BundleRefused
                                  : ExitCode::Tampered;
    if (!context.json) {
        context.out << check->text() << Qt::endl;
    } else if (fileCode != ExitCode::Success) {
        context.err << QStringLiteral("oneteam-cli: ") << check->text() << Qt::endl;
    }
    context.out.flush();
    return chainsCode != ExitCode::Success ? chainsCode : fileCode;
}

ExitCode AuditCommands::exportLog(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("write the log to FILE"), QStringLiteral("FILE"));
    parser.addOption(out);
    ExitCode code = ExitCode::Success;
    if (!parseArgs(context, parser, args, tr("audit export takes --out FILE."), &code)) {
        return code;
    }
    if (!parser.isSet(out)) {
        return context.usage(tr("audit export needs --out FILE."));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    const QString path = parser.value(out);
    auto bytes = AuditLog(*session->vault).exportFile(QFileInfo(path).fileName());
    if (!bytes) {
        return context.fail(bytes.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return context.fail(StorageError::make(full ? StorageErrorCode::DiskFull : StorageErrorCode::Io,
                                               tr("Cannot write %1: %2.").arg(path, file.errorString())));
    }
    auto check = AuditLog::verifyFile(*bytes);
    context.out << tr("Wrote the audit log to %1.").arg(path) << Qt::endl;
    if (check) {
        context.out << tr("Check it elsewhere with: oneteam-cli audit verify --file %1 --fingerprint %2")
                           .arg(QFileInfo(path).fileName(), check->rootFingerprint)
                    << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace oneteam
