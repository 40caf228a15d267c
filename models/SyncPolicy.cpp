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
    return [&store, services](const SiteEntry& origin, const QString& typeName, const QJsonObject& before,
                              const QJsonObject& after, bool creating, bool deleting) -> QString {
        const RecordType* type = RecordType::find(typeName);
        if (!type) {
            return QCoreApplication::translate(
                       "SyncPolicy", "'%1' is not a record type this version of OneTeam knows (the sender "
                                     "runs a newer one); "
                                     "the change is kept, refused, and not applied after an upgrade either.")
                .arg(typeName);
        }
        std::unique_ptr<RecordService>& asOrigin = (*services)[origin.role];
        if (!asOrigin) {
            asOrigin = std::make_unique<RecordService>(store, origin.role);
        }
        return asOrigin->refusal(*type, before, after, creating, deleting);
    };
}

} // namespace oneteam
