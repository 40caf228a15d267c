#include "AfterPaint.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Snapshot.h"
#include "UiLanguage.h"
#include "Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>

#include <unistd.h>

namespace {

// Milliseconds since this process started: the kernel's start time (field 22 of
// /proc/self/stat, in clock ticks after boot) up to main(), then a monotonic timer.
class StartClock
{
public:
    StartClock()
        : m_beforeMain(msBeforeMain())
    {
        m_sinceMain.start();
    }
    qint64 elapsed() const { return m_beforeMain + m_sinceMain.elapsed(); }

private:
    static qint64 msBeforeMain()
    {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QByteArray line = stat.readAll();
        // After the command's name in parentheses come fields 3, 4, ...: field 22 is [19].
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        bool ok = false;
        const qint64 ticks = fields.value(19).toLongLong(&ok);
        timespec now{};
        if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
            return 0;
        }
        const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
        return std::max<qint64>(0, nowMs - ticks * 1000 / sysconf(_SC_CLK_TCK));
    }

    qint64 m_beforeMain;
    QElapsedTimer m_sinceMain;
};

// `oneteam --startup-time`: shows the window as a start does, opens the vault given with
// the passphrase in ONETEAM_PASSPHRASE as the unlock dialog would, prints when the first
// window and then the records were on screen, and quits.
int reportStartupTime(QApplication& app, oneteam::MainWindow& window, const QString& vaultPath,
                      const StartClock& clock)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QByteArray passphrase;
    if (!vaultPath.isEmpty()) {
        if (qEnvironmentVariableIsEmpty("ONETEAM_PASSPHRASE")) {
            err << QApplication::translate("main", "Timing the start with a vault needs its passphrase in "
                                                   "ONETEAM_PASSPHRASE; the vault was not opened.")
                << Qt::endl;
            return 1;
        }
        passphrase = qgetenv("ONETEAM_PASSPHRASE");
    }
    oneteam::AfterPaint afterPaint(&window);
    afterPaint.arm([&] {
        out << QApplication::translate("main", "First window shown %1 ms after the program started.")
                   .arg(clock.elapsed())
            << Qt::endl;
        if (vaultPath.isEmpty()) {
            app.quit();
            return;
        }
        QElapsedTimer opening;
        opening.start();
        auto vault = oneteam::Vault::open(vaultPath, oneteam::SecureBytes::takeFrom(passphrase));
        if (!vault) {
            err << vault.error().message << Qt::endl;
            app.exit(1);
            return;
        }
        const qint64 openMs = opening.elapsed();
        window.setVault(std::move(*vault));
        afterPaint.arm([&, openMs] {
            out << QApplication::translate("main", "Records shown %1 ms after the program started; opening "
                                                   "the vault took %2 ms of it, its key derivation included.")
                       .arg(clock.elapsed())
                       .arg(openMs)
                << Qt::endl;
            app.quit();
        });
    });
    QTimer::singleShot(60000, &app, [&] {
        err << QApplication::translate("main", "Nothing was shown within a minute.") << Qt::endl;
        app.exit(1);
    });
    window.show();
    return QApplication::exec();
}

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
    const StartClock clock;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && wantsOffscreen(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OneTeam"));
    QApplication::setOrganizationName(QStringLiteral("OneTeam"));
    QApplication::setApplicationVersion(QStringLiteral(ONETEAM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oneteam.svg")));
    // Matches the window to the installed desktop entry (task bars, Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("kr.go.aicommittee.OneTeam"));

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
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Colours: system, light, dark or high-contrast."),
        QStringLiteral("THEME"));
    parser.addPositionalArgument(QStringLiteral("vault"),
                                 QApplication::translate("main", "A vault to open, as with --vault."),
                                 QStringLiteral("[VAULT]"));
    parser.addOption(vaultOption);
    parser.addOption(themeOption);
    parser.addOption(sizeOption);
    parser.addOption(snapshotOption);
    const QCommandLineOption startupTimeOption(
        QStringLiteral("startup-time"),
        QApplication::translate("main", "Print how long the start took, to the first window and to the "
                                        "records of the vault given (passphrase in ONETEAM_PASSPHRASE), "
                                        "and exit."));
    parser.addOption(langOption);
    parser.addOption(startupTimeOption);
    parser.process(app);

    oneteam::UiLanguage language;
    QString lang = parser.isSet(langOption) ? parser.value(langOption) : oneteam::Settings::language();
    if (lang == QLatin1String("system")) {
        lang = oneteam::UiLanguage::fromLocale(QLocale::system());
    }
    if (!language.apply(lang)) {
        QTextStream(stderr)
            << QApplication::translate("main", "Unknown language '%1'; use ko or en.").arg(lang) << Qt::endl;
        return 1;
    }

    oneteam::MainWindow window(language);
    const QString theme = parser.isSet(themeOption) ? parser.value(themeOption) : oneteam::Settings::theme();
    if (!window.applyTheme(theme)) {
        QTextStream(stderr) << QApplication::translate(
                                   "main", "Unknown theme '%1'; use system, light, dark or high-contrast.")
                                   .arg(theme)
                            << Qt::endl;
        return 1;
    }
    QString vaultPath =
        parser.isSet(vaultOption) ? parser.value(vaultOption) : parser.positionalArguments().value(0);
    if (parser.isSet(snapshotOption)) {
        // Snapshots of a real vault for the documentation and the headless run: the
        // passphrase comes from ONETEAM_PASSPHRASE, as for oneteam-cli.
        if (!vaultPath.isEmpty()) {
            // Without one there is nothing to try: an empty passphrase would only count as a
            // failed unlock in the vault's audit log.
            if (qEnvironmentVariableIsEmpty("ONETEAM_PASSPHRASE")) {
                QTextStream(stderr) << QApplication::translate(
                                           "main", "Snapshots of a vault need its passphrase in "
                                                   "ONETEAM_PASSPHRASE; the vault was not opened.")
                                    << Qt::endl;
                return 1;
            }
            QByteArray passphrase = qgetenv("ONETEAM_PASSPHRASE");
            auto vault = oneteam::Vault::open(vaultPath, oneteam::SecureBytes::takeFrom(passphrase));
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
    if (parser.isSet(startupTimeOption)) {
        return reportStartupTime(app, window, vaultPath, clock);
    }
    window.show();
    if (vaultPath.isEmpty()) {
        vaultPath = oneteam::Settings::startupVault();
    } else if (!QFileInfo::exists(vaultPath)) {
        const QString message = QApplication::translate("main", "There is no vault at %1.")
                                    .arg(QFileInfo(vaultPath).absoluteFilePath());
        QTimer::singleShot(0, &window, [&window, message] {
            QMessageBox::warning(&window, QApplication::translate("main", "OneTeam"), message);
        });
    }
    if (!vaultPath.isEmpty() && QFileInfo::exists(vaultPath)) {
        QTimer::singleShot(0, &window, [&window, vaultPath] { window.openVaultFile(vaultPath); });
    }
    return QApplication::exec();
}
