#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

namespace oneteam {

// Runs a callback once, when the event loop is next free after a widget of `window` was
// painted: that frame is on screen by then. `oneteam --startup-time` and the start-up
// benchmark's bare Qt baseline mark "shown" with it, so both measure the same moment.
class AfterPaint : public QObject
{
public:
    explicit AfterPaint(QWidget* window)
        : m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    void arm(std::function<void()> then) { m_then = std::move(then); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_then && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
        }
        return false;
    }

private:
    QWidget* m_window;
    std::function<void()> m_then;
};

} // namespace oneteam
