#pragma once

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace oneteam {

class AuditPage;
class ReportsPage;
class DashboardPage;
class SyncPage;
class Theme;
class WelcomePage;
class IdleLock;
class RecordListPage;
class RecordService;
class RecordStore;
class UiLanguage;
class Vault;

// The application window: a navigation list of the product's areas beside the page
// of the area chosen, menus, and a status bar naming the open vault and its role.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(UiLanguage& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    QStringList pageIds() const;
    QString currentPageId() const;
    bool showPage(const QString& id);

    // What the status bar says about the vault; empty path means none is open.
    void setVaultStatus(const QString& path, const QString& role);

    // The open vault: the window takes it over, locks it on idle or Ctrl+L and shows
    // nothing of the records while it is locked.
    void setVault(std::unique_ptr<Vault> vault);
    Vault* vault() const { return m_vault.get(); }
    SyncPage* syncPage() const { return m_sync; }
    AuditPage* auditPage() const { return m_audit; }
    ReportsPage* reportsPage() const { return m_reports; }
    void lockVault();
    // The idle timer's lock: code waiting on an open dialog or running a long task still
    // uses the records, so the dialog is closed (as cancelled) and the task asked to stop,
    // and the vault locks once they have returned.
    void lockWhenIdle();
    void requestUnlock();
    void openVaultFile(const QString& path); // asks for the passphrase
    bool recordsVisible() const;
    void setAutoLockMilliseconds(int ms);
    // Closes the vault (the welcome page shows again).
    void closeVault();
    // The sample vault in the user's data folder, made and filled on first use.
    void openSampleVault();
    // Applies a Theme code ("system", "light", "dark", "high-contrast"); false if unknown.
    bool applyTheme(const QString& code);
    QString themeCode() const;
    // The page shown in place of the records: "welcome", "lock" or "records".
    QString screen() const;
    static QString sampleVaultPath();
    static QByteArray samplePassphrase();

    // Shows a record on its type's page, in the editor.
    bool openRecord(const QString& type, const QString& id);
    // The Audit page, showing the record's entries only.
    void showRecordHistory(const QString& type, const QString& id);
    RecordListPage* recordPage(const QString& type) const;
    QUndoStack* undoStack() const { return m_undo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void lockWhenIdleAfter(bool waited);
    void prepareKeyDerivation();
    void buildMenus();
    void retranslate();
    void showAbout();
    void createVault();
    void chooseVaultFile();
    bool confirmIdentity(); // asks for the current passphrase again before a change of keys
    void changePassphrase();
    void addRecoveryKey();
    void removeRecoveryKey();
    void updateVaultState();
    void showError(const QString& message);
    void setRecordStore(bool open);
    static QString recordTypeOfPage(const QString& pageId);
    RecordListPage* currentRecordPage() const;
    void updateEditActions();
    void showSettings();
    void showShortcuts();
    void stepPage(int delta);
    void refreshPage();
    void joinNetwork();
    void fillRecentMenu();
    void applySettings();
    void styleNavigation();

    UiLanguage& m_language;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<RecordStore> m_store; // while the vault is unlocked
    std::unique_ptr<RecordService> m_service;
    QUndoStack* m_undo;
    DashboardPage* m_dashboard = nullptr;
    SyncPage* m_sync = nullptr;
    AuditPage* m_audit = nullptr;
    ReportsPage* m_reports = nullptr;
    QList<RecordListPage*> m_recordPages;
    IdleLock* m_idle;
    QStackedWidget* m_root;
    QWidget* m_content;
    QWidget* m_lockScreen;
    WelcomePage* m_welcome;
    Theme* m_theme;
    QLabel* m_lockText;
    QPushButton* m_unlockButton;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_vaultLabel;
    QString m_vaultPath;
    QString m_vaultRole;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_newVaultAction = nullptr;
    QAction* m_openVaultAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_addRecoveryAction = nullptr;
    QAction* m_removeRecoveryAction = nullptr;
    QMenu* m_vaultMenu = nullptr;
    QMenu* m_autoLockMenu = nullptr;
    QActionGroup* m_autoLockGroup = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newRecordAction = nullptr;
    QAction* m_saveRecordAction = nullptr;
    QAction* m_deleteRecordAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_closeVaultAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_previousPageAction = nullptr;
    QAction* m_nextPageAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QMenu* m_themeMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    // Work done off the GUI thread (timing the key derivation); declared last, so the
    // window waits for it before anything it uses goes away.
    QThreadPool m_background;
    static inline int s_windows = 0; // the last one to close removes the key-derivation waiter
};

} // namespace oneteam
