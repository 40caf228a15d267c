#pragma once

// What RecordStore.cpp and RecordMerge.cpp share. Private to storage/.

#include <QJsonObject>
#include <QString>

namespace oneteam::recordstore {

// The field a record's deletion is logged under.
inline const QString kDeleted = QStringLiteral("~deleted");

// The record's id and the lower-cased text of every string in it, for filtering.
QString searchText(const QString& id, const QJsonObject& fields);
// The creation time a change's clock gives: its wall-clock part, as ISO 8601 UTC.
QString createdAt(const QString& hlc);
QString compact(const QJsonObject& object);

} // namespace oneteam::recordstore
