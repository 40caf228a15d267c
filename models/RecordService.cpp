#include "RecordService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace oneteam {

namespace {

RecordError invalid(QList<FieldIssue> issues)
{
    QStringList lines;
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error) {
            lines << issue.field + QStringLiteral(": ") + issue.message;
        }
    }
    return {RecordError::Kind::Invalid, lines.join(QStringLiteral("; ")), std::move(issues)};
}

RecordError storageError(const StorageError& error)
{
    return {RecordError::Kind::Storage, error.message, {}, error};
}

QSet<QString> changedFields(const QJsonObject& before, const QJsonObject& after)
{
    QSet<QString> changed;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (after.value(it.key()) != it.value()) {
            changed.insert(it.key());
        }
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed.insert(it.key());
        }
    }
    changed.remove(QStringLiteral("id"));
    return changed;
}

} // namespace

RecordService::RecordService(RecordStore& store, QString siteRole)
    : m_store(store)
    , m_role(std::move(siteRole))
{}

QString RecordService::ownMinistryId() const
{
    if (!m_role.startsWith(QStringLiteral("ministry:"))) {
        return {};
    }
    if (!m_ownMinistry.isEmpty()) {
        return m_ownMinistry; // a ministry's record keeps its id
    }
    const QString code = m_role.mid(9);
    auto ministries = m_store.list({QStringLiteral("ministry"), code});
    if (!ministries) {
        return {};
    }
    for (const StoredRecord& ministry : *ministries) {
        if (ministry.fields.value(QStringLiteral("code")).toString() == code) {
            m_ownMinistry = ministry.id;
            return ministry.id;
        }
    }
    return {};
}

QString RecordService::refusal(const RecordType& type, const QJsonObject& before, const QJsonObject& after,
                               bool creating, bool deleting) const
{
    if (m_role == QLatin1String("secretariat")) {
        return {};
    }
    if (m_role == QLatin1String("auditor")) {
        return QCoreApplication::translate("RecordService",
                                           "An auditor's vault reads and verifies; it changes nothing.");
    }
    if (!m_role.startsWith(QStringLiteral("ministry:"))) {
        return QCoreApplication::translate("RecordService", "This vault's role (%1) does not allow changes.")
            .arg(m_role);
    }
    const QString own = ownMinistryId();
    if (own.isEmpty()) {
        return QCoreApplication::translate(
                   "RecordService",
                   "This vault's ministry (%1) is not in the ministry list yet; the secretariat adds it.")
            .arg(m_role.mid(9));
    }
    const QString typeName = QLatin1String(type.name);
    const QSet<QString> changed = changedFields(before, after);
    if (typeName == QLatin1String("action")) {
        if (creating || deleting) {
            return QCoreApplication::translate(
                "RecordService",
                "Actions are created and deleted by the secretariat; a ministry updates its own.");
        }
        if (before.value(QStringLiteral("owner_ministry")).toString() != own) {
            return QCoreApplication::translate("RecordService", "This action belongs to another ministry.");
        }
        const QSet<QString> allowed{QStringLiteral("status"), QStringLiteral("progress"),
                                    QStringLiteral("evidence")};
        for (const QString& field : changed) {
            if (!allowed.contains(field)) {
                return QCoreApplication::translate(
                           "RecordService",
                           "A ministry updates an action's status, progress and evidence only, not '%1'.")
                    .arg(field);
            }
        }
        return {};
    }
    if (typeName == QLatin1String("caio")) {
        if (deleting) {
            return QCoreApplication::translate("RecordService",
                                               "CAIO records are deleted by the secretariat.");
        }
        const bool ownBefore = creating || before.value(QStringLiteral("ministry")).toString() == own;
        if (!ownBefore || after.value(QStringLiteral("ministry")).toString() != own) {
            return QCoreApplication::translate("RecordService", "A ministry keeps its own CAIO record only.");
        }
        return {};
    }
    if (typeName == QLatin1String("budget")) {
        if (creating || deleting) {
            return QCoreApplication::translate(
                "RecordService",
                "Budget lines are created and deleted by the secretariat; a ministry reports execution.");
        }
        if (before.value(QStringLiteral("ministry")).toString() != own) {
            return QCoreApplication::translate("RecordService",
                                               "This budget line belongs to another ministry.");
        }
        const QSet<QString> allowed{QStringLiteral("executed"), QStringLiteral("overrun_noted")};
        for (const QString& field : changed) {
            if (!allowed.contains(field)) {
                return QCoreApplication::translate(
                           "RecordService", "A ministry reports a budget line's execution only, not '%1'.")
                    .arg(field);
            }
        }
        return {};
    }
    return QCoreApplication::translate("RecordService", "%1 records are kept by the secretariat.")
        .arg(type.translatedTitle());
}

QList<FieldIssue> RecordService::checkReference(const FieldSpec& spec, const QJsonValue& value) const
{
    if (spec.kind != FieldSpec::Kind::Reference && spec.kind != FieldSpec::Kind::ReferenceList) {
        return {};
    }
    QStringList ids;
    if (value.isString() && !value.toString().isEmpty()) {
        ids << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            ids << item.toString();
        }
    }
    QList<FieldIssue> issues;
    for (const QString& id : ids) {
        auto target = m_store.get(id);
        const bool ok =
            target && !target->deleted && (!spec.refType || target->type == QLatin1String(spec.refType));
        if (!ok) {
            issues.append(
                {QLatin1String(spec.name), FieldIssue::Severity::Error,
                 spec.refType
                     ? QCoreApplication::translate("RecordService", "There is no %1 with the id %2.")
                           .arg(RecordType::find(QLatin1String(spec.refType))->translatedTitle(), id)
                     : QCoreApplication::translate("RecordService", "There is no record with the id %1.")
                           .arg(id)});
        }
    }
    return issues;
}

QList<FieldIssue> RecordService::checkOneActiveCaio(const QJsonObject& fields, const QString& id) const
{
    if (fields.value(QStringLiteral("status")).toString() != QLatin1String("active")) {
        return {};
    }
    const QString ministry = fields.value(QStringLiteral("ministry")).toString();
    auto caios = m_store.list({QStringLiteral("caio"), ministry});
    if (!caios) {
        return {};
    }
    for (const StoredRecord& other : *caios) {
        if (other.id != id && other.fields.value(QStringLiteral("ministry")).toString() == ministry &&
            other.fields.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            return {{QStringLiteral("status"), FieldIssue::Severity::Error,
                     QCoreApplication::translate(
                         "RecordService",
                         "This ministry has an active CAIO already (%1); end that appointment first.")
                         .arg(other.id)}};
        }
    }
    return {};
}

QList<FieldIssue> RecordService::check(const RecordType& type, const QJsonObject& fields,
                                       const QString& id) const
{
    if (!id.isEmpty()) {
        if (auto stored = m_store.get(id);
            stored && !stored->deleted && stored->type == QLatin1String(type.name)) {
            return check(type, fields, id, {&stored->fields, nullptr});
        }
    }
    return check(type, fields, id, {});
}

QList<FieldIssue> RecordService::check(const RecordType& type, const QJsonObject& fields, const QString& id,
                                       RecordValidator::Kept kept) const
{
    // References and the one active CAIO depend on other records: only what is left as
    // stored is excused, never a value an undo brings back into today's records.
    const auto unchanged = [&](const char* name) {
        return kept.stored && fields.value(QLatin1String(name)) == kept.stored->value(QLatin1String(name));
    };
    QList<FieldIssue> issues = RecordValidator::validate(type, fields, kept);
    for (const FieldSpec& spec : type.fields) {
        QList<FieldIssue> found = checkReference(spec, fields.value(QLatin1String(spec.name)));
        issues += unchanged(spec.name) ? RecordValidator::keptAsItIs(std::move(found)) : found;
    }
    if (QLatin1String(type.name) == QLatin1String("caio")) {
        QList<FieldIssue> found = checkOneActiveCaio(fields, id);
        issues += unchanged("status") && unchanged("ministry") ? RecordValidator::keptAsItIs(std::move(found))
                                                               : found;
    }
    return issues;
}

std::variant<RecordService::Saved, RecordError>
RecordService::put(const QString& typeName, const QJsonObject& given, const Restoring* restoring)
{
    const RecordType* type = RecordType::find(typeName);
    if (!type) {
        return RecordError{
            RecordError::Kind::Invalid,
            QCoreApplication::translate("RecordService", "'%1' is not a record type; the types are: %2.")
                .arg(typeName, RecordType::names().join(QStringLiteral(", "))),
            {}};
    }
    const QString id = given.value(QStringLiteral("id")).toString();
    QJsonObject fields = given;
    fields.remove(QStringLiteral("id"));
    QJsonObject before;
    bool creating = true;
    if (!id.isEmpty()) {
        auto existing = m_store.get(id);
        if (existing) {
            if (existing->deleted) {
                return RecordError{
                    RecordError::Kind::Invalid,
                    QCoreApplication::translate("RecordService", "Record %1 was deleted.").arg(id),
                    {}};
            }
            if (existing->type != typeName) {
                return RecordError{
                    RecordError::Kind::Invalid,
                    QCoreApplication::translate("RecordService", "Record %1 is a %2, not a %3.")
                        .arg(id, existing->type, typeName),
                    {}};
            }
            before = existing->fields;
            creating = false;
        } else if (existing.error().code != StorageErrorCode::InvalidArgument) {
            return storageError(existing.error());
        }
    }
    // A field given no value (null, blank text, an empty list) is a field left out: the
    // record never holds "progress": "" or "executed": null, whose kind no rule checks.
    for (const FieldSpec& spec : type->fields) {
        if (fields.contains(QLatin1String(spec.name)) &&
            RecordValidator::isBlank(fields.value(QLatin1String(spec.name)))) {
            fields.remove(QLatin1String(spec.name));
        }
    }
    // Fields a newer version wrote at another site stay as they are: this version cannot
    // show them, so a save that leaves them out does not clear them. Setting one is still
    // refused as "not a field"; giving it back unchanged (from `get`) is not.
    for (const QString& name : type->unknownFields(before)) {
        if (!fields.contains(name)) {
            fields.insert(name, before.value(name));
        }
    }
    if (const QString why = refusal(*type, before, fields, creating, false); !why.isEmpty()) {
        return RecordError{RecordError::Kind::Refused, why, {}};
    }
    RecordValidator::Kept kept;
    if (!creating && !(restoring && restoring->broughtBack)) {
        kept.stored = &before;
    }
    if (restoring) {
        kept.restoring = &restoring->snapshot;
    }
    QList<FieldIssue> issues = check(*type, fields, id, kept);
    if (RecordValidator::hasErrors(issues)) {
        return invalid(std::move(issues));
    }
    auto saved = m_store.put(typeName, id, fields);
    if (!saved) {
        return storageError(saved.error());
    }
    return Saved{*saved, issues};
}

std::optional<RecordError> RecordService::remove(const QString& typeName, const QString& id)
{
    return setDeleted(typeName, id, true);
}

std::optional<RecordError> RecordService::restore(const QString& typeName, const QString& id)
{
    return setDeleted(typeName, id, false);
}

std::optional<RecordError> RecordService::setDeleted(const QString& typeName, const QString& id, bool deleted)
{
    const RecordType* type = RecordType::find(typeName);
    auto existing = m_store.get(id);
    if (!type || !existing || existing->type != typeName) {
        return RecordError{
            RecordError::Kind::Invalid,
            QCoreApplication::translate("RecordService", "There is no %1 with the id %2.").arg(typeName, id),
            {}};
    }
    // Bringing a record back follows the rule for deleting it.
    if (const QString why = refusal(*type, existing->fields, {}, false, true); !why.isEmpty()) {
        return RecordError{RecordError::Kind::Refused, why, {}};
    }
    if (Status done = deleted ? m_store.remove(id) : m_store.restore(id); !done) {
        return storageError(done.error());
    }
    return std::nullopt;
}

bool RecordService::readOnly() const
{
    return m_role != QLatin1String("secretariat") && !m_role.startsWith(QStringLiteral("ministry:"));
}

bool RecordService::mayCreate(const RecordType& type) const
{
    // A new record of the site's own ministry, where the role allows creating at all.
    QJsonObject fields;
    if (const QString own = ownMinistryId(); !own.isEmpty()) {
        fields.insert(QStringLiteral("ministry"), own);
    }
    return refusal(type, {}, fields, true, false).isEmpty();
}

bool RecordService::mayDelete(const RecordType& type, const QJsonObject& fields) const
{
    return refusal(type, fields, {}, false, true).isEmpty();
}

bool RecordService::mayEdit(const RecordType& type, const QJsonObject& fields, const QString& field,
                            bool creating) const
{
    // Asks the role rule about a change of this one field.
    QJsonObject after = fields;
    after.insert(field, QStringLiteral("\u0001changed"));
    return refusal(type, creating ? QJsonObject() : fields, after, creating, false).isEmpty();
}

} // namespace oneteam
