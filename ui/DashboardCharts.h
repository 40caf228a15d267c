#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QCategoryAxis;
class QChart;
class QChartView;
class QDate;
class QValueAxis;

namespace oneteam {

class DashboardPage;

// The pieces the dashboard's charts are built from: colours, units, a chart that follows
// the palette, bar charts that open the list behind a bar. DashboardPage puts them
// together; DashboardPage::timelineChart is defined with them.
namespace dashboard {

extern const QColor kBlue;
extern const QColor kTeal;
extern const QColor kAmber;
extern const QColor kGrey;
// An office whose last bundle is older than this many days is shown as stale.
inline constexpr int kStaleDays = 14;
// Amount axes count in trillions of won: 조 in Korean, KRW trillion in English.
inline constexpr double kTrillion = 1e12;

bool korean();
QString won(qint64 amount);
QString trillionUnit();
// A chart in the palette's colours (its own theme for background and axes).
QChart* newChart();
QValueAxis* valueAxis(double max, const QString& title, const char* format = "%.1f");
// Where a date sits on a time axis: milliseconds since the epoch at its start, UTC.
double chartX(const QDate& date);
// A time axis in whole years from `from`'s year to the year after `to`, for series placed
// by chartX(): one labelled line on each 1 January (every second year or more when there
// are over ten), and a margin of 2% of the span at each end. A date axis spaces its ticks
// evenly in time, so "yyyy" labels fall anywhere in a year and, across a leap year, can
// print a year twice.
QCategoryAxis* yearAxis(const QDate& from, const QDate& to);
// A time axis in whole months around `from`..`to` (at least half a month of room on each
// side), for series placed by chartX(): one labelled line on the 1st of every month, or
// of every second, third, sixth or twelfth month (January and the quarters' first months)
// so that there are at most ten; labels read "2026. 7." in Korean and "Jul 2026" in English.
QCategoryAxis* monthAxis(const QDate& from, const QDate& to);
// The view takes the new chart (titles, labels and grid recoloured for the palette);
// the one it showed is deleted.
void setChart(QChartView* view, QChart* chart);
void showTip(const QString& text);

// One bar of a horizontal bar chart: its label, the key a click filters by, its length
// and what hovering says.
struct Bar
{
    QString name;
    QString key;
    double value = 0;
    QString tip;
};

// Bars from the bottom up, on a value axis titled `axisTitle`; a click opens the list of
// `listType` filtered by the bar's key (no list: no click).
QChart* horizontalBars(DashboardPage* page, const QList<Bar>& bars, const QString& axisTitle,
                       const char* format, const QColor& color, const QString& listType);

} // namespace dashboard

} // namespace oneteam
