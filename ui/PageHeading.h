#pragma once

#include <QLabel>
#include <QWidget>

namespace oneteam {

// The large title and the description a page opens with (their texts come from
// PageCatalog when the page retranslates).
struct PageHeading
{
    QLabel* title;
    QLabel* description;

    static PageHeading make(QWidget* page)
    {
        auto* title = new QLabel(page);
        title->setObjectName(QStringLiteral("pageTitle"));
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        font.setBold(true);
        title->setFont(font);
        auto* description = new QLabel(page);
        description->setObjectName(QStringLiteral("pageDescription"));
        description->setWordWrap(true);
        return {title, description};
    }
};

} // namespace oneteam
