// The committee summary over a large vault (issue "Audit trail and reports"): building
// it, then writing it as PDF, CSV and XLSX, each with its time and the peak memory it
// adds, beside the dashboard aggregates the summary stands on, measured in the same run.

#include "BenchDataset.h"
#include "BenchSupport.h"
#include "DashboardFigures.h"
#include "Report.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace oneteam;

namespace {

// The peak resident memory (VmHWM) since the last reset, in KiB.
long peakKiB()
{
    FILE* status = std::fopen("/proc/self/status", "r");
    long kib = -1;
    char line[256];
    while (status && std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1) {
            break;
        }
    }
    if (status) {
        std::fclose(status);
    }
    return kib;
}

// Starts a new peak from the current resident size (Linux: "5" to clear_refs).
void resetPeak()
{
    if (FILE* refs = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", refs);
        std::fclose(refs);
    }
}

qint64 sizeOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        return info.size();
    }
    qint64 total = 0;
    for (const QFileInfo& file : QDir(path).entryInfoList(QDir::Files)) {
        total += file.size();
    }
    return total;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const int count = bench::recordsArgument();
    QTemporaryDir dir;
    auto vault = bench::makeBenchVault(dir.path());
    if (!vault) {
        return 2;
    }
    RecordStore store(*vault);
    QElapsedTimer timer;
    timer.start();
    bench::loadGovernanceRecords(store, count);
    std::printf("OneTeam report benchmark: committee summary over %d records (loaded in %.1f s)\n", count,
                double(timer.elapsed()) / 1000.0);
    std::printf("  %-40s %10s %14s %12s\n", "step", "ms", "peak +KiB", "output");

    const auto row = [](const char* name, double ms, long peak, const QString& output) {
        std::printf("  %-40s %10.0f %14ld %12s\n", name, ms, peak, qPrintable(output));
    };
    // The baseline: the aggregates every summary starts from.
    long base = bench::residentKiB();
    resetPeak();
    timer.start();
    auto figures = DashboardFigures::compute(store, {});
    const double baseMs = double(timer.nsecsElapsed()) / 1e6;
    row("baseline: dashboard aggregates", baseMs, peakKiB() - base, QString());
    if (!figures) {
        return 2;
    }
    base = bench::residentKiB();
    resetPeak();
    timer.start();
    auto report = ReportBuilder::build(*vault, store, QStringLiteral("summary"), QStringLiteral("ko"));
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 2;
    }
    qint64 rows = 0;
    for (const ReportTable* table : report->tables()) {
        rows += table->rows.size();
    }
    row("build the summary (all sections)", buildMs, peakKiB() - base, QStringLiteral("%1 rows").arg(rows));
    int failures = 0;
    double pdfMs = 0;
    for (const auto& [name, format] : {std::pair{"write PDF", ReportWriter::Format::Pdf},
                                       std::pair{"write CSV (one file per table)", ReportWriter::Format::Csv},
                                       std::pair{"write XLSX", ReportWriter::Format::Xlsx}}) {
        const QString path = dir.filePath(QStringLiteral("summary.") + ReportWriter::formatName(format));
        base = bench::residentKiB();
        resetPeak();
        timer.start();
        auto written = ReportWriter::write(*report, format, path);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            ++failures;
            continue;
        }
        row(name, ms, peakKiB() - base, QStringLiteral("%1 KB").arg(sizeOf(path) / 1024));
        if (format == ReportWriter::Format::Pdf) {
            pdfMs = ms;
        }
    }
    std::printf("  build + PDF against the aggregates alone, same run: %.1fx\n",
                (buildMs + pdfMs) / std::max(0.001, baseMs));
    return failures == 0 ? 0 : 1;
}
