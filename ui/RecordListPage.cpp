#include "RecordListPage.h"

#include "RecordTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace oneteam {

RecordListPage::RecordListPage(const PageSpec& spec, const RecordType& type, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_model(new RecordTableModel(type, this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QLatin1String(spec.id) + QStringLiteral("Page"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("records"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_count->setObjectName(QStringLiteral("recordCount"));

    connect(m_search, &QLineEdit::textChanged, m_model, &RecordTableModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 280));
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    retranslate();
}

void RecordListPage::setStore(RecordStore* store)
{
    m_hasStore = store != nullptr;
    m_model->setStore(store);
    m_search->setEnabled(m_hasStore);
    updateCount();
}

void RecordListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload(); // amounts and dates follow the language
    }
    QWidget::changeEvent(event);
}

void RecordListPage::retranslate()
{
    m_title->setText(PageCatalog::title(m_spec));
    m_description->setText(PageCatalog::description(m_spec));
    m_search->setPlaceholderText(tr("Search: type to filter"));
    m_search->setAccessibleName(tr("Search"));
    updateCount();
}

void RecordListPage::updateCount()
{
    if (!m_hasStore) {
        m_count->setText(tr("Open or unlock a vault to see its records."));
        return;
    }
    m_count->setText(m_model->totalKnown()
                         ? tr("%n record(s)", nullptr, int(m_model->totalCount()))
                         : tr("%n or more records; scroll for the rest", nullptr, int(m_model->rowCount())));
}

} // namespace oneteam
