#include "Report.h"

#include "AuditLog.h"
#include "AuditText.h"
#include "CaioCoverage.h"
#include "DashboardFigures.h"
#include "RecordLabels.h"
#include "RecordStore.h"
#include "RecordType.h"
#include "Sites.h"
#include "Vault.h"
#include "WonFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace oneteam {

// ---------------------------------------------------------------- ReportLanguage

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

// ---------------------------------------------------------------- ReportBuilder

namespace {

// Lists in the summary stop here; the area reports list everything.
constexpr int kSummaryRows = 300;

const char* const kKinds[][2] = {
    {"summary", QT_TRANSLATE_NOOP("Report", "Committee summary")},
    {"resolutions", QT_TRANSLATE_NOOP("Report", "Resolutions and actions")},
    {"caio", QT_TRANSLATE_NOOP("Report", "Chief AI Officers")},
    {"budget", QT_TRANSLATE_NOOP("Report", "Budget")},
    {"taskforces", QT_TRANSLATE_NOOP("Report", "Task forces")},
    {"indicators", QT_TRANSLATE_NOOP("Report", "Indicators")},
    {"audit", QT_TRANSLATE_NOOP("Report", "Audit log")},
};

QString str(const StoredRecord& record, const char* field)
{
    return record.fields.value(QLatin1String(field)).toString();
}

QDate dateOf(const StoredRecord& record, const char* field)
{
    return QDate::fromString(str(record, field), Qt::ISODate);
}

QVariant wonOf(const StoredRecord& record, const char* field)
{
    const QJsonValue value = record.fields.value(QLatin1String(field));
    return value.isDouble() ? QVariant(qint64(value.toInteger())) : QVariant();
}

QString shortened(const QString& text, int max = 160)
{
    const QString simple = text.simplified();
    return simple.size() > max ? simple.left(max - 1) + QChar(0x2026) : simple;
}

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

QString Builder::bilingual(const StoredRecord& record, const char* base) const
{
    const QString ko = record.fields.value(QLatin1String(base) + QStringLiteral("_ko")).toString();
    const QString en = record.fields.value(QLatin1String(base) + QStringLiteral("_en")).toString();
    return L.korean() ? (ko.isEmpty() ? en : ko) : (en.isEmpty() ? ko : en);
}

QString Builder::ministryName(const QString& id) const
{
    auto it = m_ministries.constFind(id);
    if (it == m_ministries.constEnd()) {
        return id;
    }
    return bilingual(*it, "name");
}

void Builder::cap(ReportTable& table, int limit, const QString& more) const
{
    if (limit > 0 && table.rows.size() > limit) {
        table.note = L.t(QT_TRANSLATE_NOOP("Report", "The first %1 of %2 rows; %3"))
                         .arg(L.number(qint64(limit)), L.number(qint64(table.rows.size())), more);
        table.rows.resize(limit);
    }
}

Status Builder::load()
{
    DashboardScope scope;
    auto figures = DashboardFigures::compute(m_store, scope);
    if (!figures) {
        return figures.error();
    }
    m_figures = *figures;
    auto coverage = CaioCoverage::compute(m_store);
    if (!coverage) {
        return coverage.error();
    }
    m_coverage = *coverage;
    for (const char* type : {"ministry", "person", "resolution", "taskforce"}) {
        auto records = m_store.list(ListQuery{QLatin1String(type)});
        if (!records) {
            return records.error();
        }
        for (const StoredRecord& record : *records) {
            if (qstrcmp(type, "ministry") == 0) {
                m_ministries.insert(record.id, record);
            } else if (qstrcmp(type, "person") == 0) {
                m_people.insert(record.id, record);
            } else if (qstrcmp(type, "resolution") == 0) {
                m_resolutionNumbers.insert(record.id, str(record, "number"));
            } else {
                m_taskforceNames.insert(record.id, str(record, "name"));
            }
        }
    }
    return {};
}

ReportSection Builder::overview()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "At a glance"));
    const DashboardFigures& f = m_figures;
    qint64 resolutions = 0;
    for (const KeyCount& count : f.resolutionsByStatus) {
        resolutions += count.count;
    }
    section.paragraphs << L.t(QT_TRANSLATE_NOOP(
                                  "Report", "%1 resolutions; %2 follow-up actions, of which %3 are overdue."))
                              .arg(L.number(resolutions), L.number(f.actionsTotal),
                                   L.number(f.actionsOverdue));
    section.paragraphs
        << L.t(QT_TRANSLATE_NOOP(
                   "Report", "Chief AI Officers: %1 of %2 ministries have an active CAIO; %3 vacant, %4 at a "
                             "rank other than the two asked for."))
               .arg(L.number(f.caio.active), L.number(f.caio.ministries), L.number(f.caio.vacant),
                    L.number(f.caio.rankFlagged));
    qint64 ax = 0;
    for (const KeyAmount& amount : f.proposalByCategory) {
        if (amount.key == QLatin1String("ax")) {
            ax = amount.amount;
        }
    }
    section.paragraphs
        << L.t(QT_TRANSLATE_NOOP(
                   "Report",
                   "Budget: proposal %1, enacted %2, executed to date %3 (%4 of the latest budget)."))
               .arg(L.won(f.budget.proposal), L.won(f.budget.enacted), L.won(f.budget.executed),
                    L.percent(f.budget.executionRate()));
    if (f.budget.proposal > 0) {
        section.paragraphs << L.t(QT_TRANSLATE_NOOP("Report", "AI transition (AX): %1, %2 of the proposal."))
                                  .arg(L.won(ax), L.percent(double(ax) / double(f.budget.proposal)));
    }
    for (const IndicatorFigures& indicator : f.indicators) {
        section.paragraphs << L.t(QT_TRANSLATE_NOOP("Report", "%1: %2 %3 now, target %4 by %5; %6 to go."))
                                  .arg(indicator.name, L.number(qint64(std::llround(indicator.latest))),
                                       indicator.unit, L.number(qint64(std::llround(indicator.finalTarget))),
                                       QString::number(indicator.finalDate.year()),
                                       L.number(qint64(std::llround(indicator.gapToFinal()))));
    }
    ReportChart stages;
    stages.title = L.t(QT_TRANSLATE_NOOP("Report", "Budget by stage"));
    stages.kind = CellKind::Won;
    stages.bars = {{L.field(QStringLiteral("proposal")), double(f.budget.proposal)},
                   {L.field(QStringLiteral("enacted")), double(f.budget.enacted)},
                   {L.field(QStringLiteral("revised")), double(f.budget.revised)},
                   {L.field(QStringLiteral("executed")), double(f.budget.executed)}};
    section.charts << stages;
    return section;
}

ReportSection Builder::resolutions(bool all)
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Resolutions"));
    ReportChart byStatus;
    byStatus.title = L.t(QT_TRANSLATE_NOOP("Report", "Resolutions by status"));
    for (const KeyCount& count : m_figures.resolutionsByStatus) {
        byStatus.bars << ReportBar{L.choice(count.key), double(count.count)};
    }
    section.charts << byStatus;
    ReportTable byKeyword{QStringLiteral("resolutions-by-keyword"),
                          L.t(QT_TRANSLATE_NOOP("Report", "Resolutions by policy keyword")),
                          {{L.field(QStringLiteral("keyword")), CellKind::Text},
                           {L.t(QT_TRANSLATE_NOOP("Report", "Resolutions")), CellKind::Integer}},
                          {},
                          {}};
    for (const KeyCount& count : m_figures.resolutionsByKeyword) {
        byKeyword.rows << QVariantList{keyName(count.key, true), count.count};
    }
    section.tables << byKeyword;
    ReportTable list{QStringLiteral("resolutions"),
                     L.t(QT_TRANSLATE_NOOP("Report", "Resolutions")),
                     {{L.field(QStringLiteral("number")), CellKind::Text},
                      {L.field(QStringLiteral("title")), CellKind::Text},
                      {L.field(QStringLiteral("adopted")), CellKind::Date},
                      {L.field(QStringLiteral("keyword")), CellKind::Text},
                      {L.field(QStringLiteral("status")), CellKind::Text},
                      {L.field(QStringLiteral("lead_ministry")), CellKind::Text}},
                     {},
                     {}};
    auto records = m_store.list(ListQuery{QStringLiteral("resolution"), {}, QStringLiteral("number")});
    if (records) {
        for (const StoredRecord& record : *records) {
            list.rows << QVariantList{
                str(record, "number"),           bilingual(record, "title"),
                dateOf(record, "adopted"),       L.choice(str(record, "keyword")),
                L.choice(str(record, "status")), ministryName(str(record, "lead_ministry"))};
        }
    }
    cap(list, all ? 0 : kSummaryRows, L.t(QT_TRANSLATE_NOOP("Report", "the resolutions report lists all.")));
    section.tables << list;
    return section;
}

ReportSection Builder::actions(bool all)
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Follow-up actions"));
    ReportTable byMinistry{QStringLiteral("actions-by-ministry"),
                           L.t(QT_TRANSLATE_NOOP("Report", "Actions by ministry")),
                           {{L.field(QStringLiteral("ministry")), CellKind::Text},
                            {L.t(QT_TRANSLATE_NOOP("Report", "Actions")), CellKind::Integer},
                            {L.t(QT_TRANSLATE_NOOP("Report", "Open")), CellKind::Integer},
                            {L.t(QT_TRANSLATE_NOOP("Report", "Overdue")), CellKind::Integer}},
                           {},
                           {}};
    for (const MinistryActions& ministry : m_figures.actionsByMinistry) {
        byMinistry.rows << QVariantList{ministryName(ministry.ministryId), ministry.total, ministry.open,
                                        ministry.overdue};
    }
    section.tables << byMinistry;
    ReportTable overdue{QStringLiteral("actions-overdue"),
                        all ? L.t(QT_TRANSLATE_NOOP("Report", "Actions"))
                            : L.t(QT_TRANSLATE_NOOP("Report", "Overdue actions")),
                        {{L.field(QStringLiteral("resolution")), CellKind::Text},
                         {L.field(QStringLiteral("description")), CellKind::Text},
                         {L.field(QStringLiteral("owner_ministry")), CellKind::Text},
                         {L.field(QStringLiteral("due")), CellKind::Date},
                         {L.field(QStringLiteral("status")), CellKind::Text},
                         {L.field(QStringLiteral("progress")), CellKind::Percent}},
                        {},
                        {}};
    if (all) {
        overdue.id = QStringLiteral("actions");
    }
    auto records = m_store.list(ListQuery{QStringLiteral("action"), {}, QStringLiteral("due")});
    const QDate today = QDate::currentDate();
    if (records) {
        for (const StoredRecord& record : *records) {
            const QString status = str(record, "status");
            const QDate due = dateOf(record, "due");
            const bool late = due.isValid() && due < today && status != QLatin1String("completed") &&
                              status != QLatin1String("cancelled");
            if (!all && !late) {
                continue;
            }
            const QJsonValue progress = record.fields.value(QStringLiteral("progress"));
            overdue.rows << QVariantList{m_resolutionNumbers.value(str(record, "resolution")),
                                         shortened(str(record, "description")),
                                         ministryName(str(record, "owner_ministry")),
                                         due,
                                         L.choice(status),
                                         progress.isDouble() ? QVariant(progress.toDouble() / 100.0)
                                                             : QVariant()};
        }
    }
    cap(overdue, all ? 0 : kSummaryRows,
        L.t(QT_TRANSLATE_NOOP("Report", "the resolutions report lists all.")));
    section.tables << overdue;
    return section;
}

ReportSection Builder::caios()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Chief AI Officers"));
    section.paragraphs << L.t(QT_TRANSLATE_NOOP("Report",
                                                "%1 of %2 ministries have an active CAIO; %3 have none yet."))
                              .arg(L.number(qint64(m_coverage.activeCaio.size())),
                                   L.number(qint64(m_coverage.ministries.size())),
                                   L.number(qint64(m_coverage.vacant.size())));
    ReportTable roster{QStringLiteral("caio-roster"),
                       L.t(QT_TRANSLATE_NOOP("Report", "CAIO roster")),
                       {{L.field(QStringLiteral("ministry")), CellKind::Text},
                        {L.field(QStringLiteral("person")), CellKind::Text},
                        {L.field(QStringLiteral("rank")), CellKind::Text},
                        {L.field(QStringLiteral("appointed")), CellKind::Date},
                        {L.field(QStringLiteral("term_end")), CellKind::Date},
                        {L.field(QStringLiteral("status")), CellKind::Text}},
                       {},
                       {}};
    for (const StoredRecord& ministry : m_coverage.ministries) {
        auto it = m_coverage.activeCaio.constFind(ministry.id);
        if (it == m_coverage.activeCaio.constEnd()) {
            roster.rows << QVariantList{bilingual(ministry, "name"),
                                        QString(),
                                        QString(),
                                        QDate(),
                                        QDate(),
                                        L.t(QT_TRANSLATE_NOOP("Report", "Vacant"))};
            continue;
        }
        const auto person = m_people.constFind(str(*it, "person"));
        roster.rows << QVariantList{bilingual(ministry, "name"),
                                    person == m_people.constEnd() ? QString() : bilingual(*person, "name"),
                                    L.choice(str(*it, "rank")),
                                    dateOf(*it, "appointed"),
                                    dateOf(*it, "term_end"),
                                    L.choice(str(*it, "status"))};
    }
    section.tables << roster;
    return section;
}

ReportSection Builder::budget(bool all)
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Budget"));
    const BudgetStages& b = m_figures.budget;
    const auto share = [&b](qint64 amount) {
        return b.proposal > 0 ? QVariant(double(amount) / double(b.proposal)) : QVariant();
    };
    ReportTable stages{QStringLiteral("budget-by-stage"),
                       L.t(QT_TRANSLATE_NOOP("Report", "Budget by stage")),
                       {{L.t(QT_TRANSLATE_NOOP("Report", "Stage")), CellKind::Text},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Amount")), CellKind::Won},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Share of the proposal")), CellKind::Percent}},
                       {},
                       {}};
    for (const auto& [name, amount] : {std::pair{"proposal", b.proposal}, std::pair{"enacted", b.enacted},
                                       std::pair{"revised", b.revised}, std::pair{"executed", b.executed}}) {
        stages.rows << QVariantList{L.field(QLatin1String(name)), amount, share(amount)};
    }
    section.paragraphs << L.t(QT_TRANSLATE_NOOP("Report", "Executed: %1 of the latest budget."))
                              .arg(L.percent(b.executionRate()));
    section.tables << stages;
    const auto amounts = [&](const QString& id, const QString& title, const QString& keyTitle,
                             const QList<KeyAmount>& list, bool choices, const QString& amountTitle) {
        ReportTable table{id,
                          title,
                          {{keyTitle, CellKind::Text},
                           {amountTitle, CellKind::Won},
                           {L.t(QT_TRANSLATE_NOOP("Report", "Share of the proposal")), CellKind::Percent}},
                          {},
                          {}};
        for (const KeyAmount& amount : list) {
            table.rows << QVariantList{keyName(amount.key, choices), amount.amount, share(amount.amount)};
        }
        return table;
    };
    section.tables << amounts(QStringLiteral("budget-by-category"),
                              L.t(QT_TRANSLATE_NOOP("Report", "Proposal by category")),
                              L.field(QStringLiteral("category")), m_figures.proposalByCategory, true,
                              L.field(QStringLiteral("proposal")));
    section.tables << amounts(QStringLiteral("budget-by-keyword"),
                              L.t(QT_TRANSLATE_NOOP("Report", "Proposal by policy keyword")),
                              L.field(QStringLiteral("keyword")), m_figures.proposalByKeyword, true,
                              L.field(QStringLiteral("proposal")));
    ReportTable byMinistry =
        amounts(QStringLiteral("budget-by-ministry"), L.t(QT_TRANSLATE_NOOP("Report", "Enacted by ministry")),
                L.field(QStringLiteral("ministry")), m_figures.enactedByMinistry, false,
                L.field(QStringLiteral("enacted")));
    byMinistry.columns.removeLast();
    for (QVariantList& row : byMinistry.rows) {
        row.removeLast();
    }
    section.tables << byMinistry;
    ReportChart chart;
    chart.title = L.t(QT_TRANSLATE_NOOP("Report", "Proposal by category"));
    chart.kind = CellKind::Won;
    for (const KeyAmount& amount : m_figures.proposalByCategory) {
        chart.bars << ReportBar{keyName(amount.key, true), double(amount.amount)};
    }
    section.charts << chart;
    if (all) {
        ReportTable lines{QStringLiteral("budget-lines"),
                          L.t(QT_TRANSLATE_NOOP("Report", "Budget lines")),
                          {{L.field(QStringLiteral("fiscal_year")), CellKind::Integer},
                           {L.field(QStringLiteral("code")), CellKind::Text},
                           {L.field(QStringLiteral("name")), CellKind::Text},
                           {L.field(QStringLiteral("ministry")), CellKind::Text},
                           {L.field(QStringLiteral("proposal")), CellKind::Won},
                           {L.field(QStringLiteral("enacted")), CellKind::Won},
                           {L.field(QStringLiteral("revised")), CellKind::Won},
                           {L.field(QStringLiteral("executed")), CellKind::Won}},
                          {},
                          {}};
        auto records = m_store.list(ListQuery{QStringLiteral("budget"), {}, QStringLiteral("fiscal_year")});
        if (records) {
            for (const StoredRecord& record : *records) {
                lines.rows << QVariantList{
                    qint64(record.fields.value(QStringLiteral("fiscal_year")).toInteger()),
                    str(record, "code"),
                    bilingual(record, "name"),
                    ministryName(str(record, "ministry")),
                    wonOf(record, "proposal"),
                    wonOf(record, "enacted"),
                    wonOf(record, "revised"),
                    wonOf(record, "executed")};
            }
        }
        section.tables << lines;
    }
    return section;
}

ReportSection Builder::indicators()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Indicators"));
    ReportTable summary{QStringLiteral("indicators"),
                        L.t(QT_TRANSLATE_NOOP("Report", "Indicators against their targets")),
                        {{L.field(QStringLiteral("name")), CellKind::Text},
                         {L.field(QStringLiteral("unit")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Latest")), CellKind::Integer},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Expected today")), CellKind::Integer},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Final target")), CellKind::Integer},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Target date")), CellKind::Date},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Gap to the final target")), CellKind::Integer}},
                        {},
                        {}};
    ReportTable targets{QStringLiteral("indicator-targets"),
                        L.t(QT_TRANSLATE_NOOP("Report", "Targets and observations")),
                        {{L.field(QStringLiteral("name")), CellKind::Text},
                         {L.field(QStringLiteral("date")), CellKind::Date},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Kind")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Value")), CellKind::Integer}},
                        {},
                        {}};
    for (const IndicatorFigures& indicator : m_figures.indicators) {
        summary.rows << QVariantList{indicator.name,
                                     indicator.unit,
                                     qint64(std::llround(indicator.latest)),
                                     qint64(std::llround(indicator.expectedToday)),
                                     qint64(std::llround(indicator.finalTarget)),
                                     indicator.finalDate,
                                     qint64(std::llround(indicator.gapToFinal()))};
        ReportChart chart;
        chart.title = indicator.name;
        chart.seriesName = L.t(QT_TRANSLATE_NOOP("Report", "Observed"));
        chart.secondName = L.t(QT_TRANSLATE_NOOP("Report", "Target"));
        for (const QPointF& point : indicator.observed) {
            const QDate day = QDate::fromJulianDay(qint64(point.x()));
            targets.rows << QVariantList{indicator.name, day, L.t(QT_TRANSLATE_NOOP("Report", "Observed")),
                                         qint64(std::llround(point.y()))};
            chart.bars << ReportBar{day.toString(Qt::ISODate), point.y()};
        }
        for (const QPointF& point : indicator.targets) {
            const QDate day = QDate::fromJulianDay(qint64(point.x()));
            targets.rows << QVariantList{indicator.name, day, L.t(QT_TRANSLATE_NOOP("Report", "Target")),
                                         qint64(std::llround(point.y()))};
            chart.second << ReportBar{day.toString(Qt::ISODate), point.y()};
        }
        section.charts << chart;
    }
    section.tables << summary << targets;
    return section;
}

ReportSection Builder::taskforces()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Task forces"));
    ReportTable list{QStringLiteral("taskforces"),
                     L.t(QT_TRANSLATE_NOOP("Report", "Task forces")),
                     {{L.field(QStringLiteral("name")), CellKind::Text},
                      {L.field(QStringLiteral("lead")), CellKind::Text},
                      {L.field(QStringLiteral("members")), CellKind::Integer},
                      {L.field(QStringLiteral("start")), CellKind::Date},
                      {L.field(QStringLiteral("end")), CellKind::Date},
                      {L.field(QStringLiteral("mandate")), CellKind::Text}},
                     {},
                     {}};
    ReportTable deliverables{QStringLiteral("deliverables"),
                             L.t(QT_TRANSLATE_NOOP("Report", "Deliverables")),
                             {{L.t(QT_TRANSLATE_NOOP("Report", "Task force")), CellKind::Text},
                              {L.field(QStringLiteral("title")), CellKind::Text},
                              {L.field(QStringLiteral("due")), CellKind::Date},
                              {L.field(QStringLiteral("status")), CellKind::Text}},
                             {},
                             {}};
    auto records = m_store.list(ListQuery{QStringLiteral("taskforce")});
    if (records) {
        for (const StoredRecord& record : *records) {
            list.rows << QVariantList{str(record, "name"),
                                      ministryName(str(record, "lead")),
                                      qint64(record.fields.value(QStringLiteral("members")).toArray().size()),
                                      dateOf(record, "start"),
                                      dateOf(record, "end"),
                                      shortened(str(record, "mandate"))};
            for (const QJsonValue& item : record.fields.value(QStringLiteral("deliverables")).toArray()) {
                const QJsonObject deliverable = item.toObject();
                deliverables.rows << QVariantList{
                    str(record, "name"), deliverable.value(QStringLiteral("title")).toString(),
                    QDate::fromString(deliverable.value(QStringLiteral("due")).toString(), Qt::ISODate),
                    L.choice(deliverable.value(QStringLiteral("status")).toString())};
            }
        }
    }
    section.tables << list << deliverables;
    return section;
}

ReportSection Builder::partnershipsAndMilestones()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Partnerships and milestones"));
    ReportTable partnerships{QStringLiteral("partnerships"),
                             L.t(QT_TRANSLATE_NOOP("Report", "Partnerships")),
                             {{L.field(QStringLiteral("title")), CellKind::Text},
                              {L.field(QStringLiteral("kind")), CellKind::Text},
                              {L.field(QStringLiteral("partners")), CellKind::Text},
                              {L.field(QStringLiteral("amount")), CellKind::Won},
                              {L.field(QStringLiteral("date")), CellKind::Date},
                              {L.field(QStringLiteral("status")), CellKind::Text}},
                             {},
                             {}};
    auto records = m_store.list(ListQuery{QStringLiteral("partnership"), {}, QStringLiteral("date")});
    if (records) {
        for (const StoredRecord& record : *records) {
            QStringList partners;
            for (const QJsonValue& partner : record.fields.value(QStringLiteral("partners")).toArray()) {
                partners << partner.toString();
            }
            partnerships.rows << QVariantList{
                str(record, "title"),    L.choice(str(record, "kind")), partners.join(QStringLiteral(", ")),
                wonOf(record, "amount"), dateOf(record, "date"),        L.choice(str(record, "status"))};
        }
    }
    cap(partnerships, kSummaryRows, L.t(QT_TRANSLATE_NOOP("Report", "the list in the application has all.")));
    ReportTable milestones{QStringLiteral("milestones"),
                           L.t(QT_TRANSLATE_NOOP("Report", "Milestones")),
                           {{L.field(QStringLiteral("title")), CellKind::Text},
                            {L.field(QStringLiteral("due")), CellKind::Date},
                            {L.field(QStringLiteral("status")), CellKind::Text}},
                           {},
                           {}};
    records = m_store.list(ListQuery{QStringLiteral("milestone"), {}, QStringLiteral("due")});
    if (records) {
        for (const StoredRecord& record : *records) {
            milestones.rows << QVariantList{str(record, "title"), dateOf(record, "due"),
                                            L.choice(str(record, "status"))};
        }
    }
    cap(milestones, kSummaryRows, L.t(QT_TRANSLATE_NOOP("Report", "the list in the application has all.")));
    section.tables << partnerships << milestones;
    return section;
}

Result<ReportSection> Builder::auditSection()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Audit log"));
    AuditLog log(m_vault);
    auto chains = log.verify();
    if (!chains) {
        return chains.error();
    }
    ReportTable status{QStringLiteral("audit-chains"),
                       L.t(QT_TRANSLATE_NOOP("Report", "Chains by site")),
                       {{L.t(QT_TRANSLATE_NOOP("Report", "Site")), CellKind::Text},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Entries")), CellKind::Integer},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Signed up to")), CellKind::Integer},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Status")), CellKind::Text}},
                       {},
                       {}};
    bool intact = true;
    for (const ChainStatus& chain : *chains) {
        intact = intact && chain.intact;
        status.rows << QVariantList{chain.name, chain.count, chain.signedSeq,
                                    chain.intact ? L.t(QT_TRANSLATE_NOOP("Report", "Intact"))
                                                 : chain.problem};
    }
    section.paragraphs
        << (intact ? L.t(QT_TRANSLATE_NOOP(
                         "Report", "Every site's chain was recomputed from its first entry and is intact; "
                                   "each signed head was checked with the site's key."))
                   : L.t(QT_TRANSLATE_NOOP(
                         "Report", "A chain is broken: the history was altered. See the status below.")));
    section.tables << status;
    auto sites = Sites(m_vault).all();
    QHash<QString, QString> names;
    if (sites) {
        for (const SiteEntry& site : *sites) {
            names.insert(site.id, site.name);
        }
    }
    ReportTable entries{QStringLiteral("audit-log"),
                        L.t(QT_TRANSLATE_NOOP("Report", "Entries, newest first")),
                        {{L.t(QT_TRANSLATE_NOOP("Report", "When (UTC)")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Site")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "No.")), CellKind::Integer},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Action")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Subject")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "What happened")), CellKind::Text}},
                        {},
                        {}};
    auto all = log.entries(AuditFilter{});
    if (!all) {
        return all.error();
    }
    const AuditText::Translate words = [this](const char* context, const char* source, int n) {
        return L.text(context, source, n);
    };
    // A record's entries name it as a reader knows it ("Resolution 2025-01"), its id after.
    QHash<QString, QString> subjects;
    const auto subject = [&](const QString& target) {
        const qsizetype slash = target.indexOf(QLatin1Char('/'));
        if (slash <= 0) {
            return target;
        }
        auto it = subjects.constFind(target);
        if (it != subjects.constEnd()) {
            return *it;
        }
        const QString id = target.mid(slash + 1);
        QString name;
        if (auto record = m_store.get(id)) {
            name = str(*record, "code");
            for (const char* base : {"title", "name"}) {
                if (name.isEmpty()) {
                    name = bilingual(*record, base);
                }
                if (name.isEmpty()) {
                    name = str(*record, base);
                }
            }
            for (const char* field : {"number", "description"}) {
                if (name.isEmpty()) {
                    name = str(*record, field);
                }
            }
        }
        const QString text =
            L.typeTitle(target.left(slash)) + QLatin1Char(' ') +
            (name.isEmpty() ? id
                            : shortened(name, 80) + QStringLiteral(" (") + id.left(8) + QLatin1Char(')'));
        subjects.insert(target, text);
        return text;
    };
    for (const AuditEntry& entry : *all) {
        const char* action = AuditText::actionSource(entry.action);
        entries.rows << QVariantList{entry.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                     names.value(entry.site, entry.site),
                                     entry.seq,
                                     action ? L.text("Audit", action) : entry.action,
                                     subject(entry.target),
                                     AuditText::describe(entry, words)};
    }
    section.tables << entries;
    return section;
}

Result<Report> Builder::build(const QString& kind)
{
    const auto cancelled = [] {
        return StorageError::make(
            StorageErrorCode::Cancelled,
            QCoreApplication::translate("Report", "The report was cancelled; nothing was written."));
    };
    Report report;
    report.kind = kind;
    report.language = L.code();
    report.title = ReportBuilder::kindTitle(kind, L);
    report.subtitle = L.t(QT_TRANSLATE_NOOP("Report", "National AI Strategy Committee"));
    report.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!step(0.0)) {
        return cancelled();
    }
    // The chain head the report is made from: signed, so that it can be checked later.
    AuditLog log(m_vault);
    if (m_sign) {
        auto head = log.signedLocalHead();
        if (!head) {
            return head.error();
        }
        report.auditSeq = head->first;
        report.auditHead = QString::fromLatin1(head->second.toHex());
    } else if (auto heads = log.heads(); heads) {
        auto me = Sites(m_vault).local();
        report.auditSeq = me ? heads->value(me->id) : 0;
    }
    auto site = Sites(m_vault).local();
    if (!site) {
        return site.error();
    }
    if (Status loaded = load(); !loaded) {
        return loaded.error();
    }
    if (!step(0.2)) {
        return cancelled();
    }
    const QString role =
        site->role.startsWith(QStringLiteral("ministry:"))
            ? L.t(QT_TRANSLATE_NOOP("Report", "ministry (%1)")).arg(site->role.mid(9))
            : (site->role == QLatin1String("auditor") ? L.t(QT_TRANSLATE_NOOP("Report", "auditor"))
                                                      : L.t(QT_TRANSLATE_NOOP("Report", "secretariat")));
    report.facts = {{L.t(QT_TRANSLATE_NOOP("Report", "Vault")), QFileInfo(m_vault.path()).fileName()},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Site")), site->name},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Role")), role},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Generated")),
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"))},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Audit chain head")),
                     L.t(QT_TRANSLATE_NOOP("Report", "entry %1, %2"))
                         .arg(L.number(report.auditSeq), report.auditHead.left(32))}};
    report.footer =
        QStringLiteral("%1 · %2 · %3 %4")
            .arg(site->name, role, L.t(QT_TRANSLATE_NOOP("Report", "audit head")), report.auditHead.left(16));
    const QString k = kind;
    if (k == QLatin1String("summary")) {
        report.sections << overview() << resolutions(false) << actions(false) << caios() << budget(false)
                        << indicators() << taskforces() << partnershipsAndMilestones();
    } else if (k == QLatin1String("resolutions")) {
        report.sections << resolutions(true) << actions(true);
    } else if (k == QLatin1String("caio")) {
        report.sections << caios();
    } else if (k == QLatin1String("budget")) {
        report.sections << budget(true);
    } else if (k == QLatin1String("taskforces")) {
        report.sections << taskforces();
    } else if (k == QLatin1String("indicators")) {
        report.sections << indicators();
    } else if (k == QLatin1String("audit")) {
        auto section = auditSection();
        if (!section) {
            return section.error();
        }
        report.sections << *section;
    } else {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Report", "'%1' is not a report: use %2.")
                                      .arg(kind, ReportBuilder::kinds().join(QStringLiteral(", "))));
    }
    if (!step(0.5)) {
        return cancelled();
    }
    return report;
}

} // namespace

Status ReportBuilder::noteExported(Vault& vault, const Report& report, const QString& format,
                                   const QString& fileName)
{
    return AuditLog(vault).append(QLatin1String(audit::kReport), fileName,
                                  {{QStringLiteral("kind"), report.kind},
                                   {QStringLiteral("format"), format},
                                   {QStringLiteral("language"), report.language},
                                   {QStringLiteral("head"), report.auditSeq}});
}

QStringList ReportBuilder::kinds()
{
    QStringList list;
    for (const auto& kind : kKinds) {
        list << QLatin1String(kind[0]);
    }
    return list;
}

QString ReportBuilder::kindTitle(const QString& kind, const ReportLanguage& language)
{
    for (const auto& entry : kKinds) {
        if (kind == QLatin1String(entry[0])) {
            return language.t(entry[1]);
        }
    }
    return kind;
}

Result<Report> ReportBuilder::build(Vault& vault, RecordStore& store, const QString& kind,
                                    const QString& language, const ReportProgress& progress, bool sign)
{
    const ReportLanguage L(language);
    return Builder(vault, store, L, progress, sign).build(kind);
}

} // namespace oneteam
