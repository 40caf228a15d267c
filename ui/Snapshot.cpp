#include "Snapshot.h"

#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace oneteam {

QStringList Snapshot::writeAll(MainWindow& window, const QString& directory, QString* error)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QApplication::translate("Snapshot", "Cannot create the folder %1.").arg(directory);
        return {};
    }
    window.show();
    QStringList written;
    for (const QString& id : window.pageIds()) {
        window.showPage(id);
        QApplication::processEvents();
        const QString path = dir.filePath(id + QStringLiteral(".png"));
        if (!window.grab().save(path, "PNG")) {
            *error = QApplication::translate("Snapshot", "Cannot write %1.").arg(path);
            return {};
        }
        written << path;
    }
    return written;
}

} // namespace oneteam
