// The area sections of a report: resolutions, actions, Chief AI Officers, budget,
// indicators, task forces, partnerships and milestones.
#include "ReportBuilderDetail.h"

#include <QJsonArray>

#include <cmath>

namespace oneteam::reportbuilder {

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
        const QString name = indicator.nameIn(L.korean());
        summary.rows << QVariantList{name,
                                     indicator.unitIn(L.korean()),
                                     qint64(std::llround(indicator.latest)),
                                     qint64(std::llround(indicator.expectedToday)),
                                     qint64(std::llround(indicator.finalTarget)),
                                     indicator.finalDate,
                                     qint64(std::llround(indicator.gapToFinal()))};
        ReportChart chart;
        chart.title = name;
        chart.seriesName = L.t(QT_TRANSLATE_NOOP("Report", "Observed"));
        chart.secondName = L.t(QT_TRANSLATE_NOOP("Report", "Target"));
        for (const QPointF& point : indicator.observed) {
            const QDate day = QDate::fromJulianDay(qint64(point.x()));
            targets.rows << QVariantList{name, day, L.t(QT_TRANSLATE_NOOP("Report", "Observed")),
                                         qint64(std::llround(point.y()))};
            chart.bars << ReportBar{day.toString(Qt::ISODate), point.y()};
        }
        for (const QPointF& point : indicator.targets) {
            const QDate day = QDate::fromJulianDay(qint64(point.x()));
            targets.rows << QVariantList{name, day, L.t(QT_TRANSLATE_NOOP("Report", "Target")),
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

} // namespace oneteam::reportbuilder
