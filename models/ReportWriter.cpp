#include "Report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

namespace oneteam {

namespace {

StorageError writeError(const QString& path, const QString& detail, bool full = false)
{
    return StorageError::make(
        full ? StorageErrorCode::DiskFull : StorageErrorCode::Io,
        full ? QCoreApplication::translate("Report", "The disk is full; %1 was not written.").arg(path)
             : QCoreApplication::translate("Report", "%1 could not be written: %2").arg(path, detail));
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A CSV cell holds the plain value: whole won, ISO dates, fractions as decimals.
QString csvValue(const QVariant& value, CellKind kind)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (kind) {
    case CellKind::Integer:
    case CellKind::Won:
        return QString::number(value.toLongLong());
    case CellKind::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    case CellKind::Percent:
        return QString::number(value.toDouble(), 'f', 4);
    case CellKind::Text:
        break;
    }
    return value.toString();
}

QString columnHeader(const ReportColumn& column, const ReportLanguage& language)
{
    if (column.kind == CellKind::Won) {
        return language.t(QT_TRANSLATE_NOOP("Report", "%1 (won)")).arg(column.title);
    }
    if (column.kind == CellKind::Percent) {
        return language.t(QT_TRANSLATE_NOOP("Report", "%1 (fraction)")).arg(column.title);
    }
    return column.title;
}

// Writes to a temporary file beside `path` and renames it over `path` once complete.
class AtomicPath
{
public:
    explicit AtomicPath(const QString& path)
        : m_path(path)
        , m_temp(QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName() +
                 QStringLiteral(".XXXXXX"))
    {
        m_temp.setAutoRemove(true);
        if (m_temp.open()) {
            m_temp.close();
        }
    }
    QString temp() const { return m_temp.fileName(); }
    bool ok() const { return !m_temp.fileName().isEmpty(); }
    bool commit()
    {
        const QByteArray from = QFile::encodeName(m_temp.fileName());
        const QByteArray to = QFile::encodeName(m_path);
        if (std::rename(from.constData(), to.constData()) != 0) {
            return false;
        }
        m_temp.setAutoRemove(false);
        return true;
    }

private:
    QString m_path;
    QTemporaryFile m_temp;
};

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (lower == QLatin1String("csv")) {
        return Format::Csv;
    }
    if (lower == QLatin1String("xlsx")) {
        return Format::Xlsx;
    }
    return std::nullopt;
}

QString ReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

Result<QStringList> ReportWriter::write(const Report& report, Format format, const QString& path,
                                        const ReportProgress& progress)
{
    switch (format) {
    case Format::Pdf:
        if (Status written = writePdf(report, path, progress); !written) {
            return written.error();
        }
        return QStringList{path};
    case Format::Csv:
        return writeCsv(report, path);
    case Format::Xlsx:
        if (Status written = writeXlsx(report, path); !written) {
            return written.error();
        }
        return QStringList{path};
    }
    return QStringList{};
}

QByteArray ReportWriter::csvOf(const ReportTable& table, const ReportLanguage& language)
{
    QString text = QStringLiteral("\uFEFF");
    QStringList header;
    for (const ReportColumn& column : table.columns) {
        header << csvField(columnHeader(column, language));
    }
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            cells << csvField(csvValue(row.value(i), table.columns.at(i).kind));
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

Result<QStringList> ReportWriter::writeCsv(const Report& report, const QString& path)
{
    // "caio.csv" names a file, not a folder: one table goes there, several go beside it as
    // caio-TABLE-ID.csv. Anything else (or a folder that exists) is the folder to fill.
    const QFileInfo info(path);
    const bool named = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 && !info.isDir();
    const QString folder = named ? info.absolutePath() : path;
    if (!QDir().mkpath(folder)) {
        return writeError(folder, QCoreApplication::translate("Report", "the folder cannot be made"));
    }
    const ReportLanguage language(report.language);
    const QList<const ReportTable*> tables = report.tables();
    QStringList written;
    for (const ReportTable* table : tables) {
        QString file = QDir(folder).filePath(table->id + QStringLiteral(".csv"));
        if (named) {
            file = tables.size() == 1 ? info.absoluteFilePath()
                                      : QDir(folder).filePath(info.completeBaseName() + QLatin1Char('-') +
                                                              table->id + QLatin1Char('.') + info.suffix());
        }
        QSaveFile out(file);
        const QByteArray bytes = csvOf(*table, language);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            return writeError(file, out.errorString(), out.error() == QFileDevice::ResourceError);
        }
        written << file;
    }
    return written;
}

namespace {

// Rows a wrapped text takes in a column `width` characters wide (a Hangul syllable is two).
int wrappedLines(const QString& text, int width)
{
    int columns = 0;
    for (const QChar c : text) {
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    }
    return std::max(1, (columns + width - 1) / width);
}

// The first sheet, "report": what the PDF's title page says (title, vault, site, role, time,
// audit chain head) and the commands that check the file and its head, so that a workbook
// passed on alone still names where it came from.
lxw_error writeXlsxCover(lxw_workbook* workbook, const Report& report, const ReportLanguage& language)
{
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "report");
    if (!sheet) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* label = workbook_add_format(workbook);
    format_set_bold(label);
    format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* command = workbook_add_format(workbook);
    format_set_font_name(command, "DejaVu Sans Mono");
    constexpr int kValueWidth = 100; // the head check command (about 90 characters) whole
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 1, 1, kValueWidth, nullptr);
    worksheet_fit_to_pages(sheet, 1, 0); // printed, both columns on one page's width

    lxw_row_t row = 0;
    lxw_error error = LXW_NO_ERROR;
    const auto put = [&](lxw_col_t col, const QString& text, lxw_format* format) {
        if (error == LXW_NO_ERROR && !text.isEmpty()) {
            error = worksheet_write_string(sheet, row, col, text.toUtf8().constData(), format);
        }
    };
    put(0, report.title, title);
    ++row;
    put(0, report.subtitle, nullptr);
    row += 2;
    for (const auto& [name, fact] : report.facts) {
        put(0, name, label);
        put(1, fact, wrapped);
        ++row;
    }
    ++row;
    // Rows are written in order (constant memory), so a row's height is set as it is reached.
    if (error == LXW_NO_ERROR) {
        error = worksheet_set_row(sheet, row, 15.0 * wrappedLines(report.checkNote, kValueWidth), nullptr);
    }
    put(1, report.checkNote, wrapped);
    ++row;
    put(1, report.fileCheckCommand(language.t(QT_TRANSLATE_NOOP("Report", "FILE"))), command);
    ++row;
    put(1, report.headCheckCommand(), command);
    return error;
}

} // namespace

Status ReportWriter::writeXlsx(const Report& report, const QString& path)
{
    AtomicPath target(path);
    if (!target.ok()) {
        return writeError(path, QCoreApplication::translate("Report", "no temporary file beside it"));
    }
    const ReportLanguage language(report.language);
    const QByteArray tempName = QFile::encodeName(target.temp());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order: memory stays flat
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook) {
        return writeError(path, QCoreApplication::translate("Report", "the workbook cannot be made"));
    }
    QByteArray title = report.title.toUtf8();
    QByteArray subject = report.subtitle.toUtf8();
    QByteArray comments = QStringLiteral("OneTeam, audit chain head %1 (entry %2)")
                              .arg(report.auditHead)
                              .arg(report.auditSeq)
                              .toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.comments = comments.data();
    workbook_set_properties(workbook, &properties);

    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF7);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format* won = workbook_add_format(workbook);
    format_set_num_format(won, language.korean() ? "#,##0\" 원\"" : "\"KRW \"#,##0");
    lxw_format* integer = workbook_add_format(workbook);
    format_set_num_format(integer, "#,##0");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0%");

    lxw_error error = writeXlsxCover(workbook, report, language);
    for (const ReportTable* table : report.tables()) {
        if (error != LXW_NO_ERROR) {
            break;
        }
        const QByteArray sheetName = table->id.left(31).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
        if (!sheet) {
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
            break;
        }
        for (qsizetype c = 0; c < table->columns.size(); ++c) {
            const ReportColumn& column = table->columns.at(c);
            const QByteArray text = column.title.toUtf8();
            worksheet_write_string(sheet, 0, lxw_col_t(c), text.constData(), header);
            const double width = column.kind == CellKind::Won ? 22 : column.kind == CellKind::Text ? 36 : 14;
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (qsizetype r = 0; r < table->rows.size() && error == LXW_NO_ERROR; ++r) {
            const QVariantList& row = table->rows.at(r);
            const auto rowIndex = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < table->columns.size(); ++c) {
                const QVariant value = row.value(c);
                if (!value.isValid() || value.isNull()) {
                    continue;
                }
                const auto col = lxw_col_t(c);
                switch (table->columns.at(c).kind) {
                case CellKind::Won:
                    error = worksheet_write_number(sheet, rowIndex, col, double(value.toLongLong()), won);
                    break;
                case CellKind::Integer:
                    error = worksheet_write_number(sheet, rowIndex, col, double(value.toLongLong()), integer);
                    break;
                case CellKind::Percent:
                    error = worksheet_write_number(sheet, rowIndex, col, value.toDouble(), percent);
                    break;
                case CellKind::Date: {
                    const QDate day = value.toDate();
                    if (day.isValid()) {
                        lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0};
                        error = worksheet_write_datetime(sheet, rowIndex, col, &when, date);
                    }
                    break;
                }
                case CellKind::Text: {
                    const QByteArray text = value.toString().toUtf8();
                    if (!text.isEmpty()) {
                        error = worksheet_write_string(sheet, rowIndex, col, text.constData(), nullptr);
                    }
                    break;
                }
                }
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (error == LXW_NO_ERROR) {
        error = closed;
    }
    if (error != LXW_NO_ERROR) {
        return writeError(path, QString::fromUtf8(lxw_strerror(error)), error == LXW_ERROR_CREATING_TMPFILE);
    }
    if (!target.commit()) {
        return writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

} // namespace oneteam
