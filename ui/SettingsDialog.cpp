#include "SettingsDialog.h"

#include "KeyboardAccess.h"

#include "Settings.h"
#include "Theme.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oneteam {

namespace {

void select(QComboBox* box, const QVariant& value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

// A line edit for a path with a "Choose…" button beside it.
QWidget* pathRow(QWidget* parent, QLineEdit* edit, const std::function<QString()>& choose)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QPushButton(SettingsDialog::tr("Choose…"), row);
    button->setAccessibleName(SettingsDialog::tr("Choose: %1").arg(edit->accessibleName()));
    QObject::connect(button, &QPushButton::clicked, edit, [edit, choose] {
        const QString path = choose();
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    layout->addWidget(button);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    for (const QString& code : UiLanguage::available()) {
        m_language->addItem(UiLanguage::nativeName(code), code);
    }
    select(m_language, Settings::language());

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    for (Theme::Kind kind : Theme::all()) {
        m_theme->addItem(Theme::title(kind), Theme::code(kind));
    }
    select(m_theme, Settings::theme());

    m_autoLock = new QComboBox(this);
    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    for (int minutes : Settings::autoLockChoices()) {
        m_autoLock->addItem(minutes == 0 ? tr("Never") : tr("After %n minute(s)", nullptr, minutes), minutes);
    }
    select(m_autoLock, Settings::autoLockMinutes());

    m_defaultVault = new QLineEdit(Settings::defaultVault(), this);
    m_defaultVault->setObjectName(QStringLiteral("settingsDefaultVault"));
    m_defaultVault->setPlaceholderText(tr("The last vault opened"));
    m_defaultVault->setClearButtonEnabled(true);

    m_kdf = new QComboBox(this);
    m_kdf->setObjectName(QStringLiteral("settingsKdf"));
    m_kdf->addItem(tr("Standard (about 0.5 s to unlock)"), int(Settings::KdfStrength::Standard));
    m_kdf->addItem(tr("Strong (about 1 s)"), int(Settings::KdfStrength::Strong));
    m_kdf->addItem(tr("Maximum (about 2 s)"), int(Settings::KdfStrength::Maximum));
    select(m_kdf, int(Settings::kdfStrength()));
    m_kdf->setToolTip(tr("How long this computer works to turn a passphrase into the key of a new vault. "
                         "Longer makes guessing the passphrase slower for anyone holding a copy of the "
                         "file. Existing vaults keep theirs until their passphrase is changed."));

    m_reportLanguage = new QComboBox(this);
    m_reportLanguage->setObjectName(QStringLiteral("settingsReportLanguage"));
    m_reportLanguage->addItem(tr("The interface's language"), QStringLiteral("interface"));
    for (const QString& code : UiLanguage::available()) {
        m_reportLanguage->addItem(UiLanguage::nativeName(code), code);
    }
    select(m_reportLanguage, Settings::reportLanguage());

    m_reportFormat = new QComboBox(this);
    m_reportFormat->setObjectName(QStringLiteral("settingsReportFormat"));
    m_reportFormat->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_reportFormat->addItem(QStringLiteral("XLSX"), QStringLiteral("xlsx"));
    m_reportFormat->addItem(QStringLiteral("CSV"), QStringLiteral("csv"));
    select(m_reportFormat, Settings::reportFormat());

    m_reportFolder = new QLineEdit(Settings::reportFolder(), this);
    m_reportFolder->setObjectName(QStringLiteral("settingsReportFolder"));

    auto* general = new QGroupBox(tr("Interface"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Theme:"), m_theme);

    auto* security = new QGroupBox(tr("Vaults and security"), this);
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Lock when &idle:"), m_autoLock);
    m_defaultVault->setAccessibleName(tr("Vault opened at start"));
    securityForm->addRow(tr("&Vault opened at start:"), pathRow(security, m_defaultVault, [this] {
                             return QFileDialog::getOpenFileName(this, tr("Vault opened at start"),
                                                                 m_defaultVault->text(),
                                                                 tr("OneTeam vaults (*.otvault)"));
                         }));
    securityForm->addRow(tr("&Key derivation for new vaults:"), m_kdf);

    auto* reports = new QGroupBox(tr("Reports"), this);
    auto* reportsForm = new QFormLayout(reports);
    reportsForm->addRow(tr("Report la&nguage:"), m_reportLanguage);
    reportsForm->addRow(tr("Report &format:"), m_reportFormat);
    m_reportFolder->setAccessibleName(tr("Folder for exported reports"));
    reportsForm->addRow(tr("Folder for e&xported reports:"), pathRow(reports, m_reportFolder, [this] {
                            return QFileDialog::getExistingDirectory(this, tr("Folder for exported reports"),
                                                                     m_reportFolder->text());
                        }));

    // Every field is named by its form label, for the screen reader as for the eye.
    for (QFormLayout* form : {generalForm, securityForm, reportsForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
            QWidget* field = form->itemAt(row, QFormLayout::FieldRole)->widget();
            if (label && field && field->accessibleName().isEmpty()) {
                field->setAccessibleName(
                    QString(label->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
            }
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(security);
    layout->addWidget(reports);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    makeKeyboardFriendly(this);
}

void SettingsDialog::save() const
{
    Settings::setLanguage(m_language->currentData().toString());
    Settings::setTheme(m_theme->currentData().toString());
    Settings::setAutoLockMinutes(m_autoLock->currentData().toInt());
    Settings::setDefaultVault(m_defaultVault->text().trimmed());
    Settings::setKdfStrength(Settings::KdfStrength(m_kdf->currentData().toInt()));
    Settings::setReportLanguage(m_reportLanguage->currentData().toString());
    Settings::setReportFormat(m_reportFormat->currentData().toString());
    Settings::setReportFolder(m_reportFolder->text().trimmed());
}

} // namespace oneteam
