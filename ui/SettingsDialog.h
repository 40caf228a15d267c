#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace oneteam {

// Preferences: language and theme (applied at once by the window), auto-lock, the vault
// opened at start, the key-derivation strength of new vaults and the report defaults.
// Saved in Settings when the user presses OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Stores every choice; the caller applies language, theme and auto-lock.
    void save() const;

private:
    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_autoLock;
    QLineEdit* m_defaultVault;
    QComboBox* m_kdf;
    QComboBox* m_reportLanguage;
    QComboBox* m_reportFormat;
    QLineEdit* m_reportFolder;
};

} // namespace oneteam
