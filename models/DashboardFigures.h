#pragma once

#include "AuditLog.h"
#include "RecordStore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

namespace oneteam {

// What a dashboard shows, for one scope: the whole committee (the secretariat, an
// auditor) or one ministry (its officer). Every figure comes from a SQL aggregate over
// the live records (RecordStore::aggregate), so it is exact and testable without widgets.
struct DashboardScope
{
    QString ministryId = {}; // empty: every ministry
    int fiscalYear = 0;      // 0: every year
    QDate today = QDate::currentDate();
    bool changes = false;   // count the records changed in a period (the auditor's view)
    QDate changesFrom = {}; // the period "records changed" covers; invalid: the last 30 days
    QDate changesTo = {};
    // The period of interest: resolutions adopted, actions due, milestones and
    // partnerships dated in it (both days included). Invalid: no bound on that side.
    // Records without the date are left out once a bound is set.
    QDate from = {};
    QDate to = {};
    bool hasPeriod() const { return from.isValid() || to.isValid(); }
    bool inPeriod(const QDate& date) const
    {
        return date.isValid() ? (!from.isValid() || date >= from) && (!to.isValid() || date <= to)
                              : !hasPeriod();
    }
};

struct KeyCount
{
    QString key;
    qint64 count = 0;
};

struct KeyAmount
{
    QString key;
    qint64 amount = 0; // whole won
};

// Actions of one ministry: how many in each status, how many overdue.
struct MinistryActions
{
    QString ministryId;
    QString ministry; // its code or name
    QList<KeyCount> byStatus;
    qint64 total = 0;
    qint64 overdue = 0;
    qint64 open = 0; // neither completed nor cancelled
};

struct BudgetStages
{
    qint64 proposal = 0;
    qint64 enacted = 0;
    qint64 revised = 0;
    qint64 executed = 0;
    // Executed against the latest budget (revised, else enacted); 0 without one.
    double executionRate() const;
};

struct CaioCounts
{
    qint64 ministries = 0;
    qint64 active = 0;
    qint64 vacant = 0;
    qint64 rankFlagged = 0; // active, at a rank other than the two asked for
};

// An indicator's points as (days since epoch, value) with the path its targets imply.
struct IndicatorFigures
{
    QString id;
    QString name; // as the committee writes it (in Korean)
    QString unit;
    QString nameEn; // for English readers; may be empty
    QString unitEn;
    QList<QPointF> observed;   // baseline and observations, by date
    QList<QPointF> targets;    // the targets, by date
    QList<QPointF> trajectory; // from the first observation through every target
    double latest = 0;         // the last observation
    double expectedToday = 0;  // where the trajectory says it should be today
    double finalTarget = 0;
    QDate finalDate;
    // The name and unit a reader of the language sees: English when the record has it.
    QString nameIn(bool korean) const { return korean || nameEn.isEmpty() ? name : nameEn; }
    QString unitIn(bool korean) const { return korean || unitEn.isEmpty() ? unit : unitEn; }
    double gapToFinal() const { return finalTarget - latest; }
    double gapToday() const { return expectedToday - latest; }
    static double dayOf(const QDate& date) { return double(date.toJulianDay()); }
};

struct TimelineItem
{
    QDate date;
    QString type; // "milestone", "partnership"
    QString id;
    QString title;
    QString status;
};

// Another site and when a bundle from it was last imported here: how fresh this
// vault's picture of that office is.
struct SiteFreshness
{
    QString id;
    QString name;
    QString role;
    QDateTime lastReceived; // invalid: never
    qint64 daysSince(const QDate& today) const
    {
        return lastReceived.isValid() ? lastReceived.date().daysTo(today) : -1;
    }
};

struct DashboardFigures
{
    DashboardScope scope;
    QList<KeyCount> resolutionsByStatus;
    QList<KeyCount> resolutionsByKeyword;
    QList<MinistryActions> actionsByMinistry; // ministries with actions, open actions first
    qint64 actionsTotal = 0;
    qint64 actionsOverdue = 0;
    CaioCounts caio;
    BudgetStages budget;
    QList<KeyAmount> proposalByCategory;
    QList<KeyAmount> proposalByKeyword;
    QList<KeyAmount> enactedByMinistry;
    QList<int> fiscalYears; // the years budget lines name, for the filter
    QList<IndicatorFigures> indicators;
    // Milestones and partnerships with a date, by date: the latest kTimelineItems of each.
    QList<TimelineItem> timeline;
    static constexpr int kTimelineItems = 100;
    QList<KeyCount> changedByType; // records changed in the period
    // One ministry's view: its open actions, the overdue and the soonest due first.
    QList<StoredRecord> openActions;
    static constexpr int kOpenActions = 50;
    // Sync: the other trusted sites, the stalest first, and the conflicts waiting for review.
    QList<SiteFreshness> sites;
    qint64 conflicts = 0;
    // The audit log: its size and the outcome of its last full verification.
    AuditHealth audit;

    static Result<DashboardFigures> compute(const RecordStore& store, const DashboardScope& scope);
};

} // namespace oneteam
