#pragma once

#include "DashboardFigures.h"
#include "PageCatalog.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace oneteam {

class RecordService;

// Where things stand, for the role of the vault open: the committee overview (the
// secretariat), one ministry's (its officer: its own actions first), or the auditor's
// (records changed lately, beside the overview). Charts come from DashboardFigures and
// redraw when the store changes. Hovering shows exact values; clicking a bar, slice or
// row opens the list behind it; each chart saves as PNG or SVG (its context menu), and
// the whole page prints.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(const PageSpec& spec, QWidget* parent = nullptr);

    // Null: locked or no vault.
    void setService(RecordService* service);
    void refresh();
    const DashboardFigures& figures() const { return m_figures; }
    // The chart of a card ("budgetStages", "budgetCategories", "budgetMinistries",
    // "indicator", "caio", "resolutions", "timelineChart", "changes"), or null when not shown.
    QChart* chart(const QString& name) const;
    QTableWidget* actionsTable() const { return m_actions; }
    QTreeWidget* siteFreshness() const { return m_sites; }
    void setFiscalYear(int year); // 0: every year
    // The secretariat's or an auditor's look at one ministry's dashboard; empty: all.
    void setViewedMinistry(const QString& ministryId);
    void setChangesPeriod(const QDate& from, const QDate& to); // the auditor's "records changed"
    // The period every view is limited to (resolutions adopted, actions due, milestones and
    // partnerships dated in it); an invalid date leaves that side open.
    void setPeriod(const QDate& from, const QDate& to);
    bool saveChart(const QString& name, const QString& path); // .png or .svg, by suffix
    void print();

signals:
    // A bar, slice or row was clicked: the list of `type` filtered by `filter`.
    void openList(const QString& type, const QString& filter);
    void openRecord(const QString& type, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* addCard(const QString& name, int row, int column, int columnSpan = 1);
    void rebuild();
    void retranslate();
    void scheduleRefresh();
    void updateViews();
    void chartMenu(QChartView* view, const QString& name, const QPoint& pos);
    void timelineChart(const DashboardFigures& f);
    // The cards, filled from the figures (DashboardCards.cpp).
    struct Freshness
    {
        int stale = 0; // offices whose last bundle is older than kStaleDays
        int never = 0; // offices that never sent one
    };
    void showBudget(const DashboardFigures& f);
    void showResolutions(const DashboardFigures& f);
    void countBars(const QString& card, QList<KeyCount> counts, const QString& axisTitle,
                   const std::function<QString(const QString&)>& name, const QString& listType);
    void showIndicator(const DashboardFigures& f);
    void showCaio(const DashboardFigures& f);
    void showActions(const DashboardFigures& f);
    void showTimeline(const DashboardFigures& f);
    void showChanges(const DashboardFigures& f);
    void showOwnActions(const DashboardFigures& f);
    Freshness showSites(const DashboardFigures& f);
    void showSummary(const DashboardFigures& f, const Freshness& freshness);

    const PageSpec& m_spec;
    RecordService* m_service = nullptr;
    DashboardFigures m_figures;
    int m_fiscalYear = 0;
    bool m_refreshPending = false;
    QMetaObject::Connection m_storeConnection;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_scope;
    QLabel* m_empty;
    QComboBox* m_view;
    QComboBox* m_year;
    QString m_viewed; // the ministry looked at, or empty
    QPushButton* m_print;
    QWidget* m_cards;
    QWidget* m_scroll = nullptr;
    QGridLayout* m_grid;
    QHash<QString, QChartView*> m_views;
    QHash<QString, QLabel*> m_cardTitles;
    QLabel* m_summary;
    QTableWidget* m_actions;
    QTreeWidget* m_timeline;
    QTreeWidget* m_openActions;
    QTreeWidget* m_sites; // when a bundle last came from each office
    QDateEdit* m_changesFrom;
    QDateEdit* m_changesTo;
    QDateEdit* m_periodFrom;
    QDateEdit* m_periodTo;
    QLabel* m_periodLabel;
};

} // namespace oneteam
