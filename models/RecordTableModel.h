#pragma once

#include "CaioCoverage.h"
#include "RecordStore.h"
#include "RecordType.h"

#include <QAbstractTableModel>
#include <QHash>

namespace oneteam {

// The records of one type as a table that fetches on demand: rows come from the store a
// page at a time as the view scrolls (canFetchMore/fetchMore), sorting and filtering are
// done by the store's query, and nothing holds more than what was shown. Won amounts
// follow the language (조/억 원 or KRW trillion), references show the record they name.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        RawValueRole,
        SampleRole,   // true for an illustrative record (badged)
        AttentionRole // true for a row that stands out: overdue, or a ministry without CAIO
    };

    explicit RecordTableModel(const RecordType& type, QObject* parent = nullptr);

    // The store to read from; null (locked or no vault) empties the table. The table
    // follows the store's writes (a reload once the current event is handled).
    void setStore(RecordStore* store);
    void setFilter(const QString& text);
    void reload();
    qint64 totalCount() const { return m_total; }
    // False while a filtered list has more matches than it has fetched so far.
    bool totalKnown() const { return m_totalKnown; }
    const RecordType& recordType() const { return m_type; }
    RecordStore* store() const { return m_store; }
    QString fieldAt(int column) const;
    // The row of a record among those fetched so far, or -1.
    int rowOf(const QString& id) const;
    // The column that names the record.
    int labelColumn() const { return 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString display(const FieldSpec& spec, const QJsonValue& value) const;
    QString referenceLabel(const QString& id) const;
    bool overdue(const StoredRecord& record) const;
    bool attention(const StoredRecord& record) const;
    QString activeCaioText(const StoredRecord& ministry) const;
    void scheduleReload();

    const RecordType& m_type;
    QList<const FieldSpec*> m_columns;
    RecordStore* m_store = nullptr;
    QList<StoredRecord> m_rows;
    qint64 m_total = 0;
    QString m_filter;
    QString m_sortField;
    bool m_descending = false;
    bool m_notifying = false;
    bool m_totalKnown = true;
    bool m_reloadPending = false;
    bool m_showsCoverage = false; // the ministry list: a column for its active CAIO
    CaioCoverage m_coverage;
    QMetaObject::Connection m_storeConnection;
    mutable QHash<QString, QString> m_labels; // referenced id -> label
};

} // namespace oneteam
