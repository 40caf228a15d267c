#include "DashboardPage.h"

#include "DashboardCharts.h"

#include "KeyboardAccess.h"

#include "RecordLabels.h"
#include "RecordService.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oneteam {

using namespace dashboard;

DashboardPage::DashboardPage(const PageSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_print(new QPushButton(this))
    , m_cards(new QWidget(this))
    , m_grid(new QGridLayout(m_cards))
    , m_summary(new QLabel(m_cards))
    , m_actions(new QTableWidget(m_cards))
    , m_timeline(new QTreeWidget(m_cards))
    , m_openActions(new QTreeWidget(m_cards))
    , m_sites(new QTreeWidget(m_cards))
    , m_changesFrom(new QDateEdit(this))
    , m_changesTo(new QDateEdit(this))
    , m_periodFrom(new QDateEdit(this))
    , m_periodTo(new QDateEdit(this))
    , m_periodLabel(new QLabel(this))
{
    // The period: the earliest date stands for "open" and reads as such.
    for (QDateEdit* edit : {m_periodFrom, m_periodTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setDate(edit->minimumDate());
    }
    m_periodFrom->setObjectName(QStringLiteral("periodFrom"));
    m_periodTo->setObjectName(QStringLiteral("periodTo"));
    m_periodLabel->setBuddy(m_periodFrom);
    m_openActions->setObjectName(QStringLiteral("openActions"));
    m_sites->setObjectName(QStringLiteral("siteFreshness"));
    m_sites->setRootIsDecorated(false);
    m_sites->setColumnCount(4);
    m_sites->setMinimumHeight(160);
    m_openActions->setRootIsDecorated(false);
    m_openActions->setColumnCount(3);
    m_openActions->setMinimumHeight(220);
    for (QDateEdit* edit : {m_changesFrom, m_changesTo}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_changesFrom->setObjectName(QStringLiteral("changesFrom"));
    m_changesTo->setObjectName(QStringLiteral("changesTo"));
    m_changesFrom->setDate(QDate::currentDate().addDays(-30));
    m_changesTo->setDate(QDate::currentDate());
    setObjectName(QLatin1String(spec.id) + QStringLiteral("Page"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_view->setObjectName(QStringLiteral("dashboardView"));
    m_view->setVisible(false);
    m_print->setObjectName(QStringLiteral("printDashboard"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_actions->setObjectName(QStringLiteral("actionsByMinistry"));
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->verticalHeader()->setVisible(false);
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setMinimumHeight(220);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(3);
    m_timeline->setMinimumHeight(220);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_grid->addWidget(m_summary, 0, 0, 1, 3);
    addCard(QStringLiteral("budgetStages"), 1, 0);
    addCard(QStringLiteral("budgetCategories"), 1, 1);
    addCard(QStringLiteral("budgetMinistries"), 1, 2);
    addCard(QStringLiteral("indicator"), 2, 0, 2);
    addCard(QStringLiteral("caio"), 2, 2);
    addCard(QStringLiteral("resolutions"), 3, 0);
    addCard(QStringLiteral("resolutionKeywords"), 3, 1);
    addCard(QStringLiteral("budgetKeywords"), 3, 2);
    const auto listBox = [this](const QString& name, QWidget* list, int row, int column, int span) {
        auto* box = new QWidget(m_cards);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_cardTitles.insert(name, title);
        layout->addWidget(title);
        layout->addWidget(list);
        m_grid->addWidget(box, row, column, 1, span);
    };
    listBox(QStringLiteral("actions"), m_actions, 4, 0, 2);
    listBox(QStringLiteral("openActions"), m_openActions, 4, 2, 1);
    addCard(QStringLiteral("timelineChart"), 5, 0, 3);
    listBox(QStringLiteral("timeline"), m_timeline, 6, 0, 2);
    addCard(QStringLiteral("changes"), 6, 2);
    listBox(QStringLiteral("sites"), m_sites, 7, 0, 2);
    for (int c = 0; c < 3; ++c) {
        m_grid->setColumnStretch(c, 1);
    }

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);
    m_scroll = scroll;

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_scope, 1);
    tools->addWidget(m_periodLabel);
    tools->addWidget(m_periodFrom);
    tools->addWidget(m_periodTo);
    tools->addWidget(m_changesFrom);
    tools->addWidget(m_changesTo);
    tools->addWidget(m_view);
    tools->addWidget(m_year);
    tools->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(tools);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);

    connect(m_year, &QComboBox::activated, this, [this] { setFiscalYear(m_year->currentData().toInt()); });
    connect(m_view, &QComboBox::activated, this,
            [this] { setViewedMinistry(m_view->currentData().toString()); });
    connect(m_print, &QPushButton::clicked, this, &DashboardPage::print);
    connect(m_changesFrom, &QDateEdit::dateChanged, this, [this] { scheduleRefresh(); });
    connect(m_periodFrom, &QDateEdit::dateChanged, this, [this] { scheduleRefresh(); });
    connect(m_periodTo, &QDateEdit::dateChanged, this, [this] { scheduleRefresh(); });
    connect(m_changesTo, &QDateEdit::dateChanged, this, [this] { scheduleRefresh(); });
    connect(m_openActions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit openRecord(QStringLiteral("action"), item->data(0, Qt::UserRole).toString());
    });
    connect(m_actions, &QTableWidget::cellActivated, this, [this](int row, int) {
        // Records hold their ministry's id, and the search finds it.
        emit openList(QStringLiteral("action"), m_actions->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit openRecord(item->data(0, Qt::UserRole + 1).toString(), item->data(0, Qt::UserRole).toString());
    });
    // Tab follows the page as it reads: the filters, then the cards row by row.
    setTabChain({m_periodFrom,
                 m_periodTo,
                 m_changesFrom,
                 m_changesTo,
                 m_view,
                 m_year,
                 m_print,
                 scroll,
                 m_views.value(QStringLiteral("budgetStages")),
                 m_views.value(QStringLiteral("budgetCategories")),
                 m_views.value(QStringLiteral("budgetMinistries")),
                 m_views.value(QStringLiteral("indicator")),
                 m_views.value(QStringLiteral("caio")),
                 m_views.value(QStringLiteral("resolutions")),
                 m_views.value(QStringLiteral("resolutionKeywords")),
                 m_views.value(QStringLiteral("budgetKeywords")),
                 m_actions,
                 m_openActions,
                 m_views.value(QStringLiteral("timelineChart")),
                 m_timeline,
                 m_views.value(QStringLiteral("changes")),
                 m_sites});
    retranslate();
    rebuild();
}

QChartView* DashboardPage::addCard(const QString& name, int row, int column, int columnSpan)
{
    auto* box = new QWidget(m_cards);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* title = new QLabel(box);
    title->setObjectName(QStringLiteral("title_") + name);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* view = new QChartView(box);
    view->setObjectName(QStringLiteral("chart_") + name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, name](const QPoint& pos) { chartMenu(view, name, pos); });
    layout->addWidget(title);
    layout->addWidget(view, 1);
    m_grid->addWidget(box, row, column, 1, columnSpan);
    m_views.insert(name, view);
    m_cardTitles.insert(name, title);
    return view;
}

QChart* DashboardPage::chart(const QString& name) const
{
    QChartView* view = m_views.value(name);
    return view && view->isVisibleTo(this) ? view->chart() : nullptr;
}

void DashboardPage::setService(RecordService* service)
{
    disconnect(m_storeConnection);
    m_service = service;
    m_viewed.clear();
    if (m_service) {
        m_storeConnection = connect(m_service->store().events(), &RecordEvents::changed, this,
                                    &DashboardPage::scheduleRefresh);
    }
    updateViews();
    refresh();
}

void DashboardPage::updateViews()
{
    // The secretariat and auditors may look at any one ministry as its officer would; a
    // ministry's vault shows its own.
    m_view->clear();
    const bool choose = m_service && m_service->ownMinistry().isEmpty();
    m_view->setVisible(choose);
    if (!choose) {
        return;
    }
    m_view->addItem(tr("The whole committee"), QString());
    if (auto ministries = m_service->store().list({QStringLiteral("ministry")})) {
        for (const StoredRecord& ministry : *ministries) {
            if (ministry.fields.value(QStringLiteral("kind")).toString() == QLatin1String("ministry")) {
                m_view->addItem(RecordLabels::recordName(ministry), ministry.id);
            }
        }
    }
    m_view->setCurrentIndex(qMax(0, m_view->findData(m_viewed)));
}

void DashboardPage::setViewedMinistry(const QString& ministryId)
{
    m_viewed = ministryId;
    m_view->setCurrentIndex(qMax(0, m_view->findData(m_viewed)));
    refresh();
}

void DashboardPage::scheduleRefresh()
{
    if (m_refreshPending) {
        return;
    }
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending) {
            refresh();
        }
    });
}

void DashboardPage::setFiscalYear(int year)
{
    m_fiscalYear = year;
    refresh();
}

void DashboardPage::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_periodFrom);
    const QSignalBlocker blockTo(m_periodTo);
    m_periodFrom->setDate(from.isValid() ? from : m_periodFrom->minimumDate());
    m_periodTo->setDate(to.isValid() ? to : m_periodTo->minimumDate());
    refresh();
}

void DashboardPage::setChangesPeriod(const QDate& from, const QDate& to)
{
    m_changesFrom->setDate(from);
    m_changesTo->setDate(to);
    refresh();
}

void DashboardPage::refresh()
{
    m_refreshPending = false;
    updateViews(); // ministries may have come or gone
    m_figures = {};
    if (m_service) {
        DashboardScope scope;
        scope.ministryId = m_service->ownMinistry();
        if (scope.ministryId.isEmpty()) {
            scope.ministryId = m_viewed;
        }
        scope.fiscalYear = m_fiscalYear;
        scope.changes = m_service->role() == QLatin1String("auditor");
        scope.changesFrom = m_changesFrom->date();
        scope.changesTo = m_changesTo->date();
        const auto bound = [](const QDateEdit* edit) {
            return edit->date() == edit->minimumDate() ? QDate() : edit->date();
        };
        scope.from = bound(m_periodFrom);
        scope.to = bound(m_periodTo);
        if (auto figures = DashboardFigures::compute(m_service->store(), scope)) {
            m_figures = std::move(*figures);
        }
    }
    rebuild();
}

void DashboardPage::rebuild()
{
    const bool open = m_service != nullptr;
    m_empty->setVisible(!open);
    m_scroll->setVisible(open);
    m_year->setEnabled(open);
    m_print->setEnabled(open);
    retranslate();
    if (!open) {
        // Locked or closed: the charts, tables and summary let go of every figure.
        for (QChartView* view : std::as_const(m_views)) {
            setChart(view, newChart());
        }
        m_actions->setRowCount(0);
        m_summary->clear();
        return;
    }
    const DashboardFigures& f = m_figures;

    // The fiscal years the budget lines name.
    m_year->clear();
    m_year->addItem(tr("All fiscal years"), 0);
    for (int year : f.fiscalYears) {
        m_year->addItem(tr("Fiscal year %1").arg(year), year);
    }
    m_year->setCurrentIndex(qMax(0, m_year->findData(m_fiscalYear)));

    showBudget(f);
    showResolutions(f);
    showIndicator(f);
    showCaio(f);
    showActions(f);
    showTimeline(f);
    showChanges(f);
    showOwnActions(f);
    showSummary(f, showSites(f));
}

void DashboardPage::chartMenu(QChartView* view, const QString& name, const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, [this, name] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart"), name + QStringLiteral(".png"), tr("PNG image (*.png)"));
        if (!path.isEmpty()) {
            saveChart(name, path);
        }
    });
    menu.addAction(tr("Save as SVG…"), this, [this, name] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart"), name + QStringLiteral(".svg"), tr("SVG image (*.svg)"));
        if (!path.isEmpty()) {
            saveChart(name, path);
        }
    });
    menu.exec(view->mapToGlobal(pos));
}

bool DashboardPage::saveChart(const QString& name, const QString& path)
{
    QChartView* view = m_views.value(name);
    if (!view || !m_service) { // the vault locked while the file was being chosen
        return false;
    }
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return false;
        }
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(m_cardTitles.value(name)->text());
        QPainter painter(&svg);
        view->render(&painter);
        painter.end();
        return file.commit();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    return view->grab().save(&file, "PNG") && file.commit();
}

void DashboardPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const double scale =
        qMin(double(page.width()) / m_cards->width(), double(page.height()) / m_cards->height());
    painter.scale(scale, scale);
    m_cards->render(&painter);
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild(); // titles, amounts and axes follow the language
    } else if (event->type() == QEvent::PaletteChange && m_service) {
        refresh(); // charts and alert colours follow the theme
    }
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_title->setText(PageCatalog::title(m_spec));
    m_description->setText(PageCatalog::description(m_spec));
    m_scroll->setAccessibleName(tr("Figures and charts"));
    m_empty->setText(tr("Open or unlock a vault to see where things stand."));
    m_print->setText(tr("Print…"));
    m_year->setAccessibleName(tr("Fiscal year"));
    m_view->setAccessibleName(tr("Whose dashboard"));
    QString scope;
    if (m_service) {
        const QString role = m_service->role();
        if (role.startsWith(QStringLiteral("ministry:"))) {
            scope = tr("Your ministry (%1): its actions, budget lines and CAIO; the national indicators.")
                        .arg(role.mid(9));
        } else if (!m_viewed.isEmpty()) {
            scope =
                tr("%1 as its officer sees it: its actions, budget lines and CAIO; the national indicators.")
                    .arg(m_view->currentText());
        } else if (role == QLatin1String("auditor")) {
            scope = tr("Auditor: the whole committee, and what changed in the period chosen.");
        } else {
            scope = tr("The whole committee.");
        }
    }
    m_scope->setText(scope);
    const QList<std::pair<const char*, QString>> titles{
        {"budgetStages", tr("Budget by stage (%1)").arg(trillionUnit())},
        {"budgetCategories", tr("Proposal by category (%1)").arg(trillionUnit())},
        {"budgetMinistries", tr("Enacted by ministry (%1)").arg(trillionUnit())},
        {"indicator", tr("GPUs secured against the targets")},
        {"caio", tr("CAIO coverage")},
        {"resolutions", tr("Resolutions by status")},
        {"resolutionKeywords", tr("Resolutions by policy keyword")},
        {"budgetKeywords", tr("Proposal by policy keyword (%1)").arg(trillionUnit())},
        {"openActions", tr("Your open actions, by due date")},
        {"sites", tr("Last bundle received from each office")},
        {"actions", tr("Actions by ministry and status (overdue in red)")},
        {"timeline", tr("Milestones and partnerships")},
        {"timelineChart", tr("Milestones and partnerships on a timeline")},
        {"changes", tr("Records changed from %1 to %2")
                        .arg(QLocale().toString(m_changesFrom->date(), QLocale::ShortFormat),
                             QLocale().toString(m_changesTo->date(), QLocale::ShortFormat))}};
    for (const auto& [name, text] : titles) {
        if (QLabel* label = m_cardTitles.value(QLatin1String(name))) {
            label->setText(text);
        }
        if (QChartView* view = m_views.value(QLatin1String(name))) {
            view->setAccessibleName(text);
        }
    }
    m_actions->setAccessibleName(m_cardTitles.value(QStringLiteral("actions"))->text());
    m_timeline->setAccessibleName(m_cardTitles.value(QStringLiteral("timeline"))->text());
    m_timeline->setHeaderLabels({tr("Date"), tr("Title"), tr("Status")});
    m_openActions->setHeaderLabels({tr("Due"), tr("Action"), tr("Status")});
    m_sites->setHeaderLabels({tr("Office"), tr("Role"), tr("Last bundle"), tr("Age")});
    m_sites->setAccessibleName(m_cardTitles.value(QStringLiteral("sites"))->text());
    m_openActions->setAccessibleName(m_cardTitles.value(QStringLiteral("openActions"))->text());
    m_changesFrom->setAccessibleName(tr("Changes from"));
    m_changesTo->setAccessibleName(tr("Changes to"));
    m_periodLabel->setText(tr("&Period:"));
    for (QDateEdit* edit : {m_periodFrom, m_periodTo}) {
        edit->setSpecialValueText(edit == m_periodFrom ? tr("from any date") : tr("to any date"));
        edit->setToolTip(tr("Resolutions adopted, actions due, milestones and partnerships dated in this "
                            "period; the budget follows the fiscal year."));
    }
    m_periodFrom->setAccessibleName(tr("Period from"));
    m_periodTo->setAccessibleName(tr("Period to"));
}

} // namespace oneteam
