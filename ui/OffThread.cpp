#include "OffThread.h"

#include <QApplication>
#include <QEventLoop>
#include <QThread>

#include <exception>
#include <memory>

namespace oneteam {

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
