#pragma once

#include "PageCatalog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace oneteam {

class RecordEditor;
class RecordTableModel;
struct RecordEditContext;
struct RecordType;

// One area's records: a sortable table that fetches as it scrolls, a search box that
// filters as you type, and beside it the detail editor of the record chosen. Without
// an unlocked vault it says so.
class RecordListPage : public QWidget
{
    Q_OBJECT
public:
    RecordListPage(const PageSpec& spec, const RecordType& type, QWidget* parent = nullptr);
    // Null service: locked or no vault.
    void setContext(const RecordEditContext& context);
    RecordTableModel* model() const { return m_model; }
    RecordEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    const RecordType& recordType() const { return m_type; }

    // Shows a record in the editor (and selects it in the list when it is there).
    // False when the user kept unsaved changes of the record being edited.
    bool showRecord(const QString& id);
    void newRecord();
    void focusSearch();
    void setSearch(const QString& text); // the list filtered as if typed
    // Asks what to do with unsaved changes: true when it is fine to move on.
    bool settleChanges();

signals:
    void openRecord(const QString& type, const QString& id);
    void showHistory(const QString& type, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();
    void selectRow(const QString& id);
    void onCurrentRowChanged();

    const PageSpec& m_spec;
    const RecordType& m_type;
    RecordTableModel* m_model;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_notice;
    QLineEdit* m_search;
    QPushButton* m_new;
    QSplitter* m_splitter;
    QTableView* m_table;
    RecordEditor* m_editor;
    QLabel* m_count;
    bool m_hasStore = false;
    bool m_selecting = false;
};

} // namespace oneteam
