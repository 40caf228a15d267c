#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

namespace oneteam {

// The colours of the interface: the platform's own, or one of OneTeam's light, dark and
// high-contrast palettes on the Fusion style. Charts and the colours that carry meaning
// (overdue in red, stale in amber) follow the palette through the functions below, so
// every page reads well in each of them.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        System,
        Light,
        Dark,
        HighContrast
    };

    explicit Theme(QObject* parent = nullptr);

    static QList<Kind> all();
    static QString code(Kind kind); // "system", "light", "dark", "high-contrast"
    static bool fromCode(const QString& code, Kind* kind);
    static QString title(Kind kind); // translated
    static QPalette palette(Kind kind);

    Kind current() const { return m_current; }
    // Sets the application's style and palette; every open window repaints at once.
    void apply(Kind kind);

    // Colours that keep their meaning on the current palette.
    static bool isDark(const QPalette& palette);
    static bool isHighContrast(const QPalette& palette); // white on black
    static QColor alert(const QPalette& palette);        // overdue, broken, vacant
    static QColor warning(const QPalette& palette);      // due soon, stale
    static QColor alertBackground(const QPalette& palette);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

signals:
    void changed(oneteam::Theme::Kind kind);

private:
    Kind m_current = Kind::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace oneteam
