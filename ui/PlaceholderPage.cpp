#include "PlaceholderPage.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace oneteam {

PlaceholderPage::PlaceholderPage(const PageSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QLatin1String(spec.id) + QStringLiteral("Page"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("pageDescription"));

    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(12);
    m_notice->setStyleSheet(QStringLiteral("QLabel#pageNotice { background: palette(alternate-base); }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_title->setText(PageCatalog::title(m_spec));
    m_description->setText(PageCatalog::description(m_spec));
    const QString arrives = PageCatalog::arrivesWith(m_spec);
    m_notice->setVisible(!arrives.isEmpty());
    m_notice->setText(tr("Not available yet.") + QLatin1Char(' ') + arrives);
}

} // namespace oneteam
