#pragma once

#include "PageCatalog.h"

#include <QWidget>

class QLabel;

namespace oneteam {

// A page whose content a later piece of work fills: it says in words what the page
// is for and that it is not available yet, never a blank.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(const PageSpec& spec, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const PageSpec& m_spec;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_notice;
};

} // namespace oneteam
