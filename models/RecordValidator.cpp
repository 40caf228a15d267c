#include "RecordValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace oneteam {

namespace {

using K = FieldSpec::Kind;

bool isEmpty(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

QDate dateOf(const QJsonValue& value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

bool isWhole(const QJsonValue& value, qint64 limit)
{
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    return std::floor(d) == d && std::fabs(d) <= double(limit);
}

// `keptItems`: the rows of the list as stored: a row the save leaves as one of them is
// not refused (RecordValidator::validate), each stored row
// standing for one row of the save, not for copies of it.
void checkKind(const FieldSpec& spec, const QJsonValue& value, QList<FieldIssue>& issues,
               QJsonArray keptItems)
{
    const auto takeKept = [&keptItems](const QJsonValue& item) {
        for (qsizetype i = 0; i < keptItems.size(); ++i) {
            if (keptItems.at(i) == item) {
                keptItems.removeAt(i);
                return true;
            }
        }
        return false;
    };
    const QString field = QLatin1String(spec.name);
    const auto error = [&](const QString& message) {
        issues.append({field, FieldIssue::Severity::Error, message});
    };
    switch (spec.kind) {
    case K::Text:
    case K::LongText:
    case K::Reference:
        if (!value.isString()) {
            error(QCoreApplication::translate("RecordValidator", "Must be text."));
        }
        break;
    case K::Integer:
        if (!isWhole(value, RecordValidator::kMaxWon)) {
            error(QCoreApplication::translate("RecordValidator", "Must be a whole number."));
        }
        break;
    case K::Won:
        if (!isWhole(value, RecordValidator::kMaxWon)) {
            error(QCoreApplication::translate(
                "RecordValidator",
                "Amounts are whole won, written as a number without decimals (e.g. 2600000000000)."));
        }
        break;
    case K::Date:
        if (!dateOf(value).isValid()) {
            error(QCoreApplication::translate("RecordValidator", "Must be a date written as YYYY-MM-DD."));
        }
        break;
    case K::Enum:
        if (!value.isString() || !spec.choices.contains(value.toString())) {
            error(QCoreApplication::translate("RecordValidator", "Must be one of: %1.")
                      .arg(spec.choices.join(QStringLiteral(", "))));
        }
        break;
    case K::ReferenceList:
    case K::TextList: {
        bool ok = value.isArray();
        for (const QJsonValue& item : value.toArray()) {
            ok = ok && item.isString() && !item.toString().trimmed().isEmpty();
        }
        if (!ok) {
            error(QCoreApplication::translate("RecordValidator", "Must be a list of text entries."));
        }
        break;
    }
    case K::Percent:
        if (!isWhole(value, 1000) || value.toDouble() < 0 || value.toDouble() > 100) {
            error(
                QCoreApplication::translate("RecordValidator", "Must be a whole percentage from 0 to 100."));
        }
        break;
    case K::Flag:
        if (!value.isBool()) {
            error(QCoreApplication::translate("RecordValidator", "Must be true or false."));
        }
        break;
    case K::Points: {
        if (!value.isArray()) {
            error(QCoreApplication::translate("RecordValidator", "Must be a list of {date, value} points."));
            break;
        }
        const QJsonArray points = value.toArray();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonObject point = points.at(i).toObject();
            if (!dateOf(point.value(QStringLiteral("date"))).isValid() ||
                !point.value(QStringLiteral("value")).isDouble()) {
                QList<FieldIssue> found{
                    {field, FieldIssue::Severity::Error,
                     QCoreApplication::translate("RecordValidator",
                                                 "Point %1 needs a date (YYYY-MM-DD) and a numeric value.")
                         .arg(i + 1)}};
                issues += takeKept(points.at(i)) ? RecordValidator::keptAsItIs(std::move(found)) : found;
            }
        }
        break;
    }
    case K::Deliverables: {
        if (!value.isArray()) {
            error(QCoreApplication::translate("RecordValidator", "Must be a list of deliverables."));
            break;
        }
        // Statuses the stored deliverables hold already (a newer version's) are kept, in any
        // row; a deliverable left as it was is not refused for anything.
        QSet<QString> keptStatuses;
        for (const QJsonValue& item : keptItems) {
            keptStatuses.insert(item.toObject().value(QStringLiteral("status")).toString());
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QList<FieldIssue> found;
            QList<FieldIssue> status;
            if (isEmpty(item.value(QStringLiteral("title")))) {
                found.append({field, FieldIssue::Severity::Error,
                              QCoreApplication::translate("RecordValidator", "Deliverable %1 needs a title.")
                                  .arg(i + 1)});
            }
            if (!item.value(QStringLiteral("due")).isUndefined() &&
                !dateOf(item.value(QStringLiteral("due"))).isValid()) {
                found.append(
                    {field, FieldIssue::Severity::Error,
                     QCoreApplication::translate(
                         "RecordValidator", "Deliverable %1: the due date must be written as YYYY-MM-DD.")
                         .arg(i + 1)});
            }
            const QString itemStatus = item.value(QStringLiteral("status")).toString();
            if (!spec.choices.contains(itemStatus)) {
                status.append({field, FieldIssue::Severity::Error,
                               QCoreApplication::translate("RecordValidator",
                                                           "Deliverable %1: the status must be one of: %2.")
                                   .arg(i + 1)
                                   .arg(spec.choices.join(QStringLiteral(", ")))});
            }
            const bool itemKept = takeKept(items.at(i));
            issues += itemKept ? RecordValidator::keptAsItIs(std::move(found)) : found;
            issues += itemKept || (!itemStatus.isEmpty() && keptStatuses.contains(itemStatus))
                          ? RecordValidator::keptAsItIs(std::move(status))
                          : status;
        }
        break;
    }
    }
}

QList<FieldIssue> checkOrder(const QJsonObject& record, const char* first, const char* second,
                             const QString& message)
{
    QList<FieldIssue> issues;
    const QDate a = dateOf(record.value(QLatin1String(first)));
    const QDate b = dateOf(record.value(QLatin1String(second)));
    if (a.isValid() && b.isValid() && b < a) {
        issues.append({QLatin1String(second), FieldIssue::Severity::Error, message});
    }
    return issues;
}

// Execution above the budget (revised, else enacted) is an error unless noted as intended.
QList<FieldIssue> checkExecution(const QJsonObject& record)
{
    QList<FieldIssue> issues;
    const QJsonValue executed = record.value(QStringLiteral("executed"));
    const QJsonValue revised = record.value(QStringLiteral("revised"));
    const QJsonValue enacted = record.value(QStringLiteral("enacted"));
    const QJsonValue ceiling = isWhole(revised, RecordValidator::kMaxWon) ? revised : enacted;
    if (isWhole(executed, RecordValidator::kMaxWon) && isWhole(ceiling, RecordValidator::kMaxWon) &&
        executed.toInteger() > ceiling.toInteger()) {
        const bool noted = record.value(QStringLiteral("overrun_noted")).toBool();
        issues.append(
            {QStringLiteral("executed"), noted ? FieldIssue::Severity::Warning : FieldIssue::Severity::Error,
             noted
                 ? QCoreApplication::translate("RecordValidator",
                                               "Executed above the %1 amount (noted as intended).")
                       .arg(ceiling == revised ? QCoreApplication::translate("RecordValidator", "revised")
                                               : QCoreApplication::translate("RecordValidator", "enacted"))
                 : QCoreApplication::translate(
                       "RecordValidator",
                       "Executed is above the %1 amount; set overrun_noted if this is intended.")
                       .arg(ceiling == revised ? QCoreApplication::translate("RecordValidator", "revised")
                                               : QCoreApplication::translate("RecordValidator", "enacted"))});
    }
    return issues;
}

} // namespace

bool RecordValidator::isBlank(const QJsonValue& value)
{
    return isEmpty(value);
}

QList<FieldIssue> RecordValidator::keptAsItIs(QList<FieldIssue> issues)
{
    for (FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error) {
            issue.severity = FieldIssue::Severity::Warning;
            issue.message +=
                QLatin1Char(' ') + QCoreApplication::translate("RecordValidator",
                                                               "The record already held this value; saving "
                                                               "keeps it as it is.");
        }
    }
    return issues;
}

QList<FieldIssue> RecordValidator::validate(const RecordType& type, const QJsonObject& record, Kept kept)
{
    // Left as stored: every check of the field is excused. Given back its value at the step
    // an undo returns to: the checks of the field on its own only.
    const auto unchanged = [&](const QString& name) {
        return kept.stored && record.value(name) == kept.stored->value(name);
    };
    const auto restored = [&](const QString& name) {
        return unchanged(name) || (kept.restoring && record.value(name) == kept.restoring->value(name));
    };
    QList<FieldIssue> issues;
    for (const QString& name : type.unknownFields(record)) {
        if (restored(name)) {
            continue; // a field of a newer version, given back as stored
        }
        issues.append({name, FieldIssue::Severity::Error,
                       QCoreApplication::translate("RecordValidator", "'%1' is not a field of %2.")
                           .arg(name, type.translatedTitle())});
    }
    for (const FieldSpec& spec : type.fields) {
        const QString name = QLatin1String(spec.name);
        const QJsonValue value = record.value(name);
        QList<FieldIssue> own;
        if (isEmpty(value)) {
            if (spec.required) {
                own.append({name, FieldIssue::Severity::Error,
                            QCoreApplication::translate("RecordValidator", "Required.")});
            }
        } else {
            // (An undo gives a list back whole, so its rows need no such look.)
            checkKind(spec, value, own, kept.stored ? kept.stored->value(name).toArray() : QJsonArray());
        }
        issues += restored(name) ? keptAsItIs(std::move(own)) : own;
    }
    // A rule between fields refuses a save only when the save changes one of them.
    const auto rule = [&](std::initializer_list<const char*> reads, QList<FieldIssue> found) {
        bool allKept = kept.stored != nullptr;
        for (const char* read : reads) {
            allKept = allKept && unchanged(QLatin1String(read));
        }
        issues += allKept ? keptAsItIs(std::move(found)) : found;
    };
    const QString typeName = QLatin1String(type.name);
    if (typeName == QLatin1String("caio")) {
        rule({"appointed", "term_end"},
             checkOrder(record, "appointed", "term_end",
                        QCoreApplication::translate("RecordValidator",
                                                    "The term cannot end before the appointment.")));
        if (record.value(QStringLiteral("rank")).toString() == QLatin1String("other")) {
            issues.append(
                {QStringLiteral("rank"), FieldIssue::Severity::Warning,
                 QCoreApplication::translate(
                     "RecordValidator",
                     "Each ministry is asked to name a vice-minister-level or director-general-level "
                     "official; this rank is flagged.")});
        }
    } else if (typeName == QLatin1String("taskforce")) {
        rule({"start", "end"}, checkOrder(record, "start", "end",
                                          QCoreApplication::translate(
                                              "RecordValidator", "The end cannot come before the start.")));
    } else if (typeName == QLatin1String("budget")) {
        rule({"executed", "revised", "enacted", "overrun_noted"}, checkExecution(record));
    }
    return issues;
}

bool RecordValidator::hasErrors(const QList<FieldIssue>& issues)
{
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error) {
            return true;
        }
    }
    return false;
}

} // namespace oneteam
