#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real executable the way the headless run and the docs do.
class TestSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void writesOnePngPerPage_data();
    void writesOnePngPerPage();
    void refusesUnknownLanguage();
};

void TestSnapshot::writesOnePngPerPage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void TestSnapshot::writesOnePngPerPage()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam"),
                  {QStringLiteral("--snapshot"), dir.path(), QStringLiteral("--lang"), lang});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QStringList pages{
        QStringLiteral("dashboard"),  QStringLiteral("resolutions"),  QStringLiteral("actions"),
        QStringLiteral("caios"),      QStringLiteral("taskforces"),   QStringLiteral("budget"),
        QStringLiteral("indicators"), QStringLiteral("partnerships"), QStringLiteral("milestones"),
        QStringLiteral("ministries"), QStringLiteral("people"),       QStringLiteral("sync"),
        QStringLiteral("audit"),      QStringLiteral("reports")};
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size(), pages.size());
    QImage previous;
    for (const QString& page : pages) {
        QImage image(QDir(dir.path()).filePath(page + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank: the page holds more than a couple of colours, and differs from the last.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 4, qPrintable(page));
        QVERIFY(image != previous);
        previous = image;
    }
}

void TestSnapshot::refusesUnknownLanguage()
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam"),
                  {QStringLiteral("--snapshot"), dir.path(), QStringLiteral("--lang"), QStringLiteral("xx")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.png")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
