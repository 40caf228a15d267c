#include "UiLanguage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace oneteam {

UiLanguage::UiLanguage(QObject* parent)
    : QObject(parent)
{}

QStringList UiLanguage::available()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString UiLanguage::fromLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString UiLanguage::nativeName(const QString& code)
{
    return code == QLatin1String("ko") ? QStringLiteral("한국어") : QStringLiteral("English");
}

bool UiLanguage::apply(const QString& code)
{
    if (!available().contains(code)) {
        return false;
    }
    QTranslator app;
    if (!app.load(QStringLiteral(":/i18n/oneteam_") + code + QStringLiteral(".qm"))) {
        return false;
    }
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    (void)m_app.load(QStringLiteral(":/i18n/oneteam_") + code + QStringLiteral(".qm"));
    // Qt's own strings (standard buttons, dialogs); absent catalogues are not an error.
    if (m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    QLocale::setDefault(code == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::installTranslator(&m_app);
    // QApplication posts LanguageChange to the windows; deliver it now so the switch is
    // complete when apply() returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_current = code;
    emit changed(code);
    return true;
}

} // namespace oneteam
