#include "Snapshot.h"

#include "ChangePassphraseDialog.h"
#include "CreateVaultDialog.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "RecordListPage.h"
#include "RecordTableModel.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "UnlockDialog.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMenuBar>
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
    // Without a vault the window shows the welcome page only: that is the snapshot.
    const QStringList pages = window.vault() ? window.pageIds() : QStringList();
    if (!window.vault()) {
        QApplication::processEvents();
        const QString path = dir.filePath(QStringLiteral("welcome.png"));
        if (!window.grab().save(path, "PNG")) {
            *error = QApplication::translate("Snapshot", "Cannot write %1.").arg(path);
            return {};
        }
        written << path;
    }
    for (const QString& id : pages) {
        window.showPage(id);
        QApplication::processEvents();
        // A record page shows its first record in the editor, as after a click.
        if (auto* page = window.findChild<RecordListPage*>(id + QStringLiteral("Page"));
            page && page->model()->rowCount() > 0) {
            page->showRecord(page->model()->index(0, 0).data(RecordTableModel::IdRole).toString());
            QApplication::processEvents();
        }
        const QString path = dir.filePath(id + QStringLiteral(".png"));
        if (!window.grab().save(path, "PNG")) {
            *error = QApplication::translate("Snapshot", "Cannot write %1.").arg(path);
            return {};
        }
        written << path;
    }
    // Each dashboard chart on its own, as "Save as PNG" writes it (the page shows only the
    // first rows at once).
    if (auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        dashboard && window.vault()) {
        window.showPage(QStringLiteral("dashboard"));
        QApplication::processEvents();
        QDir charts(dir.filePath(QStringLiteral("charts")));
        charts.mkpath(QStringLiteral("."));
        for (const QString& name :
             {QStringLiteral("budgetStages"), QStringLiteral("budgetCategories"),
              QStringLiteral("budgetMinistries"), QStringLiteral("indicator"), QStringLiteral("caio"),
              QStringLiteral("resolutions"), QStringLiteral("resolutionKeywords"),
              QStringLiteral("budgetKeywords"), QStringLiteral("timelineChart")}) {
            if (dashboard->chart(name)) {
                dashboard->saveChart(name, charts.filePath(name + QStringLiteral(".png")));
            }
        }
    }
    // The dashboard as one ministry's officer sees it (MSIT, as the sample has its figures).
    if (auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        dashboard && window.vault()) {
        auto* view = dashboard->findChild<QComboBox*>(QStringLiteral("dashboardView"));
        if (view && view->count() > 1) {
            const int msit = view->findText(QStringLiteral("MSIT"));
            window.showPage(QStringLiteral("dashboard"));
            dashboard->setViewedMinistry(view->itemData(msit > 0 ? msit : 1).toString());
            QApplication::processEvents();
            const QString path = dir.filePath(QStringLiteral("dashboard-ministry.png"));
            if (window.grab().save(path, "PNG")) {
                written << path;
            }
            dashboard->setViewedMinistry(QString());
        }
    }
    // The vault dialogs, as a user meets them (nothing is created or unlocked here).
    QDir dialogs(dir.filePath(QStringLiteral("dialogs")));
    dialogs.mkpath(QStringLiteral("."));
    const auto grab = [&dialogs](QWidget& widget, const QString& name) {
        widget.show();
        QApplication::processEvents();
        widget.grab().save(dialogs.filePath(name + QStringLiteral(".png")), "PNG");
        widget.hide();
    };
    UnlockDialog unlock(QStringLiteral("secretariat.otvault"),
                        [](const SecureBytes&, bool) { return Status(); });
    grab(unlock, QStringLiteral("unlock"));
    CreateVaultDialog create(QStringLiteral("/home/user/secretariat.otvault"),
                             [](const QString&, const SiteInfo&, const SecureBytes&) { return Status(); });
    grab(create, QStringLiteral("create-vault"));
    ChangePassphraseDialog change([](const SecureBytes&) { return Status(); });
    grab(change, QStringLiteral("change-passphrase"));
    RecoveryKeyDialog recovery(
        QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH-IJKLM-NOPQR-STUVW"));
    grab(recovery, QStringLiteral("recovery-key"));
    SettingsDialog settings;
    grab(settings, QStringLiteral("preferences"));
    ShortcutsDialog shortcuts(window.menuBar());
    grab(shortcuts, QStringLiteral("keyboard-shortcuts"));
    // The first-run page, at the window's size, as a user without a vault sees it.
    WelcomePage welcome;
    welcome.refresh();
    welcome.resize(window.size());
    grab(welcome, QStringLiteral("welcome"));
    return written;
}

} // namespace oneteam
