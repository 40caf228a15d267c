// The start-up benchmark's baseline: a bare Qt Widgets program with a main window of the
// same size as OneTeam's (menu bar, a navigation list, a page, a status bar). It prints a
// line once its first frame is on screen, as `oneteam --startup-time` does, and quits.

#include "AfterPaint.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    for (const char* menu : {"File", "Edit", "Vault", "View", "Help"}) {
        window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Item"));
    }
    auto* central = new QWidget(&window);
    auto* layout = new QHBoxLayout(central);
    auto* navigation = new QListWidget(central);
    for (int i = 0; i < 14; ++i) {
        navigation->addItem(QStringLiteral("Page %1").arg(i + 1));
    }
    layout->addWidget(navigation);
    layout->addWidget(new QLabel(QStringLiteral("A page"), central), 1);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    oneteam::AfterPaint afterPaint(&window);
    afterPaint.arm([&app] {
        std::printf("First window shown.\n");
        std::fflush(stdout);
        app.quit();
    });
    window.show();
    return QApplication::exec();
}
