#pragma once

// The report builder's insides, shared by ReportBuilder.cpp (loading, the overview, the
// audit section, assembling a report) and ReportSections.cpp (the area sections).
// Private to models/.

#include "CaioCoverage.h"
#include "DashboardFigures.h"
#include "RecordStore.h"
#include "Report.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>

namespace oneteam {

class Vault;

namespace reportbuilder {

// Lists in the summary stop here; the area reports list everything.
constexpr int kSummaryRows = 300;

inline QString str(const StoredRecord& record, const char* field)
{
    return record.fields.value(QLatin1String(field)).toString();
}

inline QDate dateOf(const StoredRecord& record, const char* field)
{
    return QDate::fromString(str(record, field), Qt::ISODate);
}

inline QVariant wonOf(const StoredRecord& record, const char* field)
{
    const QJsonValue value = record.fields.value(QLatin1String(field));
    return value.isDouble() ? QVariant(qint64(value.toInteger())) : QVariant();
}

inline QString shortened(const QString& text, int max = 160)
{
    const QString simple = text.simplified();
    return simple.size() > max ? simple.left(max - 1) + QChar(0x2026) : simple;
}

// Builds one report: loads what its sections need once, then assembles them in the
// report's language, reporting progress and stopping when told to.
class Builder
{
public:
    Builder(Vault& vault, RecordStore& store, const ReportLanguage& language, const ReportProgress& progress,
            bool sign)
        : m_vault(vault)
        , m_store(store)
        , L(language)
        , m_progress(progress)
        , m_sign(sign)
    {}

    Result<Report> build(const QString& kind);

private:
    Status load();
    bool step(double done) { return !m_progress || m_progress(done); }
    QString ministryName(const QString& id) const;
    // A group's key as a row names it: a choice or a ministry, "(none)" when empty.
    QString keyName(const QString& key, bool choice) const
    {
        if (key.isEmpty()) {
            return L.t(QT_TRANSLATE_NOOP("Report", "(none)"));
        }
        return choice ? L.choice(key) : ministryName(key);
    }
    QString bilingual(const StoredRecord& record, const char* base) const;
    // Keeps the first `limit` rows (0: all) and says how many there were.
    void cap(ReportTable& table, int limit, const QString& more) const;

    ReportSection overview();
    ReportSection resolutions(bool all);
    ReportSection actions(bool all);
    ReportSection caios();
    ReportSection budget(bool all);
    ReportSection indicators();
    ReportSection taskforces();
    ReportSection partnershipsAndMilestones();
    Result<ReportSection> auditSection();

    Vault& m_vault;
    RecordStore& m_store;
    const ReportLanguage& L;
    ReportProgress m_progress;
    bool m_sign = true;
    DashboardFigures m_figures;
    CaioCoverage m_coverage;
    QHash<QString, StoredRecord> m_ministries;
    QHash<QString, StoredRecord> m_people;
    QHash<QString, QString> m_resolutionNumbers;
    QHash<QString, QString> m_taskforceNames;
};

} // namespace reportbuilder
} // namespace oneteam
