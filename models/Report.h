#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

class QPageLayout;
class QPagedPaintDevice;
class QPainter;

namespace oneteam {
class RecordStore;
class Vault;

// What a report cell holds: the writers format each kind their own way (PDF in words,
// CSV as plain values, XLSX as typed cells with number formats).
enum class CellKind
{
    Text,    // QString
    Integer, // qint64
    Won,     // qint64, whole won
    Date,    // QDate (invalid: empty)
    Percent  // double, 0.257 for 25.7 %
};

struct ReportColumn
{
    QString title;
    CellKind kind = CellKind::Text;
};

struct ReportTable
{
    QString id;    // file and sheet name: ascii, e.g. "budget-by-stage"
    QString title; // in the report's language
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QString note; // e.g. "the first 300 of 12,000; the area report lists all"
};

struct ReportBar
{
    QString label;
    double value = 0;
};

// A horizontal bar chart: one bar per label, and optionally a second series drawn
// beside it (targets against observations).
struct ReportChart
{
    QString title;
    CellKind kind = CellKind::Integer; // how values read: Won or Integer
    QString seriesName;
    QList<ReportBar> bars;
    QString secondName;
    QList<ReportBar> second;
};

struct ReportSection
{
    QString title;
    QStringList paragraphs;
    QList<ReportChart> charts;
    QList<ReportTable> tables;
};

// A report as data: the same content goes to PDF, CSV and XLSX, from the GUI and the CLI.
struct Report
{
    QString kind;     // summary, resolutions, caio, budget, taskforces, indicators, audit
    QString language; // ko or en
    QString title;
    QString subtitle;
    QList<std::pair<QString, QString>> facts; // the title page: vault, site, role, time, chain head
    QString generatedAt;                      // ISO 8601 UTC
    QString footer;                           // every page: site, role, chain head
    qint64 auditSeq = 0;
    QString auditHead; // hex of this site's chain head the report was made from
    QString auditSite; // this site's id, shortened as `audit verify --site` takes it
    QString checkNote; // the title page's note on how the report is checked
    QList<ReportSection> sections;

    QList<const ReportTable*> tables() const;
    // The two commands the title page prints, the same in every language: the first checks
    // a copy of the file (`fileWord` stands for it), the second a printed copy's head.
    QString fileCheckCommand(const QString& fileWord) const;
    QString headCheckCommand() const;
};

// Reports a fraction done (0..1); returns false to cancel.
using ReportProgress = std::function<bool(double done)>;

// The report's language, whatever the interface shows: its own catalogue, its own
// number and won formats (조/억 원 or KRW trillion).
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& code);
    const QString& code() const { return m_code; }
    bool korean() const { return m_code == QLatin1String("ko"); }
    QLocale locale() const;

    // Translates in `context` (lupdate finds the sources through QT_TRANSLATE_NOOP).
    QString text(const char* context, const char* source, int n = -1) const;
    // In the "Report" context. (Not named tr: lupdate would take it for QObject::tr and
    // miss the QT_TRANSLATE_NOOP inside.)
    QString t(const char* source, int n = -1) const { return text("Report", source, n); }
    QString field(const QString& name) const;
    QString choice(const QString& value) const;
    QString typeTitle(const QString& type) const;

    QString won(qint64 amount) const;
    QString number(qint64 value) const;
    QString number(double value, int decimals) const;
    QString date(const QDate& date) const;
    QString percent(double fraction) const;
    // A cell as the PDF shows it.
    QString cellText(const QVariant& value, CellKind kind) const;

    static QStringList available() { return {QStringLiteral("ko"), QStringLiteral("en")}; }

private:
    QString m_code;
    QTranslator m_translator;
};

class ReportBuilder
{
public:
    static QStringList kinds();
    // The kind's title in the language given.
    static QString kindTitle(const QString& kind, const ReportLanguage& language);

    // Builds the report from the vault's records (and, for "audit", its log). The chain
    // head the report names is signed first. Cancelled: an error of kind Cancelled.
    // `sign` false (a preview of what the report holds): the head is named as it stands,
    // unsigned, and the vault is not written.
    static Result<Report> build(Vault& vault, RecordStore& store, const QString& kind,
                                const QString& language, const ReportProgress& progress = {},
                                bool sign = true);
    // Logs a written report in the audit log: kind, format, language, the chain head, and
    // the SHA-256 of each file written (`files`), so that a copy can be checked later
    // (AuditLog::findReportFile). A file that cannot be read is logged without its hash.
    static Status noteExported(Vault& vault, const Report& report, const QString& format,
                               const QString& fileName, const QStringList& files);
};

// Writers. Each writes atomically: a cancelled or failed export leaves no file behind
// and an existing file as it was.
class ReportWriter
{
public:
    enum class Format
    {
        Pdf,
        Csv,
        Xlsx
    };
    static std::optional<Format> formatFromName(const QString& name);
    static QString formatName(Format format);

    // PDF: one file. CSV: UTF-8 with BOM, RFC 4180, one file per table: `path` is a folder
    // (TABLE-ID.csv in it), or a name ending in .csv, which a report of one table is written
    // to and one of several tables names its files after (NAME-TABLE-ID.csv beside it).
    // XLSX: one file, one sheet per table. Returns the files written.
    static Result<QStringList> write(const Report& report, Format format, const QString& path,
                                     const ReportProgress& progress = {});

    static Status writePdf(const Report& report, const QString& path, const ReportProgress& progress = {});
    // Lays the report out on any paged device (a printer, a print preview, a PDF writer)
    // whose painter is active. False when cancelled.
    static bool paint(const Report& report, QPagedPaintDevice& device, QPainter& painter,
                      const ReportProgress& progress = {});
    static int pageCount(const Report& report, const QPageLayout& layout, int resolution);
    static Result<QStringList> writeCsv(const Report& report, const QString& path);
    static Status writeXlsx(const Report& report, const QString& path);
    // One table as CSV text (with the BOM), for tests and the writer.
    static QByteArray csvOf(const ReportTable& table, const ReportLanguage& language);
};

} // namespace oneteam
