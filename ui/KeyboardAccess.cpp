#include "KeyboardAccess.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextEdit>

namespace oneteam {

namespace {

// Tab on an item view or a date field moves to the next control. A table that starts
// editing on any key would otherwise take Tab as the first keystroke of a cell and walk a
// keyboard user through every cell; a date field showing its "no date" text keeps Tab for
// its own parts and never lets go (arrows move between day, month and year).
class TabLeaves : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress) {
            return false;
        }
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab) ||
            (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            return false;
        }
        auto* view = qobject_cast<QWidget*>(watched);
        if (!view) {
            return false;
        }
        // The parent moves the focus on, as for any other control (a scroll area scrolls it into view).
        QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
        QCoreApplication::sendEvent(view->parentWidget() ? view->parentWidget() : view->window(), &forwarded);
        return true;
    }
};

TabLeaves* tabFilter()
{
    static auto* filter = new TabLeaves(QCoreApplication::instance());
    return filter;
}

QString labelName(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':'))) {
        text.chop(1);
    }
    return text;
}

} // namespace

void makeKeyboardFriendly(QWidget* root)
{
    for (auto* view : root->findChildren<QAbstractItemView*>()) {
        view->setTabKeyNavigation(false);
        view->removeEventFilter(tabFilter());
        view->installEventFilter(tabFilter());
    }
    for (auto* edit : root->findChildren<QDateTimeEdit*>()) {
        edit->removeEventFilter(tabFilter());
        edit->installEventFilter(tabFilter());
    }
    for (auto* edit : root->findChildren<QPlainTextEdit*>()) {
        edit->setTabChangesFocus(true);
    }
    for (auto* edit : root->findChildren<QTextEdit*>()) {
        edit->setTabChangesFocus(true);
    }
    for (auto* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy) {
            continue;
        }
        // A name set here earlier follows the label's new text; one set elsewhere stays.
        const QVariant ours = buddy->property("oneteamLabelName");
        if (buddy->accessibleName().isEmpty() || buddy->accessibleName() == ours.toString()) {
            const QString name = labelName(label->text());
            buddy->setAccessibleName(name);
            buddy->setProperty("oneteamLabelName", name);
        }
    }
}

void setTabChain(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i) {
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
    }
}

QWidget* lastInTabChain(QWidget* container)
{
    QWidget* last = container;
    // The focus chain is circular: follow it once round from the container.
    for (QWidget* next = container->nextInFocusChain(); next && next != container;
         next = next->nextInFocusChain()) {
        if (container->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus)) {
            last = next;
        }
    }
    return last;
}

} // namespace oneteam
