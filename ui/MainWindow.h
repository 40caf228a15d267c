#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace oneteam {

class UiLanguage;

// The application window: a navigation list of the product's areas beside the page
// of the area chosen, menus, and a status bar naming the open vault and its role.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(UiLanguage& language, QWidget* parent = nullptr);

    QStringList pageIds() const;
    QString currentPageId() const;
    bool showPage(const QString& id);

    // What the status bar says about the vault; empty path means none is open.
    void setVaultStatus(const QString& path, const QString& role);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void showAbout();

    UiLanguage& m_language;
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
    QAction* m_aboutAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};

} // namespace oneteam
