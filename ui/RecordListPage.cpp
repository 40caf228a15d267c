#include "RecordListPage.h"

#include "Theme.h"

#include "CaioCoverage.h"
#include "RecordEditor.h"
#include "RecordLabels.h"
#include "RecordService.h"
#include "RecordTableModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace oneteam {

namespace {

// Draws an illustrative record's "Sample" badge after its name, and rows that need
// attention (overdue, a ministry without CAIO) on a tinted background.
class RecordDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Rows that need attention: in the theme's alert colour and bold, so the cue does
        // not rest on colour alone.
        if (index.data(RecordTableModel::AttentionRole).toBool()) {
            const QColor alert = Theme::alert(option->palette);
            option->palette.setColor(QPalette::Text, alert);
            option->font.setBold(true);
        }
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(RecordTableModel::AttentionRole).toBool() &&
            !(option.state & QStyle::State_Selected)) {
            painter->fillRect(option.rect, Theme::alertBackground(option.palette));
        }
        const bool badge = index.column() == 0 && index.data(RecordTableModel::SampleRole).toBool();
        if (!badge) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QString text = QCoreApplication::translate("RecordEditor", "Sample");
        const QFontMetrics metrics(option.font);
        const int width = metrics.horizontalAdvance(text) + 12;
        QStyleOptionViewItem rest = option;
        rest.rect.setRight(option.rect.right() - width - 4);
        QStyledItemDelegate::paint(painter, rest, index);
        const QRect pill(option.rect.right() - width - 2, option.rect.center().y() - metrics.height() / 2,
                         width, metrics.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QColor(0xe0, 0xc3, 0x6a));
        painter->setBrush(QColor(0xff, 0xf3, 0xcd));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(QColor(0x6b, 0x4e, 0x00));
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

RecordListPage::RecordListPage(const PageSpec& spec, const RecordType& type, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_type(type)
    , m_model(new RecordTableModel(type, this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_editor(new RecordEditor(type, m_splitter))
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
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7ea; color: #8a0018; border-radius: 4px; "
                       "padding: 6px; }"));
    m_notice->hide();
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_table->setObjectName(QStringLiteral("records"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RecordDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_count->setObjectName(QStringLiteral("recordCount"));

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({560, 440}); // the editor's form fits without scrolling sideways

    connect(m_search, &QLineEdit::textChanged, m_model, &RecordTableModel::setFilter);
    connect(m_new, &QPushButton::clicked, this, &RecordListPage::newRecord);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 280));
        }
        selectRow(m_editor->recordId()); // the record being edited stays chosen
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListPage::onCurrentRowChanged);
    connect(m_editor, &RecordEditor::openRecord, this, &RecordListPage::openRecord);
    connect(m_editor, &RecordEditor::showHistory, this, &RecordListPage::showHistory);
    connect(m_editor, &RecordEditor::saved, this, [this](const QString& id) { selectRow(id); });

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_notice);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);
    retranslate();
}

void RecordListPage::setContext(const RecordEditContext& context)
{
    m_hasStore = context.service != nullptr;
    m_editor->setContext(context);
    m_model->setStore(m_hasStore ? &context.service->store() : nullptr);
    m_search->setEnabled(m_hasStore);
    m_new->setEnabled(m_hasStore && context.service->mayCreate(m_type));
    updateCount();
}

bool RecordListPage::settleChanges()
{
    if (!m_editor->isDirty()) {
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The record you are editing has unsaved changes. Save them before moving on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return m_editor->save();
    }
    return answer == QMessageBox::Discard;
}

bool RecordListPage::showRecord(const QString& id)
{
    if (id != m_editor->recordId() && !settleChanges()) {
        return false;
    }
    m_editor->showRecord(id);
    selectRow(id);
    return true;
}

void RecordListPage::newRecord()
{
    if (!m_hasStore || !settleChanges()) {
        return;
    }
    m_selecting = true;
    m_table->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    m_selecting = false;
    m_editor->startNew();
}

void RecordListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RecordListPage::setSearch(const QString& text)
{
    m_search->setText(text);
}

void RecordListPage::selectRow(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    m_selecting = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
    }
    m_selecting = false;
}

void RecordListPage::onCurrentRowChanged()
{
    if (m_selecting) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? current.data(RecordTableModel::IdRole).toString() : QString();
    if (id == m_editor->recordId()) {
        return;
    }
    if (!settleChanges()) {
        selectRow(m_editor->recordId()); // back to the record with the changes
        return;
    }
    m_editor->showRecord(id);
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
    m_search->setPlaceholderText(tr("Search: type to filter (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_new->setText(tr("New %1").arg(m_type.translatedTitle()));
    m_new->setToolTip(tr("Create a record (Ctrl+N)"));
    m_table->setAccessibleName(PageCatalog::title(m_spec));
    updateCount();
}

void RecordListPage::updateCount()
{
    m_notice->hide();
    if (!m_hasStore) {
        m_count->setText(tr("Open or unlock a vault to see its records."));
        return;
    }
    m_count->setText(m_model->totalKnown()
                         ? tr("%n record(s)", nullptr, int(m_model->totalCount()))
                         : tr("%n or more records; scroll for the rest", nullptr, int(m_model->rowCount())));
    if (QLatin1String(m_type.name) == QLatin1String("caio") && m_model->store()) {
        // Vacancies are not records, so the roster names them above the list.
        if (auto coverage = CaioCoverage::compute(*m_model->store());
            coverage && !coverage->vacant.isEmpty()) {
            QStringList names;
            for (const StoredRecord& ministry : std::as_const(coverage->ministries)) {
                if (coverage->vacant.contains(ministry.id)) {
                    names << RecordLabels::recordName(ministry);
                }
            }
            m_notice->setText(tr("%n ministry(s) without an active CAIO: %1", nullptr, int(names.size()))
                                  .arg(names.join(QStringLiteral(", "))));
            m_notice->show();
        }
    }
}

} // namespace oneteam
