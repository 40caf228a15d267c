#pragma once

#include "PageCatalog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace oneteam {

class RecordStore;
class RecordTableModel;
struct RecordType;

// One area's records as a sortable table with a search box that filters as you type.
// The table fetches rows as it scrolls; without an unlocked vault it says so.
class RecordListPage : public QWidget
{
    Q_OBJECT
public:
    RecordListPage(const PageSpec& spec, const RecordType& type, QWidget* parent = nullptr);
    void setStore(RecordStore* store);
    RecordTableModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    const PageSpec& m_spec;
    RecordTableModel* m_model;
    QLabel* m_title;
    QLabel* m_description;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    bool m_hasStore = false;
};

} // namespace oneteam
