#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace oneteam {

// The user's preferences, kept with QSettings in the platform's configuration folder
// ($XDG_CONFIG_HOME/OneTeam/OneTeam.conf on Linux). Nothing secret is kept here: no
// passphrase, no key, no record, only paths and choices. Each getter falls back to the
// default when the stored value is missing or not one it knows.
class Settings
{
public:
    // "system" (follow the system locale), "ko" or "en".
    static QString language();
    static void setLanguage(const QString& code);

    // A Theme code: "system", "light", "dark", "high-contrast".
    static QString theme();
    static void setTheme(const QString& code);

    // Minutes of inactivity before the vault locks; 0 never locks.
    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);
    static QList<int> autoLockChoices(); // {0, 1, 5, 10, 15, 30, 60}

    // The vault opened at start (empty: the last one opened).
    static QString defaultVault();
    static void setDefaultVault(const QString& path);
    // Vaults opened before, most recent first, at most kRecentVaults.
    static constexpr int kRecentVaults = 8;
    static QStringList recentVaults();
    static void noteVaultOpened(const QString& path);
    static void forgetVault(const QString& path);
    // The vault to open at start: the default one, else the last one opened.
    static QString startupVault();

    // How hard a new vault's passphrase is to guess by brute force: the scrypt time the
    // key derivation is calibrated to on this machine. Never below the format's floor.
    enum class KdfStrength
    {
        Standard,
        Strong,
        Maximum
    };
    static KdfStrength kdfStrength();
    static void setKdfStrength(KdfStrength strength);
    static std::chrono::milliseconds kdfTarget(KdfStrength strength); // 0.5 s, 1 s, 2 s

    // Report defaults: "interface" (the UI's language), "ko" or "en"; "pdf", "xlsx" or
    // "csv"; and the folder exports are offered in (empty: Documents).
    static QString reportLanguage();
    static void setReportLanguage(const QString& code);
    static QString reportFormat();
    static void setReportFormat(const QString& format);
    static QString reportFolder();
    static void setReportFolder(const QString& folder);
};

} // namespace oneteam
