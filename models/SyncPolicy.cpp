#include "SyncPolicy.h"

#include "RecordService.h"
#include "RecordType.h"

#include <QCoreApplication>

#include <map>
#include <memory>

namespace oneteam {

ChangePolicy syncPolicy(RecordStore& store)
{
    // One service per origin role, kept for the policy's life (it remembers the ministry's record).
    auto services = std::make_shared<std::map<QString, std::unique_ptr<RecordService>>>();
    ChangePolicy policy;
    policy.unknownType = [](const QString& typeName) -> QString {
        if (RecordType::find(typeName)) {
            return {};
        }
        return QCoreApplication::translate("SyncPolicy",
                                           "'%1' is not a record type this version of OneTeam knows (the "
                                           "sender runs a newer one): its changes are kept and applied once "
                                           "this site runs a version that knows it.")
            .arg(typeName);
    };
    policy.refusal = [&store, services](const SiteEntry& origin, const QString& typeName,
                                        const QJsonObject& before, const QJsonObject& after, bool creating,
                                        bool deleting) -> QString {
        const RecordType* type = RecordType::find(typeName);
        if (!type) {
            // Sync asks unknownType first; a type it lets through must still be one this
            // version can judge.
            return QCoreApplication::translate("SyncPolicy",
                                               "'%1' is not a record type this version of OneTeam knows.")
                .arg(typeName);
        }
        std::unique_ptr<RecordService>& asOrigin = (*services)[origin.role];
        if (!asOrigin) {
            asOrigin = std::make_unique<RecordService>(store, origin.role);
        }
        return asOrigin->refusal(*type, before, after, creating, deleting);
    };
    return policy;
}

Result<QString> takeUpKeptChanges(Vault& vault, RecordStore& store)
{
    auto report = Sync(vault, store, syncPolicy(store)).takeUpKeptChanges();
    if (!report) {
        return report.error();
    }
    if (report->applied == 0 && report->refused == 0) {
        return QString();
    }
    QStringList types;
    for (const QString& name : std::as_const(report->types)) {
        const RecordType* type = RecordType::find(name);
        types << (type ? QCoreApplication::translate("RecordTypes", type->title) : name);
    }
    QStringList sentences;
    if (report->applied > 0) {
        sentences << QCoreApplication::translate("SyncPolicy",
                                                 "%n change(s) kept since they arrived for a record type the "
                                                 "version before did not know were applied (%1).",
                                                 nullptr, int(report->applied))
                         .arg(types.join(QStringLiteral(", ")));
    }
    if (report->refused > 0) {
        sentences << QCoreApplication::translate("SyncPolicy",
                                                 "%n change(s) kept since they arrived for a record type the "
                                                 "version before did not know were refused: %1",
                                                 nullptr, int(report->refused))
                         .arg(report->refusals.join(QStringLiteral("; ")));
    }
    const QString text = sentences.join(QLatin1Char(' '));
    return text;
}

} // namespace oneteam
