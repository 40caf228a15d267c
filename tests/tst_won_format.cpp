#include "WonFormat.h"

#include <QTest>

#include <limits>

using oneteam::WonFormat;

class TestWonFormat : public QObject
{
    Q_OBJECT
private slots:
    void korean_data();
    void korean();
    void english_data();
    void english();
    void extremes();
};

void TestWonFormat::korean_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ai budget proposal") << Q_INT64_C(10'100'000'000'000) << QStringLiteral("10조 1000억 원");
    QTest::newRow("enacted") << Q_INT64_C(9'900'000'000'000) << QStringLiteral("9조 9000억 원");
    QTest::newRow("AX") << Q_INT64_C(2'600'000'000'000) << QStringLiteral("2조 6000억 원");
    QTest::newRow("one jo") << Q_INT64_C(1'000'000'000'000) << QStringLiteral("1조 원");
    QTest::newRow("eok and man") << Q_INT64_C(530'000'000) << QStringLiteral("5억 3000만 원");
    QTest::newRow("with units below man") << Q_INT64_C(1'2345) << QStringLiteral("1만 2345원");
    QTest::newRow("zero") << Q_INT64_C(0) << QStringLiteral("0원");
    QTest::newRow("negative") << Q_INT64_C(-200'000'000) << QStringLiteral("-2억 원");
}

void TestWonFormat::korean()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);
    QCOMPARE(WonFormat::format(won, WonFormat::Language::Korean), expected);
}

void TestWonFormat::english_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ai budget proposal")
        << Q_INT64_C(10'100'000'000'000) << QStringLiteral("KRW 10.1 trillion");
    QTest::newRow("AX") << Q_INT64_C(2'600'000'000'000) << QStringLiteral("KRW 2.6 trillion");
    QTest::newRow("rounds to thousandths")
        << Q_INT64_C(1'234'567'890'123) << QStringLiteral("KRW 1.235 trillion");
    QTest::newRow("billion") << Q_INT64_C(990'000'000'000) << QStringLiteral("KRW 990 billion");
    QTest::newRow("million") << Q_INT64_C(5'500'000) << QStringLiteral("KRW 5.5 million");
    QTest::newRow("small") << Q_INT64_C(12'345) << QStringLiteral("KRW 12,345");
    QTest::newRow("negative") << Q_INT64_C(-2'000'000'000) << QStringLiteral("-KRW 2 billion");
}

void TestWonFormat::english()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);
    QCOMPARE(WonFormat::format(won, WonFormat::Language::English), expected);
}

void TestWonFormat::extremes()
{
    // The extremes of qint64 must not overflow into nonsense.
    const QString max = WonFormat::format(std::numeric_limits<qint64>::max(), WonFormat::Language::Korean);
    QVERIFY2(max.startsWith(QStringLiteral("9,223,372조")), qPrintable(max));
    const QString min = WonFormat::format(std::numeric_limits<qint64>::min(), WonFormat::Language::English);
    QVERIFY2(min.startsWith(QStringLiteral("-KRW 9,223,372")), qPrintable(min));
}

QTEST_GUILESS_MAIN(TestWonFormat)
#include "tst_won_format.moc"
