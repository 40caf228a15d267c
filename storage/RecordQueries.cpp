// RecordStore's queries: listing, counting and aggregating records, and reading their
// history. The writes, the merge of remote changes and conflicts are in RecordStore.cpp.
#include "RecordStore.h"

#include "ChangeLog.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace oneteam {

namespace {

// The SQL for a listing; the sort field is checked, the rest is bound.
bool usesTrigrams(const QString& filter)
{
    return filter.size() >= 3;
}

// What ?2 is bound to: the lower-cased text, or for the trigram index a quoted phrase.
QString filterArgument(const QString& filter)
{
    const QString lower = filter.toLower();
    if (!usesTrigrams(filter)) {
        return lower;
    }
    QString quoted = lower;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray listSql(const ListQuery& query, bool counting)
{
    const bool trigrams = !query.filter.isEmpty() && usesTrigrams(query.filter);
    const bool scan = !query.filter.isEmpty() && !trigrams;
    // The rows are r (record); a short filter scans t (record_text, one type's texts side
    // by side in creation order) and reads r only for the matches.
    QByteArray sql = counting ? "SELECT count(*)" : "SELECT r.id, r.type, r.created, r.deleted, r.data";
    if (scan) {
        sql += " FROM record_text t CROSS JOIN record r ON r.rowid = t.rid WHERE t.type = ?1";
        if (!query.includeDeleted) {
            sql += " AND t.deleted = 0";
        }
        sql += " AND instr(t.search, ?2) > 0";
    } else {
        sql += " FROM record r WHERE r.type = ?1";
        if (!query.includeDeleted) {
            sql += " AND r.deleted = 0";
        }
        if (trigrams) {
            // Three characters or more: the trigram index finds them without reading
            // every record.
            sql += " AND r.rowid IN (SELECT rowid FROM record_search WHERE record_search MATCH ?2)";
        }
    }
    if (!query.refField.isEmpty()) {
        // json_each walks a list, and yields a single value as itself.
        sql += " AND EXISTS (SELECT 1 FROM json_each(r.data, ?6) WHERE json_each.value = ?7)";
    }
    if (!counting) {
        if (!query.sortField.isEmpty()) {
            // The path is written out (the field name is checked) so the sort index applies.
            sql += " ORDER BY json_extract(r.data, '$." + query.sortField.toLatin1() + "')";
            sql += query.descending ? " DESC" : " ASC";
            sql += query.descending ? ", r.rowid DESC" : ", r.rowid";
        } else {
            sql += scan ? " ORDER BY t.rid" : " ORDER BY r.rowid";
            sql += query.descending ? " DESC" : "";
        }
        sql += " LIMIT ?4 OFFSET ?5";
    }
    return sql;
}

bool validFieldName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Result<QList<StoredRecord>> RecordStore::list(const ListQuery& query) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    if ((!query.sortField.isEmpty() && !validFieldName(query.sortField)) ||
        (!query.refField.isEmpty() && !validFieldName(query.refField))) {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("RecordStore", "'%1' is not a field name.")
                                      .arg(!query.sortField.isEmpty() && !validFieldName(query.sortField)
                                               ? query.sortField
                                               : query.refField));
    }
    if (!query.sortField.isEmpty() && !m_sortIndexes.contains(query.sortField)) {
        // An index per field that someone sorts by, made the first time: lists sort without
        // reading every record, and writes pay only for the fields people sort on.
        const QByteArray index = "CREATE INDEX IF NOT EXISTS record_sort_" + query.sortField.toLatin1() +
                                 " ON record (type, deleted, json_extract(data, '$." +
                                 query.sortField.toLatin1() + "'))";
        if (const int rc = sqlite3_exec(db, index.constData(), nullptr, nullptr, nullptr); rc != SQLITE_OK) {
            return m_vault.errorFor(rc);
        }
        m_sortIndexes.insert(query.sortField); // scrolling does not ask again
    }
    const QByteArray sql = listSql(query, false);
    Statement rows(db, sql.constData());
    rows.bind(1, query.type);
    if (!query.filter.isEmpty()) {
        rows.bind(2, filterArgument(query.filter));
    }
    if (!query.refField.isEmpty()) {
        rows.bind(6, QStringLiteral("$.") + query.refField).bind(7, query.refId);
    }
    rows.bind(4, qint64(query.limit)).bind(5, qint64(query.offset));
    QList<StoredRecord> result;
    while (rows.next()) {
        result.append(readRecord(rows));
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<qint64> RecordStore::count(const ListQuery& query) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    const QByteArray sql = listSql(query, true);
    Statement row(db, sql.constData());
    row.bind(1, query.type);
    if (!query.filter.isEmpty()) {
        row.bind(2, filterArgument(query.filter));
    }
    if (!query.refField.isEmpty()) {
        row.bind(6, QStringLiteral("$.") + query.refField).bind(7, query.refId);
    }
    if (!row.next()) {
        return m_vault.errorFor(row.rc());
    }
    return row.integer(0);
}

Result<QList<AggregateRow>> RecordStore::aggregate(const AggregateQuery& query) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    // The fields dashboards add up have columns of their own in record_facts (schema v5):
    // no JSON is parsed when every field asked for is one of them.
    static const QStringList facts{
        QStringLiteral("status"),  QStringLiteral("keyword"),     QStringLiteral("category"),
        QStringLiteral("due"),     QStringLiteral("fiscal_year"), QStringLiteral("parent"),
        QStringLiteral("rank"),    QStringLiteral("kind"),        QStringLiteral("proposal"),
        QStringLiteral("enacted"), QStringLiteral("revised"),     QStringLiteral("executed")};
    static const QStringList ministryFields{QStringLiteral("ministry"), QStringLiteral("owner_ministry"),
                                            QStringLiteral("lead_ministry")};
    QStringList referenced = query.groupBy + query.sums;
    for (const FieldCondition& condition : query.where + query.countIf) {
        referenced << condition.field;
    }
    const bool useFacts = std::all_of(referenced.cbegin(), referenced.cend(), [](const QString& field) {
        return facts.contains(field) || ministryFields.contains(field);
    });
    const auto path = [useFacts](const QString& field) -> QByteArray {
        if (useFacts) {
            return ministryFields.contains(field) ? QByteArray("ministry") : field.toLatin1();
        }
        return "json_extract(data, '$." + field.toLatin1() + "')";
    };
    QStringList fields = query.groupBy + query.sums;
    for (const FieldCondition& condition : query.where + query.countIf) {
        fields << condition.field;
    }
    for (const QString& field : std::as_const(fields)) {
        if (!validFieldName(field)) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                QCoreApplication::translate("RecordStore", "'%1' is not a field name.").arg(field));
        }
    }
    QByteArray sql = "SELECT ";
    for (const QString& group : query.groupBy) {
        // Plain columns group in an index's order; a missing value reads as "" either way.
        sql += useFacts ? QByteArray(path(group) + ", ") : QByteArray("coalesce(" + path(group) + ", ''), ");
    }
    // One condition as SQL, its values appended to `out` in the order they are bound.
    const auto textColumn = [useFacts](const QString& field) {
        return useFacts && field != QLatin1String("fiscal_year") && field != QLatin1String("proposal") &&
               field != QLatin1String("enacted") && field != QLatin1String("revised") &&
               field != QLatin1String("executed");
    };
    const auto conditionSql = [&path, &textColumn](const FieldCondition& condition,
                                                   QStringList& out) -> QByteArray {
        const QByteArray value = path(condition.field);
        switch (condition.op) {
        case FieldCondition::Op::In:
        case FieldCondition::Op::NotIn: {
            QByteArray marks;
            for (const QString& item : condition.values) {
                marks += marks.isEmpty() ? "?" : ", ?";
                out << item;
            }
            // As text, so a year stored as a number matches "2026".
            // Text columns compare as they are (an index still applies).
            const bool text = textColumn(condition.field);
            const QByteArray operand = text ? value : QByteArray("CAST(" + value + " AS TEXT)");
            return condition.op == FieldCondition::Op::In
                       ? QByteArray(operand + " IN (" + marks + ")")
                       : QByteArray("coalesce(" + operand + ", '') NOT IN (" + marks + ")");
        }
        case FieldCondition::Op::Less:
            out << condition.values.value(0);
            return value + " < ?";
        case FieldCondition::Op::NotLess:
            out << condition.values.value(0);
            return value + " >= ?";
        case FieldCondition::Op::Missing:
            return value + " IS NULL";
        case FieldCondition::Op::Present:
            return value + " IS NOT NULL";
        }
        return "1";
    };
    sql += "count(*)";
    for (const QString& sum : query.sums) {
        sql += ", coalesce(sum(" + path(sum) + "), 0)";
    }
    QStringList selectBinds;
    if (!query.countIf.isEmpty()) {
        QByteArray all;
        for (const FieldCondition& condition : query.countIf) {
            all += (all.isEmpty() ? "" : " AND ") + conditionSql(condition, selectBinds);
        }
        sql += ", sum(CASE WHEN " + all + " THEN 1 ELSE 0 END)";
    }
    QStringList binds = selectBinds;
    if (useFacts && validFieldName(query.type)) {
        // The type written out, so the partial indexes on record_facts apply.
        sql += " FROM record_facts WHERE type = '" + query.type.toLatin1() + "' AND deleted = 0";
    } else {
        sql += useFacts ? " FROM record_facts WHERE type = ? AND deleted = 0"
                        : " FROM record WHERE type = ? AND deleted = 0";
        binds << query.type;
    }
    for (const FieldCondition& condition : query.where) {
        sql += " AND " + conditionSql(condition, binds);
    }
    if (!query.groupBy.isEmpty()) {
        sql += " GROUP BY ";
        for (int i = 0; i < query.groupBy.size(); ++i) {
            sql += QByteArray(i ? ", " : "") +
                   (useFacts ? path(query.groupBy.at(i)) : QByteArray::number(i + 1));
        }
        sql += " ORDER BY ";
        for (int i = 0; i < query.groupBy.size(); ++i) {
            sql += QByteArray(i ? ", " : "") + QByteArray::number(i + 1);
        }
    }
    Statement rows(db, sql.constData());
    for (int i = 0; i < binds.size(); ++i) {
        rows.bind(i + 1, binds.at(i));
    }
    QList<AggregateRow> result;
    while (rows.next()) {
        AggregateRow row;
        int column = 0;
        for (qsizetype i = 0; i < query.groupBy.size(); ++i) {
            row.keys << rows.text(column++);
        }
        row.count = rows.integer(column++);
        for (qsizetype i = 0; i < query.sums.size(); ++i) {
            row.sums << rows.integer(column++);
        }
        if (!query.countIf.isEmpty()) {
            row.countIf = rows.integer(column++);
        }
        result.append(row);
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<QList<AggregateRow>> RecordStore::changedRecords(const QDateTime& from, const QDateTime& to) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    Statement rows(
        db, "SELECT type, count(DISTINCT record_id) FROM change WHERE hlc >= ? AND hlc < ? AND applied = 1 "
            "GROUP BY type ORDER BY type");
    rows.bind(1, Hlc::format(from.toMSecsSinceEpoch(), 0)).bind(2, Hlc::format(to.toMSecsSinceEpoch(), 0));
    QList<AggregateRow> result;
    while (rows.next()) {
        result.append({{rows.text(0)}, rows.integer(1), {}});
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

Result<QList<ChangeEntry>> RecordStore::changes(const QString& recordId) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return StorageError::make(
            StorageErrorCode::Locked,
            QCoreApplication::translate("RecordStore", "The vault is locked; unlock it first."));
    }
    Statement rows(db, recordId.isEmpty() ? "SELECT seq, hlc, origin, record_id, type, name, value FROM "
                                            "change WHERE applied = 1 ORDER BY seq"
                                          : "SELECT seq, hlc, origin, record_id, type, name, value FROM "
                                            "change WHERE record_id = ?1 AND applied = 1 "
                                            "ORDER BY seq");
    if (!recordId.isEmpty()) {
        rows.bind(1, recordId);
    }
    QList<ChangeEntry> result;
    while (rows.next()) {
        result.append({rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                       rows.isNull(6) ? QJsonValue(QJsonValue::Null) : decodeValue(rows.text(6))});
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return result;
}

} // namespace oneteam
