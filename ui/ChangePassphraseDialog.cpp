#include "ChangePassphraseDialog.h"
#include "OffThread.h"

#include "Theme.h"

#include "KeyboardAccess.h"

#include "NewPassphraseFields.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oneteam {

ChangePassphraseDialog::ChangePassphraseDialog(Change change, QWidget* parent)
    : QDialog(parent)
    , m_change(std::move(change))
    , m_fields(new NewPassphraseFields(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    auto* intro = new QLabel(tr("The old passphrase stops working as soon as the new one is saved. The "
                                "records themselves are not rewritten."),
                             this);
    intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::alert(palette()).name()));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Change"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    makeKeyboardFriendly(this);
}

void ChangePassphraseDialog::submit()
{
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    Status status;
    {
        const DialogAttempt attempt(this, m_error, tr("Sealing the vault's key with the new passphrase…"));
        if (!attempt.entered()) {
            return; // the first attempt is still deriving its key
        }
        const SecureBytes passphrase = m_fields->take();
        status = m_change(passphrase);
    }
    if (!status) {
        m_error->setText(status.error().message);
        m_error->setVisible(true);
        return;
    }
    accept();
}

bool ChangePassphraseDialog::submitWith(const QString& passphrase)
{
    m_fields->setPassphrase(passphrase);
    submit();
    return result() == QDialog::Accepted;
}

RecoveryKeyDialog::RecoveryKeyDialog(const QString& key, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));
    auto* intro =
        new QLabel(tr("Write this key down and keep it apart from the computer. It opens the vault if "
                      "the passphrase is lost. It is shown only now."),
                   this);
    intro->setWordWrap(true);
    auto* keyLabel = new QLabel(key, this);
    keyLabel->setObjectName(QStringLiteral("recoveryKeyText"));
    keyLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keyLabel->setWordWrap(true);
    keyLabel->setStyleSheet(QStringLiteral("padding: 12px; background: palette(alternate-base);"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [key] { QApplication::clipboard()->setText(key); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(keyLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    makeKeyboardFriendly(this);
}

} // namespace oneteam
