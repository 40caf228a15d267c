#include "ReportCommands.h"

#include "CliSession.h"
#include "Report.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

namespace oneteam {

ExitCode ReportCommands::report(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("summary, resolutions, caio, budget, taskforces, "
                                     "indicators or audit"),
                                  QStringLiteral("KIND"), QStringLiteral("summary"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf, csv or xlsx"),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("ko or en"), QStringLiteral("LANG"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("the file to write; for csv, a folder or NAME.csv (one file per table)"),
                                 QStringLiteral("PATH"));
    parser.addOptions({kind, format, language, out});
    const QString usage = tr("report takes --kind KIND --format pdf|csv|xlsx --lang ko|en --out PATH.");
    if (!parser.parse(QStringList{QStringLiteral("oneteam-cli")} + args) ||
        !parser.positionalArguments().isEmpty()) {
        return context.usage(parser.errorText().isEmpty() ? usage : parser.errorText());
    }
    if (!parser.isSet(out)) {
        return context.usage(tr("report needs --out PATH."));
    }
    if (!ReportBuilder::kinds().contains(parser.value(kind))) {
        QString message = tr("'%1' is not a report: use %2.")
                              .arg(parser.value(kind), ReportBuilder::kinds().join(QStringLiteral(", ")));
        if (parser.value(kind).startsWith(QLatin1String("action"))) {
            message += QLatin1Char(' ') + tr("Actions are in the resolutions report (--kind resolutions).");
        }
        return context.usage(message);
    }
    const auto chosen = ReportWriter::formatFromName(parser.value(format));
    if (!chosen) {
        return context.usage(tr("'%1' is not a format: use pdf, csv or xlsx.").arg(parser.value(format)));
    }
    QString lang = parser.value(language);
    if (lang.isEmpty()) {
        lang = QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    }
    if (!ReportLanguage::available().contains(lang)) {
        return context.usage(tr("'%1' is not a report language: use ko or en.").arg(lang));
    }
    if (*chosen == ReportWriter::Format::Pdf &&
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return context.usage(
            tr("PDF reports need the graphical libraries; this build started without them."));
    }
    ExitCode code = ExitCode::Success;
    auto session = openSession(context, &code);
    if (!session) {
        return code;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = ReportBuilder::build(*session->vault, *session->store, parser.value(kind), lang);
    if (!report) {
        return context.fail(report.error());
    }
    const QString path = parser.value(out);
    auto written = ReportWriter::write(*report, *chosen, path);
    if (!written) {
        return context.fail(written.error());
    }
    if (Status logged =
            ReportBuilder::noteExported(*session->vault, *report, ReportWriter::formatName(*chosen),
                                        QFileInfo(path).fileName(), *written);
        !logged) {
        return context.fail(logged.error());
    }
    for (const QString& file : *written) {
        context.out << tr("Wrote %1").arg(file) << Qt::endl;
    }
    context.out << tr("%1 in %2 s, made from audit chain entry %3.")
                       .arg(report->title)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                       .arg(report->auditSeq)
                << Qt::endl
                << tr("Check it in any vault holding this site's log: %1").arg(report->headCheckCommand())
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace oneteam
