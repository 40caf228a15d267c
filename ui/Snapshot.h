#pragma once

#include <QString>
#include <QStringList>

namespace oneteam {

class MainWindow;

// Renders every main page of a window to DIR/<page>.png: for the headless run, the
// documentation's screenshots and the GUI tests.
class Snapshot
{
public:
    // Returns the files written; on failure, an empty list and a message in *error.
    static QStringList writeAll(MainWindow& window, const QString& directory, QString* error);
};

} // namespace oneteam
