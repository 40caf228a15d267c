#include "ChangePassphraseDialog.h"
#include "CreateVaultDialog.h"
#include "IdleLock.h"
#include "Kdf.h"
#include "MainWindow.h"
#include "OffThread.h"
#include "UiLanguage.h"
#include "UnlockDialog.h"
#include "VaultTestSupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace oneteam;
using namespace oneteam::test;

// The vault in the window: create, lock (Ctrl+L and idle), unlock, change passphrase.
class TestVaultGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createDialogValidatesAndCreates();
    void lockHidesRecordsAndUnlockRestores();
    void autoLockAfterIdle();
    void autoLockWaitsForDialogsAndTasks();
    void changePassphraseThroughDialog();
    void capsLockWarning();
    void keysChangeOnlyAfterConfirming();
    void keyDerivationLeavesTheWindowResponsive();
    void noSecondAttemptInsideTheFirst();

private:
    UiLanguage m_language;
};

void TestVaultGui::initTestCase()
{
    // ctest gives each test its own XDG folders; run by hand, Qt's test mode keeps them apart.
    QStandardPaths::setTestModeEnabled(qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
    QSettings().clear();
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestVaultGui::createDialogValidatesAndCreates()
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> created;
    CreateVaultDialog dialog(QString(),
                             [&](const QString& path, const SiteInfo& site, const SecureBytes& pass) {
                                 auto vault = Vault::create(path, pass, site, cheapOptions());
                                 if (!vault) {
                                     return Status(vault.error());
                                 }
                                 created = std::move(*vault);
                                 return Status();
                             });
    const QString path = dir.filePath(QStringLiteral("msit"));
    QVERIFY(!dialog.submitWith(path, QStringLiteral("MSIT office"), QStringLiteral("ministry:m"),
                               QStringLiteral("long enough passphrase")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("ministry code")));
    QVERIFY(!dialog.submitWith(path, QString(), QStringLiteral("ministry:MSIT"), QStringLiteral("x")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("name")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".otvault")));
    QVERIFY(dialog.submitWith(path, QStringLiteral("MSIT office"), QStringLiteral("ministry:msit"),
                              QStringLiteral("long enough passphrase")));
    QVERIFY(created);
    QCOMPARE(created->path(), path + QStringLiteral(".otvault"));
    QCOMPARE(created->localSite()->role, QStringLiteral("ministry:MSIT"));
}

void TestVaultGui::lockHidesRecordsAndUnlockRestores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    MainWindow window(m_language);
    window.setVault(std::move(*vault));
    window.show();
    QVERIFY(window.recordsVisible());
    auto* status = window.findChild<QLabel*>(QStringLiteral("vaultStatus"));
    QVERIFY(status->text().contains(QStringLiteral("office.otvault")));
    QVERIFY(status->text().contains(QStringLiteral("Role: Secretariat")));

    // Ctrl+L locks: keys gone, pages hidden, only the lock screen is shown.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.vault()->isLocked());
    QVERIFY(!window.recordsVisible());
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("navigation"))->isVisible());
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("lockScreen"))->isVisible());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());

    UnlockDialog dialog(QStringLiteral("office.otvault"),
                        [&window](const SecureBytes& s, bool) { return window.vault()->unlock(s); });
    dialog.setRetryWait([&window] { return window.vault()->secondsBeforeRetry(); });
    QVERIFY(!dialog.tryUnlock(QStringLiteral("wrong")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("passphrase is not correct")));
    QVERIFY(dialog.canSubmit());
    QVERIFY(window.vault()->isLocked());
    // A second wrong answer: the button waits, counting down, then comes back.
    QVERIFY(!dialog.tryUnlock(QStringLiteral("wrong again")));
    QVERIFY(!dialog.canSubmit());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Try again in 2 seconds")),
             qPrintable(dialog.errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.canSubmit(), 4000);
    QVERIFY(dialog.tryUnlock(QStringLiteral("pass")));
    QVERIFY(!window.vault()->isLocked());
    window.setVault(std::unique_ptr<Vault>(nullptr)); // closes it: the welcome page again
    QCOMPARE(window.screen(), QStringLiteral("welcome"));
    QVERIFY(!window.recordsVisible());
}

void TestVaultGui::autoLockAfterIdle()
{
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("idle.otvault")), secret("pass"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    MainWindow window(m_language);
    window.setVault(std::move(*vault));
    window.show();
    window.setAutoLockMilliseconds(300);
    QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isLocked(), 5000);
    QVERIFY(!window.recordsVisible());
}

void TestVaultGui::autoLockWaitsForDialogsAndTasks()
{
    // Code that waits on a dialog (a "Delete this record?" question) or runs a long task
    // (a report export) still uses the records when it resumes: the idle lock closes the
    // dialog as cancelled, and locks only once that code has returned.
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("idle.otvault")), secret("pass"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    MainWindow window(m_language);
    window.setVault(std::move(*vault));
    window.show();
    bool openWhenAnswered = false;
    int answer = -1;
    QTimer::singleShot(0, &window, [&] {
        QMessageBox box(QMessageBox::Question, QStringLiteral("OneTeam"), QStringLiteral("Delete?"),
                        QMessageBox::Yes | QMessageBox::No, &window);
        QTimer::singleShot(3000, &box, &QMessageBox::reject); // the test never hangs
        answer = box.exec();
        openWhenAnswered = !window.vault()->isLocked();
    });
    window.setAutoLockMilliseconds(300);
    QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isLocked(), 5000);
    QVERIFY(openWhenAnswered);
    QVERIFY(answer != QMessageBox::Yes);

    // A menu left open (a chart's "Save as…") is closed without taking its action.
    QVERIFY(window.vault()->unlock(secret("pass")));
    bool openWhenMenuClosed = false;
    QAction* chosen = nullptr;
    QTimer::singleShot(0, &window, [&] {
        QMenu menu(&window);
        menu.addAction(QStringLiteral("Save as PNG…"));
        QTimer::singleShot(3000, &menu, &QMenu::close);
        chosen = menu.exec(window.mapToGlobal(QPoint(20, 20)));
        openWhenMenuClosed = !window.vault()->isLocked();
    });
    window.setAutoLockMilliseconds(300);
    QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isLocked(), 5000);
    QVERIFY(openWhenMenuClosed);
    QVERIFY(!chosen);

    QVERIFY(window.vault()->unlock(secret("pass")));
    {
        const BusyScope busy;
        window.setAutoLockMilliseconds(300);
        QTest::qWait(900);
        QVERIFY(!window.vault()->isLocked());
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isLocked(), 5000);
}

// A key derivation (half a second or more, by design) runs on a worker while the window's
// event loop turns, so the window repaints; an idle lock that fires meanwhile waits for the
// unlock or change of keys it would otherwise cut into.
namespace {

// A vault whose key derivation takes as long as a real one (the floor, about half a second).
Result<std::unique_ptr<Vault>> slowVault(const QTemporaryDir& dir, const SecureBytes& passphrase)
{
    VaultOptions slow = cheapOptions();
    slow.kdf = Kdf::kMinimumDefault;
    return Vault::create(dir.filePath(QStringLiteral("slow.otvault")), passphrase, secretariat(), slow);
}

} // namespace

void TestVaultGui::keyDerivationLeavesTheWindowResponsive()
{
    const SecureBytes pass = secret("pass");
    const QByteArray salt(32, 's');
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();
    const auto blocking = Kdf::derive(pass, salt, Kdf::kMinimumDefault);
    QVERIFY(blocking);
    QCOMPARE(ticks, 0); // no window: the thread derives by itself

    QTemporaryDir dir;
    auto vault = slowVault(dir, pass);
    QVERIFY(vault);
    {
        MainWindow window(m_language);
        window.setVault(std::move(*vault));
        window.show();
        const auto waited = Kdf::derive(pass, salt, Kdf::kMinimumDefault);
        QVERIFY(waited);
        QVERIFY(*waited == *blocking);
        QVERIFY(ticks > 0); // the event loop turned meanwhile

        // The idle time ends during the confirmation's derivation: the lock waits for it.
        window.setAutoLockMilliseconds(100);
        QVERIFY(window.vault()->confirm(pass));
        QVERIFY(!window.vault()->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isLocked(), 3000);
    }
    ticks = 0;
    QVERIFY(Kdf::derive(pass, salt, Kdf::kMinimumDefault));
    QCOMPARE(ticks, 0); // the window took its waiter with it
}

// While a derivation runs, timers (and assistive technology) still reach the window: a
// second press of the dialog's button starts nothing, and an unlock started inside another
// leaves one working connection.
void TestVaultGui::noSecondAttemptInsideTheFirst()
{
    const SecureBytes pass = secret("pass");
    QTemporaryDir dir;
    auto vault = slowVault(dir, pass);
    QVERIFY(vault);
    MainWindow window(m_language);
    window.setVault(std::move(*vault));
    window.show();
    window.lockVault();

    int attempts = 0;
    bool disabledDuring = false;
    UnlockDialog dialog(
        QStringLiteral("slow.otvault"),
        [&](const SecureBytes& secret, bool) {
            ++attempts;
            return window.vault()->unlock(secret);
        },
        &window);
    QString saidDuring;
    QTimer::singleShot(50, &dialog, [&] {
        disabledDuring = !dialog.isEnabled();
        saidDuring = dialog.findChild<QLabel*>(QStringLiteral("unlockError"))->text();
        QVERIFY(!dialog.tryUnlock(QStringLiteral("pass"))); // refused: the first one runs
    });
    QVERIFY(dialog.tryUnlock(QStringLiteral("pass")));
    QCOMPARE(attempts, 1);
    QVERIFY(disabledDuring);
    QCOMPARE(saidDuring, QStringLiteral("Checking the passphrase…"));
    QVERIFY(dialog.isEnabled());

    // The vault itself: an unlock inside another's derivation. Both succeed, and the
    // connection the inner one opened is the one that stays and works.
    window.lockVault();
    Status inner = StorageError{};
    QTimer::singleShot(50, &window, [&] { inner = window.vault()->unlock(pass); });
    QVERIFY(window.vault()->unlock(pass));
    QVERIFY(inner);
    QVERIFY(!window.vault()->isLocked());
    insertRows(*window.vault(), 3);
    window.lockVault();
    QVERIFY(window.vault()->unlock(pass)); // the file was left consistent and unlocked
}

void TestVaultGui::changePassphraseThroughDialog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    {
        auto vault = Vault::create(path, secret("old"), secretariat(), cheapOptions());
        QVERIFY(vault);
        ChangePassphraseDialog dialog(
            [&](const SecureBytes& p) { return (*vault)->changePassphrase(p, Kdf::kCheapForTests); });
        QVERIFY(!dialog.submitWith(QString()));
        QVERIFY(dialog.submitWith(QStringLiteral("새 암호 문구 2026")));
    }
    QCOMPARE(Vault::open(path, secret("old"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    const QByteArray korean = QStringLiteral("새 암호 문구 2026").toUtf8();
    QVERIFY(Vault::open(path, SecureBytes(korean.constData(), std::size_t(korean.size())), cheapOptions()));
}

void TestVaultGui::capsLockWarning()
{
    UnlockDialog dialog(QStringLiteral("x.otvault"), [](const SecureBytes&, bool) { return Status(); });
    dialog.show();
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("capsLockWarning"));
    QVERIFY(field && warning);
    QVERIFY(!warning->isVisible());
    // An upper-case letter without Shift is what Caps Lock produces.
    QTest::keyClick(field, Qt::Key_A, Qt::NoModifier, 0);
    QKeyEvent capsEvent(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
    QApplication::sendEvent(field, &capsEvent);
    QVERIFY(warning->isVisible());
    QKeyEvent normalEvent(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
    QApplication::sendEvent(field, &normalEvent);
    QVERIFY(!warning->isVisible());
}

// Every change of keys asks for the current passphrase first: a wrong one stops there, the
// right one leads on. The dialogs are answered from inside their event loops; whatever
// happens, each is closed, so a failure cannot leave the test waiting on a modal dialog.
void TestVaultGui::keysChangeOnlyAfterConfirming()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    auto vault = Vault::create(path, secret("old"), secretariat(), cheapOptions());
    QVERIFY(vault);
    MainWindow window(m_language);
    window.setVault(std::move(*vault));
    window.show();

    // Answers the dialogs that open, in turn, by the function for each; the names of the
    // dialogs seen are collected.
    QStringList seen;
    std::function<void(QList<std::function<void(QWidget*)>>)> answer;
    answer = [&](QList<std::function<void(QWidget*)>> steps) {
        if (steps.isEmpty()) {
            return;
        }
        QTimer::singleShot(0, &window, [&, steps]() mutable {
            if (waitingOffThread()) {
                // A key derivation runs inside the last answer: like the user, whose input
                // waits meanwhile, answer once it is done.
                QTimer::singleShot(10, &window, [&answer, steps] { answer(steps); });
                return;
            }
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog) {
                seen << QStringLiteral("(none)");
                return;
            }
            seen << (dialog->objectName().isEmpty() ? QString::fromLatin1(dialog->metaObject()->className())
                                                    : dialog->objectName());
            const auto step = steps.takeFirst();
            answer(steps); // the next dialog opens inside this one's answer, or after it
            step(dialog);
            if (dialog->isVisible()) {
                dialog->close();
            }
        });
    };
    const auto confirmWith = [](const char* text) {
        return [text](QWidget* dialog) {
            if (auto* confirm = qobject_cast<UnlockDialog*>(dialog)) {
                confirm->tryUnlock(QString::fromUtf8(text));
            }
        };
    };

    // Change passphrase: wrong, then nothing else opens and nothing changes.
    auto* change = window.findChild<QAction*>(QStringLiteral("changePassphraseAction"));
    QVERIFY(change && change->isEnabled());
    answer({confirmWith("guess")});
    change->trigger();
    QCOMPARE(seen, QStringList{QStringLiteral("confirmDialog")});
    QVERIFY(window.vault()->confirm(secret("old")));

    // Right: the new-passphrase dialog follows and its passphrase is the one that works.
    seen.clear();
    answer({confirmWith("old"), [](QWidget* dialog) {
                if (auto* next = qobject_cast<ChangePassphraseDialog*>(dialog)) {
                    next->submitWith(QStringLiteral("new passphrase 2026"));
                }
            }});
    change->trigger();
    QCOMPARE(seen, (QStringList{QStringLiteral("confirmDialog"), QStringLiteral("changePassphraseDialog")}));
    QCOMPARE(window.vault()->confirm(secret("old")).error().code, StorageErrorCode::WrongPassphrase);
    QVERIFY(window.vault()->confirm(secret("new passphrase 2026")));

    // Create a recovery key: wrong, no key; right, the key is shown and exists.
    auto* add = window.findChild<QAction*>(QStringLiteral("addRecoveryAction"));
    QVERIFY(add);
    seen.clear();
    answer({confirmWith("old")});
    add->trigger();
    QCOMPARE(seen, QStringList{QStringLiteral("confirmDialog")});
    QVERIFY(!window.vault()->hasRecoveryKey());
    seen.clear();
    answer({confirmWith("new passphrase 2026"), [](QWidget*) {}});
    add->trigger();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.first(), QStringLiteral("confirmDialog"));
    QVERIFY(window.vault()->hasRecoveryKey());

    // Remove it: wrong, it stays; right and Yes, it goes.
    auto* remove = window.findChild<QAction*>(QStringLiteral("removeRecoveryAction"));
    QVERIFY(remove && remove->isEnabled());
    seen.clear();
    answer({confirmWith("guess")});
    remove->trigger();
    QCOMPARE(seen, QStringList{QStringLiteral("confirmDialog")});
    QVERIFY(window.vault()->hasRecoveryKey());
    seen.clear();
    answer({confirmWith("new passphrase 2026"), [](QWidget* dialog) {
                if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
                    box->button(QMessageBox::Yes)->click();
                }
            }});
    remove->trigger();
    QCOMPARE(seen.size(), 2);
    QVERIFY(!window.vault()->hasRecoveryKey());
}

QTEST_MAIN(TestVaultGui)
#include "tst_vault_gui.moc"
