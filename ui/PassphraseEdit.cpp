#include "PassphraseEdit.h"

#include <QKeyEvent>

namespace oneteam {

PassphraseEdit::PassphraseEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setContextMenuPolicy(Qt::NoContextMenu);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
}

void PassphraseEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        return; // the passphrase never leaves the field
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isLetter() && text.at(0).unicode() < 0x80) {
        const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
        const bool caps = text.at(0).isUpper() != shift;
        if (caps != m_capsLock) {
            m_capsLock = caps;
            emit capsLockChanged(caps);
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace oneteam
