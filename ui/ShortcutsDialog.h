#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace oneteam {

// Help > Keyboard shortcuts: every menu command that has a shortcut, read from the menus
// themselves (so the list cannot drift from what the keys do), then the keys that work
// everywhere (moving between controls, opening a row, closing a dialog).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    // "Menu|Command|Keys" for each row, for tests.
    QStringList rows() const;

private:
    QTreeWidget* m_list;
};

} // namespace oneteam
