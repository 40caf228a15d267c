#include "RecordService.h"
#include "RecordType.h"
#include "RecordValidator.h"
#include "UiLanguage.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace oneteam;
using namespace oneteam::test;

// Messages from every layer reach the user in Korean: a message whose context in the
// catalogue differs from the one the code asks for would silently stay English.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void everyLayerSpeaksKorean();

private:
    UiLanguage m_language;
};

namespace {

bool hasHangul(const QString& text)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return hangul.match(text).hasMatch();
}

} // namespace

void TestTranslations::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("ko")));
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ko") << QStringLiteral(ONETEAM_SOURCE_DIR "/translations/oneteam_ko.ts");
    QTest::newRow("en") << QStringLiteral(ONETEAM_SOURCE_DIR "/translations/oneteam_en.ts");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!type.isEmpty()) {
                unfinished << context + QStringLiteral(": ") + source + QStringLiteral(" (") + type +
                                  QLatin1Char(')');
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 400);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::everyLayerSpeaksKorean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ko.otvault"));
    {
        auto vault = Vault::create(path, secret("right"), secretariat(), cheapOptions());
        QVERIFY(vault);
    }
    // storage/: the vault and the record store.
    auto wrong = Vault::open(path, secret("wrong"), cheapOptions());
    QVERIFY(!wrong);
    QVERIFY2(hasHangul(wrong.error().message), qPrintable(wrong.error().message));
    auto vault = Vault::open(path, secret("right"), cheapOptions());
    QVERIFY(vault);
    RecordStore store(**vault);
    auto missing = store.get(QStringLiteral("no-such-id"));
    QVERIFY2(hasHangul(missing.error().message), qPrintable(missing.error().message));

    // models/: the validator and the role rules.
    const RecordType& budget = *RecordType::find(QStringLiteral("budget"));
    const auto issues = RecordValidator::validate(budget, {{QStringLiteral("proposal"), 1.5}});
    QVERIFY(!issues.isEmpty());
    for (const FieldIssue& issue : issues) {
        QVERIFY2(hasHangul(issue.message), qPrintable(issue.message));
    }
    RecordService auditor(store, QStringLiteral("auditor"));
    const QString refusal = auditor.refusal(budget, {}, {}, true, false);
    QVERIFY2(hasHangul(refusal), qPrintable(refusal));
    QVERIFY2(hasHangul(budget.translatedTitle()), qPrintable(budget.translatedTitle()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
