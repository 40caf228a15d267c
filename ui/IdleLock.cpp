#include "IdleLock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QThread>

#include <exception>
#include <memory>

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

namespace {

int g_waitingOffThread = 0;

struct Waiting
{
    Waiting() { ++g_waitingOffThread; }
    ~Waiting() { --g_waitingOffThread; }
    Waiting(const Waiting&) = delete;
    Waiting& operator=(const Waiting&) = delete;
};

} // namespace

bool waitingOffThread()
{
    return g_waitingOffThread > 0;
}

void runOffThread(const std::function<void()>& work)
{
    const Waiting waiting;
    std::exception_ptr failure;
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&work, &failure] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception(); // thrown again on the caller's thread
        }
    }));
    // Queued: if the work ends before exec() starts, the quit waits for the loop.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    if (!thread->isRunning() && !thread->isFinished()) {
        work(); // no thread could be started (out of memory): wait the old way
        return;
    }
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    if (failure) {
        std::rethrow_exception(failure);
    }
}

DialogAttempt::DialogAttempt(QWidget* dialog, QLabel* status, const QString& doing)
    : m_dialog(dialog)
    , m_focus(QApplication::focusWidget())
    , m_status(status)
    , m_statusText(status->text())
    , m_statusStyle(status->styleSheet())
    , m_statusVisible(status->isVisibleTo(dialog))
    , m_entered(dialog->isEnabled())
{
    if (!m_entered) {
        return;
    }
    status->setStyleSheet(QString()); // not an error: the usual (disabled) text colour
    status->setText(doing);
    status->setVisible(true);
    dialog->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

DialogAttempt::~DialogAttempt()
{
    if (!m_entered) {
        return;
    }
    QApplication::restoreOverrideCursor();
    if (QLabel* status = m_status.data()) {
        status->setStyleSheet(m_statusStyle);
        status->setText(m_statusText);
        status->setVisible(m_statusVisible);
    }
    if (QWidget* dialog = m_dialog.data()) {
        dialog->setEnabled(true);
    }
    if (QWidget* focus = m_focus.data(); focus && focus->isEnabled()) {
        focus->setFocus();
    }
}

} // namespace oneteam
