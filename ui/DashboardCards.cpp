// The dashboard's cards, filled from the figures: one method per card or group of cards.
// The page itself (layout, scope, refresh, export and print) is in DashboardPage.cpp.
#include "DashboardPage.h"

#include "DashboardCharts.h"

#include "Theme.h"

#include "RecordLabels.h"
#include "RecordType.h"
#include "SyncDialogs.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTreeWidget>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace oneteam {

using namespace dashboard;

// Budget by stage, with the execution rate; bottom to top, so the proposal reads first.
void DashboardPage::showBudget(const DashboardFigures& f)
{
    QList<Bar> stages;
    for (const auto& [name, amount] :
         {std::pair{tr("Executed"), f.budget.executed}, std::pair{tr("Revised"), f.budget.revised},
          std::pair{tr("Enacted"), f.budget.enacted}, std::pair{tr("Proposal"), f.budget.proposal}}) {
        stages.append({name, QString(), double(amount) / kTrillion, won(amount)});
    }
    QChart* chart = horizontalBars(this, stages, trillionUnit(), "%.1f", kBlue, QStringLiteral("budget"));
    chart->setTitle(tr("Execution rate %1%").arg(QLocale().toString(f.budget.executionRate() * 100, 'f', 1)));
    setChart(m_views.value(QStringLiteral("budgetStages")), chart);

    // Amounts, the largest on top: the proposal by category (AX among them) and by keyword,
    // the enacted budget by ministry.
    const auto amountBars = [this](const QString& card, const QList<KeyAmount>& amounts, bool choices,
                                   const QColor& color) {
        QList<Bar> bars;
        for (auto it = amounts.crbegin(); it != amounts.crend(); ++it) {
            const QString name = it->key.isEmpty() ? tr("Other")
                                 : choices         ? RecordLabels::choice(it->key)
                                                   : it->key;
            bars.append({name, it->key, double(it->amount) / kTrillion, won(it->amount)});
        }
        setChart(m_views.value(card),
                 horizontalBars(this, bars, trillionUnit(), "%.1f", color, QStringLiteral("budget")));
    };
    amountBars(QStringLiteral("budgetCategories"), f.proposalByCategory, true, kTeal);
    amountBars(QStringLiteral("budgetMinistries"), f.enactedByMinistry, false, kBlue);
    amountBars(QStringLiteral("budgetKeywords"), f.proposalByKeyword, true, kTeal);
}

// Resolutions by status and by keyword.
void DashboardPage::showResolutions(const DashboardFigures& f)
{
    countBars(QStringLiteral("resolutions"), f.resolutionsByStatus, tr("Resolutions"), &RecordLabels::choice,
              QStringLiteral("resolution"));
    countBars(QStringLiteral("resolutionKeywords"), f.resolutionsByKeyword, tr("Resolutions"),
              &RecordLabels::choice, QStringLiteral("resolution"));
}

// Counts, the largest on top: resolutions by status and by keyword, records changed.
void DashboardPage::countBars(const QString& card, QList<KeyCount> counts, const QString& axisTitle,
                              const std::function<QString(const QString&)>& name, const QString& listType)
{
    std::stable_sort(counts.begin(), counts.end(),
                     [](const KeyCount& x, const KeyCount& y) { return x.count < y.count; });
    QList<Bar> bars;
    for (const KeyCount& entry : counts) {
        bars.append({entry.key.isEmpty() ? tr("None") : name(entry.key), entry.key, double(entry.count),
                     QString::number(entry.count)});
    }
    setChart(m_views.value(card),
             horizontalBars(this, bars, axisTitle, "%.0f", card == QLatin1String("changes") ? kAmber : kBlue,
                            listType));
}

// The first indicator (GPUs secured) against its targets and the path they imply.
void DashboardPage::showIndicator(const DashboardFigures& f)
{
    QChart* chart = newChart();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Counts in the hundreds of thousands read with separators: 200,000 rather than 200000.
    chart->setLocalizeNumbers(true);
    if (!f.indicators.isEmpty()) {
        const IndicatorFigures& indicator = f.indicators.first();
        const QString unit = indicator.unitIn(korean());
        const auto toMs = [](double day) { return chartX(QDate::fromJulianDay(qint64(day))); };
        auto* path = new QLineSeries;
        path->setName(tr("Path the targets imply"));
        QPen dashed(kGrey);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(2);
        path->setPen(dashed);
        auto* observed = new QLineSeries;
        observed->setName(tr("Secured"));
        observed->setPen(QPen(kBlue, 3));
        observed->setPointsVisible(true);
        auto* targets = new QScatterSeries;
        targets->setName(tr("Targets"));
        targets->setColor(kAmber);
        targets->setMarkerSize(11);
        double max = 0;
        for (const QPointF& point : indicator.trajectory) {
            path->append(toMs(point.x()), point.y());
            max = qMax(max, point.y());
        }
        for (const QPointF& point : indicator.observed) {
            observed->append(toMs(point.x()), point.y());
            max = qMax(max, point.y());
        }
        for (const QPointF& point : indicator.targets) {
            targets->append(toMs(point.x()), point.y());
        }
        for (QXYSeries* series : {static_cast<QXYSeries*>(path), static_cast<QXYSeries*>(observed),
                                  static_cast<QXYSeries*>(targets)}) {
            chart->addSeries(series);
            connect(series, &QXYSeries::hovered, this, [unit](const QPointF& point, bool on) {
                if (on) {
                    showTip(
                        QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date(),
                                           QLocale::ShortFormat) +
                        QStringLiteral(": ") + QLocale().toString(qRound64(point.y())) + QLatin1Char(' ') +
                        unit);
                }
            });
            connect(series, &QXYSeries::clicked, this,
                    [this, id = indicator.id] { emit openRecord(QStringLiteral("indicator"), id); });
        }
        // The years the points span (this year when there are none yet).
        QDate firstDay = QDate::currentDate();
        QDate lastDay = firstDay;
        if (!indicator.observed.isEmpty() || !indicator.targets.isEmpty()) {
            firstDay = QDate(9999, 12, 31);
            lastDay = QDate(1, 1, 1);
            for (const QList<QPointF>* points : {&indicator.observed, &indicator.targets}) {
                for (const QPointF& point : *points) {
                    firstDay = std::min(firstDay, QDate::fromJulianDay(qint64(point.x())));
                    lastDay = std::max(lastDay, QDate::fromJulianDay(qint64(point.x())));
                }
            }
        }
        auto* x = yearAxis(firstDay, lastDay);
        chart->addAxis(x, Qt::AlignBottom);
        auto* y = valueAxis(max, unit, "%.0f");
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries* series : chart->series()) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
        chart->setTitle(tr("%1: %2 now; %3 by %4 (%5 to go); the path expects %6 today")
                            .arg(indicator.nameIn(korean()), QLocale().toString(qRound64(indicator.latest)),
                                 QLocale().toString(qRound64(indicator.finalTarget)),
                                 QString::number(indicator.finalDate.year()),
                                 QLocale().toString(qRound64(indicator.gapToFinal())),
                                 QLocale().toString(qRound64(indicator.expectedToday))));
    }
    setChart(m_views.value(QStringLiteral("indicator")), chart);
}

// CAIO coverage.
void DashboardPage::showCaio(const DashboardFigures& f)
{
    QChart* chart = newChart();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.45);
    const qint64 proper = f.caio.active - f.caio.rankFlagged;
    const QList<std::tuple<QString, qint64, QColor>> slices{
        {tr("Active"), proper, kTeal},
        {tr("Flagged rank"), f.caio.rankFlagged, kAmber},
        {tr("Vacant"), f.caio.vacant, Theme::alert(palette())}};
    for (const auto& [name, count, color] : slices) {
        QPieSlice* slice = pie->append(tr("%1 (%2)").arg(name).arg(count), double(count));
        slice->setColor(color);
        connect(slice, &QPieSlice::hovered, this,
                [name = name, count = count, total = f.caio.ministries](bool on) {
                    if (on) {
                        showTip(tr("%1: %2 of %3 ministries").arg(name).arg(count).arg(total));
                    }
                });
        connect(slice, &QPieSlice::clicked, this,
                [this] { emit openList(QStringLiteral("ministry"), QString()); });
    }
    chart->addSeries(pie);
    // One ministry's view speaks of that ministry ("0 of 1 ministries" read oddly).
    chart->setTitle(
        f.caio.ministries != 1
            ? tr("%1 of %2 ministries have an active CAIO").arg(f.caio.active).arg(f.caio.ministries)
        : f.caio.active > 0 ? tr("The ministry has an active CAIO")
                            : tr("The ministry has no active CAIO yet"));
    setChart(m_views.value(QStringLiteral("caio")), chart);
}

// Actions: ministry by status, overdue in red; open actions first.
void DashboardPage::showActions(const DashboardFigures& f)
{
    QStringList statuses;
    for (const MinistryActions& entry : f.actionsByMinistry) {
        for (const KeyCount& status : entry.byStatus) {
            if (!statuses.contains(status.key)) {
                statuses << status.key;
            }
        }
    }
    m_actions->clear();
    m_actions->setColumnCount(int(statuses.size()) + 3);
    QStringList headers{tr("Ministry")};
    for (const QString& status : std::as_const(statuses)) {
        headers << RecordLabels::choice(status);
    }
    headers << tr("Open") << tr("Overdue");
    m_actions->setHorizontalHeaderLabels(headers);
    m_actions->setRowCount(int(f.actionsByMinistry.size()));
    for (int row = 0; row < f.actionsByMinistry.size(); ++row) {
        const MinistryActions& entry = f.actionsByMinistry.at(row);
        auto* name = new QTableWidgetItem(entry.ministry);
        name->setData(Qt::UserRole, entry.ministryId);
        m_actions->setItem(row, 0, name);
        for (int c = 0; c < statuses.size(); ++c) {
            qint64 count = 0;
            for (const KeyCount& status : entry.byStatus) {
                count += status.key == statuses.at(c) ? status.count : 0;
            }
            auto* item = new QTableWidgetItem(QString::number(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_actions->setItem(row, c + 1, item);
        }
        auto* openItem = new QTableWidgetItem(QString::number(entry.open));
        openItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_actions->setItem(row, int(statuses.size()) + 1, openItem);
        auto* overdue = new QTableWidgetItem(QString::number(entry.overdue));
        overdue->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (entry.overdue > 0) {
            overdue->setBackground(Theme::alertBackground(palette()));
            overdue->setForeground(Theme::alert(palette()));
            name->setForeground(Theme::alert(palette()));
        }
        m_actions->setItem(row, int(statuses.size()) + 2, overdue);
    }
    m_actions->resizeColumnsToContents();
}

// Milestones and partnerships by date.
void DashboardPage::showTimeline(const DashboardFigures& f)
{
    m_timeline->clear();
    for (const TimelineItem& item : f.timeline) {
        auto* row = new QTreeWidgetItem(m_timeline);
        row->setText(0, QLocale().toString(item.date, QLocale::ShortFormat));
        row->setText(1, item.title);
        row->setText(2, RecordLabels::choice(item.status));
        row->setData(0, Qt::UserRole, item.id);
        row->setData(0, Qt::UserRole + 1, item.type);
        if (item.date < QDate::currentDate() && item.status != QLatin1String("done") &&
            item.status != QLatin1String("cancelled") && item.type == QLatin1String("milestone")) {
            for (int c = 0; c < 3; ++c) {
                row->setForeground(c, Theme::alert(palette()));
            }
        }
    }
    m_timeline->resizeColumnToContents(0);
    timelineChart(f);
}

// What changed in the period chosen: the auditor's first question.
void DashboardPage::showChanges(const DashboardFigures& f)
{
    m_views.value(QStringLiteral("changes"))->parentWidget()->setVisible(f.scope.changes);
    m_changesFrom->setVisible(f.scope.changes);
    m_changesTo->setVisible(f.scope.changes);
    countBars(
        QStringLiteral("changes"), f.changedByType, tr("Records"),
        [](const QString& key) {
            const RecordType* type = RecordType::find(key);
            return type ? type->translatedTitle() : key;
        },
        QString());
}

// A ministry's own open actions, overdue first.
void DashboardPage::showOwnActions(const DashboardFigures& f)
{
    m_openActions->parentWidget()->setVisible(!f.scope.ministryId.isEmpty());
    m_openActions->clear();
    for (const StoredRecord& action : f.openActions) {
        auto* row = new QTreeWidgetItem(m_openActions);
        const QDate due =
            QDate::fromString(action.fields.value(QStringLiteral("due")).toString(), Qt::ISODate);
        row->setText(0, due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QString());
        row->setText(1, action.fields.value(QStringLiteral("description")).toString());
        row->setText(2, RecordLabels::choice(action.fields.value(QStringLiteral("status")).toString()));
        row->setData(0, Qt::UserRole, action.id);
        if (due.isValid() && due < f.scope.today) {
            for (int c = 0; c < 3; ++c) {
                row->setForeground(c, Theme::alert(palette()));
            }
        }
    }
    m_openActions->resizeColumnToContents(0);
}

// When each office last sent a bundle: how fresh this vault's picture of it is.
DashboardPage::Freshness DashboardPage::showSites(const DashboardFigures& f)
{
    m_sites->parentWidget()->setVisible(!f.sites.isEmpty());
    m_sites->clear();
    Freshness freshness;
    for (const SiteFreshness& site : f.sites) {
        auto* row = new QTreeWidgetItem(m_sites);
        row->setText(0, site.name);
        row->setText(1, roleTitle(site.role));
        const qint64 days = site.daysSince(f.scope.today);
        row->setText(2, site.lastReceived.isValid()
                            ? QLocale().toString(site.lastReceived.toLocalTime(), QLocale::ShortFormat)
                            : tr("never"));
        row->setText(3, days < 0 ? QString() : tr("%n day(s) ago", nullptr, int(days)));
        freshness.never += days < 0 ? 1 : 0;
        freshness.stale += days > kStaleDays ? 1 : 0;
        if (days < 0 || days > kStaleDays) {
            for (int c = 0; c < 4; ++c) {
                row->setForeground(c, days < 0 ? Theme::alert(palette()) : Theme::warning(palette()));
            }
        }
    }
    m_sites->resizeColumnToContents(0);
    return freshness;
}

// In words, the figures a reader wants first.
void DashboardPage::showSummary(const DashboardFigures& f, const Freshness& freshness)
{
    QStringList summary;
    summary << tr("Budget: proposal %1, enacted %2, executed %3.")
                   .arg(won(f.budget.proposal), won(f.budget.enacted), won(f.budget.executed));
    summary << tr("Actions: %1, of which %2 overdue.").arg(f.actionsTotal).arg(f.actionsOverdue);
    summary << tr("CAIO: %1 of %2 ministries covered.").arg(f.caio.active).arg(f.caio.ministries);
    if (f.sites.isEmpty()) {
        summary << tr("This vault exchanges bundles with no other office yet (Sync page).");
    } else {
        summary << tr("Bundles: %1 of %2 offices sent one in the last %3 days; %4 never did.")
                       .arg(f.sites.size() - freshness.stale - freshness.never)
                       .arg(f.sites.size())
                       .arg(kStaleDays)
                       .arg(freshness.never);
    }
    summary << (f.conflicts > 0 ? tr("%n conflict(s) to review (Sync page).", nullptr, int(f.conflicts))
                                : tr("No conflicts to review."));
    const AuditHealth& audit = f.audit;
    const int entries = int(std::min<qint64>(audit.entries, std::numeric_limits<int>::max()));
    const QLocale locale;
    if (audit.lastVerified.isEmpty()) {
        summary << tr("Audit log: %n entries (sites: %1), not verified yet (Audit page, Verify now).",
                      nullptr, entries)
                       .arg(locale.toString(audit.sites));
    } else {
        const QString when = locale.toString(
            QDateTime::fromString(audit.lastVerified, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
        summary
            << (audit.broken.isEmpty()
                    ? tr("Audit log: %n entries (sites: %1); verified intact on %2, entries added since: %3.",
                         nullptr, entries)
                          .arg(locale.toString(audit.sites), when, locale.toString(audit.entriesSince))
                    : tr("Audit log BROKEN at its verification on %1: %2 (Audit page).")
                          .arg(when, audit.broken.join(QStringLiteral(", "))));
    }
    m_summary->setText(summary.join(QLatin1Char(' ')));
}

} // namespace oneteam
