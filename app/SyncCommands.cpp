#include "SyncCommands.h"

#include "CliSession.h"
#include "RecordLabels.h"
#include "SiteCrypto.h"
#include "Sites.h"
#include "Sync.h"
#include "SyncPolicy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oneteam {

namespace {

std::optional<QStringList> parse(CliContext& context, QCommandLineParser& parser, const QStringList& args,
                                 int positional, const QString& usage, ExitCode* code)
{
    if (!parser.parse(QStringList{QStringLiteral("oneteam-cli")} + args) ||
        (positional >= 0 && parser.positionalArguments().size() != positional)) {
        *code = context.usage(parser.errorText().isEmpty() ? usage : parser.errorText());
        return std::nullopt;
    }
    return parser.positionalArguments();
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return StorageError::make(StorageErrorCode::Io, SyncCommands::tr("Cannot read %1.").arg(path));
    }
    return file.readAll();
}

void printJson(CliContext& context, const QJsonValue& value)
{
    context.out << QString::fromUtf8(value.isArray()
                                         ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                         : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    context.out.flush();
}

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return SyncCommands::tr("(empty)");
    }
    if (value.isString()) {
        return value.toString();
    }
    return RecordStore::encodeValue(value);
}

QJsonObject reportJson(const SyncReport& report)
{
    QJsonObject changed;
    for (auto it = report.recordsChanged.constBegin(); it != report.recordsChanged.constEnd(); ++it) {
        changed.insert(it.key(), it.value());
    }
    return {{QStringLiteral("bundle"), report.bundleId},
            {QStringLiteral("sender"), report.sender},
            {QStringLiteral("sender_name"), report.senderName},
            {QStringLiteral("created"), report.created},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(report.recipients)},
            {QStringLiteral("carried"), report.carried},
            {QStringLiteral("known"), report.known},
            {QStringLiteral("applied"), report.applied},
            {QStringLiteral("refused"), report.refused},
            {QStringLiteral("kept"), report.kept},
            {QStringLiteral("conflicts_before"), report.conflictsBefore},
            {QStringLiteral("conflicts_after"), report.conflictsAfter},
            {QStringLiteral("already_imported"), report.alreadyImported},
            {QStringLiteral("older"), report.older},
            {QStringLiteral("roster_updated"), report.rosterUpdated},
            {QStringLiteral("records_changed"), changed},
            {QStringLiteral("refusals"), QJsonArray::fromStringList(report.refusals)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
}

void printReport(CliContext& context, const SyncReport& report, bool applied)
{
    if (context.json) {
        printJson(context, reportJson(report));
        return;
    }
    context.out << SyncCommands::tr("Bundle %1 from %2, written %3, for %4.")
                       .arg(report.bundleId.left(16), report.senderName, report.created,
                            report.recipients.join(QStringLiteral(", ")))
                << Qt::endl;
    context.out << (applied ? SyncCommands::tr("%n change(s): %1 applied, %2 refused, %3 already here.",
                                               nullptr, int(report.carried))
                            : SyncCommands::tr(
                                  "%n change(s): %1 would apply, %2 would be refused, %3 already here.",
                                  nullptr, int(report.carried)))
                       .arg(report.applied)
                       .arg(report.refused)
                       .arg(report.known);
    if (report.kept > 0) {
        // The rest: kept for a newer version's record type (the note below says which).
        context.out << QLatin1Char(' ')
                    << (applied ? SyncCommands::tr("%n kept for a newer version.", nullptr, int(report.kept))
                                : SyncCommands::tr("%n would be kept for a newer version.", nullptr,
                                                   int(report.kept)));
    }
    context.out << Qt::endl;
    for (auto it = report.recordsChanged.constBegin(); it != report.recordsChanged.constEnd(); ++it) {
        context.out << QStringLiteral("  ")
                    << SyncCommands::tr("%1: %n record(s)", nullptr, it.value()).arg(it.key()) << Qt::endl;
    }
    if (!applied) {
        for (const IncomingChange& change : report.preview) {
            if (change.field.isEmpty()) {
                continue;
            }
            context.out << QStringLiteral("  %1  %2 %3  %4 = %5%6\n")
                               .arg(change.originName, change.type, change.recordId.left(8), change.field,
                                    valueText(change.value),
                                    change.refused ? QStringLiteral("  ") + SyncCommands::tr("(refused)")
                                    : change.kept  ? QStringLiteral("  ") +
                                                        SyncCommands::tr("(kept for a newer version)")
                                                  : QString());
        }
    }
    if (report.conflictsAfter > report.conflictsBefore) {
        context.out << SyncCommands::tr("%n new conflict(s) to review (oneteam-cli conflicts).", nullptr,
                                        int(report.conflictsAfter - report.conflictsBefore))
                    << Qt::endl;
    }
    if (report.rosterUpdated) {
        context.out << SyncCommands::tr("The list of trusted sites was updated.") << Qt::endl;
    }
    for (const QString& note : report.notes) {
        context.out << note << Qt::endl;
    }
    for (const QString& refusal : report.refusals) {
        context.err << QStringLiteral("oneteam-cli: ") << SyncCommands::tr("refused: %1").arg(refusal)
                    << Qt::endl;
    }
    context.out.flush();
}

// A site named by id, name, role (e.g. "ministry:MSIT") or ministry code ("MSIT");
// ambiguous names are an error.
Result<QString> siteArgument(const QList<SiteEntry>& sites, const QString& name)
{
    QStringList matches;
    for (const SiteEntry& site : sites) {
        if (site.id == name) {
            return site.id;
        }
        if (site.name == name || site.role == name || site.role == QLatin1String("ministry:") + name) {
            matches.append(site.id);
        }
    }
    if (matches.size() == 1) {
        return matches.first();
    }
    return StorageError::make(
        StorageErrorCode::InvalidArgument,
        matches.isEmpty()
            ? SyncCommands::tr("No site called '%1' is known here (oneteam-cli site list).").arg(name)
            : SyncCommands::tr("'%1' names %2 sites; use the site's id.").arg(name).arg(matches.size()));
}

ExitCode importOrInspect(CliContext& context, const QStringList& args, bool apply)
{
    QCommandLineParser parser;
    ExitCode code = ExitCode::Success;
    auto positional = parse(context, parser, args, 1, SyncCommands::tr("Name one bundle file."), &code);
    if (!positional) {
        return code;
    }
    auto bytes = readFile(positional->first());
    if (!bytes) {
        return context.fail(bytes.error());
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sync sync(*session->vault, *session->store, syncPolicy(*session->store));
    auto report =
        apply ? sync.import(*bytes, QFileInfo(positional->first()).fileName()) : sync.inspect(*bytes);
    if (!report) {
        return context.fail(report.error());
    }
    printReport(context, *report, apply);
    return report->refused > 0 ? ExitCode::BundleRefused : ExitCode::Success;
}

} // namespace

ExitCode SyncCommands::siteCard(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("write the card to FILE"),
                                       QStringLiteral("FILE"));
    parser.addOption(outOption);
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, 0, tr("site card takes --out FILE."), &code)) {
        return code;
    }
    if (!parser.isSet(outOption)) {
        return context.usage(tr("site card needs --out FILE."));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sites sites(*session->vault);
    auto card = sites.localCardFile();
    auto site = sites.local();
    if (!card || !site) {
        return context.fail(card ? site.error() : card.error());
    }
    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(*card) != card->size() || !out.commit()) {
        return context.fail(
            StorageError::make(StorageErrorCode::Io,
                               tr("Cannot write %1: %2.").arg(parser.value(outOption), out.errorString())));
    }
    context.out << tr("Wrote the card of %1 (%2, site %3) to %4.")
                       .arg(site->name, site->role, site->id, parser.value(outOption))
                << Qt::endl;
    context.out << tr("Key fingerprint: %1").arg(crypto::fingerprint(site->signKey)) << Qt::endl;
    return ExitCode::Success;
}

ExitCode SyncCommands::siteTrust(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("the role the site gets"),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption fingerprintOption(QStringLiteral("fingerprint"),
                                               tr("the site's key fingerprint, as it read it to you"),
                                               QStringLiteral("HEX"));
    parser.addOptions({roleOption, fingerprintOption});
    ExitCode code = ExitCode::Success;
    auto positional = parse(context, parser, args, 1,
                            tr("site trust takes a card file, --role ROLE and --fingerprint HEX."), &code);
    if (!positional) {
        return code;
    }
    if (!parser.isSet(roleOption)) {
        return context.usage(tr("site trust needs --role secretariat|ministry:CODE|auditor."));
    }
    if (!parser.isSet(fingerprintOption)) {
        // A card proves only that its maker holds the key; the fingerprint, read out by the
        // site by phone or in person, proves whose key it is (the window asks the same).
        return context.usage(tr("site trust needs --fingerprint: the site's key fingerprint, read out to "
                                "you by the site by phone or in person ('site card' prints it there)."));
    }
    auto bytes = readFile(positional->first());
    if (!bytes) {
        return context.fail(bytes.error());
    }
    auto card = SiteCard::fromFile(*bytes);
    if (!card) {
        return context.fail(card.error());
    }
    const QString given = parser.value(fingerprintOption);
    if (!crypto::fingerprintMatches(card->signKey, given)) {
        return context.fail(StorageError::make(
            StorageErrorCode::Refused,
            tr("The card's key has fingerprint %1, not the one given (%2). Do not trust it: ask the site by "
               "another channel which is right; the card may have been swapped on the way.")
                .arg(crypto::fingerprint(card->signKey), given)));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sites sites(*session->vault);
    if (Status trusted = sites.trust(*card, parser.value(roleOption)); !trusted) {
        return context.fail(trusted.error());
    }
    context.out << tr("Trusted %1 (site %2) as %3; its key fingerprint %4 matches the one given.")
                       .arg(card->name, card->id, parser.value(roleOption),
                            crypto::fingerprint(card->signKey))
                << Qt::endl;
    if (card->role != parser.value(roleOption)) {
        context.out << tr("The card asked for %1.").arg(card->role) << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode SyncCommands::siteDistrust(CliContext& context, const QStringList& args)
{
    if (args.size() != 1) {
        return context.usage(tr("site distrust takes one site: its id, name or role."));
    }
    ExitCode code = ExitCode::Success;
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sites sites(*session->vault);
    auto all = sites.all();
    if (!all) {
        return context.fail(all.error());
    }
    auto id = siteArgument(*all, args.first());
    if (!id) {
        return context.fail(id.error());
    }
    if (Status dropped = sites.distrust(*id); !dropped) {
        return context.fail(dropped.error());
    }
    context.out
        << tr("Site %1 is no longer trusted. The next bundles carry the new list of trusted sites; its "
              "changes not received yet are left out from then on.")
               .arg(args.first())
        << Qt::endl;
    return ExitCode::Success;
}

ExitCode SyncCommands::siteList(CliContext& context, const QStringList& args)
{
    if (!args.isEmpty()) {
        return context.usage(tr("site list takes no arguments."));
    }
    ExitCode code = ExitCode::Success;
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sites sites(*session->vault);
    auto all = sites.all();
    if (!all) {
        return context.fail(all.error());
    }
    Sync sync(*session->vault, *session->store, {});
    auto lastReceived = sync.lastReceived();
    const QMap<QString, QString> received = lastReceived ? *lastReceived : QMap<QString, QString>();
    QJsonArray rows;
    for (const SiteEntry& site : *all) {
        rows.append(QJsonObject{{QStringLiteral("id"), site.id},
                                {QStringLiteral("name"), site.name},
                                {QStringLiteral("role"), site.role},
                                {QStringLiteral("fingerprint"), crypto::fingerprint(site.signKey)},
                                {QStringLiteral("trusted"), site.trusted},
                                {QStringLiteral("this_site"), site.local},
                                {QStringLiteral("root"), site.root},
                                {QStringLiteral("last_received"), received.value(site.id)}});
        if (!context.json) {
            QStringList marks;
            if (site.local) {
                marks << tr("this site");
            }
            if (site.root) {
                marks << tr("root");
            }
            if (!site.trusted) {
                marks << tr("not trusted");
            }
            context.out << QStringLiteral("%1  %2  %3  %4%5\n")
                               .arg(site.id)
                               .arg(site.role, -16)
                               .arg(site.name, crypto::fingerprint(site.signKey),
                                    marks.isEmpty()
                                        ? QString()
                                        : QString(QStringLiteral("  (") + marks.join(QStringLiteral(", ")) +
                                                  QLatin1Char(')')));
        }
    }
    if (context.json) {
        printJson(context, rows);
    }
    context.out.flush();
    return ExitCode::Success;
}

ExitCode SyncCommands::siteJoin(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fingerprintOption(QStringLiteral("fingerprint"),
                                               tr("the secretariat's key fingerprint, as it told you"),
                                               QStringLiteral("HEX"));
    parser.addOption(fingerprintOption);
    ExitCode code = ExitCode::Success;
    auto positional =
        parse(context, parser, args, 1, tr("site join takes a bundle file and --fingerprint HEX."), &code);
    if (!positional) {
        return code;
    }
    if (!parser.isSet(fingerprintOption)) {
        return context.usage(
            tr("site join needs --fingerprint: the secretariat's key fingerprint, checked with it "
               "by phone or in person."));
    }
    auto bytes = readFile(positional->first());
    if (!bytes) {
        return context.fail(bytes.error());
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sync sync(*session->vault, *session->store, syncPolicy(*session->store));
    auto report =
        sync.join(*bytes, QFileInfo(positional->first()).fileName(), parser.value(fingerprintOption));
    if (!report) {
        return context.fail(report.error());
    }
    context.out << tr("Joined the network of %1.").arg(report->senderName) << Qt::endl;
    printReport(context, *report, true);
    return report->refused > 0 ? ExitCode::BundleRefused : ExitCode::Success;
}

ExitCode SyncCommands::bundleExport(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("a recipient: site id, name or role (repeatable)"), QStringLiteral("SITE"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("every trusted site"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("the bundle file to write"),
                                       QStringLiteral("FILE"));
    parser.addOptions({toOption, allOption, outOption});
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, 0, tr("bundle export takes --to SITE or --all, and --out FILE."),
               &code)) {
        return code;
    }
    if (!parser.isSet(outOption) || parser.isSet(toOption) == parser.isSet(allOption)) {
        return context.usage(tr("bundle export needs --to SITE (or --all) and --out FILE."));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    Sites sites(*session->vault);
    auto all = sites.all();
    if (!all) {
        return context.fail(all.error());
    }
    QStringList recipients;
    if (parser.isSet(allOption)) {
        for (const SiteEntry& site : *all) {
            if (site.trusted && !site.local) {
                recipients.append(site.id);
            }
        }
    } else {
        for (const QString& name : parser.values(toOption)) {
            auto id = siteArgument(*all, name);
            if (!id) {
                return context.fail(id.error());
            }
            recipients.append(*id);
        }
    }
    Sync sync(*session->vault, *session->store, {});
    auto result = sync.exportTo(recipients, parser.value(outOption));
    if (!result) {
        return context.fail(result.error());
    }
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("bundle"), result->bundleId},
                                       {QStringLiteral("changes"), result->changes},
                                       {QStringLiteral("bytes"), result->bytes},
                                       {QStringLiteral("recipients"),
                                        QJsonArray::fromStringList(result->recipients)}});
    } else {
        context.out << tr("Wrote %n change(s) for %1 to %2 (%3 bytes).", nullptr, int(result->changes))
                           .arg(result->recipients.join(QStringLiteral(", ")), parser.value(outOption))
                           .arg(result->bytes)
                    << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode SyncCommands::bundleImport(CliContext& context, const QStringList& args)
{
    return importOrInspect(context, args, true);
}

ExitCode SyncCommands::bundleInspect(CliContext& context, const QStringList& args)
{
    return importOrInspect(context, args, false);
}

ExitCode SyncCommands::conflicts(CliContext& context, const QStringList& args)
{
    if (!args.isEmpty()) {
        return context.usage(tr("conflicts takes no arguments; settle one with conflicts resolve."));
    }
    ExitCode code = ExitCode::Success;
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    auto list = session->store->conflicts();
    if (!list) {
        return context.fail(list.error());
    }
    Sites sites(*session->vault);
    auto known = sites.all();
    const QList<SiteEntry> all = known ? *known : QList<SiteEntry>();
    auto name = [&all](const QString& id) {
        for (const SiteEntry& site : all) {
            if (site.id == id) {
                return site.name;
            }
        }
        return id;
    };
    QJsonArray rows;
    for (const Conflict& conflict : *list) {
        rows.append(QJsonObject{
            {QStringLiteral("record"), conflict.recordId},
            {QStringLiteral("type"), conflict.type},
            {QStringLiteral("field"), conflict.field},
            {QStringLiteral("deleted_record"), conflict.deletedRecord},
            {QStringLiteral("kept"), QJsonObject{{QStringLiteral("value"), conflict.keptValue},
                                                 {QStringLiteral("site"), name(conflict.kept.origin)},
                                                 {QStringLiteral("clock"), conflict.kept.hlc}}},
            {QStringLiteral("other"), QJsonObject{{QStringLiteral("value"), conflict.otherValue},
                                                  {QStringLiteral("site"), name(conflict.other.origin)},
                                                  {QStringLiteral("clock"), conflict.other.hlc}}}});
        if (!context.json) {
            if (conflict.deletedRecord) {
                context.out << tr("%1 %2: deleted by %3, while %4 set %5 to %6")
                                   .arg(conflict.type, conflict.recordId, name(conflict.kept.origin),
                                        name(conflict.other.origin), conflict.field,
                                        valueText(conflict.otherValue))
                            << Qt::endl;
            } else {
                context.out << tr("%1 %2, field %3: kept %4 (%5); other %6 (%7)")
                                   .arg(conflict.type, conflict.recordId, conflict.field,
                                        valueText(conflict.keptValue), name(conflict.kept.origin),
                                        valueText(conflict.otherValue), name(conflict.other.origin))
                            << Qt::endl;
            }
        }
    }
    if (context.json) {
        printJson(context, rows);
    } else if (list->isEmpty()) {
        context.out << tr("No conflicts.") << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode SyncCommands::resolve(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), tr("keep the value shown (kept) or the other"), QStringLiteral("kept|other"));
    const QCommandLineOption valueOption(QStringLiteral("value"), tr("set another value (JSON)"),
                                         QStringLiteral("JSON"));
    const QCommandLineOption restoreOption(QStringLiteral("restore"),
                                           tr("bring a deleted record back with the edits"));
    const QCommandLineOption deletedOption(QStringLiteral("keep-deleted"), tr("keep a record deleted"));
    parser.addOptions({keepOption, valueOption, restoreOption, deletedOption});
    ExitCode code = ExitCode::Success;
    auto positional = parse(context, parser, args, -1, {}, &code);
    if (!positional) {
        return code;
    }
    const bool deletion = parser.isSet(restoreOption) || parser.isSet(deletedOption);
    if (positional->size() != (deletion ? 1 : 2) ||
        int(parser.isSet(keepOption)) + int(parser.isSet(valueOption)) + int(deletion) != 1) {
        return context.usage(
            tr("Use: conflicts resolve RECORD FIELD --keep kept|other, conflicts resolve RECORD "
               "FIELD --value JSON, or conflicts resolve RECORD --restore|--keep-deleted."));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    RecordStore& store = *session->store;
    const QString recordId = positional->at(0);
    auto record = store.get(recordId);
    if (!record) {
        return context.fail(record.error());
    }
    const RecordType* type = RecordType::find(record->type);
    auto list = store.conflicts(recordId);
    if (!list) {
        return context.fail(list.error());
    }
    if (deletion) {
        const bool restore = parser.isSet(restoreOption);
        const QString refusal =
            type ? session->service->refusal(*type, record->fields, record->fields, false, !restore)
                 : QString();
        if (!refusal.isEmpty()) {
            context.err << QStringLiteral("oneteam-cli: ") << tr("refused: %1").arg(refusal) << Qt::endl;
            return ExitCode::Validation;
        }
        if (Status done = store.resolveDeletion(recordId, !restore); !done) {
            return context.fail(done.error());
        }
        context.out << (restore ? tr("Restored %1 with the edits made while it was deleted.").arg(recordId)
                                : tr("%1 stays deleted.").arg(recordId))
                    << Qt::endl;
        return ExitCode::Success;
    }
    const QString field = positional->at(1);
    QJsonValue value;
    if (parser.isSet(valueOption)) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray("[") + parser.value(valueOption).toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
            return context.usage(tr("--value must be one JSON value, e.g. '\"done\"' or 42."));
        }
        value = document.array().at(0);
    } else {
        const QString which = parser.value(keepOption);
        bool found = false;
        for (const Conflict& conflict : *list) {
            if (conflict.field == field && !conflict.deletedRecord) {
                value = which == QLatin1String("other") ? conflict.otherValue : conflict.keptValue;
                found = which == QLatin1String("other") || which == QLatin1String("kept");
            }
        }
        if (!found) {
            return context.usage(tr("Record %1 has no conflict on '%2' (or --keep is not kept or other).")
                                     .arg(recordId, field));
        }
    }
    QJsonObject after = record->fields;
    if (value.isNull()) {
        after.remove(field);
    } else {
        after.insert(field, value);
    }
    const QString refusal =
        type ? session->service->refusal(*type, record->fields, after, false, false) : QString();
    if (!refusal.isEmpty()) {
        context.err << QStringLiteral("oneteam-cli: ") << tr("refused: %1").arg(refusal) << Qt::endl;
        return ExitCode::Validation;
    }
    if (Status done = store.resolve(recordId, field, value); !done) {
        return context.fail(done.error());
    }
    context.out << tr("Settled %1 of %2: %3.").arg(field, recordId, valueText(value)) << Qt::endl;
    return ExitCode::Success;
}

} // namespace oneteam
