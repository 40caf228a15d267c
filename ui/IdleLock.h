#pragma once

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

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
};

} // namespace oneteam
