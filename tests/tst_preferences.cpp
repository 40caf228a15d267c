// Preferences (Settings, the dialog), themes, the welcome page and its recent vaults,
// and the sample vault the welcome page opens.
#include "MainWindow.h"
#include "RecordService.h"
#include "RecordStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "UiLanguage.h"
#include "Vault.h"
#include "VaultTestSupport.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oneteam;
using namespace oneteam::test;

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void settingsFallBackToDefaults();
    void recentVaultsAreBoundedAndOrdered();
    void startupVaultPrefersTheDefault();
    void dialogSavesEveryChoice();
    void themesMeetContrast();
    void themeAppliesAtOnce();
    void welcomeListsAndForgetsRecentVaults();
    void sampleVaultIsMadeOnceAndReopened();

private:
    UiLanguage m_language;
};

void TestPreferences::init()
{
    // ctest gives each test its own XDG folders; run by hand, Qt's test mode keeps them apart.
    QStandardPaths::setTestModeEnabled(qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
    QSettings().clear();
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestPreferences::settingsFallBackToDefaults()
{
    QCOMPARE(Settings::language(), QStringLiteral("system"));
    QCOMPARE(Settings::theme(), QStringLiteral("system"));
    QCOMPARE(Settings::autoLockMinutes(), 10);
    QCOMPARE(Settings::kdfStrength(), Settings::KdfStrength::Standard);
    QCOMPARE(Settings::reportFormat(), QStringLiteral("pdf"));
    QCOMPARE(Settings::reportLanguage(), QStringLiteral("interface"));
    // A hand-edited or damaged file: values it does not know fall back, nothing breaks.
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    settings.setValue(QStringLiteral("ui/theme"), QStringLiteral("neon"));
    settings.setValue(QStringLiteral("security/autoLockMinutes"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("security/kdfStrength"), 7);
    settings.setValue(QStringLiteral("reports/format"), QStringLiteral("docx"));
    settings.setValue(QStringLiteral("reports/folder"), QStringLiteral("/no/such/folder"));
    QCOMPARE(Settings::language(), QStringLiteral("system"));
    QCOMPARE(Settings::theme(), QStringLiteral("system"));
    QCOMPARE(Settings::autoLockMinutes(), 10);
    QCOMPARE(Settings::kdfStrength(), Settings::KdfStrength::Standard);
    QCOMPARE(Settings::reportFormat(), QStringLiteral("pdf"));
    QVERIFY(Settings::reportFolder() != QStringLiteral("/no/such/folder"));
    // Stronger settings cost more time, never less than the format's default.
    QVERIFY(Settings::kdfTarget(Settings::KdfStrength::Standard).count() >= 500);
    QVERIFY(Settings::kdfTarget(Settings::KdfStrength::Strong) >
            Settings::kdfTarget(Settings::KdfStrength::Standard));
    QVERIFY(Settings::kdfTarget(Settings::KdfStrength::Maximum) >
            Settings::kdfTarget(Settings::KdfStrength::Strong));
}

void TestPreferences::recentVaultsAreBoundedAndOrdered()
{
    QTemporaryDir dir;
    for (int i = 0; i < Settings::kRecentVaults + 3; ++i) {
        Settings::noteVaultOpened(dir.filePath(QStringLiteral("v%1.otvault").arg(i)));
    }
    QStringList recent = Settings::recentVaults();
    QCOMPARE(recent.size(), Settings::kRecentVaults);
    QCOMPARE(recent.first(), dir.filePath(QStringLiteral("v%1.otvault").arg(Settings::kRecentVaults + 2)));
    // Opening one again moves it to the top without a duplicate.
    Settings::noteVaultOpened(recent.last());
    const QString moved = recent.last();
    recent = Settings::recentVaults();
    QCOMPARE(recent.first(), moved);
    QCOMPARE(recent.count(moved), 1);
    QCOMPARE(recent.size(), Settings::kRecentVaults);
    Settings::forgetVault(moved);
    QVERIFY(!Settings::recentVaults().contains(moved));
}

void TestPreferences::startupVaultPrefersTheDefault()
{
    QTemporaryDir dir;
    const QString last = dir.filePath(QStringLiteral("last.otvault"));
    const QString preferred = dir.filePath(QStringLiteral("preferred.otvault"));
    QCOMPARE(Settings::startupVault(), QString());
    Settings::noteVaultOpened(last);
    QCOMPARE(Settings::startupVault(), QString()); // the file does not exist
    for (const QString& path : {last, preferred}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(Settings::startupVault(), last);
    Settings::setDefaultVault(preferred);
    QCOMPARE(Settings::startupVault(), preferred);
    QFile::remove(preferred); // moved away: back to the last one
    QCOMPARE(Settings::startupVault(), last);
}

void TestPreferences::dialogSavesEveryChoice()
{
    SettingsDialog dialog;
    const auto choose = [&dialog](const char* name, const QVariant& data) {
        auto* box = dialog.findChild<QComboBox*>(QLatin1String(name));
        QVERIFY2(box, name);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, name);
        box->setCurrentIndex(index);
    };
    choose("settingsLanguage", QStringLiteral("ko"));
    choose("settingsTheme", QStringLiteral("high-contrast"));
    choose("settingsAutoLock", 30);
    choose("settingsKdf", int(Settings::KdfStrength::Maximum));
    choose("settingsReportLanguage", QStringLiteral("en"));
    choose("settingsReportFormat", QStringLiteral("xlsx"));
    QTemporaryDir dir;
    dialog.findChild<QLineEdit*>(QStringLiteral("settingsReportFolder"))->setText(dir.path());
    dialog.findChild<QLineEdit*>(QStringLiteral("settingsDefaultVault"))
        ->setText(dir.filePath(QStringLiteral("office.otvault")));
    dialog.save();
    QCOMPARE(Settings::language(), QStringLiteral("ko"));
    QCOMPARE(Settings::theme(), QStringLiteral("high-contrast"));
    QCOMPARE(Settings::autoLockMinutes(), 30);
    QCOMPARE(Settings::kdfStrength(), Settings::KdfStrength::Maximum);
    QCOMPARE(Settings::reportLanguage(), QStringLiteral("en"));
    QCOMPARE(Settings::reportFormat(), QStringLiteral("xlsx"));
    QCOMPARE(Settings::reportFolder(), dir.path());
    QCOMPARE(Settings::defaultVault(), dir.filePath(QStringLiteral("office.otvault")));
    // A new dialog shows what was saved.
    SettingsDialog again;
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("settingsTheme"))->currentData().toString(),
             QStringLiteral("high-contrast"));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("settingsAutoLock"))->currentData().toInt(), 30);
}

void TestPreferences::themesMeetContrast()
{
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::HighContrast}) {
        const QPalette palette = Theme::palette(kind);
        const double needed = kind == Theme::Kind::HighContrast ? 7.0 : 4.5; // WCAG AAA / AA
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (const auto& [fore, back] : pairs) {
            const double ratio = Theme::contrast(palette.color(fore), palette.color(back));
            QVERIFY2(ratio >= needed, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                     .arg(Theme::code(kind))
                                                     .arg(int(fore))
                                                     .arg(int(back))
                                                     .arg(ratio, 0, 'f', 2)));
        }
        // The alert colour reads on the window and on its own tinted background.
        QVERIFY(Theme::contrast(Theme::alert(palette), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(Theme::contrast(Theme::alert(palette), Theme::alertBackground(palette)) >= 4.5);
        QCOMPARE(Theme::isDark(palette), kind != Theme::Kind::Light);
    }
    Theme::Kind parsed = Theme::Kind::System;
    QVERIFY(Theme::fromCode(QStringLiteral("dark"), &parsed));
    QCOMPARE(parsed, Theme::Kind::Dark);
    QVERIFY(!Theme::fromCode(QStringLiteral("neon"), &parsed));
}

void TestPreferences::themeAppliesAtOnce()
{
    MainWindow window(m_language);
    window.show();
    QVERIFY(window.applyTheme(QStringLiteral("dark")));
    QCOMPARE(window.themeCode(), QStringLiteral("dark"));
    QVERIFY(Theme::isDark(QApplication::palette()));
    QVERIFY(Theme::isDark(window.palette()));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation->styleSheet().contains(QStringLiteral("palette(window)")));
    // The navigation's own style sheet follows: its background is dark too.
    const QImage navigationImage = navigation->grab().toImage();
    QVERIFY(navigationImage.pixelColor(4, navigationImage.height() - 4).lightnessF() < 0.3);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("theme_dark"))->isChecked());
    QVERIFY(window.applyTheme(QStringLiteral("light")));
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QVERIFY(!window.applyTheme(QStringLiteral("neon")));
    QCOMPARE(window.themeCode(), QStringLiteral("light"));
    // The menu choice is remembered for the next start.
    window.findChild<QAction*>(QStringLiteral("theme_high-contrast"))->trigger();
    QCOMPARE(Settings::theme(), QStringLiteral("high-contrast"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QVERIFY(window.applyTheme(QStringLiteral("system")));
}

void TestPreferences::welcomeListsAndForgetsRecentVaults()
{
    QTemporaryDir dir;
    const QString present = dir.filePath(QStringLiteral("present.otvault"));
    const QString gone = dir.filePath(QStringLiteral("gone.otvault"));
    {
        QFile file(present);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Settings::noteVaultOpened(gone);
    Settings::noteVaultOpened(present);
    WelcomePage page;
    page.refresh();
    auto* list = page.findChild<QListWidget*>(QStringLiteral("recentVaults"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("present.otvault")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("(missing)")));
    QSignalSpy opened(&page, &WelcomePage::openRecent);
    list->setCurrentRow(0);
    page.findChild<QPushButton*>(QStringLiteral("openRecent"))->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), present);
    // A missing file cannot be opened, only removed from the list (the file is not touched).
    list->setCurrentRow(1);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("openRecent"))->isEnabled());
    page.findChild<QPushButton*>(QStringLiteral("forgetRecent"))->click();
    QCOMPARE(Settings::recentVaults(), QStringList{present});
    QCOMPARE(list->count(), 1);
    QVERIFY(QFile::exists(present));
}

void TestPreferences::sampleVaultIsMadeOnceAndReopened()
{
    QFile::remove(MainWindow::sampleVaultPath());
    {
        MainWindow window(m_language);
        QCOMPARE(window.screen(), QStringLiteral("welcome"));
        window.findChild<QPushButton*>(QStringLiteral("welcomeSample"))->click();
        QVERIFY(window.vault());
        QCOMPARE(window.screen(), QStringLiteral("records"));
        QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
        RecordStore store(*window.vault());
        ListQuery budgetLines;
        budgetLines.type = QStringLiteral("budget");
        auto budget = store.count(budgetLines);
        QVERIFY(budget);
        QVERIFY(*budget >= 8);
        QCOMPARE(Settings::recentVaults().value(0), MainWindow::sampleVaultPath());
        window.closeVault();
        QCOMPARE(window.screen(), QStringLiteral("welcome"));
    }
    // Second time: the same file opens (with the known passphrase), nothing is added.
    const QByteArray before = [] {
        QFile file(MainWindow::sampleVaultPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    MainWindow window(m_language);
    window.openSampleVault();
    QVERIFY(window.vault());
    RecordStore store(*window.vault());
    ListQuery everyone;
    everyone.type = QStringLiteral("person");
    auto people = store.count(everyone);
    QVERIFY(people && *people > 0);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
