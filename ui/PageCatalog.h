#pragma once

#include <QString>
#include <QStringList>

namespace oneteam {

// The areas of the product, in navigation order. Titles and descriptions are
// translated where they are shown, so switching the language redraws them.
struct PageSpec
{
    const char* id;          // stable, used for snapshots and tests ("dashboard")
    const char* title;       // source text, translated in the "Pages" context
    const char* description; // what the page is for
    const char* arrivesWith; // what is still to come, or nullptr once the page is built
};

class PageCatalog
{
public:
    static const PageSpec* pages(int* count);
    static QStringList ids();
    static QString title(const PageSpec& page);
    static QString description(const PageSpec& page);
    static QString arrivesWith(const PageSpec& page);
};

} // namespace oneteam
