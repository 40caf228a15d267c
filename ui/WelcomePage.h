#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace oneteam {

// What the window shows while no vault is open: the first steps (create this office's
// vault, open the sample, join a network from the secretariat's first bundle, open a
// vault file) and the vaults opened before.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Re-reads the recent vaults from the settings (a file gone is shown as missing).
    void refresh();

signals:
    void createVault();
    void openSample();
    void joinNetwork();
    void openVaultFile();
    void openRecent(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openSelected();
    void forgetSelected();

    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_create;
    QLabel* m_createText;
    QPushButton* m_sample;
    QLabel* m_sampleText;
    QPushButton* m_join;
    QLabel* m_joinText;
    QPushButton* m_open;
    QLabel* m_openText;
    QLabel* m_recentLabel;
    QListWidget* m_recent;
    QPushButton* m_openRecent;
    QPushButton* m_forget;
};

} // namespace oneteam
