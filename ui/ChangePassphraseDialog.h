#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QDialog>

#include <functional>

class QLabel;

namespace oneteam {

class NewPassphraseFields;

// Sets a new passphrase for the open vault; only the header's key slot is rewritten.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    using Change = std::function<Status(const SecureBytes& passphrase)>;
    explicit ChangePassphraseDialog(Change change, QWidget* parent = nullptr);
    bool submitWith(const QString& passphrase); // for tests

private:
    void submit();

    Change m_change;
    NewPassphraseFields* m_fields;
    QLabel* m_error;
};

// Shows a new recovery key once, for writing down.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString& key, QWidget* parent = nullptr);
};

} // namespace oneteam
