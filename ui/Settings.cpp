#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace oneteam {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kKdfStrength = QStringLiteral("security/kdfStrength");
const QString kDefaultVault = QStringLiteral("vault/default");
const QString kLastVault = QStringLiteral("vault/last");
const QString kRecent = QStringLiteral("vault/recent");
const QString kReportLanguage = QStringLiteral("reports/language");
const QString kReportFormat = QStringLiteral("reports/format");
const QString kReportFolder = QStringLiteral("reports/folder");

QString oneOf(const QString& key, const QStringList& allowed)
{
    const QString value = QSettings().value(key).toString();
    return allowed.contains(value) ? value : allowed.first();
}

QString absolute(const QString& path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

QString Settings::language()
{
    return oneOf(kLanguage, {QStringLiteral("system"), QStringLiteral("ko"), QStringLiteral("en")});
}

void Settings::setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code);
}

QString Settings::theme()
{
    return oneOf(kTheme, {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                          QStringLiteral("high-contrast")});
}

void Settings::setTheme(const QString& code)
{
    QSettings().setValue(kTheme, code);
}

QList<int> Settings::autoLockChoices()
{
    return {0, 1, 5, 10, 15, 30, 60};
}

int Settings::autoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kAutoLock, 10).toInt(&ok);
    return ok && autoLockChoices().contains(minutes) ? minutes : 10;
}

void Settings::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLock, minutes);
}

QString Settings::defaultVault()
{
    return QSettings().value(kDefaultVault).toString();
}

void Settings::setDefaultVault(const QString& path)
{
    if (path.isEmpty()) {
        QSettings().remove(kDefaultVault);
    } else {
        QSettings().setValue(kDefaultVault, absolute(path));
    }
}

QStringList Settings::recentVaults()
{
    QStringList recent = QSettings().value(kRecent).toStringList();
    recent.removeAll(QString());
    recent.removeDuplicates();
    return recent.mid(0, kRecentVaults);
}

void Settings::noteVaultOpened(const QString& path)
{
    const QString file = absolute(path);
    QStringList recent = recentVaults();
    recent.removeAll(file);
    recent.prepend(file);
    QSettings settings;
    settings.setValue(kRecent, recent.mid(0, kRecentVaults));
    settings.setValue(kLastVault, file);
}

void Settings::forgetVault(const QString& path)
{
    const QString file = absolute(path);
    QStringList recent = recentVaults();
    recent.removeAll(file);
    QSettings settings;
    settings.setValue(kRecent, recent);
    if (settings.value(kLastVault).toString() == file) {
        settings.remove(kLastVault);
    }
    if (settings.value(kDefaultVault).toString() == file) {
        settings.remove(kDefaultVault);
    }
}

QString Settings::startupVault()
{
    const QString preferred = defaultVault();
    if (!preferred.isEmpty() && QFileInfo::exists(preferred)) {
        return preferred;
    }
    const QString last = QSettings().value(kLastVault).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

Settings::KdfStrength Settings::kdfStrength()
{
    const QString value = oneOf(
        kKdfStrength, {QStringLiteral("standard"), QStringLiteral("strong"), QStringLiteral("maximum")});
    return value == QLatin1String("strong")    ? KdfStrength::Strong
           : value == QLatin1String("maximum") ? KdfStrength::Maximum
                                               : KdfStrength::Standard;
}

void Settings::setKdfStrength(KdfStrength strength)
{
    QSettings().setValue(kKdfStrength, strength == KdfStrength::Strong    ? QStringLiteral("strong")
                                       : strength == KdfStrength::Maximum ? QStringLiteral("maximum")
                                                                          : QStringLiteral("standard"));
}

std::chrono::milliseconds Settings::kdfTarget(KdfStrength strength)
{
    switch (strength) {
    case KdfStrength::Strong:
        return std::chrono::milliseconds(1000);
    case KdfStrength::Maximum:
        return std::chrono::milliseconds(2000);
    case KdfStrength::Standard:
        break;
    }
    return std::chrono::milliseconds(500);
}

QString Settings::reportLanguage()
{
    return oneOf(kReportLanguage, {QStringLiteral("interface"), QStringLiteral("ko"), QStringLiteral("en")});
}

void Settings::setReportLanguage(const QString& code)
{
    QSettings().setValue(kReportLanguage, code);
}

QString Settings::reportFormat()
{
    return oneOf(kReportFormat, {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")});
}

void Settings::setReportFormat(const QString& format)
{
    QSettings().setValue(kReportFormat, format);
}

QString Settings::reportFolder()
{
    const QString folder = QSettings().value(kReportFolder).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
               ? folder
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Settings::setReportFolder(const QString& folder)
{
    QSettings().setValue(kReportFolder, folder);
}

} // namespace oneteam
