#include "Cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oneteam-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OneTeam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONETEAM_VERSION));

    // Messages follow the system language, as the GUI does.
    QTranslator translator;
    if (QLocale::system().language() == QLocale::Korean &&
        translator.load(QStringLiteral(":/i18n/oneteam_ko.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    oneteam::Cli cli(out, err);
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
