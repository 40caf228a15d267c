#include "MainWindow.h"

#include "AboutDialog.h"
#include "AuditPage.h"
#include "DashboardPage.h"
#include "IdleLock.h"
#include "Kdf.h"
#include "KeyboardAccess.h"
#include "OffThread.h"
#include "PageCatalog.h"
#include "PlaceholderPage.h"
#include "RecordEditor.h"
#include "RecordListPage.h"
#include "RecordService.h"
#include "RecordStore.h"
#include "RecordTableModel.h"
#include "RecordType.h"
#include "ReportsPage.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SyncDialogs.h"
#include "SyncPage.h"
#include "SyncPolicy.h"
#include "Theme.h"
#include "UiLanguage.h"
#include "WelcomePage.h"

#include "Vault.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oneteam {

MainWindow::MainWindow(UiLanguage& language, QWidget* parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_vaultLabel(new QLabel(this))
{
    m_idle = new IdleLock(this);
    m_theme = new Theme(this);
    m_undo = new QUndoStack(this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lockWhenIdle);
    // Key derivations (0.5 s or more by design) run on a worker: the window keeps painting.
    ++s_windows;
    Kdf::setWaiter(runOffThread);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/oneteam.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(180);
    m_navigation->setMaximumWidth(240);
    styleNavigation();

    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    for (int i = 0; i < count; ++i) {
        auto* item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, QLatin1String(pages[i].id));
        const RecordType* type = RecordType::find(recordTypeOfPage(QLatin1String(pages[i].id)));
        if (type) {
            auto* page = new RecordListPage(pages[i], *type, m_stack);
            m_recordPages.append(page);
            connect(page, &RecordListPage::openRecord, this, &MainWindow::openRecord);
            connect(page, &RecordListPage::showHistory, this, &MainWindow::showRecordHistory);
            connect(page->editor(), &RecordEditor::stateChanged, this, &MainWindow::updateEditActions);
            m_stack->addWidget(page);
        } else if (QLatin1String(pages[i].id) == QLatin1String("dashboard")) {
            m_dashboard = new DashboardPage(pages[i], m_stack);
            connect(m_dashboard, &DashboardPage::openRecord, this, &MainWindow::openRecord);
            connect(m_dashboard, &DashboardPage::openList, this,
                    [this](const QString& listType, const QString& filter) {
                        if (RecordListPage* page = recordPage(listType)) {
                            m_stack->setCurrentWidget(page);
                            m_navigation->setCurrentRow(m_stack->currentIndex());
                            page->setSearch(filter);
                        }
                    });
            m_stack->addWidget(m_dashboard);
        } else if (QLatin1String(pages[i].id) == QLatin1String("sync")) {
            m_sync = new SyncPage(pages[i], m_stack);
            connect(m_sync, &SyncPage::openRecord, this, &MainWindow::openRecord);
            connect(m_sync, &SyncPage::failed, this, &MainWindow::showError);
            connect(m_sync, &SyncPage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 15000); });
            m_stack->addWidget(m_sync);
        } else if (QLatin1String(pages[i].id) == QLatin1String("audit")) {
            m_audit = new AuditPage(pages[i], m_stack);
            connect(m_audit, &AuditPage::openRecord, this, &MainWindow::openRecord);
            connect(m_audit, &AuditPage::failed, this, &MainWindow::showError);
            connect(m_audit, &AuditPage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 15000); });
            m_stack->addWidget(m_audit);
        } else if (QLatin1String(pages[i].id) == QLatin1String("reports")) {
            m_reports = new ReportsPage(pages[i], m_stack);
            connect(m_reports, &ReportsPage::failed, this, &MainWindow::showError);
            connect(m_reports, &ReportsPage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 15000); });
            m_stack->addWidget(m_reports);
        } else {
            m_stack->addWidget(new PlaceholderPage(pages[i], m_stack));
        }
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateEditActions);

    m_content = new QWidget(this);
    auto* layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);

    // While the vault is locked, this replaces everything that could show a record.
    m_lockScreen = new QWidget(this);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    m_lockText = new QLabel(m_lockScreen);
    m_lockText->setAlignment(Qt::AlignCenter);
    m_lockText->setWordWrap(true);
    m_unlockButton = new QPushButton(m_lockScreen);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::requestUnlock);
    auto* lockLayout = new QVBoxLayout(m_lockScreen);
    lockLayout->addStretch(1);
    auto* lockIcon = new QLabel(m_lockScreen);
    lockIcon->setPixmap(QIcon(QStringLiteral(":/icons/oneteam.svg")).pixmap(96, 96));
    lockIcon->setAlignment(Qt::AlignCenter);
    lockLayout->addWidget(lockIcon);
    lockLayout->addWidget(m_lockText);
    lockLayout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    lockLayout->addStretch(1);

    // While no vault is open: the first steps and the vaults opened before.
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::createVault, this, &MainWindow::createVault);
    connect(m_welcome, &WelcomePage::openSample, this, &MainWindow::openSampleVault);
    connect(m_welcome, &WelcomePage::joinNetwork, this, &MainWindow::joinNetwork);
    connect(m_welcome, &WelcomePage::openVaultFile, this, &MainWindow::chooseVaultFile);
    connect(m_welcome, &WelcomePage::openRecent, this, &MainWindow::openVaultFile);

    m_root = new QStackedWidget(this);
    m_root->addWidget(m_content);
    m_root->addWidget(m_lockScreen);
    m_root->addWidget(m_welcome);
    setCentralWidget(m_root);

    m_vaultLabel->setObjectName(QStringLiteral("vaultStatus"));
    statusBar()->addPermanentWidget(m_vaultLabel, 1);

    buildMenus();
    retranslate();
    updateVaultState();
    m_navigation->setCurrentRow(0);
    resize(1280, 800);
    makeKeyboardFriendly(this);
    // Accessible names follow the labels once every page has retranslated.
    connect(&m_language, &UiLanguage::changed, this, [this] { makeKeyboardFriendly(this); });
}

MainWindow::~MainWindow()
{
    if (--s_windows == 0) {
        Kdf::setWaiter({});
    }
    setRecordStore(false);
}

QString MainWindow::recordTypeOfPage(const QString& pageId)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("resolutions"), QStringLiteral("resolution")},
        {QStringLiteral("actions"), QStringLiteral("action")},
        {QStringLiteral("caios"), QStringLiteral("caio")},
        {QStringLiteral("taskforces"), QStringLiteral("taskforce")},
        {QStringLiteral("budget"), QStringLiteral("budget")},
        {QStringLiteral("indicators"), QStringLiteral("indicator")},
        {QStringLiteral("partnerships"), QStringLiteral("partnership")},
        {QStringLiteral("milestones"), QStringLiteral("milestone")},
        {QStringLiteral("ministries"), QStringLiteral("ministry")},
        {QStringLiteral("people"), QStringLiteral("person")},
    };
    return types.value(pageId);
}

void MainWindow::setRecordStore(bool open)
{
    // Pages let go of the store before it goes, and it goes before the vault locks. The
    // undo history goes with it: its steps name records of a vault no longer open.
    m_undo->clear();
    for (RecordListPage* page : m_recordPages) {
        page->setContext({});
    }
    if (m_dashboard) {
        m_dashboard->setService(nullptr);
    }
    if (m_sync) {
        m_sync->setContext(nullptr, nullptr);
    }
    if (m_audit) {
        m_audit->setContext(nullptr, nullptr);
    }
    if (m_reports) {
        m_reports->setContext(nullptr, nullptr);
    }
    m_service.reset();
    m_store.reset();
    if (open && m_vault && !m_vault->isLocked()) {
        m_store = std::make_unique<RecordStore>(*m_vault);
        // Changes kept for a record type the version before did not know apply now.
        // Said once the window is set up (an error is a dialog); a failure (a full disk)
        // leaves them kept for the next unlock.
        if (auto takenUp = takeUpKeptChanges(*m_vault, *m_store); !takenUp) {
            QTimer::singleShot(0, this, [this, message = takenUp.error().message] { showError(message); });
        } else if (!takenUp->isEmpty()) {
            statusBar()->showMessage(*takenUp, 30000);
        }
        const auto site = m_vault->localSite();
        m_service = std::make_unique<RecordService>(*m_store, site ? site->role : QString());
        const RecordEditContext context{m_service.get(), m_undo,
                                        [this](const QString& message) { showError(message); }};
        for (RecordListPage* page : m_recordPages) {
            page->setContext(context);
        }
        if (m_dashboard) {
            m_dashboard->setService(m_service.get());
        }
        if (m_sync) {
            m_sync->setContext(m_vault.get(), m_service.get());
        }
        if (m_audit) {
            m_audit->setContext(m_vault.get(), m_service.get());
        }
        if (m_reports) {
            m_reports->setContext(m_vault.get(), m_service.get());
        }
    }
    updateEditActions();
}

RecordListPage* MainWindow::recordPage(const QString& type) const
{
    for (RecordListPage* page : m_recordPages) {
        if (QLatin1String(page->recordType().name) == type) {
            return page;
        }
    }
    return nullptr;
}

RecordListPage* MainWindow::currentRecordPage() const
{
    return qobject_cast<RecordListPage*>(m_stack->currentWidget());
}

void MainWindow::showRecordHistory(const QString& type, const QString& id)
{
    if (!m_audit) {
        return;
    }
    m_audit->showRecordHistory(type, id);
    m_stack->setCurrentWidget(m_audit);
    m_navigation->setCurrentRow(m_stack->currentIndex());
}

bool MainWindow::openRecord(const QString& type, const QString& id)
{
    RecordListPage* page = recordPage(type);
    if (!page || !m_service) {
        return false;
    }
    m_stack->setCurrentWidget(page);
    m_navigation->setCurrentRow(m_stack->currentIndex());
    return page->showRecord(id);
}

void MainWindow::updateEditActions()
{
    if (!m_newRecordAction) {
        return;
    }
    RecordListPage* page = m_service ? currentRecordPage() : nullptr;
    m_newRecordAction->setEnabled(page && m_service->mayCreate(page->recordType()));
    m_saveRecordAction->setEnabled(page && page->editor()->isDirty());
    m_deleteRecordAction->setEnabled(page && !page->editor()->recordId().isEmpty() &&
                                     m_service->mayDelete(page->recordType(), page->editor()->fields()));
    m_findAction->setEnabled(page != nullptr);
}

QStringList MainWindow::pageIds() const
{
    return PageCatalog::ids();
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool MainWindow::showPage(const QString& id)
{
    const int row = int(pageIds().indexOf(id));
    if (row < 0) {
        return false;
    }
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::setVaultStatus(const QString& path, const QString& role)
{
    m_vaultPath = path;
    m_vaultRole = role;
    retranslate();
}

void MainWindow::styleNavigation()
{
    // palette() in a style sheet is read when the sheet is set: set again on a theme change.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); padding: 8px; }"
                       "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        styleNavigation();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newVaultAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                                             &MainWindow::createVault);
    m_openVaultAction =
        m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::chooseVaultFile);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_closeVaultAction =
        m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_W), this, &MainWindow::closeVault);
    m_closeVaultAction->setObjectName(QStringLiteral("closeVaultAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), QKeySequence::Undo, m_undo, &QUndoStack::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = m_editMenu->addAction(QString(), m_undo, &QUndoStack::redo);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, &MainWindow::retranslate);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &MainWindow::retranslate);
    m_editMenu->addSeparator();
    m_newRecordAction = m_editMenu->addAction(QString(), QKeySequence::New, this, [this] {
        if (RecordListPage* page = currentRecordPage()) {
            page->newRecord();
        }
    });
    m_newRecordAction->setObjectName(QStringLiteral("newRecordAction"));
    m_saveRecordAction = m_editMenu->addAction(QString(), QKeySequence::Save, this, [this] {
        if (RecordListPage* page = currentRecordPage()) {
            page->editor()->save();
        }
    });
    m_saveRecordAction->setObjectName(QStringLiteral("saveRecordAction"));
    m_deleteRecordAction =
        m_editMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Delete), this, [this] {
            if (RecordListPage* page = currentRecordPage()) {
                page->editor()->deleteRecord();
            }
        });
    m_deleteRecordAction->setObjectName(QStringLiteral("deleteRecordAction"));
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), QKeySequence::Find, this, [this] {
        if (RecordListPage* page = currentRecordPage()) {
            page->focusSearch();
        }
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_editMenu->addSeparator();
    m_settingsAction = m_editMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                                             &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    updateEditActions();

    m_vaultMenu = menuBar()->addMenu(QString());
    m_lockAction =
        m_vaultMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockVault);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_changePassphraseAction = m_vaultMenu->addAction(QString(), this, &MainWindow::changePassphrase);
    m_changePassphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    m_addRecoveryAction = m_vaultMenu->addAction(QString(), this, &MainWindow::addRecoveryKey);
    m_addRecoveryAction->setObjectName(QStringLiteral("addRecoveryAction"));
    m_removeRecoveryAction = m_vaultMenu->addAction(QString(), this, &MainWindow::removeRecoveryKey);
    m_removeRecoveryAction->setObjectName(QStringLiteral("removeRecoveryAction"));
    m_vaultMenu->addSeparator();
    m_autoLockMenu = m_vaultMenu->addMenu(QString());
    m_autoLockGroup = new QActionGroup(this);
    const int saved = Settings::autoLockMinutes();
    for (int minutes : Settings::autoLockChoices()) {
        QAction* action = m_autoLockMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(minutes);
        action->setChecked(minutes == saved);
        m_autoLockGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] {
            Settings::setAutoLockMinutes(minutes);
            setAutoLockMilliseconds(minutes * 60 * 1000);
        });
    }
    m_idle->setTimeout(saved * 60 * 1000);

    m_viewMenu = menuBar()->addMenu(QString());
    m_previousPageAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                                                 [this] { stepPage(-1); });
    m_previousPageAction->setObjectName(QStringLiteral("previousPageAction"));
    m_nextPageAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                                             [this] { stepPage(1); });
    m_nextPageAction->setObjectName(QStringLiteral("nextPageAction"));
    m_refreshAction = m_viewMenu->addAction(QString(), QKeySequence::Refresh, this, &MainWindow::refreshPage);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    for (Theme::Kind kind : Theme::all()) {
        QAction* action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(Theme::code(kind));
        action->setObjectName(QStringLiteral("theme_") + Theme::code(kind));
        action->setChecked(kind == Theme::Kind::System);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] {
            Settings::setTheme(Theme::code(kind));
            applyTheme(Theme::code(kind));
        });
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_languageGroup->addAction(m_systemLanguageAction);
    connect(m_systemLanguageAction, &QAction::triggered, this, [this] {
        Settings::setLanguage(QStringLiteral("system"));
        m_language.apply(UiLanguage::fromLocale(QLocale::system()));
    });
    m_languageMenu->addSeparator();
    for (const QString& code : UiLanguage::available()) {
        // Each language is named in itself, so anyone can find their own.
        QAction* action = m_languageMenu->addAction(UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Settings::setLanguage(code);
            m_language.apply(code);
        });
    }
    connect(&m_language, &UiLanguage::changed, this, [this](const QString& code) {
        for (QAction* action : m_languageGroup->actions()) {
            if (action->data().toString() == code) {
                action->setChecked(true);
            }
        }
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction =
        m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("OneTeam: National AI Strategy Committee"));
    m_fileMenu->setTitle(tr("&File"));
    m_newVaultAction->setText(tr("&New vault…"));
    m_openVaultAction->setText(tr("&Open vault…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_closeVaultAction->setText(tr("&Close vault"));
    m_settingsAction->setText(tr("&Preferences…"));
    m_previousPageAction->setText(tr("&Previous page"));
    m_nextPageAction->setText(tr("&Next page"));
    m_refreshAction->setText(tr("&Refresh"));
    m_themeMenu->setTitle(tr("&Theme"));
    for (QAction* action : m_themeGroup->actions()) {
        Theme::Kind kind = Theme::Kind::System;
        Theme::fromCode(action->data().toString(), &kind);
        action->setText(Theme::title(kind));
    }
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(m_undo->undoText().isEmpty() ? tr("&Undo")
                                                       : tr("&Undo %1").arg(m_undo->undoText()));
    m_redoAction->setText(m_undo->redoText().isEmpty() ? tr("&Redo")
                                                       : tr("&Redo %1").arg(m_undo->redoText()));
    m_newRecordAction->setText(tr("&New record"));
    m_saveRecordAction->setText(tr("&Save record"));
    m_deleteRecordAction->setText(tr("&Delete record"));
    m_findAction->setText(tr("&Find"));
    m_vaultMenu->setTitle(tr("V&ault"));
    m_lockAction->setText(tr("&Lock now"));
    m_changePassphraseAction->setText(tr("&Change passphrase…"));
    m_addRecoveryAction->setText(tr("Create a &recovery key…"));
    m_removeRecoveryAction->setText(tr("Remove the recovery key"));
    m_autoLockMenu->setTitle(tr("Lock when idle"));
    for (QAction* action : m_autoLockGroup->actions()) {
        const int minutes = action->data().toInt();
        action->setText(minutes == 0 ? tr("Never") : tr("After %n minute(s)", nullptr, minutes));
    }
    m_unlockButton->setText(tr("Unlock…"));
    m_lockText->setText(
        m_vault ? tr("The vault %1 is locked. Nothing of its records is shown until it is unlocked.")
                      .arg(QFileInfo(m_vault->path()).fileName())
                : QString());
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("Follow the system"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About OneTeam"));
    m_navigation->setAccessibleName(tr("Pages"));

    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    for (int i = 0; i < count && i < m_navigation->count(); ++i) {
        m_navigation->item(i)->setText(PageCatalog::title(pages[i]));
    }

    if (m_vaultPath.isEmpty()) {
        m_vaultLabel->setText(tr("No vault open"));
    } else {
        m_vaultLabel->setText(
            tr("Vault: %1 · Role: %2").arg(QFileInfo(m_vaultPath).fileName(), roleTitle(m_vaultRole)));
        m_vaultLabel->setToolTip(m_vaultPath);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace oneteam

namespace oneteam {

QString MainWindow::screen() const
{
    QWidget* current = m_root->currentWidget();
    return current == m_welcome      ? QStringLiteral("welcome")
           : current == m_lockScreen ? QStringLiteral("lock")
                                     : QStringLiteral("records");
}

bool MainWindow::applyTheme(const QString& code)
{
    Theme::Kind kind = Theme::Kind::System;
    if (!Theme::fromCode(code, &kind)) {
        return false;
    }
    m_theme->apply(kind);
    for (QAction* action : m_themeGroup->actions()) {
        action->setChecked(action->data().toString() == code);
    }
    return true;
}

QString MainWindow::themeCode() const
{
    return Theme::code(m_theme->current());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    dialog.save();
    applySettings();
    statusBar()->showMessage(tr("Preferences saved."), 5000);
}

void MainWindow::applySettings()
{
    const QString language = Settings::language();
    m_language.apply(language == QLatin1String("system") ? UiLanguage::fromLocale(QLocale::system())
                                                         : language);
    applyTheme(Settings::theme());
    const int minutes = Settings::autoLockMinutes();
    for (QAction* action : m_autoLockGroup->actions()) {
        action->setChecked(action->data().toInt() == minutes);
    }
    setAutoLockMilliseconds(minutes * 60 * 1000);
    if (m_reports) {
        m_reports->applyDefaults();
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::stepPage(int delta)
{
    if (m_root->currentWidget() != m_content) {
        return;
    }
    const int count = m_navigation->count();
    m_navigation->setCurrentRow((m_navigation->currentRow() + delta + count) % count);
}

void MainWindow::refreshPage()
{
    if (!m_service) {
        return;
    }
    QWidget* page = m_stack->currentWidget();
    if (page == m_dashboard) {
        m_dashboard->refresh();
    } else if (page == m_sync) {
        m_sync->refresh();
    } else if (page == m_audit) {
        m_audit->refresh();
    } else if (page == m_reports) {
        m_reports->refreshContents();
    } else if (RecordListPage* list = currentRecordPage()) {
        list->model()->reload();
    }
}

} // namespace oneteam
