#include "MainWindow.h"
#include "Snapshot.h"
#include "UiLanguage.h"
#include "Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// Run offscreen when asked for snapshots or when there is no display to open a window on.
bool wantsOffscreen(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--snapshot") == 0) {
            return true;
        }
    }
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && wantsOffscreen(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OneTeam"));
    QApplication::setOrganizationName(QStringLiteral("OneTeam"));
    QApplication::setApplicationVersion(QStringLiteral(ONETEAM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oneteam.svg")));

    // Hangul must render whatever the platform's default font is.
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR")});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "OneTeam: resolutions, actions, CAIOs, budget and indicators of the "
                                        "National AI Strategy Committee."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QApplication::translate("main", "Render every page to DIR/<page>.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: ko or en."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QApplication::translate("main", "Open this vault (asks for its passphrase)."),
        QStringLiteral("PATH"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QApplication::translate("main", "Window size for snapshots, e.g. 1920x1080."),
        QStringLiteral("WxH"));
    parser.addOption(vaultOption);
    parser.addOption(sizeOption);
    parser.addOption(snapshotOption);
    parser.addOption(langOption);
    parser.process(app);

    oneteam::UiLanguage language;
    const QString lang = parser.isSet(langOption) ? parser.value(langOption)
                                                  : oneteam::UiLanguage::fromLocale(QLocale::system());
    if (!language.apply(lang)) {
        QTextStream(stderr)
            << QApplication::translate("main", "Unknown language '%1'; use ko or en.").arg(lang) << Qt::endl;
        return 1;
    }

    oneteam::MainWindow window(language);
    if (parser.isSet(snapshotOption)) {
        // Snapshots of a real vault for the documentation and the headless run: the
        // passphrase comes from ONETEAM_PASSPHRASE, as for oneteam-cli.
        if (parser.isSet(vaultOption)) {
            QByteArray passphrase = qgetenv("ONETEAM_PASSPHRASE");
            auto vault =
                oneteam::Vault::open(parser.value(vaultOption), oneteam::SecureBytes::takeFrom(passphrase));
            if (!vault) {
                QTextStream(stderr) << vault.error().message << Qt::endl;
                return 1;
            }
            window.setVault(std::move(*vault));
        }
        if (parser.isSet(sizeOption)) {
            const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
            const int width = parts.value(0).toInt();
            const int height = parts.value(1).toInt();
            if (parts.size() != 2 || width < 640 || height < 480) {
                QTextStream(stderr) << QApplication::translate("main",
                                                               "'%1' is not a size such as 1920x1080.")
                                           .arg(parser.value(sizeOption))
                                    << Qt::endl;
                return 1;
            }
            window.resize(width, height);
        }
        QString error;
        const QStringList files = oneteam::Snapshot::writeAll(window, parser.value(snapshotOption), &error);
        if (files.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << QApplication::translate("main", "Wrote %n page snapshot(s) to %1.", nullptr,
                                                       int(files.size()))
                                   .arg(parser.value(snapshotOption))
                            << Qt::endl;
        return 0;
    }
    window.show();
    QString vaultPath = parser.value(vaultOption);
    if (vaultPath.isEmpty()) {
        vaultPath = QSettings().value(QStringLiteral("vault/last")).toString();
    }
    if (!vaultPath.isEmpty() && QFileInfo::exists(vaultPath)) {
        QTimer::singleShot(0, &window, [&window, vaultPath] { window.openVaultFile(vaultPath); });
    }
    return QApplication::exec();
}
