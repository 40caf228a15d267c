#include "RecordCommands.h"

#include "RecordType.h"

#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace oneteam
