#include "DashboardCharts.h"

#include "DashboardPage.h"
#include "RecordLabels.h"
#include "RecordType.h"
#include "Theme.h"
#include "WonFormat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace oneteam {

namespace dashboard {

const QColor kBlue(0x1f, 0x5f, 0xa8);
const QColor kTeal(0x2a, 0x9d, 0x8f);
const QColor kAmber(0xe9, 0xa2, 0x3b);
const QColor kGrey(0x9a, 0xa5, 0xb1);

bool korean()
{
    return QLocale().language() == QLocale::Korean;
}

QString won(qint64 amount)
{
    return WonFormat::format(amount, korean() ? WonFormat::Language::Korean : WonFormat::Language::English);
}

QString trillionUnit()
{
    return korean() ? QStringLiteral("조 원") : QStringLiteral("KRW trillion");
}

QChart* newChart()
{
    auto* chart = new QChart;
    // The chart follows the window's palette: its own theme for the background and axes,
    // the series keep the colours set on them.
    const QPalette palette = QApplication::palette();
    chart->setTheme(Theme::isHighContrast(palette) ? QChart::ChartThemeHighContrast
                    : Theme::isDark(palette)       ? QChart::ChartThemeDark
                                                   : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

double chartX(const QDate& date)
{
    return double(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QCategoryAxis* yearAxis(const QDate& from, const QDate& to)
{
    const int first = from.year();
    const int years = std::max(1, to.year() + 1 - first);
    const int step = (years + 9) / 10;
    const int last = first + (years + step - 1) / step * step;
    const auto januaryFirst = [](int year) { return chartX(QDate(year, 1, 1)); };
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A little room before the first line and after the last, so that a point on either
    // (a target on 31 December, a baseline on 1 January) is not cut in half by the plot's edge.
    const double margin = (januaryFirst(last) - januaryFirst(first)) * 0.02;
    axis->setRange(januaryFirst(first) - margin, januaryFirst(last) + margin);
    // A category runs from the one before it up to its own value, where its label sits.
    axis->setStartValue(januaryFirst(first) - margin);
    for (int year = first; year <= last; year += step) {
        axis->append(QString::number(year), januaryFirst(year));
    }
    return axis;
}

QCategoryAxis* monthAxis(const QDate& from, const QDate& to)
{
    const auto monthIndex = [](const QDate& date) { return date.year() * 12 + date.month() - 1; };
    const auto monthStart = [](int index) { return QDate(index / 12, index % 12 + 1, 1); };
    // Whole months from the one holding from - 15 days to the one after to + 15 days.
    const int start = monthIndex(from.addDays(-15));
    const int end = monthIndex(to.addDays(15)) + 1;
    // The first line at or before the start and the last at or after the end, every `step` months.
    const auto firstLine = [start](int step) { return start - start % step; };
    const auto lastLine = [end](int step) { return end + (step - end % step) % step; };
    const auto lines = [&](int step) { return (lastLine(step) - firstLine(step)) / step + 1; };
    int step = 0;
    for (const int candidate : {1, 2, 3, 6}) {
        if (lines(candidate) <= 10) {
            step = candidate;
            break;
        }
    }
    if (step == 0) { // a year or more apart: whole years, every one or every few
        step = 12;
        while (lines(step) > 10) {
            step += 12;
        }
    }
    const int first = firstLine(step);
    const int last = lastLine(step);
    const QString format = korean() ? QStringLiteral("yyyy. M.") : QStringLiteral("MMM yyyy");
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(chartX(monthStart(first)), chartX(monthStart(last)));
    axis->setStartValue(chartX(monthStart(first)));
    for (int month = first; month <= last; month += step) {
        axis->append(QLocale().toString(monthStart(month), format), chartX(monthStart(month)));
    }
    return axis;
}

QValueAxis* valueAxis(double max, const QString& title, const char* format)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.15 : 1);
    axis->setLabelFormat(QLatin1String(format));
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    if (qstrcmp(format, "%.0f") == 0) {
        // Whole numbers: a tick between two of them would print one of them twice
        // ("0 1 1 2"). Keep as many ticks as there are whole steps, at most as many as
        // the nice numbers chose.
        const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        if (step != std::floor(step)) {
            const int top = int(std::ceil(axis->max()));
            for (int steps = std::min(axis->tickCount() - 1, top); steps >= 1; --steps) {
                if (top % steps == 0) {
                    axis->setRange(0, top);
                    axis->setTickCount(steps + 1);
                    break;
                }
            }
        }
    }
    return axis;
}

// The view takes the new chart; the one it showed is deleted (QChartView lets it go).
void setChart(QChartView* view, QChart* chart)
{
    // Titles, labels and grid in the palette's text colours: readable on every theme.
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.25);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void showTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text);
}

// Bars from the bottom up, on a value axis titled `axisTitle`; a click opens the list of
// `listType` filtered by the bar's key (no list: no click).
QChart* horizontalBars(DashboardPage* page, const QList<Bar>& bars, const QString& axisTitle,
                       const char* format, const QColor& color, const QString& listType)
{
    QChart* chart = newChart();
    auto* set = new QBarSet(axisTitle);
    set->setColor(color);
    QStringList names;
    double max = 0;
    for (const Bar& bar : bars) {
        names << bar.name;
        *set << bar.value;
        max = qMax(max, bar.value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    chart->addAxis(x, Qt::AlignLeft);
    series->attachAxis(x);
    auto* y = valueAxis(max, axisTitle, format);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(y);
    if (bars.isEmpty()) {
        // An empty grid alone reads as a chart that failed to draw.
        chart->setTitle(
            QApplication::translate("oneteam::DashboardPage", "Nothing to show for this view and period."));
    }
    QObject::connect(set, &QBarSet::hovered, page, [bars](bool on, int index) {
        if (on && index >= 0 && index < bars.size()) {
            showTip(bars.at(index).name + QStringLiteral(": ") + bars.at(index).tip);
        }
    });
    if (!listType.isEmpty()) {
        QObject::connect(set, &QBarSet::clicked, page, [page, bars, listType](int index) {
            if (index >= 0 && index < bars.size()) {
                emit page->openList(listType, bars.at(index).key);
            }
        });
    }
    return chart;
}

} // namespace dashboard

using namespace dashboard;

// Milestones and partnerships on a time axis, one lane each, coloured by where they
// stand (done, open, overdue), with today's date as a line. Hovering names the records at
// a point; clicking opens the first of them.
void DashboardPage::timelineChart(const DashboardFigures& f)
{
    QChartView* view = m_views.value(QStringLiteral("timelineChart"));
    view->parentWidget()->setVisible(!f.timeline.isEmpty());
    QChart* chart = newChart();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QPalette palette = QApplication::palette();
    const auto lane = [](const QString& type) { return type == QLatin1String("milestone") ? 1.5 : 0.5; };
    struct Group
    {
        QString name;
        QColor color;
        QScatterSeries* series = nullptr;
    };
    Group groups[] = {
        {tr("Done"), kTeal}, {tr("Planned or under way"), kBlue}, {tr("Overdue"), Theme::alert(palette)}};
    for (Group& group : groups) {
        group.series = new QScatterSeries;
        group.series->setName(group.name);
        group.series->setColor(group.color);
        group.series->setBorderColor(palette.color(QPalette::Base));
        group.series->setMarkerSize(13);
    }
    QDate first = f.scope.today;
    QDate last = f.scope.today;
    for (const TimelineItem& item : f.timeline) {
        const bool done = item.status == QLatin1String("done") || item.status == QLatin1String("cancelled");
        const bool overdue = !done && item.type == QLatin1String("milestone") && item.date < f.scope.today;
        groups[done ? 0 : overdue ? 2 : 1].series->append(chartX(item.date), lane(item.type));
        first = qMin(first, item.date);
        last = qMax(last, item.date);
    }
    auto* today = new QLineSeries;
    today->setName(tr("Today"));
    QPen dashed(kGrey);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    today->setPen(dashed);
    today->append(chartX(f.scope.today), 0);
    today->append(chartX(f.scope.today), 2);
    chart->addSeries(today);
    // The records at a point of the chart, by date and lane.
    const auto itemsAt = [items = f.timeline, lane](const QPointF& point) {
        QList<TimelineItem> found;
        for (const TimelineItem& item : items) {
            if (qAbs(chartX(item.date) - point.x()) < 43200000.0 &&
                qFuzzyCompare(lane(item.type), point.y())) {
                found << item;
            }
        }
        return found;
    };
    for (Group& group : groups) {
        chart->addSeries(group.series);
        connect(group.series, &QXYSeries::hovered, this, [itemsAt](const QPointF& point, bool on) {
            if (!on) {
                return;
            }
            QStringList lines;
            for (const TimelineItem& item : itemsAt(point)) {
                lines << QStringLiteral("%1 · %2 (%3)")
                             .arg(QLocale().toString(item.date, QLocale::ShortFormat), item.title,
                                  RecordLabels::choice(item.status));
            }
            showTip(lines.join(QLatin1Char('\n')));
        });
        connect(group.series, &QXYSeries::clicked, this, [this, itemsAt](const QPointF& point) {
            const QList<TimelineItem> found = itemsAt(point);
            if (!found.isEmpty()) {
                emit openRecord(found.first().type, found.first().id);
            }
        });
    }
    QCategoryAxis* x = monthAxis(first, last);
    chart->addAxis(x, Qt::AlignBottom);
    // The last label is centred on the plot's right edge: leave room for its right half.
    QMargins margins = chart->margins();
    margins.setRight(margins.right() +
                     QFontMetrics(x->labelsFont()).horizontalAdvance(x->categoriesLabels().last()) / 2);
    chart->setMargins(margins);
    auto* y = new QCategoryAxis;
    y->setRange(0, 2);
    y->append(RecordType::find(QStringLiteral("partnership"))->translatedTitle(), 1);
    y->append(RecordType::find(QStringLiteral("milestone"))->translatedTitle(), 2);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    setChart(view, chart);
}

} // namespace oneteam
