#include "Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace oneteam {

namespace {

double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

void setBoth(QPalette& palette, QPalette::ColorRole role, const QColor& active, const QColor& disabled)
{
    palette.setColor(QPalette::Active, role, active);
    palette.setColor(QPalette::Inactive, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_systemPalette(QApplication::palette())
{}

QList<Theme::Kind> Theme::all()
{
    return {Kind::System, Kind::Light, Kind::Dark, Kind::HighContrast};
}

QString Theme::code(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("high-contrast");
    case Kind::System:
        break;
    }
    return QStringLiteral("system");
}

bool Theme::fromCode(const QString& code, Kind* kind)
{
    for (Kind candidate : all()) {
        if (Theme::code(candidate) == code) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString Theme::title(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return tr("Light");
    case Kind::Dark:
        return tr("Dark");
    case Kind::HighContrast:
        return tr("High contrast");
    case Kind::System:
        break;
    }
    return tr("Follow the system");
}

QPalette Theme::palette(Kind kind)
{
    QPalette p;
    switch (kind) {
    case Kind::System:
        return QApplication::palette();
    case Kind::Light: {
        const QColor window(0xf4, 0xf5, 0xf7);
        const QColor text(0x1b, 0x1f, 0x24);
        const QColor muted(0x8a, 0x91, 0x99);
        setBoth(p, QPalette::Window, window, window);
        setBoth(p, QPalette::WindowText, text, muted);
        setBoth(p, QPalette::Base, Qt::white, window);
        setBoth(p, QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5), window);
        setBoth(p, QPalette::Text, text, muted);
        setBoth(p, QPalette::Button, QColor(0xe9, 0xec, 0xf0), window);
        setBoth(p, QPalette::ButtonText, text, muted);
        setBoth(p, QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8), QColor(0xc5, 0xcb, 0xd3));
        setBoth(p, QPalette::HighlightedText, Qt::white, text);
        setBoth(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe6), QColor(0xff, 0xff, 0xe6));
        setBoth(p, QPalette::ToolTipText, text, text);
        setBoth(p, QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x7b), muted);
        setBoth(p, QPalette::Link, QColor(0x1f, 0x5f, 0xa8), muted);
        setBoth(p, QPalette::BrightText, Qt::white, Qt::white);
        setBoth(p, QPalette::Light, Qt::white, Qt::white);
        setBoth(p, QPalette::Midlight, QColor(0xe3, 0xe6, 0xea), QColor(0xe3, 0xe6, 0xea));
        setBoth(p, QPalette::Mid, QColor(0xb8, 0xbe, 0xc6), QColor(0xb8, 0xbe, 0xc6));
        setBoth(p, QPalette::Dark, QColor(0x8a, 0x91, 0x99), QColor(0x8a, 0x91, 0x99));
        setBoth(p, QPalette::Shadow, QColor(0x50, 0x55, 0x5c), QColor(0x50, 0x55, 0x5c));
        return p;
    }
    case Kind::Dark: {
        const QColor window(0x23, 0x26, 0x2b);
        const QColor base(0x1a, 0x1c, 0x20);
        const QColor text(0xe6, 0xe8, 0xeb);
        const QColor muted(0x7d, 0x84, 0x8c);
        setBoth(p, QPalette::Window, window, window);
        setBoth(p, QPalette::WindowText, text, muted);
        setBoth(p, QPalette::Base, base, window);
        setBoth(p, QPalette::AlternateBase, QColor(0x26, 0x29, 0x2f), window);
        setBoth(p, QPalette::Text, text, muted);
        setBoth(p, QPalette::Button, QColor(0x32, 0x36, 0x3c), window);
        setBoth(p, QPalette::ButtonText, text, muted);
        setBoth(p, QPalette::Highlight, QColor(0x2d, 0x65, 0xb0), QColor(0x3a, 0x3f, 0x46));
        setBoth(p, QPalette::HighlightedText, Qt::white, muted);
        setBoth(p, QPalette::ToolTipBase, QColor(0x32, 0x36, 0x3c), QColor(0x32, 0x36, 0x3c));
        setBoth(p, QPalette::ToolTipText, text, text);
        setBoth(p, QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xa9), muted);
        setBoth(p, QPalette::Link, QColor(0x7d, 0xb4, 0xf5), muted);
        setBoth(p, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0x6b, 0x6b));
        setBoth(p, QPalette::Light, QColor(0x4a, 0x4f, 0x57), QColor(0x4a, 0x4f, 0x57));
        setBoth(p, QPalette::Midlight, QColor(0x3a, 0x3f, 0x46), QColor(0x3a, 0x3f, 0x46));
        setBoth(p, QPalette::Mid, QColor(0x2c, 0x30, 0x36), QColor(0x2c, 0x30, 0x36));
        setBoth(p, QPalette::Dark, QColor(0x15, 0x17, 0x1a), QColor(0x15, 0x17, 0x1a));
        setBoth(p, QPalette::Shadow, Qt::black, Qt::black);
        return p;
    }
    case Kind::HighContrast: {
        // White on black with yellow selection, as the usual high-contrast schemes have it:
        // every pair of text and background is at least 7:1 (WCAG AAA).
        const QColor muted(0xa0, 0xa0, 0xa0);
        setBoth(p, QPalette::Window, Qt::black, Qt::black);
        setBoth(p, QPalette::WindowText, Qt::white, muted);
        setBoth(p, QPalette::Base, Qt::black, Qt::black);
        setBoth(p, QPalette::AlternateBase, QColor(0x12, 0x12, 0x12), Qt::black);
        setBoth(p, QPalette::Text, Qt::white, muted);
        setBoth(p, QPalette::Button, Qt::black, Qt::black);
        setBoth(p, QPalette::ButtonText, Qt::white, muted);
        setBoth(p, QPalette::Highlight, QColor(0xff, 0xff, 0x00), muted);
        setBoth(p, QPalette::HighlightedText, Qt::black, Qt::black);
        setBoth(p, QPalette::ToolTipBase, Qt::black, Qt::black);
        setBoth(p, QPalette::ToolTipText, Qt::white, Qt::white);
        setBoth(p, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8), muted);
        setBoth(p, QPalette::Link, QColor(0x7f, 0xdb, 0xff), muted);
        setBoth(p, QPalette::BrightText, QColor(0xff, 0xff, 0x00), QColor(0xff, 0xff, 0x00));
        setBoth(p, QPalette::Light, Qt::white, muted);
        setBoth(p, QPalette::Midlight, Qt::white, muted);
        setBoth(p, QPalette::Mid, Qt::white, muted);
        setBoth(p, QPalette::Dark, Qt::white, muted);
        setBoth(p, QPalette::Shadow, Qt::white, muted);
        return p;
    }
    }
    return p;
}

void Theme::apply(Kind kind)
{
    if (kind == Kind::System) {
        if (!m_systemStyle.isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        }
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws every control from the palette, so the palette is all there is to see.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(palette(kind));
    }
    m_current = kind;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::PaletteChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    emit changed(kind);
}

bool Theme::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

bool Theme::isHighContrast(const QPalette& palette)
{
    return palette.color(QPalette::Window) == Qt::black && palette.color(QPalette::WindowText) == Qt::white;
}

QColor Theme::alert(const QPalette& palette)
{
    if (isHighContrast(palette)) {
        return QColor(0xff, 0x80, 0x80); // high contrast: 8:1 on black
    }
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
}

QColor Theme::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf5, 0xc2, 0x6b) : QColor(0x9a, 0x5b, 0x00);
}

QColor Theme::alertBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4a, 0x14, 0x1c) : QColor(0xfd, 0xe7, 0xea);
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace oneteam
