#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

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

} // namespace oneteam
