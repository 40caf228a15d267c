// The field controls that hold a list or point at other records: one record, several
// records, links, and rows of points or deliverables. The simple ones and the factory
// are in FieldControls.cpp.
#include "FieldControls.h"

#include "FieldControlsDetail.h"

#include "RecordLabels.h"
#include "RecordStore.h"
#include "RecordType.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace oneteam::fieldcontrols {

namespace {

constexpr int kMaxChoices = 2000; // records a picker offers; the rest are reached by search

// A record of the field's type, picked by name, with a link to open it.
class ReferenceControl : public FieldControl
{
public:
    ReferenceControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_box(new QWidget(parent))
        , m_combo(new QComboBox(m_box))
        , m_open(new QToolButton(m_box))
    {
        m_combo->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(10);
        m_open->setObjectName(QStringLiteral("open_") + QLatin1String(spec.name));
        m_open->setText(QStringLiteral("→"));
        auto* layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo, 1);
        layout->addWidget(m_open);
        QObject::connect(m_combo, &QComboBox::activated, m_combo, [this] {
            updateOpen();
            changed();
        });
        QObject::connect(m_open, &QToolButton::clicked, m_open, [this] {
            const QString id = m_combo->currentData().toString();
            if (onOpen && !id.isEmpty()) {
                onOpen(QLatin1String(this->spec().refType), id);
            }
        });
        retranslate();
        updateOpen();
    }
    QWidget* widget() override { return m_box; }
    QWidget* focusWidget() override { return m_combo; }
    QJsonValue value() const override { return textOrUndefined(m_combo->currentData().toString()); }
    void setValue(const QJsonValue& value) override
    {
        const QString id = value.toString();
        int index = m_combo->findData(id);
        if (index < 0 && !id.isEmpty()) {
            m_combo->addItem(id, id);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
        updateOpen();
    }
    void setEditable(bool editable) override { m_combo->setEnabled(editable); }
    void setStore(const RecordStore* store) override
    {
        const QString current = m_combo->currentData().toString();
        m_combo->clear();
        m_combo->addItem(QString(), QString());
        if (store) {
            ListQuery query{QLatin1String(spec().refType)};
            query.limit = kMaxChoices;
            if (auto records = store->list(query)) {
                QList<QPair<QString, QString>> items;
                for (const StoredRecord& record : *records) {
                    items.append({RecordLabels::recordName(record), record.id});
                }
                std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
                    return a.first.localeAwareCompare(b.first) < 0;
                });
                for (const auto& [name, id] : items) {
                    m_combo->addItem(name, id);
                }
            }
        }
        setValue(current);
    }
    void retranslate() override
    {
        m_open->setToolTip(QCoreApplication::translate("FieldControls", "Open this record"));
        m_open->setAccessibleName(QCoreApplication::translate("FieldControls", "Open %1")
                                      .arg(RecordLabels::field(QLatin1String(spec().name))));
    }

private:
    void updateOpen() { m_open->setEnabled(!m_combo->currentData().toString().isEmpty()); }

    QWidget* m_box;
    QComboBox* m_combo;
    QToolButton* m_open;
};

// Several records of the field's type, ticked in a list.
class ReferenceListControl : public FieldControl
{
public:
    ReferenceListControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_list(new QListWidget(parent))
    {
        m_list->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_list->setMaximumHeight(110);
        QObject::connect(m_list, &QListWidget::itemChanged, m_list, [this] {
            if (!m_setting) {
                changed();
            }
        });
    }
    QWidget* widget() override { return m_list; }
    QWidget* focusWidget() override { return m_list; }
    QJsonValue value() const override
    {
        // The ids kept in their stored order, then the newly ticked in list order.
        QStringList ticked;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked) {
                ticked << m_list->item(i)->data(Qt::UserRole).toString();
            }
        }
        QJsonArray ids;
        for (const QString& id : m_order) {
            if (ticked.removeAll(id) > 0) {
                ids.append(id);
            }
        }
        for (const QString& id : ticked) {
            ids.append(id);
        }
        return ids.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(ids);
    }
    void setValue(const QJsonValue& value) override
    {
        m_setting = true;
        m_order.clear();
        for (const QJsonValue& item : value.toArray()) {
            m_order << item.toString();
        }
        for (const QString& id : std::as_const(m_order)) {
            if (!find(id)) {
                addItem(id, id);
            }
        }
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(m_order.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
        }
        m_setting = false;
    }
    void setEditable(bool editable) override
    {
        // A flag change is no new value, but QListWidget reports it as itemChanged: without
        // the guard every item would revalidate the whole form (thousands of times at open).
        m_setting = true;
        m_editable = editable;
        for (int i = 0; i < m_list->count(); ++i) {
            setItemFlags(m_list->item(i));
        }
        m_setting = false;
    }
    void setStore(const RecordStore* store) override
    {
        const QJsonValue current = value();
        m_setting = true;
        m_list->clear();
        if (store) {
            ListQuery query{QLatin1String(spec().refType)};
            query.limit = kMaxChoices;
            if (auto records = store->list(query)) {
                for (const StoredRecord& record : *records) {
                    addItem(RecordLabels::recordName(record), record.id);
                }
            }
        }
        m_setting = false;
        setValue(current);
    }

private:
    QListWidgetItem* find(const QString& id) const
    {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
                return m_list->item(i);
            }
        }
        return nullptr;
    }
    void addItem(const QString& name, const QString& id)
    {
        auto* item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Unchecked);
        setItemFlags(item);
    }
    void setItemFlags(QListWidgetItem* item) const
    {
        item->setFlags(m_editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable)
                                  : (Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }

    QListWidget* m_list;
    QStringList m_order;
    bool m_editable = true;
    bool m_setting = false;
};

// Links to records of any type (a milestone's): a list, an id to add, a button to remove.
class LinksControl : public FieldControl
{
public:
    LinksControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_box(new QWidget(parent))
        , m_list(new QListWidget(m_box))
        , m_id(new QLineEdit(m_box))
        , m_add(new QPushButton(m_box))
        , m_remove(new QPushButton(m_box))
    {
        m_list->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_list->setMaximumHeight(90);
        auto* row = new QHBoxLayout;
        row->addWidget(m_id, 1);
        row->addWidget(m_add);
        row->addWidget(m_remove);
        auto* layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_list);
        layout->addLayout(row);
        QObject::connect(m_add, &QPushButton::clicked, m_add, [this] {
            const QString id = m_id->text().trimmed();
            if (!id.isEmpty()) {
                addItem(id);
                m_id->clear();
                changed();
            }
        });
        QObject::connect(m_remove, &QPushButton::clicked, m_remove, [this] {
            delete m_list->currentItem();
            changed();
        });
        QObject::connect(m_list, &QListWidget::itemActivated, m_list, [this](QListWidgetItem* item) {
            if (onOpen) {
                onOpen(item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole).toString());
            }
        });
        retranslate();
    }
    QWidget* widget() override { return m_box; }
    QWidget* focusWidget() override { return m_list; }
    QJsonValue value() const override
    {
        QJsonArray ids;
        for (int i = 0; i < m_list->count(); ++i) {
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
        }
        return ids.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(ids);
    }
    void setValue(const QJsonValue& value) override
    {
        m_list->clear();
        for (const QJsonValue& id : value.toArray()) {
            addItem(id.toString());
        }
    }
    void setEditable(bool editable) override
    {
        m_id->setVisible(editable);
        m_add->setVisible(editable);
        m_remove->setVisible(editable);
    }
    void setStore(const RecordStore* store) override
    {
        m_store = store;
        setValue(value());
    }
    void retranslate() override
    {
        m_id->setPlaceholderText(QCoreApplication::translate("FieldControls", "Record id to link"));
        m_id->setAccessibleName(QCoreApplication::translate("FieldControls", "Record id to link"));
        m_add->setText(QCoreApplication::translate("FieldControls", "Link"));
        m_remove->setText(QCoreApplication::translate("FieldControls", "Unlink"));
    }

private:
    void addItem(const QString& id)
    {
        QString text = id;
        QString type;
        if (m_store) {
            if (auto record = m_store->get(id)) {
                type = record->type;
                const RecordType* recordType = RecordType::find(record->type);
                text = (recordType ? recordType->translatedTitle() : record->type) + QStringLiteral(": ") +
                       RecordLabels::recordName(*record);
            }
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, type);
    }

    const RecordStore* m_store = nullptr;
    QWidget* m_box;
    QListWidget* m_list;
    QLineEdit* m_id;
    QPushButton* m_add;
    QPushButton* m_remove;
};

// Rows of a small table: an indicator's points (date, value) or a task force's
// deliverables (title, due, status).
class RowsControl : public FieldControl
{
public:
    RowsControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_box(new QWidget(parent))
        , m_table(new QTableWidget(m_box))
        , m_add(new QPushButton(m_box))
        , m_remove(new QPushButton(m_box))
    {
        m_table->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_table->setColumnCount(deliverables() ? 3 : 2);
        m_table->verticalHeader()->setVisible(false);
        // The date column is as wide as its heading ("Date (YYYY-MM-DD)"), which was cut off.
        // A point's value, or a deliverable's title, takes the rest of the width.
        QHeaderView* header = m_table->horizontalHeader();
        if (deliverables()) {
            header->setSectionResizeMode(0, QHeaderView::Stretch);
            header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
            header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        } else {
            header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
            header->setStretchLastSection(true);
        }
        m_table->setMaximumHeight(130);
        m_table->setTabKeyNavigation(false);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch(1);
        auto* layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_table);
        layout->addLayout(buttons);
        QObject::connect(m_table, &QTableWidget::itemChanged, m_table, [this] {
            if (!m_setting) {
                changed();
            }
        });
        QObject::connect(m_add, &QPushButton::clicked, m_add, [this] {
            addRow(QJsonValue(QJsonValue::Undefined));
            m_table->setCurrentCell(m_table->rowCount() - 1, 0);
            m_table->setFocus();
        });
        QObject::connect(m_remove, &QPushButton::clicked, m_remove, [this] {
            if (m_table->currentRow() >= 0) {
                m_table->removeRow(m_table->currentRow());
                changed();
            }
        });
        retranslate();
    }
    QWidget* widget() override { return m_box; }
    QWidget* focusWidget() override { return m_table; }
    QJsonValue value() const override
    {
        QJsonArray rows;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            // The row as stored: what the user did not change stays exactly as it was, keys
            // this control does not show (a newer version's) included.
            const QTableWidgetItem* head = m_table->item(row, 0);
            const QJsonValue original =
                head ? head->data(kKeptRole).toJsonValue() : QJsonValue(QJsonValue::Undefined);
            const bool storedRow = !original.isUndefined(); // not added here
            const QJsonObject stored = original.toObject();
            QJsonObject item = stored;
            const QString first = cell(row, 0);
            const QString second = cell(row, 1);
            bool untouched = first == shownText(stored, 0) && second == shownText(stored, 1);
            const auto take = [&](int column, const char* key, const QJsonValue& typed) {
                if (cell(row, column) == shownText(stored, column)) {
                    return;
                }
                if (typed.isUndefined()) {
                    item.remove(QLatin1String(key));
                } else {
                    item.insert(QLatin1String(key), typed);
                }
            };
            if (deliverables()) {
                take(0, "title", first);
                take(1, "due", textOrUndefined(second));
                if (auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2))) {
                    const QString chosen = status->currentData().toString();
                    if (chosen != stored.value(QStringLiteral("status")).toString()) {
                        item.insert(QStringLiteral("status"), chosen);
                        untouched = false;
                    }
                }
            } else {
                bool ok = false;
                const double number = QLocale::c().toDouble(QString(second).remove(QLatin1Char(',')), &ok);
                take(0, "date", first);
                take(1, "value", ok ? QJsonValue(number) : textOrUndefined(second));
            }
            // A stored row left alone goes back exactly as it came (even one that is not an
            // object); a row whose cells are empty is otherwise left out.
            if (storedRow && untouched) {
                rows.append(original);
            } else if (!first.isEmpty() || !second.isEmpty()) {
                rows.append(item);
            }
        }
        return rows.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(rows);
    }
    void setValue(const QJsonValue& value) override
    {
        m_setting = true;
        m_table->setRowCount(0);
        for (const QJsonValue& row : value.toArray()) {
            addRow(row);
        }
        m_setting = false;
    }
    void setEditable(bool editable) override
    {
        m_editable = editable;
        // Not on focus (CurrentChanged): Tab passes through the table to the next field;
        // typing, F2 or a double click edits a cell.
        m_table->setEditTriggers(
            editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                           QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                     : QAbstractItemView::NoEditTriggers);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (QWidget* status = m_table->cellWidget(row, 2)) {
                status->setEnabled(editable);
            }
        }
        m_add->setVisible(editable);
        m_remove->setVisible(editable);
    }
    void retranslate() override
    {
        m_table->setHorizontalHeaderLabels(
            deliverables() ? QStringList{QCoreApplication::translate("FieldControls", "Title"),
                                         QCoreApplication::translate("FieldControls", "Due (YYYY-MM-DD)"),
                                         QCoreApplication::translate("FieldControls", "Status")}
                           : QStringList{QCoreApplication::translate("FieldControls", "Date (YYYY-MM-DD)"),
                                         QCoreApplication::translate("FieldControls", "Value")});
        m_add->setText(deliverables() ? QCoreApplication::translate("FieldControls", "Add deliverable")
                                      : QCoreApplication::translate("FieldControls", "Add point"));
        m_remove->setText(QCoreApplication::translate("FieldControls", "Remove row"));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (auto* status = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2))) {
                for (int i = 0; i < status->count(); ++i) {
                    status->setItemText(i, RecordLabels::choice(status->itemData(i).toString()));
                }
            }
        }
    }

private:
    bool deliverables() const { return spec().kind == FieldSpec::Kind::Deliverables; }
    // What a cell shows of a stored row. A point's value is shown as the charts and reports
    // show it (200,000) and read back with or without commas.
    QString shownText(const QJsonObject& values, int column) const
    {
        if (deliverables()) {
            return values.value(column == 0 ? QStringLiteral("title") : QStringLiteral("due"))
                .toString()
                .trimmed();
        }
        if (column == 0) {
            return values.value(QStringLiteral("date")).toString().trimmed();
        }
        const QJsonValue number = values.value(QStringLiteral("value"));
        if (!number.isDouble()) {
            return number.toString().trimmed();
        }
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        return grouped.toString(number.toDouble(), 'g', 15);
    }
    QString cell(int row, int column) const
    {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    }
    // `original`: a stored row as it came, or undefined for a row added here.
    void addRow(const QJsonValue& original)
    {
        const QJsonObject values = original.toObject();
        const bool wasSetting = m_setting;
        m_setting = true;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(shownText(values, 0)));
        m_table->setItem(row, 1, new QTableWidgetItem(shownText(values, 1)));
        if (deliverables()) {
            auto* status = new QComboBox(m_table);
            for (const QString& choice : spec().choices) {
                status->addItem(RecordLabels::choice(choice), choice);
            }
            // A status this version does not know (a newer version's) is shown and kept, and a
            // stored row without one shows none: neither turns into the first choice. A new
            // row starts at the first choice.
            const QString current = values.value(QStringLiteral("status")).toString();
            if (!current.isEmpty() && status->findData(current) < 0) {
                status->addItem(current, current);
            } else if (current.isEmpty() && !original.isUndefined()) {
                status->insertItem(0, QString(), QString());
            }
            status->setCurrentIndex(qMax(0, status->findData(current)));
            status->setEnabled(m_editable);
            QObject::connect(status, &QComboBox::activated, status, [this] { changed(); });
            m_table->setCellWidget(row, 2, status);
        }
        m_table->item(row, 0)->setData(kKeptRole, QVariant::fromValue(original));
        m_setting = wasSetting;
    }

    static constexpr int kKeptRole = Qt::UserRole + 1; // the row as stored, on column 0

    QWidget* m_box;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_editable = true;
    bool m_setting = false;
};

} // namespace

std::unique_ptr<FieldControl> makeReferenceControl(const FieldSpec& spec, QWidget* parent)
{
    return std::make_unique<ReferenceControl>(spec, parent);
}

std::unique_ptr<FieldControl> makeReferenceListControl(const FieldSpec& spec, QWidget* parent)
{
    return std::make_unique<ReferenceListControl>(spec, parent);
}

std::unique_ptr<FieldControl> makeLinksControl(const FieldSpec& spec, QWidget* parent)
{
    return std::make_unique<LinksControl>(spec, parent);
}

std::unique_ptr<FieldControl> makeRowsControl(const FieldSpec& spec, QWidget* parent)
{
    return std::make_unique<RowsControl>(spec, parent);
}

} // namespace oneteam::fieldcontrols
