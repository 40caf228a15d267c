#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace oneteam {

// The audit log in words, in the user's language: what an action is called and what an
// entry says ("Updated resolution 'AI action plan': status, due"). The log itself keeps
// language-neutral data (docs/audit-format.md).
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
public:
    static QString actionTitle(const QString& action);
    static const char* actionSource(const QString& action); // untranslated, for reports
    // Every action the log knows, for filters.
    static QStringList actions();
    // One line: what happened, to what, with the changed fields named.
    static QString describe(const AuditEntry& entry);
    // The same in another catalogue than the interface's (a report's language).
    using Translate = std::function<QString(const char* context, const char* source, int n)>;
    static QString describe(const AuditEntry& entry, const Translate& translate);
    // The entry's time in the local zone, to the second.
    static QString when(const AuditEntry& entry);
    // "intact, 120 entries, signed up to 118" or the problem.
    static QString chainText(const ChainStatus& status);
};

} // namespace oneteam
