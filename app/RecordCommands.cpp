#include "RecordCommands.h"

#include "CliSession.h"
#include "RecordLabels.h"
#include "RecordService.h"
#include "RecordType.h"
#include "SampleDataset.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <optional>

namespace oneteam {

ExitCode RecordCommands::schema(CliContext& context, const QStringList& args)
{
    if (args.size() > 1) {
        return context.usage(tr("schema takes at most one record type."));
    }
    QJsonObject output;
    if (args.isEmpty()) {
        for (const RecordType& type : RecordType::all()) {
            output.insert(QLatin1String(type.name), type.jsonSchema());
        }
    } else {
        const RecordType* type = RecordType::find(args.first());
        if (!type) {
            return context.usage(tr("'%1' is not a record type; the types are: %2.")
                                     .arg(args.first(), RecordType::names().join(QStringLiteral(", "))));
        }
        output = type->jsonSchema();
    }
    context.out << QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Indented));
    context.out.flush();
    return ExitCode::Success;
}

namespace {

QString csvCell(const QJsonValue& value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isBool()) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isDouble()) {
        const qint64 whole = value.toInteger();
        text = double(whole) == value.toDouble() ? QString::number(whole)
                                                 : QString::number(value.toDouble(), 'g', 17);
    } else if (value.isArray() || value.isObject()) {
        text = value.isArray()
                   ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                   : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    // RFC 4180: quote fields holding a comma, a quote or a line break; double the quotes.
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    return text;
}

QJsonObject withId(const StoredRecord& record)
{
    QJsonObject object = record.fields;
    object.insert(QStringLiteral("id"), record.id);
    if (record.deleted) {
        object.insert(QStringLiteral("deleted"), true);
    }
    return object;
}

void printJson(CliContext& context, const QJsonDocument& document)
{
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    context.out.flush();
}

ExitCode recordFailure(CliContext& context, const RecordError& error)
{
    switch (error.kind) {
    case RecordError::Kind::Invalid:
        if (error.issues.isEmpty()) {
            context.err << QStringLiteral("oneteam-cli: ") << error.message << Qt::endl;
        }
        for (const FieldIssue& issue : error.issues) {
            context.err << QStringLiteral("oneteam-cli: ")
                        << (issue.severity == FieldIssue::Severity::Error
                                ? RecordCommands::tr("field '%1': %2")
                                : RecordCommands::tr("field '%1' (flag): %2"))
                               .arg(issue.field, issue.message)
                        << Qt::endl;
        }
        return ExitCode::Validation;
    case RecordError::Kind::Refused:
        context.err << QStringLiteral("oneteam-cli: ") << RecordCommands::tr("refused: %1").arg(error.message)
                    << Qt::endl;
        return ExitCode::Validation;
    case RecordError::Kind::Storage:
        return context.fail(error.storage);
    }
    return ExitCode::Usage;
}

// The type named on the command line, or a usage error.
const RecordType* typeArgument(CliContext& context, const QStringList& positional, int expected,
                               ExitCode* code)
{
    if (positional.size() != expected) {
        *code =
            context.usage(expected == 1 ? RecordCommands::tr("Name one record type.")
                                        : RecordCommands::tr("Name the record type and the record's id."));
        return nullptr;
    }
    const RecordType* type = RecordType::find(positional.first());
    if (!type) {
        *code = context.usage(RecordCommands::tr("'%1' is not a record type; the types are: %2.")
                                  .arg(positional.first(), RecordType::names().join(QStringLiteral(", "))));
    }
    return type;
}

} // namespace

ExitCode RecordCommands::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("comma-separated values (RFC 4180)"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), tr("only records holding TEXT"),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption sortOption(QStringLiteral("sort"), tr("sort by FIELD"), QStringLiteral("FIELD"));
    parser.addOptions({csvOption, filterOption, sortOption});
    if (!parser.parse(QStringList{QStringLiteral("oneteam-cli")} + args)) {
        return context.usage(parser.errorText());
    }
    ExitCode code = ExitCode::Success;
    const RecordType* type = typeArgument(context, parser.positionalArguments(), 1, &code);
    if (!type) {
        return code;
    }
    if (parser.isSet(sortOption) && !type->field(parser.value(sortOption))) {
        return context.usage(
            tr("'%1' is not a field of %2.").arg(parser.value(sortOption), QLatin1String(type->name)));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    RecordStore& store = *session->store;
    ListQuery query{QLatin1String(type->name), parser.value(filterOption), parser.value(sortOption)};
    auto records = store.list(query);
    if (!records) {
        return context.fail(records.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const StoredRecord& record : *records) {
            array.append(withId(record));
        }
        printJson(context, QJsonDocument(array));
    } else if (parser.isSet(csvOption)) {
        QStringList header{QStringLiteral("id")};
        for (const FieldSpec& spec : type->fields) {
            header << QLatin1String(spec.name);
        }
        context.out << header.join(QLatin1Char(',')) << QStringLiteral("\r\n");
        for (const StoredRecord& record : *records) {
            QStringList row{csvCell(record.id)};
            for (const FieldSpec& spec : type->fields) {
                row << csvCell(record.fields.value(QLatin1String(spec.name)));
            }
            context.out << row.join(QLatin1Char(',')) << QStringLiteral("\r\n");
        }
    } else {
        // Each record's id, its code if it has one, and its name in the language read.
        for (const StoredRecord& record : *records) {
            const QString recordCode = record.fields.value(QStringLiteral("code")).toString();
            context.out << record.id << QStringLiteral("  ")
                        << (recordCode.isEmpty() ? QString() : recordCode + QStringLiteral("  "))
                        << RecordLabels::titleOf(record) << Qt::endl;
        }
        context.err << tr("%n record(s)", nullptr, int(records->size())) << Qt::endl;
    }
    context.out.flush();
    return ExitCode::Success;
}

ExitCode RecordCommands::get(CliContext& context, const QStringList& args)
{
    ExitCode code = ExitCode::Success;
    const RecordType* type = typeArgument(context, args, 2, &code);
    if (!type) {
        return code;
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    RecordStore& store = *session->store;
    auto record = store.get(args.at(1));
    if (!record || record->type != QLatin1String(type->name)) {
        context.err << QStringLiteral("oneteam-cli: ")
                    << tr("There is no %1 with the id %2.").arg(args.at(0), args.at(1)) << Qt::endl;
        return record || record.error().code == StorageErrorCode::InvalidArgument
                   ? ExitCode::Validation
                   : context.fail(record.error());
    }
    printJson(context, QJsonDocument(withId(*record)));
    return ExitCode::Success;
}

ExitCode RecordCommands::put(CliContext& context, const QStringList& args)
{
    ExitCode code = ExitCode::Success;
    QStringList positional = args;
    const bool merge = positional.removeAll(QStringLiteral("--merge")) > 0;
    const RecordType* type = typeArgument(context, positional, 1, &code);
    if (!type) {
        return code;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return context.usage(tr("Cannot read the record from standard input."));
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        context.err << QStringLiteral("oneteam-cli: ")
                    << (parseError.error != QJsonParseError::NoError
                            ? tr("The input is not valid JSON: %1 (at character %2).")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)
                            : tr("The input must be one JSON object with the record's fields."))
                    << Qt::endl;
        return ExitCode::Validation;
    }
    const QJsonObject given = document.object();
    const QString id = given.value(QStringLiteral("id")).toString();
    if (merge && id.isEmpty()) {
        return context.usage(tr("put --merge changes a record that exists: give its \"id\"."));
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    std::optional<StoredRecord> stored;
    if (!id.isEmpty()) {
        auto found = session->store->get(id);
        if (found && found->type == QLatin1String(type->name) && !found->deleted) {
            stored = *found;
        } else if (!found && found.error().code != StorageErrorCode::InvalidArgument) {
            return context.fail(found.error());
        }
    }
    if (merge && !stored) {
        context.err << QStringLiteral("oneteam-cli: ")
                    << tr("There is no %1 with the id %2.").arg(QLatin1String(type->name), id) << Qt::endl;
        return ExitCode::Validation;
    }
    // --merge: the fields given on top of the record as stored; null clears one.
    QJsonObject fields = merge ? stored->fields : given;
    if (merge) {
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (it.value().isNull()) {
                fields.remove(it.key());
            } else {
                fields.insert(it.key(), it.value());
            }
        }
    }
    RecordService& service = *session->service;
    auto result = service.put(QLatin1String(type->name), fields);
    if (const auto* error = std::get_if<RecordError>(&result)) {
        const ExitCode failed = recordFailure(context, *error);
        // A whole record replaces the stored one: say which fields it would have cleared.
        QStringList left;
        if (stored && !merge) {
            for (const FieldSpec& spec : type->fields) {
                const QString name = QLatin1String(spec.name);
                if (stored->fields.contains(name) && !given.contains(name)) {
                    left << name;
                }
            }
        }
        if (!left.isEmpty()) {
            context.err
                << QStringLiteral("oneteam-cli: ")
                << tr("put replaces the whole record, so it would clear the fields left out (%1). Give "
                      "them too ('get' prints the record), or use put --merge to change only the "
                      "fields given.")
                       .arg(left.join(QStringLiteral(", ")))
                << Qt::endl;
        }
        return failed;
    }
    const auto& saved = std::get<RecordService::Saved>(result);
    for (const FieldIssue& warning : saved.warnings) {
        context.err << QStringLiteral("oneteam-cli: ")
                    << tr("field '%1' (flag): %2").arg(warning.field, warning.message) << Qt::endl;
    }
    if (context.json) {
        printJson(context, QJsonDocument(QJsonObject{{QStringLiteral("id"), saved.id}}));
    } else {
        context.out << saved.id << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode RecordCommands::remove(CliContext& context, const QStringList& args)
{
    ExitCode code = ExitCode::Success;
    const RecordType* type = typeArgument(context, args, 2, &code);
    if (!type) {
        return code;
    }
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    RecordService& service = *session->service;
    if (const auto error = service.remove(QLatin1String(type->name), args.at(1))) {
        return recordFailure(context, *error);
    }
    context.out << tr("Deleted %1 %2; the deletion is kept in the history.").arg(args.at(0), args.at(1))
                << Qt::endl;
    return ExitCode::Success;
}

ExitCode RecordCommands::demo(CliContext& context, const QStringList& args)
{
    if (!args.isEmpty()) {
        return context.usage(tr("demo takes no arguments."));
    }
    ExitCode code = ExitCode::Success;
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    RecordService& service = *session->service;
    QString error;
    const int loaded = SampleDataset::load(service, &error);
    if (loaded < 0) {
        context.err << QStringLiteral("oneteam-cli: ")
                    << tr("The sample dataset could not be loaded: %1").arg(error) << Qt::endl;
        return ExitCode::Validation;
    }
    context.out << tr("The sample dataset is in %1 (%n record(s); records the facts do not give are marked "
                      "'sample').",
                      nullptr, loaded)
                       .arg(session->vault->path())
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace oneteam
