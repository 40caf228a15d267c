// How a report speaks: its language's texts, numbers, amounts and dates.
#include "Report.h"

#include "RecordLabels.h"
#include "RecordType.h"
#include "WonFormat.h"

#include <QLocale>

namespace oneteam {

ReportLanguage::ReportLanguage(const QString& code)
    : m_code(code == QLatin1String("ko") ? code : QStringLiteral("en"))
{
    (void)m_translator.load(QStringLiteral(":/i18n/oneteam_") + m_code + QStringLiteral(".qm"));
}

QLocale ReportLanguage::locale() const
{
    return korean() ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                    : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReportLanguage::text(const char* context, const char* source, int n) const
{
    if (!source) {
        return {};
    }
    QString result = m_translator.translate(context, source, nullptr, n);
    if (result.isEmpty()) {
        result = QString::fromUtf8(source);
    }
    if (n >= 0) {
        result.replace(QStringLiteral("%n"), locale().toString(n));
    }
    return result;
}

QString ReportLanguage::field(const QString& name) const
{
    const char* source = RecordLabels::fieldSource(name);
    return source ? text("RecordFields", source) : name;
}

QString ReportLanguage::choice(const QString& value) const
{
    const char* source = RecordLabels::choiceSource(value);
    return source ? text("RecordChoices", source) : value;
}

QString ReportLanguage::typeTitle(const QString& type) const
{
    const RecordType* recordType = RecordType::find(type);
    return recordType ? text("RecordTypes", recordType->title) : type;
}

QString ReportLanguage::won(qint64 amount) const
{
    return WonFormat::format(amount, korean() ? WonFormat::Language::Korean : WonFormat::Language::English);
}

QString ReportLanguage::number(qint64 value) const
{
    return locale().toString(value);
}

QString ReportLanguage::number(double value, int decimals) const
{
    return locale().toString(value, 'f', decimals);
}

QString ReportLanguage::date(const QDate& value) const
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString ReportLanguage::percent(double fraction) const
{
    return locale().toString(fraction * 100.0, 'f', 1) + QStringLiteral("%");
}

QString ReportLanguage::cellText(const QVariant& value, CellKind kind) const
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Integer:
        return number(value.toLongLong());
    case CellKind::Won:
        return won(value.toLongLong());
    case CellKind::Date:
        return date(value.toDate());
    case CellKind::Percent:
        return percent(value.toDouble());
    }
    return value.toString();
}

QList<const ReportTable*> Report::tables() const
{
    QList<const ReportTable*> list;
    for (const ReportSection& section : sections) {
        for (const ReportTable& table : section.tables) {
            list.append(&table);
        }
    }
    return list;
}

QString Report::fileCheckCommand(const QString& fileWord) const
{
    return QStringLiteral("oneteam-cli audit verify --report %1").arg(fileWord);
}

QString Report::headCheckCommand() const
{
    return QStringLiteral("oneteam-cli audit verify --head %1:%2 --site %3")
        .arg(auditSeq)
        .arg(auditHead.left(32), auditSite);
}

} // namespace oneteam
