#include "SyncPolicy.h"

#include "RecordService.h"
#include "RecordType.h"

#include <QCoreApplication>

namespace oneteam {

ChangePolicy syncPolicy(RecordStore& store)
{
    return [&store](const SiteEntry& origin, const QString& typeName, const QJsonObject& before,
                    const QJsonObject& after, bool creating, bool deleting) -> QString {
        const RecordType* type = RecordType::find(typeName);
        if (!type) {
            return QCoreApplication::translate("SyncPolicy", "'%1' is not a record type this version knows.")
                .arg(typeName);
        }
        const RecordService asOrigin(store, origin.role);
        return asOrigin.refusal(*type, before, after, creating, deleting);
    };
}

} // namespace oneteam
