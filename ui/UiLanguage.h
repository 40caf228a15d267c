#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace oneteam {

// The language of the interface: installs OneTeam's and Qt's own translators and the
// matching default locale, so texts and number formats switch together at once.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(QObject* parent = nullptr);

    static QStringList available();              // {"ko", "en"}
    static QString fromLocale(const QLocale& l); // "ko" for Korean, else "en"
    static QString nativeName(const QString& code);

    QString current() const { return m_current; }
    // Switches to "ko" or "en"; false when the code is unknown or its catalogue is missing.
    bool apply(const QString& code);

signals:
    void changed(const QString& code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

} // namespace oneteam
