#include "RecordTableModel.h"

#include "WonFormat.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

namespace oneteam {

namespace {

// Column titles for the field names, translated in the "RecordFields" context.
const char* const kFieldTitles[][2] = {
    {"code", QT_TRANSLATE_NOOP("RecordFields", "Code")},
    {"name_ko", QT_TRANSLATE_NOOP("RecordFields", "Name (Korean)")},
    {"name_en", QT_TRANSLATE_NOOP("RecordFields", "Name (English)")},
    {"kind", QT_TRANSLATE_NOOP("RecordFields", "Kind")},
    {"title", QT_TRANSLATE_NOOP("RecordFields", "Title")},
    {"organisation", QT_TRANSLATE_NOOP("RecordFields", "Organisation")},
    {"ministry", QT_TRANSLATE_NOOP("RecordFields", "Ministry")},
    {"person", QT_TRANSLATE_NOOP("RecordFields", "Person")},
    {"rank", QT_TRANSLATE_NOOP("RecordFields", "Rank")},
    {"appointed", QT_TRANSLATE_NOOP("RecordFields", "Appointed")},
    {"term_end", QT_TRANSLATE_NOOP("RecordFields", "Term ends")},
    {"status", QT_TRANSLATE_NOOP("RecordFields", "Status")},
    {"number", QT_TRANSLATE_NOOP("RecordFields", "Number")},
    {"title_ko", QT_TRANSLATE_NOOP("RecordFields", "Title (Korean)")},
    {"title_en", QT_TRANSLATE_NOOP("RecordFields", "Title (English)")},
    {"adopted", QT_TRANSLATE_NOOP("RecordFields", "Adopted")},
    {"meeting", QT_TRANSLATE_NOOP("RecordFields", "Meeting")},
    {"keyword", QT_TRANSLATE_NOOP("RecordFields", "Keyword")},
    {"lead_ministry", QT_TRANSLATE_NOOP("RecordFields", "Lead ministry")},
    {"cooperating_ministries", QT_TRANSLATE_NOOP("RecordFields", "Cooperating ministries")},
    {"budget_lines", QT_TRANSLATE_NOOP("RecordFields", "Budget lines")},
    {"resolution", QT_TRANSLATE_NOOP("RecordFields", "Resolution")},
    {"description", QT_TRANSLATE_NOOP("RecordFields", "Description")},
    {"owner_ministry", QT_TRANSLATE_NOOP("RecordFields", "Owner ministry")},
    {"due", QT_TRANSLATE_NOOP("RecordFields", "Due")},
    {"progress", QT_TRANSLATE_NOOP("RecordFields", "Progress")},
    {"name", QT_TRANSLATE_NOOP("RecordFields", "Name")},
    {"lead", QT_TRANSLATE_NOOP("RecordFields", "Lead")},
    {"members", QT_TRANSLATE_NOOP("RecordFields", "Members")},
    {"start", QT_TRANSLATE_NOOP("RecordFields", "Start")},
    {"end", QT_TRANSLATE_NOOP("RecordFields", "End")},
    {"fiscal_year", QT_TRANSLATE_NOOP("RecordFields", "Fiscal year")},
    {"parent", QT_TRANSLATE_NOOP("RecordFields", "Parent line")},
    {"category", QT_TRANSLATE_NOOP("RecordFields", "Category")},
    {"region", QT_TRANSLATE_NOOP("RecordFields", "Region")},
    {"proposal", QT_TRANSLATE_NOOP("RecordFields", "Proposal")},
    {"enacted", QT_TRANSLATE_NOOP("RecordFields", "Enacted")},
    {"revised", QT_TRANSLATE_NOOP("RecordFields", "Revised")},
    {"executed", QT_TRANSLATE_NOOP("RecordFields", "Executed")},
    {"unit", QT_TRANSLATE_NOOP("RecordFields", "Unit")},
    {"partners", QT_TRANSLATE_NOOP("RecordFields", "Partners")},
    {"amount", QT_TRANSLATE_NOOP("RecordFields", "Amount")},
    {"date", QT_TRANSLATE_NOOP("RecordFields", "Date")},
    {"ministries", QT_TRANSLATE_NOOP("RecordFields", "Ministries")},
    {"links", QT_TRANSLATE_NOOP("RecordFields", "Links")},
    {"mandate", QT_TRANSLATE_NOOP("RecordFields", "Mandate")},
};

// How choice values read, translated in the "RecordChoices" context.
const char* const kChoiceTitles[][2] = {
    {"one-team", QT_TRANSLATE_NOOP("RecordChoices", "One Team")},
    {"gpu-foundation-model", QT_TRANSLATE_NOOP("RecordChoices", "200,000 GPUs: foundation model")},
    {"physical-ai", QT_TRANSLATE_NOOP("RecordChoices", "Physical AI")},
    {"ai-basic-society", QT_TRANSLATE_NOOP("RecordChoices", "AI basic society")},
    {"overseas-partnerships", QT_TRANSLATE_NOOP("RecordChoices", "Overseas partnerships")},
    {"draft", QT_TRANSLATE_NOOP("RecordChoices", "Draft")},
    {"adopted", QT_TRANSLATE_NOOP("RecordChoices", "Adopted")},
    {"in-execution", QT_TRANSLATE_NOOP("RecordChoices", "In execution")},
    {"completed", QT_TRANSLATE_NOOP("RecordChoices", "Completed")},
    {"superseded", QT_TRANSLATE_NOOP("RecordChoices", "Superseded")},
    {"withdrawn", QT_TRANSLATE_NOOP("RecordChoices", "Withdrawn")},
    {"not-started", QT_TRANSLATE_NOOP("RecordChoices", "Not started")},
    {"in-progress", QT_TRANSLATE_NOOP("RecordChoices", "In progress")},
    {"blocked", QT_TRANSLATE_NOOP("RecordChoices", "Blocked")},
    {"cancelled", QT_TRANSLATE_NOOP("RecordChoices", "Cancelled")},
    {"vice-minister", QT_TRANSLATE_NOOP("RecordChoices", "Vice-minister level")},
    {"director-general", QT_TRANSLATE_NOOP("RecordChoices", "Director-general level")},
    {"other", QT_TRANSLATE_NOOP("RecordChoices", "Other")},
    {"active", QT_TRANSLATE_NOOP("RecordChoices", "Active")},
    {"ended", QT_TRANSLATE_NOOP("RecordChoices", "Ended")},
    {"ministry", QT_TRANSLATE_NOOP("RecordChoices", "Ministry")},
    {"agency", QT_TRANSLATE_NOOP("RecordChoices", "Agency")},
    {"office", QT_TRANSLATE_NOOP("RecordChoices", "Office")},
    {"committee", QT_TRANSLATE_NOOP("RecordChoices", "Committee")},
    {"council", QT_TRANSLATE_NOOP("RecordChoices", "Council")},
    {"ax", QT_TRANSLATE_NOOP("RecordChoices", "AI transition (AX)")},
    {"gpu", QT_TRANSLATE_NOOP("RecordChoices", "GPU")},
    {"foundation-model", QT_TRANSLATE_NOOP("RecordChoices", "Foundation model")},
    {"talent", QT_TRANSLATE_NOOP("RecordChoices", "Talent")},
    {"data-center", QT_TRANSLATE_NOOP("RecordChoices", "Data center")},
    {"investment", QT_TRANSLATE_NOOP("RecordChoices", "Investment")},
    {"cooperation", QT_TRANSLATE_NOOP("RecordChoices", "Cooperation")},
    {"event", QT_TRANSLATE_NOOP("RecordChoices", "Event")},
    {"planned", QT_TRANSLATE_NOOP("RecordChoices", "Planned")},
    {"done", QT_TRANSLATE_NOOP("RecordChoices", "Done")},
};

QString choiceTitle(const QString& value)
{
    for (const auto& entry : kChoiceTitles) {
        if (value == QLatin1String(entry[0])) {
            return QCoreApplication::translate("RecordChoices", entry[1]);
        }
    }
    return value;
}

QString fieldTitle(const char* name)
{
    for (const auto& entry : kFieldTitles) {
        if (qstrcmp(entry[0], name) == 0) {
            return QCoreApplication::translate("RecordFields", entry[1]);
        }
    }
    return QLatin1String(name);
}

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
    m_columns += rest;
}

void RecordTableModel::setStore(RecordStore* store)
{
    m_store = store;
    reload();
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
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    m_total = 0;
    m_totalKnown = true;
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
    const QString field = fieldAt(column);
    if (field.isEmpty()) {
        return;
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
            const RecordType* type = RecordType::find(record->type);
            const QString text =
                type ? record->fields.value(QLatin1String(type->labelField)).toString() : QString();
            const QString code = record->fields.value(QStringLiteral("code")).toString();
            label = !code.isEmpty() ? code : !text.isEmpty() ? text : id;
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
        return choiceTitle(value.toString());
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
        return display(spec, value);
    case Qt::ToolTipRole:
        if (record.fields.value(QStringLiteral("sample")).toBool()) {
            return QCoreApplication::translate(
                "RecordTableModel", "Illustrative record: the facts are silent here (marked 'sample').");
        }
        return overdue(record) ? QCoreApplication::translate("RecordTableModel", "Overdue") : QVariant();
    case Qt::ForegroundRole:
        return overdue(record) ? QBrush(QColor(0xb0, 0x00, 0x20)) : QVariant();
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
    QString title = fieldTitle(spec.name);
    if (spec.kind == FieldSpec::Kind::Won) {
        // The unit stands in the header; each cell reads as an amount (조/억 원, KRW trillion).
        title += QLocale().language() == QLocale::Korean ? QStringLiteral(" (원)") : QStringLiteral(" (KRW)");
    }
    return title;
}

} // namespace oneteam
