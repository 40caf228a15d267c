#include "UnlockDialog.h"
#include "OffThread.h"

#include "Theme.h"

#include "KeyboardAccess.h"

#include "PassphraseEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace oneteam {

UnlockDialog::UnlockDialog(const QString& vaultName, Attempt attempt, QWidget* parent, Purpose purpose)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
    , m_passphrase(new PassphraseEdit(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_useRecovery(new QCheckBox(tr("Use the recovery key instead"), this))
    , m_capsLock(new QLabel(tr("Caps Lock seems to be on."), this))
    , m_error(new QLabel(this))
    , m_submit(nullptr)
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    const bool confirming = purpose == Purpose::Confirm;
    setWindowTitle(confirming ? tr("Confirm it is you") : tr("Unlock vault"));
    auto* intro =
        new QLabel(confirming ? tr("The keys of %1 are about to change. Enter its current passphrase "
                                   "first, so nobody else at this unlocked window can do it.")
                                    .arg(vaultName)
                              : tr("Enter the passphrase of %1.").arg(vaultName),
                   this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-…"));
    m_recoveryKey->setVisible(false);
    m_capsLock->setObjectName(QStringLiteral("capsLockWarning"));
    m_capsLock->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning(palette()).name()));
    m_capsLock->setVisible(false);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::alert(palette()).name()));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Recovery key:"), m_recoveryKey);
    form->labelForField(m_recoveryKey)->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(confirming ? tr("Continue") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &UnlockDialog::updateCountdown);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &PassphraseEdit::capsLockChanged, m_capsLock, &QLabel::setVisible);
    connect(m_useRecovery, &QCheckBox::toggled, this, [this, form](bool on) {
        m_passphrase->setVisible(!on);
        form->labelForField(m_passphrase)->setVisible(!on);
        m_recoveryKey->setVisible(on);
        form->labelForField(m_recoveryKey)->setVisible(on);
        (on ? static_cast<QWidget*>(m_recoveryKey) : m_passphrase)->setFocus();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_capsLock);
    layout->addWidget(m_useRecovery);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    makeKeyboardFriendly(this);
}

void UnlockDialog::submit()
{
    const bool recovery = m_useRecovery->isChecked();
    Status status;
    {
        const DialogAttempt attempt(
            this, m_error, recovery ? tr("Checking the recovery key…") : tr("Checking the passphrase…"));
        if (!attempt.entered()) {
            return; // the first attempt is still deriving its key
        }
        QByteArray bytes = (recovery ? m_recoveryKey->text() : m_passphrase->text()).toUtf8();
        const SecureBytes secret = SecureBytes::takeFrom(bytes);
        status = m_attempt(secret, recovery);
    }
    if (status) {
        m_passphrase->clear();
        m_recoveryKey->clear();
        accept();
        return;
    }
    if (status.error().code != StorageErrorCode::TooSoon) {
        m_lastError = status.error().message; // the countdown below says when to try again
    }
    m_error->setText(m_lastError);
    m_error->setVisible(true);
    m_passphrase->clear();
    m_recoveryKey->clear();
    (m_useRecovery->isChecked() ? static_cast<QWidget*>(m_recoveryKey) : m_passphrase)->setFocus();
    updateCountdown();
}

void UnlockDialog::setRetryWait(std::function<int()> secondsBeforeRetry)
{
    m_retryWait = std::move(secondsBeforeRetry);
    updateCountdown();
}

void UnlockDialog::updateCountdown()
{
    const int seconds = m_retryWait ? m_retryWait() : 0;
    m_submit->setEnabled(seconds == 0);
    if (seconds == 0) {
        m_countdown->stop();
        m_error->setText(m_lastError);
        return;
    }
    const QString wait = tr("Try again in %n second(s).", nullptr, seconds);
    m_error->setText(m_lastError.isEmpty() ? wait : m_lastError + QLatin1Char('\n') + wait);
    m_error->setVisible(true);
    if (!m_countdown->isActive()) {
        m_countdown->start();
    }
}

bool UnlockDialog::canSubmit() const
{
    return m_submit->isEnabled();
}

bool UnlockDialog::tryUnlock(const QString& secret, bool isRecoveryKey)
{
    m_useRecovery->setChecked(isRecoveryKey);
    (isRecoveryKey ? m_recoveryKey : static_cast<QLineEdit*>(m_passphrase))->setText(secret);
    submit();
    return result() == QDialog::Accepted;
}

QString UnlockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace oneteam
