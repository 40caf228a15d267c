#include "ShortcutsDialog.h"

#include "KeyboardAccess.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oneteam {

namespace {

QString plain(QString text)
{
    // "&Lock now" and "&Undo Edit" read without the mnemonic marker or a trailing ellipsis.
    // "잠그기(&L)" loses its "(&L)"; "&Lock" its "&".
    text.remove(QRegularExpression(QStringLiteral("\\(&[^&)]\\)")));
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

QString keys(const QAction* action)
{
    QStringList texts;
    for (const QKeySequence& sequence : action->shortcuts()) {
        texts << sequence.toString(QKeySequence::NativeText);
    }
    return texts.join(QStringLiteral(", "));
}

void addMenu(QTreeWidgetItem* group, const QMenu* menu)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            addMenu(group, action->menu());
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
            auto* row = new QTreeWidgetItem(group, {plain(action->text()), keys(action)});
            row->setData(0, Qt::AccessibleTextRole,
                         QString(plain(action->text()) + QStringLiteral(": ") + keys(action)));
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);

    for (const QAction* menuAction : menus->actions()) {
        if (!menuAction->menu()) {
            continue;
        }
        auto* group = new QTreeWidgetItem(m_list, {plain(menuAction->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(group, menuAction->menu());
        if (group->childCount() == 0) {
            delete group;
        }
    }
    auto* everywhere = new QTreeWidgetItem(m_list, {tr("Everywhere")});
    QFont bold = everywhere->font(0);
    bold.setBold(true);
    everywhere->setFont(0, bold);
    everywhere->setFirstColumnSpanned(true);
    const QList<std::pair<QString, QString>> general{
        {tr("Next control"), QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)},
        {tr("Previous control"), QKeySequence(Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)},
        {tr("Open the menus"), QKeySequence(Qt::Key_F10).toString(QKeySequence::NativeText)},
        {tr("Open the selected row"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
        {tr("Close a dialog without saving"),
         QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)},
        {tr("Press the underlined letter of a button or label"), tr("Alt+letter")},
    };
    for (const auto& [command, key] : general) {
        new QTreeWidgetItem(everywhere, {command, key});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* intro = new QLabel(tr("Every command below is also in the menus; the keys work on any page where "
                                "the command applies."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    makeKeyboardFriendly(this);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            rows << group->text(0) + QLatin1Char('|') + group->child(i)->text(0) + QLatin1Char('|') +
                        group->child(i)->text(1);
        }
    }
    return rows;
}

} // namespace oneteam
