#include "CreateVaultDialog.h"
#include "OffThread.h"

#include "Theme.h"

#include "KeyboardAccess.h"

#include "NewPassphraseFields.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oneteam {

CreateVaultDialog::CreateVaultDialog(const QString& suggestedPath, Create create, QWidget* parent)
    : QDialog(parent)
    , m_create(std::move(create))
    , m_path(new QLineEdit(suggestedPath, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_ministry(new QLineEdit(this))
    , m_passphrase(new NewPassphraseFields(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a vault"));
    m_path->setAccessibleName(tr("Vault file"));
    m_name->setAccessibleName(tr("Site name"));
    m_name->setPlaceholderText(tr("e.g. Secretariat, or the ministry's office"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Secretariat"), QStringLiteral("secretariat"));
    m_role->addItem(tr("Ministry"), QStringLiteral("ministry"));
    m_role->addItem(tr("Auditor"), QStringLiteral("auditor"));
    m_ministry->setAccessibleName(tr("Ministry code"));
    m_ministry->setPlaceholderText(QStringLiteral("MSIT"));
    m_ministry->setEnabled(false);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_ministry->setEnabled(m_role->currentData().toString() == QLatin1String("ministry"));
    });
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::alert(palette()).name()));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Create a vault"), m_path->text(),
                                                          tr("OneTeam vaults (*.otvault)"));
        if (!path.isEmpty()) {
            m_path->setText(path.endsWith(QStringLiteral(".otvault")) ? path
                                                                      : path + QStringLiteral(".otvault"));
        }
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Vault file:"), pathRow);
    form->addRow(tr("Site name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Ministry code:"), m_ministry);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateVaultDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    makeKeyboardFriendly(this);
}

QString CreateVaultDialog::role() const
{
    const QString kind = m_role->currentData().toString();
    return kind == QLatin1String("ministry")
               ? QStringLiteral("ministry:") + m_ministry->text().trimmed().toUpper()
               : kind;
}

void CreateVaultDialog::submit()
{
    QString problem = m_passphrase->problem();
    if (m_path->text().trimmed().isEmpty()) {
        problem = tr("Choose where the vault goes.");
    } else if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Give this site a name.");
    } else if (!SiteInfo::isValidRole(role())) {
        problem = tr("A ministry code is 2 to 8 capital letters, e.g. MSIT.");
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    QString path = m_path->text().trimmed();
    if (!path.endsWith(QStringLiteral(".otvault"))) {
        path += QStringLiteral(".otvault");
    }
    Status status;
    {
        const DialogAttempt attempt(this, m_error, tr("Creating the vault…"));
        if (!attempt.entered()) {
            return; // the first attempt is still deriving its key
        }
        const SecureBytes passphrase = m_passphrase->take();
        status = m_create(path, {QString(), m_name->text().trimmed(), role()}, passphrase);
    }
    if (!status) {
        m_error->setText(status.error().message);
        m_error->setVisible(true);
        return;
    }
    accept();
}

bool CreateVaultDialog::submitWith(const QString& path, const QString& name, const QString& roleText,
                                   const QString& passphrase)
{
    m_path->setText(path);
    m_name->setText(name);
    const QString kind = roleText.section(QLatin1Char(':'), 0, 0);
    m_role->setCurrentIndex(m_role->findData(kind));
    m_ministry->setText(roleText.section(QLatin1Char(':'), 1));
    m_passphrase->setPassphrase(passphrase);
    submit();
    return result() == QDialog::Accepted;
}

QString CreateVaultDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace oneteam
