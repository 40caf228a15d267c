#include "NewPassphraseFields.h"

#include "Theme.h"

#include "PassphraseEdit.h"
#include "PassphraseStrength.h"

#include <QFormLayout>
#include <QLabel>

namespace oneteam {

NewPassphraseFields::NewPassphraseFields(QWidget* parent)
    : QWidget(parent)
    , m_first(new PassphraseEdit(this))
    , m_second(new PassphraseEdit(this))
    , m_strength(new QLabel(this))
    , m_capsLock(new QLabel(tr("Caps Lock seems to be on."), this))
{
    m_first->setObjectName(QStringLiteral("newPassphrase"));
    m_first->setAccessibleName(tr("New passphrase"));
    m_second->setObjectName(QStringLiteral("repeatPassphrase"));
    m_second->setAccessibleName(tr("Repeat the passphrase"));
    m_strength->setObjectName(QStringLiteral("strengthHint"));
    m_strength->setWordWrap(true);
    m_capsLock->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning(palette()).name()));
    m_capsLock->setVisible(false);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Passphrase:"), m_first);
    form->addRow(QString(), m_strength);
    form->addRow(tr("Repeat:"), m_second);
    form->addRow(QString(), m_capsLock);
    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_first, &PassphraseEdit::capsLockChanged, m_capsLock, &QLabel::setVisible);
    connect(m_second, &PassphraseEdit::capsLockChanged, m_capsLock, &QLabel::setVisible);
    update();
}

void NewPassphraseFields::update()
{
    const auto level = PassphraseStrength::level(m_first->text());
    const char* colour = level == PassphraseStrength::Level::Weak     ? "#b00020"
                         : level == PassphraseStrength::Level::Fair   ? "#a15c00"
                         : level == PassphraseStrength::Level::Strong ? "#1b7f3b"
                                                                      : "palette(mid)";
    m_strength->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    m_strength->setText(PassphraseStrength::hint(m_first->text()));
}

QString NewPassphraseFields::problem() const
{
    if (m_first->text().isEmpty()) {
        return tr("Choose a passphrase.");
    }
    if (m_first->text() != m_second->text()) {
        return tr("The two passphrases differ.");
    }
    return {};
}

SecureBytes NewPassphraseFields::take()
{
    QByteArray bytes = m_first->text().toUtf8();
    m_first->clear();
    m_second->clear();
    return SecureBytes::takeFrom(bytes);
}

void NewPassphraseFields::setPassphrase(const QString& text)
{
    m_first->setText(text);
    m_second->setText(text);
}

} // namespace oneteam
