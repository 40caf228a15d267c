#pragma once

#include <QLineEdit>

namespace oneteam {

// A passphrase field: hidden echo, no copying out, and a guess at whether Caps Lock is
// on (a letter whose case disagrees with Shift), since Qt has no portable query for it.
class PassphraseEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PassphraseEdit(QWidget* parent = nullptr);
    bool capsLockLikely() const { return m_capsLock; }

signals:
    void capsLockChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_capsLock = false;
};

} // namespace oneteam
