#include "MainWindow.h"

#include "AboutDialog.h"
#include "PageCatalog.h"
#include "PlaceholderPage.h"
#include "UiLanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace oneteam {

MainWindow::MainWindow(UiLanguage& language, QWidget* parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_vaultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/oneteam.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(180);
    m_navigation->setMaximumWidth(240);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); padding: 8px; }"
                       "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));

    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    for (int i = 0; i < count; ++i) {
        auto* item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, QLatin1String(pages[i].id));
        m_stack->addWidget(new PlaceholderPage(pages[i], m_stack));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_vaultLabel->setObjectName(QStringLiteral("vaultStatus"));
    statusBar()->addPermanentWidget(m_vaultLabel, 1);

    buildMenus();
    retranslate();
    m_navigation->setCurrentRow(0);
    resize(1280, 800);
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

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_languageGroup->addAction(m_systemLanguageAction);
    connect(m_systemLanguageAction, &QAction::triggered, this,
            [this] { m_language.apply(UiLanguage::fromLocale(QLocale::system())); });
    m_languageMenu->addSeparator();
    for (const QString& code : UiLanguage::available()) {
        // Each language is named in itself, so anyone can find their own.
        QAction* action = m_languageMenu->addAction(UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_language.apply(code); });
    }
    connect(&m_language, &UiLanguage::changed, this, [this](const QString& code) {
        for (QAction* action : m_languageGroup->actions()) {
            if (action->data().toString() == code) {
                action->setChecked(true);
            }
        }
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("OneTeam: National AI Strategy Committee"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("Follow the system"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About OneTeam"));

    int count = 0;
    const PageSpec* pages = PageCatalog::pages(&count);
    for (int i = 0; i < count && i < m_navigation->count(); ++i) {
        m_navigation->item(i)->setText(PageCatalog::title(pages[i]));
    }

    if (m_vaultPath.isEmpty()) {
        m_vaultLabel->setText(tr("No vault open"));
    } else {
        m_vaultLabel->setText(tr("Vault: %1 · Role: %2").arg(QFileInfo(m_vaultPath).fileName(), m_vaultRole));
        m_vaultLabel->setToolTip(m_vaultPath);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace oneteam
