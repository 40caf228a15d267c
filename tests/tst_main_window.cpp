#include "AboutDialog.h"
#include "MainWindow.h"
#include "UiLanguage.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>

using namespace oneteam;

namespace {

// Every text a user can read in the window: menus, navigation, the visible page, status bar.
QStringList visibleTexts(MainWindow& window)
{
    QStringList texts{window.windowTitle()};
    for (QAction* menu : window.menuBar()->actions()) {
        texts << menu->text();
    }
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i) {
        texts << navigation->item(i)->text();
    }
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window) && !label->text().isEmpty()) {
            texts << label->text();
        }
    }
    return texts;
}

bool containsHangul(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void visitsEveryPage();
    void switchesLanguage();
    void statusBarNamesVault();
    void aboutShowsVersion();
};

void TestMainWindow::visitsEveryPage()
{
    UiLanguage language;
    QVERIFY(language.apply(QStringLiteral("en")));
    MainWindow window(language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList expected{
        QStringLiteral("dashboard"),  QStringLiteral("resolutions"),  QStringLiteral("actions"),
        QStringLiteral("caios"),      QStringLiteral("taskforces"),   QStringLiteral("budget"),
        QStringLiteral("indicators"), QStringLiteral("partnerships"), QStringLiteral("milestones"),
        QStringLiteral("ministries"), QStringLiteral("people"),       QStringLiteral("sync"),
        QStringLiteral("audit"),      QStringLiteral("reports")};
    QCOMPARE(window.pageIds(), expected);

    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(stack && navigation);
    for (const QString& id : expected) {
        QVERIFY(window.showPage(id));
        QCOMPARE(window.currentPageId(), id);
        QWidget* page = stack->currentWidget();
        QCOMPARE(page->objectName(), id + QStringLiteral("Page"));
        // The page says what it is in words: a title matching the navigation and a description.
        auto* title = page->findChild<QLabel*>(QStringLiteral("pageTitle"));
        auto* description = page->findChild<QLabel*>(QStringLiteral("pageDescription"));
        QVERIFY(title && description);
        QCOMPARE(title->text(), navigation->currentItem()->text());
        QVERIFY(description->text().size() > 40);
    }
    QVERIFY(!window.showPage(QStringLiteral("no-such-page")));

    // Clicking the navigation switches the page too.
    const QRect rect = navigation->visualItemRect(navigation->item(5));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentPageId(), QStringLiteral("budget"));
}

void TestMainWindow::switchesLanguage()
{
    UiLanguage language;
    QVERIFY(language.apply(QStringLiteral("en")));
    MainWindow window(language);
    window.show();
    const QStringList english = visibleTexts(window);
    QVERIFY(english.contains(QStringLiteral("Resolutions")));

    QVERIFY(language.apply(QStringLiteral("ko")));
    QCOMPARE(language.current(), QStringLiteral("ko"));
    const QStringList korean = visibleTexts(window);
    QCOMPARE(korean.size(), english.size());
    int changed = 0;
    for (int i = 0; i < english.size(); ++i) {
        if (english.at(i) != korean.at(i)) {
            ++changed;
        }
    }
    // Every visible text but proper names changes, and the Korean ones are in Hangul.
    QVERIFY2(changed >= english.size() - 2, qPrintable(korean.join(QLatin1Char('|'))));
    QVERIFY(korean.contains(QStringLiteral("결의")));
    QVERIFY(containsHangul(window.windowTitle()));
    QCOMPARE(QLocale().language(), QLocale::Korean);

    QVERIFY(language.apply(QStringLiteral("en")));
    QCOMPARE(visibleTexts(window), english);
    QVERIFY(!language.apply(QStringLiteral("xx")));
    QCOMPARE(language.current(), QStringLiteral("en"));
}

void TestMainWindow::statusBarNamesVault()
{
    UiLanguage language;
    QVERIFY(language.apply(QStringLiteral("en")));
    MainWindow window(language);
    auto* status = window.findChild<QLabel*>(QStringLiteral("vaultStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("No vault open"));
    window.setVaultStatus(QStringLiteral("/tmp/office/secretariat.otvault"), QStringLiteral("secretariat"));
    QVERIFY(status->text().contains(QStringLiteral("secretariat.otvault")));
    QVERIFY(status->text().contains(QStringLiteral("secretariat")));
    QVERIFY(language.apply(QStringLiteral("ko")));
    QVERIFY(status->text().contains(QStringLiteral("금고")));
}

void TestMainWindow::aboutShowsVersion()
{
    UiLanguage language;
    QVERIFY(language.apply(QStringLiteral("en")));
    AboutDialog dialog;
    auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral("Version ") + QStringLiteral(ONETEAM_VERSION)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
