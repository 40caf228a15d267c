#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QtMessageHandler g_qtHandler = nullptr;

// Qt's offscreen platform asks for a runtime directory, and warns on every report when
// XDG_RUNTIME_DIR is unset (root, cron, CI): nothing is wrong, so the warning is dropped.
void cliMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    g_qtHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    g_qtHandler = qInstallMessageHandler(cliMessages);
    // PDF reports lay text out with the system's fonts, which takes a QGuiApplication; the
    // CLI never shows a window, so it runs on the offscreen platform.
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
    }
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application;
    if (report) {
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("oneteam-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OneTeam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONETEAM_VERSION));

    // Messages follow the system language, as the GUI does: Korean, or English, whose
    // catalogue holds the plural forms ("1 record", "2 records").
    QTranslator translator;
    const bool korean = QLocale::system().language() == QLocale::Korean;
    if (translator.load(korean ? QStringLiteral(":/i18n/oneteam_ko.qm")
                               : QStringLiteral(":/i18n/oneteam_en.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    oneteam::Cli cli(out, err);
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
