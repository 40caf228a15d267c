#pragma once

#include <QLabel>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

namespace oneteam {

// Runs `work` on a worker thread and returns when it is done. Meanwhile this thread's
// event loop turns without user input (the window repaints, timers fire). The window
// waits for key derivations this way (Kdf::setWaiter), from inside an unlock or a change
// of keys, so an idle lock that fires meanwhile must wait and touch nothing.
void runOffThread(const std::function<void()>& work);
// True while runOffThread() waits.
bool waitingOffThread();

// A dialog's attempt (unlock, create, change of keys) that may wait off the thread: the
// dialog is disabled meanwhile, so no second attempt starts inside the first (timers and
// assistive technology still reach it), shows the wait cursor, and says what it is doing
// in `status` (the label it uses for errors) until the attempt ends. entered() is false
// when an attempt is already running; the caller then returns.
class DialogAttempt
{
public:
    DialogAttempt(QWidget* dialog, QLabel* status, const QString& doing);
    ~DialogAttempt();
    DialogAttempt(const DialogAttempt&) = delete;
    DialogAttempt& operator=(const DialogAttempt&) = delete;
    bool entered() const { return m_entered; }

private:
    QPointer<QWidget> m_dialog;
    QPointer<QWidget> m_focus; // given back when the dialog is enabled again
    QPointer<QLabel> m_status;
    QString m_statusText;
    QString m_statusStyle;
    bool m_statusVisible = false;
    bool m_entered;
};

} // namespace oneteam
