#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace oneteam {

// Fires idle() after the user has not touched keyboard or mouse for the set time;
// the window locks the vault on it. Zero minutes means never.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    void start();
    void stop();
    // True when the keyboard or mouse was used within the timeout.
    bool recentlyActive() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    QElapsedTimer m_sinceActivity;
    int m_timeoutMs = 0;
};

// Marks work that runs the event loop itself (processEvents) while it holds the record
// store, such as a report export: an idle lock waits until it ends (MainWindow).
class BusyScope
{
public:
    BusyScope() { ++s_count; }
    ~BusyScope() { --s_count; }
    BusyScope(const BusyScope&) = delete;
    BusyScope& operator=(const BusyScope&) = delete;
    static bool active() { return s_count > 0; }

private:
    static inline int s_count = 0;
};

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
