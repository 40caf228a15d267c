#pragma once

#include "RecordStore.h"
#include "RecordType.h"
#include "RecordValidator.h"

#include <QString>

#include <optional>
#include <variant>

namespace oneteam {

// Why a record operation did not happen: the record breaks rules (with the fields), the
// site's role does not allow it (with the reason), or the store failed.
struct RecordError
{
    enum class Kind
    {
        Invalid,
        Refused,
        Storage
    };
    Kind kind;
    QString message;           // translated, one line
    QList<FieldIssue> issues;  // Invalid: every problem, by field
    StorageError storage = {}; // Storage: the store's error
};

// The governance rules above the store: a record is validated (on its own and against
// the records it refers to), the site's role is checked (DESIGN.md: the secretariat
// edits everything; a ministry its own actions' progress, its CAIO record and its
// budget execution; an auditor nothing), and only then written. GUI and CLI both come
// through here, so neither can skip a rule.
class RecordService
{
public:
    RecordService(RecordStore& store, QString siteRole);

    const QString& role() const { return m_role; }

    struct Saved
    {
        QString id;
        QList<FieldIssue> warnings; // flags the record keeps
    };
    // Undo and redo: the record as it was at the step being returned to, and whether the
    // step first brought the record back from deletion (it is then checked as a new one).
    struct Restoring
    {
        const QJsonObject& snapshot;
        bool broughtBack = false;
    };
    // Creates (no "id" in fields) or replaces a record of `typeName`. With `restoring`, a
    // field given back its value from then is not refused for rules of its own
    // (RecordValidator::validate).
    std::variant<Saved, RecordError> put(const QString& typeName, const QJsonObject& fields,
                                         const Restoring* restoring = nullptr);
    std::optional<RecordError> remove(const QString& typeName, const QString& id);
    // Brings a deleted record back (undoing a deletion), with the same role rule as deleting.
    std::optional<RecordError> restore(const QString& typeName, const QString& id);

    // Role questions the editors ask before the user types: may this site create records
    // of the type, delete this one, change this field of it?
    bool mayCreate(const RecordType& type) const;
    bool mayDelete(const RecordType& type, const QJsonObject& fields) const;
    bool mayEdit(const RecordType& type, const QJsonObject& fields, const QString& field,
                 bool creating = false) const;
    QString ownMinistry() const { return ownMinistryId(); }
    bool readOnly() const;

    RecordStore& store() const { return m_store; }

    // The checks put() makes, without writing: for inline validation in editors. Values
    // the stored record `id` already holds are not refused (RecordValidator::validate).
    QList<FieldIssue> check(const RecordType& type, const QJsonObject& fields, const QString& id = {}) const;
    // Why this role may not write this change, or an empty string.
    QString refusal(const RecordType& type, const QJsonObject& before, const QJsonObject& after,
                    bool creating, bool deleting) const;

private:
    std::optional<RecordError> setDeleted(const QString& typeName, const QString& id, bool deleted);
    QString ownMinistryId() const;
    QList<FieldIssue> check(const RecordType& type, const QJsonObject& fields, const QString& id,
                            RecordValidator::Kept kept) const;
    QList<FieldIssue> checkReference(const FieldSpec& spec, const QJsonValue& value) const;
    QList<FieldIssue> checkOneActiveCaio(const QJsonObject& fields, const QString& id) const;

    RecordStore& m_store;
    QString m_role;
    mutable QString m_ownMinistry; // found once, then kept
};

} // namespace oneteam
