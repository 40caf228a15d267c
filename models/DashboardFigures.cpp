#include "DashboardFigures.h"

#include "RecordLabels.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace oneteam {

namespace {

using Op = FieldCondition::Op;

const QStringList kClosed{QStringLiteral("completed"), QStringLiteral("cancelled")};

QList<QPointF> pointsOf(const QJsonValue& value)
{
    QList<QPointF> points;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject point = item.toObject();
        const QDate date = QDate::fromString(point.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (date.isValid() && point.value(QStringLiteral("value")).isDouble()) {
            points.append({IndicatorFigures::dayOf(date), point.value(QStringLiteral("value")).toDouble()});
        }
    }
    return points;
}

// The value a piecewise-linear path has on a day (flat before its start and after its end).
double valueOn(const QList<QPointF>& path, double day)
{
    if (path.isEmpty()) {
        return 0;
    }
    if (day <= path.first().x()) {
        return path.first().y();
    }
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QPointF& a = path.at(i - 1);
        const QPointF& b = path.at(i);
        if (day <= b.x()) {
            return b.x() == a.x() ? b.y() : a.y() + (b.y() - a.y()) * (day - a.x()) / (b.x() - a.x());
        }
    }
    return path.last().y();
}

IndicatorFigures indicatorFigures(const StoredRecord& record, const QDate& today)
{
    IndicatorFigures figures;
    figures.id = record.id;
    figures.name = record.fields.value(QStringLiteral("name")).toString();
    figures.unit = record.fields.value(QStringLiteral("unit")).toString();
    const auto byDate = [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); };
    figures.observed = pointsOf(record.fields.value(QStringLiteral("baseline"))) +
                       pointsOf(record.fields.value(QStringLiteral("observations")));
    std::sort(figures.observed.begin(), figures.observed.end(), byDate);
    // A baseline repeated as the first observation is one point.
    figures.observed.erase(std::unique(figures.observed.begin(), figures.observed.end()),
                           figures.observed.end());
    figures.targets = pointsOf(record.fields.value(QStringLiteral("targets")));
    std::sort(figures.targets.begin(), figures.targets.end(), byDate);
    if (!figures.observed.isEmpty()) {
        figures.latest = figures.observed.last().y();
        figures.trajectory.append(figures.observed.first());
    }
    for (const QPointF& target : std::as_const(figures.targets)) {
        if (figures.trajectory.isEmpty() || target.x() > figures.trajectory.last().x()) {
            figures.trajectory.append(target);
        }
    }
    if (!figures.targets.isEmpty()) {
        figures.finalTarget = figures.targets.last().y();
        figures.finalDate = QDate::fromJulianDay(qint64(figures.targets.last().x()));
    }
    figures.expectedToday = valueOn(figures.trajectory, IndicatorFigures::dayOf(today));
    return figures;
}

} // namespace

double BudgetStages::executionRate() const
{
    const qint64 base = revised > 0 ? revised : enacted;
    return base > 0 ? double(executed) / double(base) : 0.0;
}

Result<DashboardFigures> DashboardFigures::compute(const RecordStore& store, const DashboardScope& scope)
{
    DashboardFigures figures;
    figures.scope = scope;
    const bool oneMinistry = !scope.ministryId.isEmpty();
    const QStringList own{scope.ministryId};

    // Ministries, by id: their codes name the rows and bars.
    auto ministries = store.list({QStringLiteral("ministry")});
    if (!ministries) {
        return ministries.error();
    }
    QHash<QString, QString> ministryName;
    QStringList ministryIds; // kind "ministry", in the scope
    for (const StoredRecord& ministry : *ministries) {
        ministryName.insert(ministry.id, RecordLabels::recordName(ministry));
        if (ministry.fields.value(QStringLiteral("kind")).toString() == QLatin1String("ministry") &&
            (!oneMinistry || ministry.id == scope.ministryId)) {
            ministryIds << ministry.id;
        }
    }

    const auto counts = [&store](AggregateQuery query) -> Result<QList<KeyCount>> {
        auto rows = store.aggregate(query);
        if (!rows) {
            return rows.error();
        }
        QList<KeyCount> out;
        for (const AggregateRow& row : *rows) {
            out.append({row.keys.value(0), row.count});
        }
        return out;
    };

    // Resolutions: a ministry sees those it leads.
    AggregateQuery resolutions{QStringLiteral("resolution"), {QStringLiteral("status")}};
    if (oneMinistry) {
        resolutions.where.append({QStringLiteral("lead_ministry"), Op::In, own});
    }
    auto byStatus = counts(resolutions);
    if (!byStatus) {
        return byStatus.error();
    }
    figures.resolutionsByStatus = *byStatus;
    resolutions.groupBy = {QStringLiteral("keyword")};
    auto byKeyword = counts(resolutions);
    if (!byKeyword) {
        return byKeyword.error();
    }
    figures.resolutionsByKeyword = *byKeyword;

    // Actions by owner ministry and status, and the overdue ones.
    AggregateQuery actions{QStringLiteral("action"),
                           {QStringLiteral("owner_ministry"), QStringLiteral("status")}};
    if (oneMinistry) {
        actions.where.append({QStringLiteral("owner_ministry"), Op::In, own});
    }
    auto actionRows = store.aggregate(actions);
    if (!actionRows) {
        return actionRows.error();
    }
    AggregateQuery overdue = actions;
    overdue.groupBy = {QStringLiteral("owner_ministry")};
    overdue.where.append({QStringLiteral("due"), Op::Less, {scope.today.toString(Qt::ISODate)}});
    overdue.where.append({QStringLiteral("status"), Op::NotIn, kClosed});
    auto overdueRows = store.aggregate(overdue);
    if (!overdueRows) {
        return overdueRows.error();
    }
    QHash<QString, MinistryActions> perMinistry;
    for (const AggregateRow& row : *actionRows) {
        MinistryActions& entry = perMinistry[row.keys.at(0)];
        entry.ministryId = row.keys.at(0);
        entry.ministry = ministryName.value(entry.ministryId, entry.ministryId);
        entry.byStatus.append({row.keys.at(1), row.count});
        entry.total += row.count;
        if (!kClosed.contains(row.keys.at(1))) {
            entry.open += row.count;
        }
        figures.actionsTotal += row.count;
    }
    for (const AggregateRow& row : *overdueRows) {
        perMinistry[row.keys.at(0)].overdue = row.count;
        figures.actionsOverdue += row.count;
    }
    figures.actionsByMinistry = perMinistry.values();
    std::sort(figures.actionsByMinistry.begin(), figures.actionsByMinistry.end(),
              [](const MinistryActions& a, const MinistryActions& b) {
                  if (a.overdue != b.overdue) {
                      return a.overdue > b.overdue;
                  }
                  if (a.open != b.open) {
                      return a.open > b.open;
                  }
                  return a.ministry < b.ministry;
              });

    // CAIO coverage over the ministries in scope.
    auto caios = store.aggregate({QStringLiteral("caio"),
                                  {QStringLiteral("ministry"), QStringLiteral("rank")},
                                  {},
                                  {{QStringLiteral("status"), Op::In, {QStringLiteral("active")}}}});
    if (!caios) {
        return caios.error();
    }
    QSet<QString> covered;
    QSet<QString> flagged;
    for (const AggregateRow& row : *caios) {
        if (ministryIds.contains(row.keys.at(0))) {
            covered.insert(row.keys.at(0));
            if (row.keys.at(1) == QLatin1String("other")) {
                flagged.insert(row.keys.at(0));
            }
        }
    }
    figures.caio = {ministryIds.size(), covered.size(), ministryIds.size() - covered.size(), flagged.size()};

    // The budget: top-level lines (a line's parts would count twice), in the year chosen.
    AggregateQuery budget{QStringLiteral("budget"),
                          {},
                          {QStringLiteral("proposal"), QStringLiteral("enacted"), QStringLiteral("revised"),
                           QStringLiteral("executed")},
                          {{QStringLiteral("parent"), Op::Missing}}};
    if (scope.fiscalYear > 0) {
        budget.where.append({QStringLiteral("fiscal_year"), Op::In, {QString::number(scope.fiscalYear)}});
    }
    if (oneMinistry) {
        budget.where.append({QStringLiteral("ministry"), Op::In, own});
    }
    auto stages = store.aggregate(budget);
    if (!stages) {
        return stages.error();
    }
    if (!stages->isEmpty()) {
        const QList<qint64>& sums = stages->first().sums;
        figures.budget = {sums.at(0), sums.at(1), sums.at(2), sums.at(3)};
    }
    const auto amounts = [&store](AggregateQuery query, const QString& group,
                                  const QString& amount) -> Result<QList<KeyAmount>> {
        query.groupBy = {group};
        query.sums = {amount};
        auto rows = store.aggregate(query);
        if (!rows) {
            return rows.error();
        }
        QList<KeyAmount> out;
        for (const AggregateRow& row : *rows) {
            if (row.sums.at(0) != 0) {
                out.append({row.keys.at(0), row.sums.at(0)});
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const KeyAmount& a, const KeyAmount& b) { return a.amount > b.amount; });
        return out;
    };
    auto byCategory = amounts(budget, QStringLiteral("category"), QStringLiteral("proposal"));
    auto byBudgetKeyword = amounts(budget, QStringLiteral("keyword"), QStringLiteral("proposal"));
    auto byMinistry = amounts(budget, QStringLiteral("ministry"), QStringLiteral("enacted"));
    if (!byCategory || !byBudgetKeyword || !byMinistry) {
        return (!byCategory        ? byCategory.error()
                : !byBudgetKeyword ? byBudgetKeyword.error()
                                   : byMinistry.error());
    }
    figures.proposalByCategory = *byCategory;
    figures.proposalByKeyword = *byBudgetKeyword;
    figures.enactedByMinistry = *byMinistry;
    for (KeyAmount& entry : figures.enactedByMinistry) {
        entry.key = ministryName.value(entry.key, entry.key);
    }
    auto years = store.aggregate({QStringLiteral("budget"), {QStringLiteral("fiscal_year")}});
    if (!years) {
        return years.error();
    }
    for (const AggregateRow& row : *years) {
        if (row.keys.at(0).toInt() > 0) {
            figures.fiscalYears.append(row.keys.at(0).toInt());
        }
    }

    // Indicators (national: every scope sees them) and the timeline.
    auto indicators = store.list({QStringLiteral("indicator")});
    if (!indicators) {
        return indicators.error();
    }
    for (const StoredRecord& indicator : *indicators) {
        figures.indicators.append(indicatorFigures(indicator, scope.today));
    }
    for (const char* type : {"milestone", "partnership"}) {
        auto records = store.list({QLatin1String(type)});
        if (!records) {
            return records.error();
        }
        const QString dateField = QLatin1String(type) == QLatin1String("milestone") ? QStringLiteral("due")
                                                                                    : QStringLiteral("date");
        for (const StoredRecord& record : *records) {
            const QDate date = QDate::fromString(record.fields.value(dateField).toString(), Qt::ISODate);
            if (date.isValid()) {
                figures.timeline.append({date, record.type, record.id,
                                         record.fields.value(QStringLiteral("title")).toString(),
                                         record.fields.value(QStringLiteral("status")).toString()});
            }
        }
    }
    std::sort(figures.timeline.begin(), figures.timeline.end(),
              [](const TimelineItem& a, const TimelineItem& b) { return a.date < b.date; });

    // Records changed in the period (the auditor's view).
    const QDate from = scope.changesFrom.isValid() ? scope.changesFrom : scope.today.addDays(-30);
    const QDate to = scope.changesTo.isValid() ? scope.changesTo : scope.today;
    auto changed = store.changedRecords(from.startOfDay(Qt::UTC), to.addDays(1).startOfDay(Qt::UTC));
    if (!changed) {
        return changed.error();
    }
    for (const AggregateRow& row : *changed) {
        figures.changedByType.append({row.keys.at(0), row.count});
    }
    return figures;
}

} // namespace oneteam
