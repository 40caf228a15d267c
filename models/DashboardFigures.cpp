#include "DashboardFigures.h"

#include "Sites.h"

#include "RecordLabels.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
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
    figures.nameEn = record.fields.value(QStringLiteral("name_en")).toString();
    figures.unitEn = record.fields.value(QStringLiteral("unit_en")).toString();
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

// Limits `where` to records whose `field` (an ISO date) lies in the scope's period.
void addPeriod(QList<FieldCondition>* where, const QString& field, const DashboardScope& scope)
{
    if (scope.from.isValid()) {
        where->append({field, Op::NotLess, {scope.from.toString(Qt::ISODate)}});
    }
    if (scope.to.isValid()) {
        where->append({field, Op::Less, {scope.to.addDays(1).toString(Qt::ISODate)}});
    }
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

    // Resolutions by status and keyword, in one pass: a ministry sees those it leads.
    AggregateQuery resolutions{QStringLiteral("resolution"),
                               {QStringLiteral("status"), QStringLiteral("keyword")}};
    if (oneMinistry) {
        resolutions.where.append({QStringLiteral("lead_ministry"), Op::In, own});
    }
    addPeriod(&resolutions.where, QStringLiteral("adopted"), scope);
    auto resolutionRows = store.aggregate(resolutions);
    if (!resolutionRows) {
        return resolutionRows.error();
    }
    QMap<QString, qint64> byStatus;
    QMap<QString, qint64> byKeyword;
    for (const AggregateRow& row : *resolutionRows) {
        byStatus[row.keys.at(0)] += row.count;
        byKeyword[row.keys.at(1)] += row.count;
    }
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        figures.resolutionsByStatus.append({it.key(), it.value()});
    }
    for (auto it = byKeyword.cbegin(); it != byKeyword.cend(); ++it) {
        figures.resolutionsByKeyword.append({it.key(), it.value()});
    }

    // Actions by owner ministry and status, counting the overdue ones in the same pass.
    AggregateQuery actions{QStringLiteral("action"),
                           {QStringLiteral("owner_ministry"), QStringLiteral("status")}};
    if (oneMinistry) {
        actions.where.append({QStringLiteral("owner_ministry"), Op::In, own});
    }
    addPeriod(&actions.where, QStringLiteral("due"), scope);
    actions.countIf = {{QStringLiteral("due"), Op::Less, {scope.today.toString(Qt::ISODate)}},
                       {QStringLiteral("status"), Op::NotIn, kClosed}};
    auto actionRows = store.aggregate(actions);
    if (!actionRows) {
        return actionRows.error();
    }
    QHash<QString, MinistryActions> perMinistry;
    for (const AggregateRow& row : *actionRows) {
        MinistryActions& entry = perMinistry[row.keys.at(0)];
        entry.ministryId = row.keys.at(0);
        entry.ministry = ministryName.value(entry.ministryId, entry.ministryId);
        entry.byStatus.append({row.keys.at(1), row.count});
        entry.total += row.count;
        entry.overdue += row.countIf;
        if (!kClosed.contains(row.keys.at(1))) {
            entry.open += row.count;
        }
        figures.actionsTotal += row.count;
        figures.actionsOverdue += row.countIf;
    }
    figures.actionsByMinistry = perMinistry.values();
    std::sort(figures.actionsByMinistry.begin(), figures.actionsByMinistry.end(),
              [](const MinistryActions& x, const MinistryActions& y) {
                  if (x.overdue != y.overdue) {
                      return x.overdue > y.overdue;
                  }
                  if (x.open != y.open) {
                      return x.open > y.open;
                  }
                  return x.ministry < y.ministry;
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

    // The budget in one pass over its top-level lines (a line's parts would count twice),
    // by year, category, keyword and ministry; the totals and breakdowns add those up.
    AggregateQuery budget{QStringLiteral("budget"),
                          {QStringLiteral("fiscal_year"), QStringLiteral("category"),
                           QStringLiteral("keyword"), QStringLiteral("ministry")},
                          {QStringLiteral("proposal"), QStringLiteral("enacted"), QStringLiteral("revised"),
                           QStringLiteral("executed")},
                          {{QStringLiteral("parent"), Op::Missing}}};
    if (oneMinistry) {
        budget.where.append({QStringLiteral("ministry"), Op::In, own});
    }
    auto budgetRows = store.aggregate(budget);
    if (!budgetRows) {
        return budgetRows.error();
    }
    QMap<QString, qint64> byCategory;
    QMap<QString, qint64> byBudgetKeyword;
    QMap<QString, qint64> byMinistry;
    QSet<int> years;
    for (const AggregateRow& row : *budgetRows) {
        const int year = row.keys.at(0).toInt();
        if (year > 0) {
            years.insert(year);
        }
        if (scope.fiscalYear > 0 && year != scope.fiscalYear) {
            continue;
        }
        figures.budget.proposal += row.sums.at(0);
        figures.budget.enacted += row.sums.at(1);
        figures.budget.revised += row.sums.at(2);
        figures.budget.executed += row.sums.at(3);
        byCategory[row.keys.at(1)] += row.sums.at(0);
        byBudgetKeyword[row.keys.at(2)] += row.sums.at(0);
        byMinistry[row.keys.at(3)] += row.sums.at(1);
    }
    const auto ranked = [](const QMap<QString, qint64>& amounts) {
        QList<KeyAmount> out;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
            if (it.value() != 0) {
                out.append({it.key(), it.value()});
            }
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const KeyAmount& x, const KeyAmount& y) { return x.amount > y.amount; });
        return out;
    };
    figures.proposalByCategory = ranked(byCategory);
    figures.proposalByKeyword = ranked(byBudgetKeyword);
    figures.enactedByMinistry = ranked(byMinistry);
    for (KeyAmount& entry : figures.enactedByMinistry) {
        entry.key = ministryName.value(entry.key, entry.key);
    }
    figures.fiscalYears = years.values();
    std::sort(figures.fiscalYears.begin(), figures.fiscalYears.end());

    // A ministry's own open actions, by due date (undated last).
    if (oneMinistry) {
        ListQuery ownActions{QStringLiteral("action"), QString(), QStringLiteral("due")};
        ownActions.refField = QStringLiteral("owner_ministry");
        ownActions.refId = scope.ministryId;
        ownActions.limit = 1000;
        auto listed = store.list(ownActions);
        if (!listed) {
            return listed.error();
        }
        QList<StoredRecord> undated;
        for (const StoredRecord& action : *listed) {
            if (kClosed.contains(action.fields.value(QStringLiteral("status")).toString()) ||
                !scope.inPeriod(
                    QDate::fromString(action.fields.value(QStringLiteral("due")).toString(), Qt::ISODate))) {
                continue;
            }
            (action.fields.value(QStringLiteral("due")).toString().isEmpty() ? undated : figures.openActions)
                .append(action);
        }
        figures.openActions += undated;
        if (figures.openActions.size() > kOpenActions) {
            figures.openActions.resize(kOpenActions);
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
        const QString dateField = QLatin1String(type) == QLatin1String("milestone") ? QStringLiteral("due")
                                                                                    : QStringLiteral("date");
        // The latest in the period: dated before its end, newest first, then its start.
        ListQuery latest{QLatin1String(type), QString(), dateField, true,
                         scope.hasPeriod() ? -1 : kTimelineItems};
        auto records = store.list(latest);
        if (!records) {
            return records.error();
        }
        int kept = 0;
        for (const StoredRecord& record : *records) {
            const QDate date = QDate::fromString(record.fields.value(dateField).toString(), Qt::ISODate);
            if (date.isValid() && scope.inPeriod(date) && kept < kTimelineItems) {
                ++kept;
                figures.timeline.append({date, record.type, record.id,
                                         record.fields.value(QStringLiteral("title")).toString(),
                                         record.fields.value(QStringLiteral("status")).toString()});
            }
        }
    }
    std::sort(figures.timeline.begin(), figures.timeline.end(),
              [](const TimelineItem& a, const TimelineItem& b) { return a.date < b.date; });

    // How fresh each office's picture is, and what waits for review.
    Sites sites(store.vault());
    auto known = sites.all();
    auto received = sites.lastReceived();
    if (!known || !received) {
        return known ? received.error() : known.error();
    }
    for (const SiteEntry& site : *known) {
        if (site.local || !site.trusted) {
            continue;
        }
        const QString at = received->value(site.id);
        figures.sites.append({site.id, site.name, site.role,
                              at.isEmpty() ? QDateTime() : QDateTime::fromString(at, Qt::ISODateWithMs)});
    }
    std::sort(figures.sites.begin(), figures.sites.end(), [](const SiteFreshness& a, const SiteFreshness& b) {
        if (a.lastReceived.isValid() != b.lastReceived.isValid()) {
            return !a.lastReceived.isValid();
        }
        return a.lastReceived != b.lastReceived ? a.lastReceived < b.lastReceived : a.name < b.name;
    });
    auto conflicts = store.conflicts();
    if (!conflicts) {
        return conflicts.error();
    }
    figures.conflicts = conflicts->size();
    auto audit = AuditLog(store.vault()).health();
    if (!audit) {
        return audit.error();
    }
    figures.audit = *audit;

    // Records changed in the period (the auditor's view).
    if (!scope.changes) {
        return figures;
    }
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
