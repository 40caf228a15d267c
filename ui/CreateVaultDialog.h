#pragma once

#include "Result.h"
#include "Vault.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace oneteam {

class NewPassphraseFields;

// Creates a vault for this site: where, the site's name and role, and a passphrase.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT
public:
    using Create =
        std::function<Status(const QString& path, const SiteInfo& site, const SecureBytes& passphrase)>;
    CreateVaultDialog(const QString& suggestedPath, Create create, QWidget* parent = nullptr);

    // For tests: fill every field and press Create.
    bool submitWith(const QString& path, const QString& name, const QString& role, const QString& passphrase);
    QString errorText() const;

private:
    void submit();
    QString role() const;

    Create m_create;
    QLineEdit* m_path;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_ministry;
    NewPassphraseFields* m_passphrase;
    QLabel* m_error;
};

} // namespace oneteam
