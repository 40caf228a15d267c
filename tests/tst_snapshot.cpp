#include "CliTestSupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using oneteam::test::runCli;

namespace {

// The mean relative luminance (0 black, 1 white) of a sample of the image's pixels.
double meanLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 9) {
        for (int x = 0; x < image.width(); x += 9) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count ? sum / count : 0;
}

QProcess::ExitStatus runSnapshot(const QStringList& args, QProcess& process, bool withPassphrase = true)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ONETEAM_PASSPHRASE"));
    if (withPassphrase) {
        environment.insert(QStringLiteral("ONETEAM_PASSPHRASE"), QStringLiteral("pass"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ONETEAM_BIN_DIR "/oneteam"), args);
    process.waitForFinished(180000);
    return process.exitStatus();
}

} // namespace

// Runs the real executable the way the headless run and the docs do.
class TestSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesOnePngPerPage_data();
    void writesOnePngPerPage();
    void welcomeWithoutVault();
    void refusesUnknownLanguageAndTheme();
    void asksForThePassphraseWithoutTryingOne();

private:
    QTemporaryDir m_dir;
    QString m_vault;
};

void TestSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.filePath(QStringLiteral("sample.otvault"));
    const auto init =
        runCli({QStringLiteral("init"), QStringLiteral("--vault"), m_vault, QStringLiteral("--site-name"),
                QStringLiteral("Secretariat"), QStringLiteral("--role"), QStringLiteral("secretariat"),
                QStringLiteral("--kdf"), QStringLiteral("10,8,1")});
    QVERIFY2(init.code == 0, init.err.constData());
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--vault"), m_vault});
    QVERIFY2(demo.code == 0, demo.err.constData());
}

void TestSnapshot::writesOnePngPerPage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("theme");
    QTest::newRow("en light") << QStringLiteral("en") << QStringLiteral("light");
    QTest::newRow("ko dark") << QStringLiteral("ko") << QStringLiteral("dark");
    QTest::newRow("ko high-contrast") << QStringLiteral("ko") << QStringLiteral("high-contrast");
}

void TestSnapshot::writesOnePngPerPage()
{
    QFETCH(QString, lang);
    QFETCH(QString, theme);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    QCOMPARE(runSnapshot({QStringLiteral("--snapshot"), dir.path(), QStringLiteral("--lang"), lang,
                          QStringLiteral("--theme"), theme, QStringLiteral("--vault"), m_vault},
                         process),
             QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QStringList pages{
        QStringLiteral("dashboard"),  QStringLiteral("resolutions"),  QStringLiteral("actions"),
        QStringLiteral("caios"),      QStringLiteral("taskforces"),   QStringLiteral("budget"),
        QStringLiteral("indicators"), QStringLiteral("partnerships"), QStringLiteral("milestones"),
        QStringLiteral("ministries"), QStringLiteral("people"),       QStringLiteral("sync"),
        QStringLiteral("audit"),      QStringLiteral("reports")};
    const QStringList written = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files);
    for (const QString& page : pages) {
        QVERIFY2(written.contains(page + QStringLiteral(".png")), qPrintable(page));
    }
    QVERIFY(written.contains(QStringLiteral("dashboard-ministry.png")));
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
        // The theme is what the page is painted in: light pages are mostly light, dark and
        // high-contrast ones mostly dark (charts and tables included).
        const double lightness = meanLightness(image);
        if (theme == QLatin1String("light")) {
            QVERIFY2(lightness > 0.7, qPrintable(page + QStringLiteral(": %1").arg(lightness)));
        } else {
            QVERIFY2(lightness < 0.3, qPrintable(page + QStringLiteral(": %1").arg(lightness)));
        }
    }
    for (const QString& dialog :
         {QStringLiteral("unlock"), QStringLiteral("create-vault"), QStringLiteral("preferences"),
          QStringLiteral("keyboard-shortcuts"), QStringLiteral("welcome")}) {
        const QImage image(
            QDir(dir.path()).filePath(QStringLiteral("dialogs/") + dialog + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(dialog));
    }
}

void TestSnapshot::welcomeWithoutVault()
{
    QTemporaryDir dir;
    QProcess process;
    QCOMPARE(runSnapshot(
                 {QStringLiteral("--snapshot"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")},
                 process),
             QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files),
             QStringList{QStringLiteral("welcome.png")});
}

void TestSnapshot::refusesUnknownLanguageAndTheme()
{
    for (const QStringList& bad : {QStringList{QStringLiteral("--lang"), QStringLiteral("xx")},
                                   QStringList{QStringLiteral("--theme"), QStringLiteral("purple")}}) {
        QTemporaryDir dir;
        QProcess process;
        QCOMPARE(runSnapshot(QStringList{QStringLiteral("--snapshot"), dir.path()} + bad, process),
                 QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.png")}).isEmpty());
    }
}

void TestSnapshot::asksForThePassphraseWithoutTryingOne()
{
    QTemporaryDir dir;
    QProcess process;
    QCOMPARE(runSnapshot({QStringLiteral("--snapshot"), dir.path(), QStringLiteral("--vault"), m_vault},
                         process, false),
             QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("ONETEAM_PASSPHRASE"));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.png")}).isEmpty());
    // Nothing was tried, so the next unlock finds no failed attempt to log.
    const auto log =
        runCli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--vault"), m_vault});
    QVERIFY2(log.code == 0, log.err.constData());
    QVERIFY(log.out.contains("Created"));
    QVERIFY2(!log.out.contains("Failed unlock"), log.out.constData());
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
