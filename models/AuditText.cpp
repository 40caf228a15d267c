#include "AuditText.h"

#include "RecordLabels.h"
#include "RecordType.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace oneteam {

namespace {

struct ActionName
{
    const char* action;
    const char* title;
};

const ActionName kActions[] = {
    {audit::kCreate, QT_TRANSLATE_NOOP("Audit", "Created")},
    {audit::kUpdate, QT_TRANSLATE_NOOP("Audit", "Updated")},
    {audit::kDelete, QT_TRANSLATE_NOOP("Audit", "Deleted")},
    {audit::kRestore, QT_TRANSLATE_NOOP("Audit", "Restored")},
    {audit::kResolve, QT_TRANSLATE_NOOP("Audit", "Conflict settled")},
    {audit::kImport, QT_TRANSLATE_NOOP("Audit", "Bundle imported")},
    {audit::kTakenUp, QT_TRANSLATE_NOOP("Audit", "Kept changes taken up")},
    {audit::kJoined, QT_TRANSLATE_NOOP("Audit", "Joined the network")},
    {audit::kExport, QT_TRANSLATE_NOOP("Audit", "Bundle exported")},
    {audit::kReport, QT_TRANSLATE_NOOP("Audit", "Report exported")},
    {audit::kAuditExport, QT_TRANSLATE_NOOP("Audit", "Audit log exported")},
    {audit::kPassphrase, QT_TRANSLATE_NOOP("Audit", "Passphrase changed")},
    {audit::kRecoveryKeyAdded, QT_TRANSLATE_NOOP("Audit", "Recovery key added")},
    {audit::kRecoveryKeyRemoved, QT_TRANSLATE_NOOP("Audit", "Recovery key removed")},
    {audit::kUnlockFailed, QT_TRANSLATE_NOOP("Audit", "Failed unlock")},
    {audit::kSiteTrusted, QT_TRANSLATE_NOOP("Audit", "Site trusted")},
    {audit::kSiteDistrusted, QT_TRANSLATE_NOOP("Audit", "Site no longer trusted")},
    {audit::kVaultCreated, QT_TRANSLATE_NOOP("Audit", "Vault created")},
    {audit::kLogStarted, QT_TRANSLATE_NOOP("Audit", "Audit log started")},
};

QString fieldList(const QJsonObject& fields, const AuditText::Translate& words)
{
    QStringList names;
    for (const QString& key : fields.keys()) {
        const char* source = RecordLabels::fieldSource(key);
        names << (key == QLatin1String("~deleted")
                      ? words("Audit", QT_TRANSLATE_NOOP("Audit", "deletion"), -1)
                  : source ? words("RecordFields", source, -1)
                           : key);
    }
    if (names.size() > 6) {
        const qsizetype more = names.size() - 5;
        names = names.mid(0, 5);
        names << words("Audit", QT_TRANSLATE_N_NOOP("Audit", "%n more"), int(more));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

const char* AuditText::actionSource(const QString& action)
{
    for (const ActionName& name : kActions) {
        if (action == QLatin1String(name.action)) {
            return name.title;
        }
    }
    return nullptr;
}

QString AuditText::actionTitle(const QString& action)
{
    for (const ActionName& name : kActions) {
        if (action == QLatin1String(name.action)) {
            return tr(name.title);
        }
    }
    return action;
}

QStringList AuditText::actions()
{
    QStringList list;
    for (const ActionName& name : kActions) {
        list << QLatin1String(name.action);
    }
    return list;
}

QString AuditText::when(const AuditEntry& entry)
{
    const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : entry.at;
}

QString AuditText::describe(const AuditEntry& entry)
{
    return describe(entry, [](const char* context, const char* source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    });
}

QString AuditText::describe(const AuditEntry& entry, const Translate& words)
{
    const auto T = [&words](const char* source, int n = -1) { return words("Audit", source, n); };
    const QJsonObject summary = QJsonDocument::fromJson(entry.summary.toUtf8()).object();
    const char* titleSource = actionSource(entry.action);
    const QString title = titleSource ? T(titleSource) : entry.action;
    const qsizetype slash = entry.target.indexOf(QLatin1Char('/'));
    if (slash > 0 &&
        (entry.action == QLatin1String(audit::kCreate) || entry.action == QLatin1String(audit::kUpdate) ||
         entry.action == QLatin1String(audit::kDelete) || entry.action == QLatin1String(audit::kRestore) ||
         entry.action == QLatin1String(audit::kResolve))) {
        const RecordType* recordType = RecordType::find(entry.target.left(slash));
        const QString type =
            recordType ? words("RecordTypes", recordType->title, -1) : entry.target.left(slash);
        const QString id = entry.target.mid(slash + 1, 8);
        const QJsonObject fields = summary.value(QStringLiteral("fields")).toObject();
        return fields.isEmpty() ? T(QT_TRANSLATE_NOOP("Audit", "%1 %2 %3")).arg(title, type, id)
                                : T(QT_TRANSLATE_NOOP("Audit", "%1 %2 %3: %4"))
                                      .arg(title, type, id, fieldList(fields, words));
    }
    if (entry.action == QLatin1String(audit::kImport) || entry.action == QLatin1String(audit::kJoined)) {
        return T(QT_TRANSLATE_N_NOOP("Audit",
                                     "%1 from %2 (%3): %n change(s) applied (refused: %4, conflicts: %5)"),
                 int(summary.value(QStringLiteral("applied")).toInteger()))
            .arg(title, summary.value(QStringLiteral("from")).toString(), entry.target)
            .arg(summary.value(QStringLiteral("refused")).toInteger())
            .arg(summary.value(QStringLiteral("conflicts")).toInteger());
    }
    if (entry.action == QLatin1String(audit::kTakenUp)) {
        // Changes kept for record types this version did not know, after an upgrade.
        QStringList types;
        for (const QJsonValue& name : summary.value(QStringLiteral("types")).toArray()) {
            const RecordType* type = RecordType::find(name.toString());
            types << (type ? words("RecordTypes", type->title, -1) : name.toString());
        }
        return T(QT_TRANSLATE_N_NOOP("Audit", "%1 (%2): %n change(s) applied (refused: %3)"),
                 int(summary.value(QStringLiteral("applied")).toInteger()))
            .arg(title, types.join(QStringLiteral(", ")))
            .arg(summary.value(QStringLiteral("refused")).toInteger());
    }
    if (entry.action == QLatin1String(audit::kExport)) {
        QStringList to;
        for (const QJsonValue& name : summary.value(QStringLiteral("to")).toArray()) {
            to << name.toString();
        }
        return T(QT_TRANSLATE_N_NOOP("Audit", "%1 for %2 (%3): %n change(s)"),
                 int(summary.value(QStringLiteral("changes")).toInteger()))
            .arg(title, to.join(QStringLiteral(", ")), entry.target);
    }
    if (entry.action == QLatin1String(audit::kReport)) {
        return T(QT_TRANSLATE_NOOP("Audit", "%1: %2 (%3, %4)"))
            .arg(title, entry.target, summary.value(QStringLiteral("kind")).toString(),
                 summary.value(QStringLiteral("format")).toString());
    }
    if (entry.action == QLatin1String(audit::kUnlockFailed)) {
        if (summary.contains(QStringLiteral("more"))) {
            return T(QT_TRANSLATE_N_NOOP("Audit", "%1: %n more attempts, the last at %2"),
                     int(std::min<qint64>(summary.value(QStringLiteral("more")).toInteger(),
                                          std::numeric_limits<int>::max())))
                .arg(title,
                     QDateTime::fromString(summary.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                         .toLocalTime()
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
        const QDateTime at =
            QDateTime::fromString(summary.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        return T(summary.value(QStringLiteral("confirm")).toBool()
                     ? QT_TRANSLATE_NOOP("Audit", "%1 with the %2 at %3, asked again before a change of keys")
                     : QT_TRANSLATE_NOOP("Audit", "%1 with the %2 at %3"))
            .arg(title,
                 summary.value(QStringLiteral("method")).toString() == QLatin1String("recovery-key")
                     ? T(QT_TRANSLATE_NOOP("Audit", "recovery key"))
                     : T(QT_TRANSLATE_NOOP("Audit", "passphrase")),
                 at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString());
    }
    if (entry.action == QLatin1String(audit::kSiteTrusted) ||
        entry.action == QLatin1String(audit::kSiteDistrusted)) {
        return T(QT_TRANSLATE_NOOP("Audit", "%1: %2 %3"))
            .arg(title, summary.value(QStringLiteral("name")).toString(),
                 summary.value(QStringLiteral("role")).toString());
    }
    if (entry.action == QLatin1String(audit::kVaultCreated)) {
        return T(QT_TRANSLATE_NOOP("Audit", "%1 for %2 (%3)"))
            .arg(title, summary.value(QStringLiteral("name")).toString(),
                 summary.value(QStringLiteral("role")).toString());
    }
    if (entry.action == QLatin1String(audit::kLogStarted)) {
        return T(QT_TRANSLATE_N_NOOP("Audit", "%1 (the vault held %n changes before)"),
                 int(summary.value(QStringLiteral("changes_before")).toInteger()))
            .arg(title);
    }
    return entry.target.isEmpty() ? title : T(QT_TRANSLATE_NOOP("Audit", "%1: %2")).arg(title, entry.target);
}

QString AuditText::chainText(const ChainStatus& status)
{
    if (!status.intact) {
        return tr("BROKEN: %1").arg(status.problem);
    }
    const int count = int(std::min<qint64>(status.count, std::numeric_limits<int>::max()));
    if (status.signedSeq == 0) {
        return tr("intact, %n entries, not signed yet (signed when the log leaves the vault)", nullptr,
                  count);
    }
    if (status.signedSeq == status.count) {
        return tr("intact, %n entries, all signed", nullptr, count);
    }
    return tr("intact, %n entries, signed up to entry %1", nullptr, count)
        .arg(QLocale().toString(status.signedSeq));
}

} // namespace oneteam
