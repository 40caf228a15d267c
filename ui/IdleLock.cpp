#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace oneteam {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_sinceActivity.start();
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
    if (m_timer.isActive()) {
        start();
    }
}

void IdleLock::start()
{
    if (m_timeoutMs > 0) {
        m_timer.start(m_timeoutMs);
    } else {
        m_timer.stop();
    }
}

void IdleLock::stop()
{
    m_timer.stop();
}

bool IdleLock::recentlyActive() const
{
    return m_timeoutMs > 0 && m_sinceActivity.elapsed() < m_timeoutMs;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_sinceActivity.restart();
        if (m_timer.isActive()) {
            m_timer.start(m_timeoutMs);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace oneteam
