#pragma once

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
        RawValueRole
    };

    explicit RecordTableModel(const RecordType& type, QObject* parent = nullptr);

    // The store to read from; null (locked or no vault) empties the table.
    void setStore(RecordStore* store);
    void setFilter(const QString& text);
    void reload();
    qint64 totalCount() const { return m_total; }
    // False while a filtered list has more matches than it has fetched so far.
    bool totalKnown() const { return m_totalKnown; }
    const RecordType& recordType() const { return m_type; }
    QString fieldAt(int column) const;

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
    mutable QHash<QString, QString> m_labels; // referenced id -> label
};

} // namespace oneteam
