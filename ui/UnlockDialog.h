#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace oneteam {

class PassphraseEdit;

// Asks for the passphrase (or the recovery key) of a vault and tries it through the
// callback; a wrong one keeps the dialog open with the error, in the user's language.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    using Attempt = std::function<Status(const SecureBytes& secret, bool isRecoveryKey)>;
    // Unlock: opening a locked vault. Confirm: asking again, in an open vault, before its
    // keys change (passphrase, recovery key).
    enum class Purpose
    {
        Unlock,
        Confirm
    };
    UnlockDialog(const QString& vaultName, Attempt attempt, QWidget* parent = nullptr,
                 Purpose purpose = Purpose::Unlock);

    // After wrong answers the vault may make the next try wait: while this says so, the
    // dialog counts the seconds down and its button stays disabled.
    void setRetryWait(std::function<int()> secondsBeforeRetry);

    // For tests and scripted use: fills the field and tries it, as pressing Unlock does.
    bool tryUnlock(const QString& secret, bool isRecoveryKey = false);
    QString errorText() const;
    bool canSubmit() const;

private:
    void submit();
    void updateCountdown();

    Attempt m_attempt;
    PassphraseEdit* m_passphrase;
    QLineEdit* m_recoveryKey;
    QCheckBox* m_useRecovery;
    QLabel* m_capsLock;
    QLabel* m_error;
    QPushButton* m_submit;
    QTimer* m_countdown;
    std::function<int()> m_retryWait;
    QString m_lastError;
};

} // namespace oneteam
