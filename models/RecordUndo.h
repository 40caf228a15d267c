#pragma once

#include "RecordService.h"

#include <QJsonObject>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace oneteam {

// One edit of one record as an undoable step: created, changed or deleted. The edit is
// made through RecordService first (so rules and roles apply) and pushed afterwards;
// the first redo() the stack makes on push is therefore skipped. Undo and redo go through
// the service too, touch only the fields this edit changed (a later edit of another
// field, say from an imported bundle, stays), and each lands in one transaction.
// A step the service refuses (a rule, a role, a record deleted meanwhile) reports why
// and leaves the stack.
class RecordEdit : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const RecordError&)>;
    // `before`/`after`: the record's fields, or nullopt when it does not exist (created,
    // deleted).
    RecordEdit(RecordService& service, QString type, QString id, std::optional<QJsonObject> before,
               std::optional<QJsonObject> after, ErrorSink onError);

    void undo() override;
    void redo() override;

    const QString& recordId() const { return m_id; }
    const QString& recordType() const { return m_type; }

private:
    bool apply(const std::optional<QJsonObject>& from, const std::optional<QJsonObject>& to);

    RecordService& m_service;
    QString m_type;
    QString m_id;
    std::optional<QJsonObject> m_before;
    std::optional<QJsonObject> m_after;
    ErrorSink m_onError;
    bool m_pushed = false;
};

} // namespace oneteam
