#include "RecordUndo.h"

#include "RecordLabels.h"

#include <QCoreApplication>
#include <QSet>

namespace oneteam {

namespace {

QString describe(const QString& type, const std::optional<QJsonObject>& before,
                 const std::optional<QJsonObject>& after)
{
    const RecordType* recordType = RecordType::find(type);
    const QString title = recordType ? recordType->translatedTitle() : type;
    if (!before) {
        return QCoreApplication::translate("RecordEdit", "Create %1").arg(title);
    }
    if (!after) {
        return QCoreApplication::translate("RecordEdit", "Delete %1").arg(title);
    }
    return QCoreApplication::translate("RecordEdit", "Edit %1").arg(title);
}

} // namespace

RecordEdit::RecordEdit(RecordService& service, QString type, QString id, std::optional<QJsonObject> before,
                       std::optional<QJsonObject> after, ErrorSink onError)
    : QUndoCommand(describe(type, before, after))
    , m_service(service)
    , m_type(std::move(type))
    , m_id(std::move(id))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

void RecordEdit::redo()
{
    if (!m_pushed) {
        m_pushed = true; // made before it was pushed
        return;
    }
    if (!apply(m_before, m_after)) {
        setObsolete(true);
    }
}

void RecordEdit::undo()
{
    if (!apply(m_after, m_before)) {
        setObsolete(true);
    }
}

bool RecordEdit::apply(const std::optional<QJsonObject>& from, const std::optional<QJsonObject>& to)
{
    std::optional<RecordError> failure;
    RecordStore& store = m_service.store();
    const Status status = store.inTransaction([&]() -> Status {
        auto current = store.get(m_id);
        if (!current) {
            failure = RecordError{RecordError::Kind::Storage, current.error().message, {}, current.error()};
            return current.error();
        }
        if (!to) {
            if (current->deleted) {
                return {}; // gone already: nothing to undo
            }
            failure = m_service.remove(m_type, m_id);
        } else {
            const bool broughtBack = current->deleted;
            if (broughtBack) {
                failure = m_service.restore(m_type, m_id);
            }
            if (!failure) {
                // Only the fields this edit changed go back; the others keep what they hold now.
                QJsonObject fields = current->fields;
                const QJsonObject source = from.value_or(QJsonObject());
                QSet<QString> changed;
                for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
                    if (to->value(it.key()) != it.value()) {
                        changed.insert(it.key());
                    }
                }
                for (auto it = to->constBegin(); it != to->constEnd(); ++it) {
                    if (source.value(it.key()) != it.value()) {
                        changed.insert(it.key());
                    }
                }
                for (const QString& name : changed) {
                    if (to->contains(name)) {
                        fields.insert(name, to->value(name));
                    } else {
                        fields.remove(name);
                    }
                }
                fields.insert(QStringLiteral("id"), m_id);
                const RecordService::Restoring restoring{*to, broughtBack};
                auto saved = m_service.put(m_type, fields, &restoring);
                if (auto* error = std::get_if<RecordError>(&saved)) {
                    failure = *error;
                }
            }
        }
        if (failure) {
            return StorageError::make(StorageErrorCode::InvalidArgument, failure->message);
        }
        return {};
    });
    if (!status) {
        if (!failure) {
            failure = RecordError{RecordError::Kind::Storage, status.error().message, {}, status.error()};
        }
        if (m_onError) {
            m_onError(*failure);
        }
        return false;
    }
    return true;
}

} // namespace oneteam
