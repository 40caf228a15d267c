#include "Report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace oneteam {

namespace {

// The family that carries Hangul everywhere OneTeam runs (fonts-noto-cjk); Qt embeds
// the glyphs used as a subset.
const QString kFamily = QStringLiteral("Noto Sans CJK KR");
const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x5b, 0x67, 0x78);
const QColor kRule(0xc8, 0xd0, 0xdc);
const QColor kHeaderFill(0xe8, 0xee, 0xf7);
const QColor kZebra(0xf6, 0xf8, 0xfb);
const QColor kBar(0x2f, 0x6f, 0xb3);
const QColor kSecond(0xe0, 0x8a, 0x1e);

QFont font(double points, bool bold = false)
{
    QFont f;
    // Latin letters and digits from DejaVu Sans (TrueType outlines embed with a complete
    // text map, so pdftotext and screen readers read the numbers); Hangul from Noto CJK.
    f.setFamilies({QStringLiteral("DejaVu Sans"), kFamily});
    f.setPointSizeF(points);
    f.setBold(bold);
    // No shaping: "ffi" stays three letters a reader of the text finds (Hangul syllables
    // are precomposed and need none).
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
    return f;
}

bool numeric(CellKind kind)
{
    return kind != CellKind::Text && kind != CellKind::Date;
}

// Lays the report out on pages. Run once without a painter to count the pages, then
// again with one to draw them, the same way.
class Layout
{
public:
    Layout(QPagedPaintDevice& writer, QPainter* painter, const Report& report, const ReportLanguage& language,
           int pages, const ReportProgress& progress)
        : m_writer(writer)
        , m_painter(painter)
        , m_report(report)
        , L(language)
        , m_pages(pages)
        , m_progress(progress)
    {
        m_width = writer.width();
        m_height = writer.height();
        m_footerHeight = lineHeight(font(7.5)) * 2;
        m_bottom = m_height - m_footerHeight;
        const qint64 rows = [&report] {
            qint64 n = 0;
            for (const ReportTable* table : report.tables()) {
                n += table->rows.size();
            }
            return n;
        }();
        m_totalRows = std::max<qint64>(1, rows);
    }

    // False when cancelled; the page count otherwise in *pages.
    bool run(int* pages)
    {
        titlePage();
        newPage();
        for (const ReportSection& section : m_report.sections) {
            // A section starts on a new page unless most of this one is left.
            if (m_y > 0 && m_y > m_bottom * 0.55) {
                newPage();
            } else if (m_y > 0) {
                m_y += mm(6);
            }
            heading(section.title, 15);
            for (const QString& paragraph : section.paragraphs) {
                text(paragraph, font(9.5), kInk, mm(1.6));
            }
            for (const ReportChart& chart : section.charts) {
                drawChart(chart);
            }
            for (const ReportTable& table : section.tables) {
                if (!drawTable(table)) {
                    return false;
                }
            }
        }
        footer();
        *pages = m_page;
        return true;
    }

private:
    double mm(double millimetres) const { return millimetres * m_writer.logicalDpiY() / 25.4; }
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_writer).height(); }
    double textHeight(const QString& value, const QFont& f, double width) const
    {
        return QFontMetricsF(f, &m_writer)
            .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, value)
            .height();
    }

    void footer()
    {
        if (!m_painter || m_page == 0) {
            return;
        }
        m_painter->save();
        m_painter->setFont(font(7.5));
        m_painter->setPen(kMuted);
        const QRectF area(0, m_height - m_footerHeight * 0.8, m_width, m_footerHeight * 0.8);
        m_painter->drawLine(QPointF(0, area.top() - mm(1)), QPointF(m_width, area.top() - mm(1)));
        m_painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                            m_report.title + QStringLiteral(" · ") + m_report.footer);
        m_painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                            L.t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"))
                                .arg(L.number(qint64(m_page)), L.number(qint64(std::max(m_pages, m_page)))));
        m_painter->restore();
    }

    void newPage()
    {
        if (m_page > 0) {
            footer();
            if (m_painter) {
                m_writer.newPage();
            }
        }
        ++m_page;
        m_y = 0;
    }

    void ensure(double height)
    {
        if (m_y + height > m_bottom) {
            newPage();
        }
    }

    void text(const QString& value, const QFont& f, const QColor& color, double after,
              int flags = Qt::AlignLeft)
    {
        const double height = textHeight(value, f, m_width);
        ensure(height);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(0, m_y, m_width, height), flags | Qt::TextWordWrap, value);
        }
        m_y += height + after;
    }

    void heading(const QString& value, double points)
    {
        ensure(lineHeight(font(points, true)) * 3);
        text(value, font(points, true), kInk, mm(1));
        if (m_painter) {
            m_painter->setPen(QPen(kBar, mm(0.5)));
            m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        }
        m_y += mm(3);
    }

    void titlePage()
    {
        newPage();
        m_y = m_height * 0.22;
        text(m_report.subtitle, font(13), kMuted, mm(3));
        text(m_report.title, font(28, true), kInk, mm(10));
        const QFont label = font(10, true);
        const QFont value = font(10);
        const double labelWidth = m_width * 0.3;
        for (const auto& [name, fact] : m_report.facts) {
            const double height = std::max(textHeight(fact, value, m_width - labelWidth), lineHeight(value));
            if (m_painter) {
                m_painter->setPen(kMuted);
                m_painter->setFont(label);
                m_painter->drawText(QRectF(0, m_y, labelWidth, height), Qt::AlignLeft | Qt::TextWordWrap,
                                    name);
                m_painter->setPen(kInk);
                m_painter->setFont(value);
                m_painter->drawText(QRectF(labelWidth, m_y, m_width - labelWidth, height),
                                    Qt::AlignLeft | Qt::TextWordWrap, fact);
            }
            m_y += height + mm(2);
        }
        m_y += mm(8);
        text(m_report.checkNote, font(8.5), kMuted, mm(2));
        // Each command on a line of its own, never broken at its hyphens, to be copied whole.
        QFont command = font(8.5);
        command.setFamilies({QStringLiteral("DejaVu Sans Mono"), kFamily});
        for (const QString& line : {m_report.fileCheckCommand(L.t(QT_TRANSLATE_NOOP("Report", "FILE"))),
                                    m_report.headCheckCommand()}) {
            text(line, command, kMuted, mm(1), Qt::AlignLeft | Qt::TextDontClip);
        }
    }

    QString valueText(double value, CellKind kind) const
    {
        return kind == CellKind::Won ? L.won(qint64(std::llround(value)))
                                     : L.number(qint64(std::llround(value)));
    }

    void drawChart(const ReportChart& chart)
    {
        QList<std::pair<ReportBar, bool>> bars;
        for (const ReportBar& bar : chart.bars) {
            bars.append({bar, false});
        }
        for (const ReportBar& bar : chart.second) {
            bars.append({bar, true});
        }
        if (bars.isEmpty()) {
            return;
        }
        const QFont f = font(8.5);
        const double row = lineHeight(f) * 1.35;
        const bool legend = !chart.second.isEmpty();
        const double height =
            lineHeight(font(10, true)) + row * double(bars.size()) + (legend ? row : 0) + mm(4);
        ensure(height);
        text(chart.title, font(10, true), kInk, mm(1));
        double max = 0;
        for (const auto& [bar, second] : bars) {
            max = std::max(max, bar.value);
        }
        const double labelWidth = m_width * 0.28;
        const double valueWidth = m_width * 0.24;
        const double barWidth = m_width - labelWidth - valueWidth - mm(4);
        for (const auto& [bar, second] : bars) {
            if (m_painter) {
                m_painter->setFont(f);
                m_painter->setPen(kInk);
                m_painter->drawText(QRectF(0, m_y, labelWidth - mm(2), row),
                                    Qt::AlignRight | Qt::AlignVCenter,
                                    second && !chart.secondName.isEmpty()
                                        ? bar.label + QStringLiteral(" · ") + chart.secondName
                                        : bar.label);
                const double length = max > 0 ? barWidth * bar.value / max : 0;
                m_painter->fillRect(QRectF(labelWidth, m_y + row * 0.18, std::max(length, 1.0), row * 0.64),
                                    second ? kSecond : kBar);
                m_painter->drawText(
                    QRectF(labelWidth + length + mm(1.5), m_y, valueWidth + barWidth - length, row),
                    Qt::AlignLeft | Qt::AlignVCenter, valueText(bar.value, chart.kind));
            }
            m_y += row;
        }
        if (legend && m_painter) {
            m_painter->setFont(f);
            const double box = row * 0.5;
            double x = labelWidth;
            for (const auto& [name, color] :
                 {std::pair{chart.seriesName, kBar}, std::pair{chart.secondName, kSecond}}) {
                m_painter->fillRect(QRectF(x, m_y + row * 0.25, box, box), color);
                m_painter->setPen(kMuted);
                const double w = QFontMetricsF(f, &m_writer).horizontalAdvance(name);
                m_painter->drawText(QRectF(x + box + mm(1), m_y, w + mm(2), row), Qt::AlignVCenter, name);
                x += box + w + mm(6);
            }
        }
        m_y += (legend ? row : 0) + mm(4);
    }

    QList<double> columnWidths(const ReportTable& table, const QFont& body, const QFont& bold) const
    {
        const QFontMetricsF metrics(body, &m_writer);
        const QFontMetricsF headerMetrics(bold, &m_writer);
        const double padding = mm(3);
        QList<double> widths;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ReportColumn& column = table.columns.at(c);
            // The header on one line when it is short enough, else its longest word.
            double width = headerMetrics.horizontalAdvance(column.title);
            if (width > m_width * 0.22) {
                width = 0;
                for (const QString& word : column.title.split(QLatin1Char(' '))) {
                    width = std::max(width, headerMetrics.horizontalAdvance(word));
                }
            }
            const qsizetype sample = std::min<qsizetype>(table.rows.size(), 300);
            for (qsizetype r = 0; r < sample; ++r) {
                width = std::max(
                    width, metrics.horizontalAdvance(L.cellText(table.rows.at(r).value(c), column.kind)));
            }
            widths << std::min(width + padding, m_width * 0.55);
        }
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        if (total > m_width) {
            // Wide text columns give way first (they wrap); numbers, dates and narrow text
            // (a site's name, a time) keep their width.
            const auto wraps = [&](qsizetype c) {
                return table.columns.at(c).kind == CellKind::Text && widths.at(c) > m_width * 0.12;
            };
            double fixed = 0;
            double flexible = 0;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                (wraps(c) ? flexible : fixed) += widths.at(c);
            }
            const double room = std::max(m_width - fixed, m_width * 0.3);
            for (qsizetype c = 0; c < widths.size(); ++c) {
                if (wraps(c) && flexible > 0) {
                    widths[c] = widths.at(c) * room / flexible;
                } else if (fixed > m_width * 0.7) {
                    widths[c] = widths.at(c) * m_width * 0.7 / fixed;
                }
            }
        } else {
            // Spread the room left over the text columns.
            qsizetype texts = 0;
            for (const ReportColumn& column : table.columns) {
                texts += column.kind == CellKind::Text ? 1 : 0;
            }
            for (qsizetype c = 0; c < widths.size(); ++c) {
                if (texts > 0 && table.columns.at(c).kind == CellKind::Text) {
                    widths[c] += (m_width - total) / double(texts);
                } else if (texts == 0) {
                    widths[c] += (m_width - total) / double(widths.size());
                }
            }
        }
        return widths;
    }

    // Long runs without a space (ids, file names) may break anywhere: a zero-width space
    // every 12 characters gives the word wrap a place to break them.
    static QString breakable(const QString& text)
    {
        if (text.size() < 24) {
            return text;
        }
        QString result;
        result.reserve(text.size() + text.size() / 12);
        int run = 0;
        for (const QChar c : text) {
            result += c;
            run = c.isSpace() ? 0 : run + 1;
            if (run >= 12 && (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char(',') ||
                              c == QLatin1Char('_') || run >= 24)) {
                result += QChar(0x200B);
                run = 0;
            }
        }
        return result;
    }

    void drawRow(const QStringList& cells, const QList<double>& widths, const QList<CellKind>& kinds,
                 const QFont& f, double height, const QColor& fill)
    {
        if (!m_painter) {
            return;
        }
        const double pad = mm(1.2);
        if (fill.isValid()) {
            m_painter->fillRect(QRectF(0, m_y, m_width, height), fill);
        }
        m_painter->setFont(f);
        m_painter->setPen(kInk);
        double x = 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const int align = kinds.isEmpty() || !numeric(kinds.at(c)) ? Qt::AlignLeft : Qt::AlignRight;
            m_painter->drawText(QRectF(x + pad, m_y + pad * 0.6, widths.at(c) - 2 * pad, height - pad),
                                align | Qt::AlignTop | Qt::TextWordWrap, cells.at(c));
            x += widths.at(c);
        }
        m_painter->setPen(QPen(kRule, mm(0.15)));
        m_painter->drawLine(QPointF(0, m_y + height), QPointF(m_width, m_y + height));
    }

    double rowHeight(const QStringList& cells, const QList<double>& widths, const QFont& f) const
    {
        const double pad = mm(1.2);
        double height = lineHeight(f);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            height = std::max(height, textHeight(cells.at(c), f, widths.at(c) - 2 * pad));
        }
        return height + pad * 1.4;
    }

    bool drawTable(const ReportTable& table)
    {
        if (m_painter && m_progress && !m_progress(0.5 + 0.5 * double(m_rowsDone) / double(m_totalRows))) {
            return false;
        }
        const QFont body = font(8);
        const QFont bold = font(8, true);
        const QList<double> widths = columnWidths(table, body, bold);
        QStringList header;
        QList<CellKind> kinds;
        for (const ReportColumn& column : table.columns) {
            header << column.title;
            kinds << column.kind;
        }
        const double headerHeight = rowHeight(header, widths, bold);
        const auto drawHeader = [&] {
            drawRow(header, widths, {}, bold, headerHeight, kHeaderFill);
            m_y += headerHeight;
        };
        // The title, the header and a first row stay together.
        ensure(lineHeight(font(10, true)) + headerHeight + lineHeight(body) * 2 + mm(2));
        text(table.title, font(10, true), kInk, mm(1));
        drawHeader();
        if (table.rows.isEmpty()) {
            text(L.t(QT_TRANSLATE_NOOP("Report", "No records.")), body, kMuted, 0);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            QStringList cells;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                cells << breakable(L.cellText(table.rows.at(r).value(c), table.columns.at(c).kind));
            }
            const double height = rowHeight(cells, widths, body);
            if (m_y + height > m_bottom) {
                newPage();
                drawHeader(); // the header again on every page the table continues on
            }
            drawRow(cells, widths, kinds, body, height, r % 2 == 1 ? kZebra : QColor());
            m_y += height;
            if (++m_rowsDone % 500 == 0 && m_painter && m_progress &&
                !m_progress(0.5 + 0.5 * double(m_rowsDone) / double(m_totalRows))) {
                return false;
            }
        }
        if (!table.note.isEmpty()) {
            m_y += mm(1);
            text(table.note, font(7.5), kMuted, 0);
        }
        m_y += mm(5);
        return true;
    }

    QPagedPaintDevice& m_writer;
    QPainter* m_painter;
    const Report& m_report;
    const ReportLanguage& L;
    int m_pages;
    ReportProgress m_progress;
    double m_width = 0;
    double m_height = 0;
    double m_bottom = 0;
    double m_footerHeight = 0;
    double m_y = 0;
    int m_page = 0;
    qint64 m_rowsDone = 0;
    qint64 m_totalRows = 1;
};

void setUp(QPdfWriter& writer, const Report& report)
{
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("OneTeam " ONETEAM_VERSION));
}

} // namespace

int ReportWriter::pageCount(const Report& report, const QPageLayout& layout, int resolution)
{
    const ReportLanguage language(report.language);
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter measure(&scratch);
    measure.setResolution(resolution);
    measure.setPageLayout(layout);
    int pages = 0;
    Layout(measure, nullptr, report, language, 0, {}).run(&pages);
    return pages;
}

bool ReportWriter::paint(const Report& report, QPagedPaintDevice& device, QPainter& painter,
                         const ReportProgress& progress)
{
    const ReportLanguage language(report.language);
    const int pages = pageCount(report, device.pageLayout(), device.logicalDpiY());
    int drawn = 0;
    return Layout(device, &painter, report, language, pages, progress).run(&drawn);
}

Status ReportWriter::writePdf(const Report& report, const QString& path, const ReportProgress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return StorageError::make(StorageErrorCode::Io,
                                  QCoreApplication::translate("Report", "%1 could not be written: %2")
                                      .arg(path, file.errorString()));
    }
    bool complete = false;
    {
        QPdfWriter writer(&file);
        setUp(writer, report);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return StorageError::make(StorageErrorCode::Io,
                                      QCoreApplication::translate("Report", "%1 could not be written: %2")
                                          .arg(path, QCoreApplication::translate("Report", "no PDF device")));
        }
        complete = paint(report, writer, painter, progress);
        painter.end();
    }
    if (!complete) {
        file.cancelWriting();
        return StorageError::make(
            StorageErrorCode::Cancelled,
            QCoreApplication::translate("Report", "The report was cancelled; nothing was written."));
    }
    if (!file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return StorageError::make(
            full ? StorageErrorCode::DiskFull : StorageErrorCode::Io,
            full ? QCoreApplication::translate("Report", "The disk is full; %1 was not written.").arg(path)
                 : QCoreApplication::translate("Report", "%1 could not be written: %2")
                       .arg(path, file.errorString()));
    }
    return {};
}

} // namespace oneteam
