#include "RecordTableModel.h"

#include "RecordLabels.h"
#include "WonFormat.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace oneteam {

namespace {

// The ministry list's extra column: not a field, worked out from the CAIO records.
const FieldSpec kActiveCaio{"active_caio", FieldSpec::Kind::Text};

} // namespace

RecordTableModel::RecordTableModel(const RecordType& type, QObject* parent)
    : QAbstractTableModel(parent)
    , m_type(type)
{
    // The record's name first, then the amounts side by side (a budget line's stages),
    // then the rest in the type's order.
    QList<const FieldSpec*> amounts;
    QList<const FieldSpec*> rest;
    for (const FieldSpec& spec : type.fields) {
        const bool label = QLatin1String(spec.name) == QLatin1String(type.labelField);
        if (label) {
            m_columns.append(&spec);
            continue;
        }
        switch (spec.kind) {
        case FieldSpec::Kind::LongText:
        case FieldSpec::Kind::Points:
        case FieldSpec::Kind::Deliverables:
        case FieldSpec::Kind::Flag:
            break; // shown in the editor, not in the list
        case FieldSpec::Kind::Won:
            amounts.append(&spec);
            break;
        default:
            rest.append(&spec);
        }
    }
    m_columns += amounts;
    m_showsCoverage = QLatin1String(type.name) == QLatin1String("ministry");
    if (m_showsCoverage) {
        m_columns.append(&kActiveCaio);
    }
    m_columns += rest;
}

void RecordTableModel::setStore(RecordStore* store)
{
    disconnect(m_storeConnection);
    m_store = store;
    if (m_store) {
        // Any write may matter: a record of this type, or one a column names.
        m_storeConnection =
            connect(m_store->events(), &RecordEvents::changed, this, &RecordTableModel::scheduleReload);
    }
    reload();
}

void RecordTableModel::scheduleReload()
{
    if (m_reloadPending) {
        return;
    }
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending) {
            reload();
        }
    });
}

int RecordTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void RecordTableModel::setFilter(const QString& text)
{
    if (text == m_filter) {
        return;
    }
    m_filter = text;
    reload();
}

void RecordTableModel::reload()
{
    // Views (and model checkers) may ask for more while a change is being announced;
    // the next page waits until the change is over.
    m_reloadPending = false;
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    m_coverage = {};
    m_total = 0;
    m_totalKnown = true;
    if (m_store && m_showsCoverage) {
        if (auto coverage = CaioCoverage::compute(*m_store)) {
            m_coverage = std::move(*coverage);
        }
    }
    if (m_store) {
        ListQuery query{QLatin1String(m_type.name), m_filter, m_sortField, m_descending, kPageSize, 0};
        if (auto rows = m_store->list(query)) {
            m_rows = std::move(*rows);
        }
        if (m_rows.size() < kPageSize) {
            m_total = m_rows.size(); // a short first page is the whole answer
        } else if (m_filter.isEmpty()) {
            if (auto count = m_store->count(query)) {
                m_total = *count; // cheap without a filter: the type index counts
            }
        } else {
            // Counting every match would read every record at each keystroke; the list
            // grows as the user scrolls and the total is known when it ends.
            m_total = m_rows.size() + 1;
            m_totalKnown = false;
        }
    }
    endResetModel();
    m_notifying = false;
}

QString RecordTableModel::fieldAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? QLatin1String(m_columns.at(column)->name) : QString();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_notifying && m_store && m_rows.size() < m_total;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    ListQuery query{QLatin1String(m_type.name), m_filter, m_sortField, m_descending, kPageSize,
                    int(m_rows.size())};
    auto rows = m_store->list(query);
    if (!rows || rows->isEmpty()) {
        m_total = m_rows.size(); // the store has no more: stop asking
        m_totalKnown = true;
        return;
    }
    if (!m_totalKnown) {
        m_total = m_rows.size() + rows->size() + (rows->size() < kPageSize ? 0 : 1);
        m_totalKnown = rows->size() < kPageSize;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_notifying = false;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        // No column: the order the records were created in.
        if (!m_sortField.isEmpty() || m_descending) {
            m_sortField.clear();
            m_descending = false;
            reload();
        }
        return;
    }
    const QString field = fieldAt(column);
    if (field.isEmpty() || m_columns.at(column) == &kActiveCaio) {
        return; // not a stored field: the store cannot sort by it
    }
    m_sortField = field;
    m_descending = order == Qt::DescendingOrder;
    reload();
}

QString RecordTableModel::referenceLabel(const QString& id) const
{
    auto cached = m_labels.constFind(id);
    if (cached != m_labels.constEnd()) {
        return *cached;
    }
    QString label = id;
    if (m_store) {
        if (auto record = m_store->get(id)) {
            label = RecordLabels::recordName(*record);
        }
    }
    m_labels.insert(id, label);
    return label;
}

QString RecordTableModel::display(const FieldSpec& spec, const QJsonValue& value) const
{
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    const bool korean = QLocale().language() == QLocale::Korean;
    switch (spec.kind) {
    case FieldSpec::Kind::Won:
        return WonFormat::format(value.toInteger(),
                                 korean ? WonFormat::Language::Korean : WonFormat::Language::English);
    case FieldSpec::Kind::Integer:
        return QString::number(value.toInteger());
    case FieldSpec::Kind::Percent:
        return QString::number(value.toInteger()) + QLatin1Char('%');
    case FieldSpec::Kind::Reference:
        return referenceLabel(value.toString());
    case FieldSpec::Kind::ReferenceList: {
        QStringList labels;
        for (const QJsonValue& item : value.toArray()) {
            labels << referenceLabel(item.toString());
        }
        return labels.join(QStringLiteral(", "));
    }
    case FieldSpec::Kind::TextList: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items << item.toString();
        }
        return items.join(QStringLiteral(", "));
    }
    case FieldSpec::Kind::Date:
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    case FieldSpec::Kind::Enum:
        return RecordLabels::choice(value.toString());
    default:
        return value.toString();
    }
}

bool RecordTableModel::overdue(const StoredRecord& record) const
{
    if (QLatin1String(m_type.name) != QLatin1String("action")) {
        return false;
    }
    const QDate due = QDate::fromString(record.fields.value(QStringLiteral("due")).toString(), Qt::ISODate);
    const QString status = record.fields.value(QStringLiteral("status")).toString();
    return due.isValid() && due < QDate::currentDate() && status != QLatin1String("completed") &&
           status != QLatin1String("cancelled");
}

bool RecordTableModel::attention(const StoredRecord& record) const
{
    if (m_showsCoverage) {
        return m_coverage.vacant.contains(record.id);
    }
    return overdue(record);
}

QString RecordTableModel::activeCaioText(const StoredRecord& ministry) const
{
    if (ministry.fields.value(QStringLiteral("kind")).toString() != QLatin1String("ministry")) {
        return QString(); // the committee and the council name no CAIO
    }
    const auto caio = m_coverage.activeCaio.constFind(ministry.id);
    if (caio == m_coverage.activeCaio.constEnd()) {
        return QCoreApplication::translate("RecordTableModel", "No active CAIO");
    }
    const QString person = caio->fields.value(QStringLiteral("person")).toString();
    const QString rank = RecordLabels::choice(caio->fields.value(QStringLiteral("rank")).toString());
    return person.isEmpty() ? rank : referenceLabel(person) + QStringLiteral(" (") + rank + QLatin1Char(')');
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size()) {
        return {};
    }
    const StoredRecord& record = m_rows.at(index.row());
    const FieldSpec& spec = *m_columns.at(index.column());
    const QJsonValue value = record.fields.value(QLatin1String(spec.name));
    switch (role) {
    case Qt::DisplayRole:
        return &spec == &kActiveCaio ? activeCaioText(record) : display(spec, value);
    case Qt::ToolTipRole:
        if (record.fields.value(QStringLiteral("sample")).toBool()) {
            return QCoreApplication::translate(
                "RecordTableModel", "Illustrative record: the facts are silent here (marked 'sample').");
        }
        if (m_showsCoverage && attention(record)) {
            return QCoreApplication::translate("RecordTableModel",
                                               "This ministry has no active Chief AI Officer.");
        }
        return overdue(record) ? QCoreApplication::translate("RecordTableModel", "Overdue") : QVariant();
    case SampleRole:
        return record.fields.value(QStringLiteral("sample")).toBool();
    case AttentionRole:
        return attention(record);
    case Qt::TextAlignmentRole:
        return spec.kind == FieldSpec::Kind::Won || spec.kind == FieldSpec::Kind::Integer ||
                       spec.kind == FieldSpec::Kind::Percent
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole:
        return record.id;
    case RawValueRole:
        return value.toVariant();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const FieldSpec& spec = *m_columns.at(section);
    QString title = RecordLabels::field(QLatin1String(spec.name));
    if (spec.kind == FieldSpec::Kind::Won) {
        // The unit stands in the header; each cell reads as an amount (조/억 원, KRW trillion).
        title += QLocale().language() == QLocale::Korean ? QStringLiteral(" (원)") : QStringLiteral(" (KRW)");
    }
    return title;
}

} // namespace oneteam
