#pragma once

#include "SecureBytes.h"

#include <QWidget>

class QLabel;

namespace oneteam {

class PassphraseEdit;

// A new passphrase typed twice, with a strength hint and a Caps Lock warning.
class NewPassphraseFields : public QWidget
{
    Q_OBJECT
public:
    explicit NewPassphraseFields(QWidget* parent = nullptr);
    // Empty string when the fields are acceptable, else why not (translated).
    QString problem() const;
    SecureBytes take();                      // the passphrase, clearing both fields
    void setPassphrase(const QString& text); // for tests

private:
    void update();

    PassphraseEdit* m_first;
    PassphraseEdit* m_second;
    QLabel* m_strength;
    QLabel* m_capsLock;
};

} // namespace oneteam
