// Checking a report against the audit log (docs/audit-format.md, "Checking a report"):
// the head a report prints, read back as OneTeam writes it, and a report file's
// fingerprint, each vouched for only by an intact log of this site or of a trusted one.
#include "AuditLog.h"
#include "Sites.h"
#include "SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oneteam;
using namespace oneteam::test;

namespace {

QJsonObject note(const QString& title)
{
    return {{QStringLiteral("title"), title}};
}

} // namespace

class TestAuditReports : public QObject
{
    Q_OBJECT
private slots:
    void reportHeadsAreReadAndChecked();
    void reportChecksNeedATrustedIntactLog();
};

// A report's head as OneTeam writes it is read back, and found (or not) in the verified
// log; a head in a log that no longer verifies proves nothing.
void TestAuditReports::reportHeadsAreReadAndChecked()
{
    const QString hex = QStringLiteral("2c7e11c701b6f959c345cf69c063fb0f");
    const QList<std::pair<QString, qint64>> accepted{
        {QStringLiteral("68:") + hex, 68},
        {QStringLiteral(" 68 : ") + hex.toUpper() + QStringLiteral("…"), 68},
        {QStringLiteral("entry 1,068, ") + hex, 1068},
        {QStringLiteral("1,068번 항목, ") + hex, 1068},
        {QStringLiteral("OneTeam, audit chain head ") + hex + QStringLiteral(" (entry 68)"), 68},
    };
    for (const auto& [text, seq] : accepted) {
        const auto head = ReportHead::parse(text);
        QVERIFY2(head, qPrintable(text));
        QCOMPARE(head->seq, seq);
        QCOMPARE(head->hex, hex.toLatin1());
    }
    const QStringList refused{QStringLiteral("68"), QStringLiteral("68:2c7e11c7"), QStringLiteral("0:") + hex,
                              QStringLiteral("entry 68 ") + hex,
                              QStringLiteral("68:") + hex + QStringLiteral("zz"),
                              // A PDF footer: the site name holds a digit, and there is no entry number.
                              QStringLiteral("세종 2청사 · 사무국 · 감사 헤드 2c7e11c701b6f959")};
    for (const QString& text : refused) {
        QVERIFY2(!ReportHead::parse(text), qPrintable(text));
    }

    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    for (int i = 0; i < 6; ++i) {
        QVERIFY(site->store->put(QStringLiteral("resolution"), {}, note(QStringLiteral("R%1").arg(i))));
    }
    AuditLog log(*site->vault);
    auto signedHead = log.signedLocalHead();
    QVERIFY(signedHead);
    const qint64 seq = signedHead->first;
    const QByteArray chain = signedHead->second.toHex().left(32);
    const auto check = [&](qint64 entry, const QByteArray& prefix) {
        auto verified = log.verify();
        auto result = log.checkHead(*verified, ReportHead{entry, prefix});
        return result ? *result : HeadCheck{};
    };
    HeadCheck found = check(seq, chain);
    QCOMPARE(found.outcome, HeadCheck::Outcome::Found);
    QCOMPARE(found.siteName, QStringLiteral("secretariat"));
    QVERIFY(found.text().contains(QStringLiteral("is in the verified log of secretariat")));
    QByteArray other = chain;
    other[0] = other[0] == 'a' ? 'b' : 'a';
    QCOMPARE(check(seq, other).outcome, HeadCheck::Outcome::OtherHistory);
    const HeadCheck later = check(seq + 100, chain);
    QCOMPARE(later.outcome, HeadCheck::Outcome::NotReached);
    QCOMPARE(later.shortLogs, QStringList{QStringLiteral("secretariat")});
    // An earlier entry altered: the head is still there, in a log that does not verify.
    Vault& vault = *site->vault;
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    QCOMPARE(execSql(vault, "UPDATE audit_entry SET summary = '{}' WHERE seq = 3"), SQLITE_OK);
    const HeadCheck broken = check(seq, chain);
    QCOMPARE(broken.outcome, HeadCheck::Outcome::InBrokenLog);
    QVERIFY(broken.text().contains(QStringLiteral("proves nothing")));
    QCOMPARE(execSql(vault, "ROLLBACK"), SQLITE_OK);
}

// A report file or head vouches only through a log that verifies, of this site or of one
// this vault trusts; another site listing the same file is named.
void TestAuditReports::reportChecksNeedATrustedIntactLog()
{
    QTemporaryDir dir;
    auto root = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    auto msit = makeSite(dir.path(), QStringLiteral("msit"), QStringLiteral("ministry:MSIT"));
    QVERIFY(root && msit);
    QVERIFY(enrol(*root, {{msit.get(), QStringLiteral("ministry:MSIT")}}, dir.path()));
    const QString path = dir.filePath(QStringLiteral("caio.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFministry,rank\r\nMSIT,vice-minister\r\n");
    file.close();
    const QByteArray hash = AuditLog::fileFingerprint(path);
    QCOMPARE(hash.size(), 64);
    const QJsonObject summary{{QStringLiteral("kind"), QStringLiteral("caio")},
                              {QStringLiteral("format"), QStringLiteral("csv")},
                              {QStringLiteral("language"), QStringLiteral("en")},
                              {QStringLiteral("head"), 1},
                              {QStringLiteral("sha256"), QJsonArray{QString::fromLatin1(hash)}}};
    QVERIFY(
        AuditLog(*msit->vault).append(QLatin1String(audit::kReport), QStringLiteral("caio.csv"), summary));
    auto msitHead = AuditLog(*msit->vault).signedLocalHead();
    QVERIFY(msitHead);
    QVERIFY(root->sync->import(bundleFor(*msit, {root->id}, dir.path()), QStringLiteral("m.otbundle")));

    AuditLog log(*root->vault);
    const auto fileCheck = [&](const QString& which) {
        auto verified = log.verify();
        auto result = log.checkReportFile(*verified, which);
        return result ? *result : ReportFileCheck{};
    };
    const auto headCheck = [&]() {
        auto verified = log.verify();
        auto result =
            log.checkHead(*verified, ReportHead{msitHead->first, msitHead->second.toHex().left(32)});
        return result ? *result : HeadCheck{};
    };
    ReportFileCheck found = fileCheck(path);
    QCOMPARE(found.outcome, ReportFileCheck::Outcome::Found);
    QCOMPARE(found.siteName, QStringLiteral("msit"));
    QVERIFY2(found.text().contains(QStringLiteral("caio.csv is unchanged since msit exported it")),
             qPrintable(found.text()));
    QCOMPARE(headCheck().outcome, HeadCheck::Outcome::Found);
    QVERIFY(!log.checkReportFile(*log.verify(), dir.filePath(QStringLiteral("none.csv"))));
    // Named, the site decides: MSIT's head is not the secretariat's.
    {
        const ReportHead msitReport{msitHead->first, msitHead->second.toHex().left(32)};
        auto verified = log.verify();
        QCOMPARE(log.checkHead(*verified, msitReport, msit->id)->outcome, HeadCheck::Outcome::Found);
        const HeadCheck other = *log.checkHead(*verified, msitReport, root->id);
        QVERIFY(other.outcome == HeadCheck::Outcome::OtherHistory ||
                other.outcome == HeadCheck::Outcome::NotReached);
        // ... and the verdict names the site whose log holds it: the wrong site was asked
        // about, or the report names the wrong one.
        QCOMPARE(other.site, root->id);
        QCOMPARE(other.elsewhere, QStringList{QStringLiteral("msit")});
        QVERIFY2(
            other.text().contains(QStringLiteral("secretariat")) &&
                other.text().contains(QStringLiteral("is in the log of msit: check which site the report "
                                                     "names")),
            qPrintable(other.text()));
        // Not found anywhere: nothing is named.
        const HeadCheck nowhere = *log.checkHead(*verified, ReportHead{1, QByteArray(32, '0')}, root->id);
        QCOMPARE(nowhere.outcome, HeadCheck::Outcome::OtherHistory);
        QVERIFY(nowhere.elsewhere.isEmpty());
        QVERIFY2(
            nowhere.text().startsWith(QStringLiteral("Entry 1 of secretariat's log has another chain value")),
            qPrintable(nowhere.text()));
        // The site named: its whole id, 8 or more of its first characters, or its name.
        QCOMPARE(*findReportSite(*verified, msit->id.toUpper()), msit->id);
        QCOMPARE(*findReportSite(*verified, msit->id.left(8)), msit->id);
        QCOMPARE(*findReportSite(*verified, QStringLiteral(" MSIT ")), msit->id);
        QVERIFY(!findReportSite(*verified, msit->id.left(7)));
        // A name that is another site's id prefix: the id wins, so a name cannot hide a site.
        QList<ChainStatus> lookalike = *verified;
        lookalike[0].name = lookalike[1].site.left(8);
        QCOMPARE(*findReportSite(lookalike, lookalike[1].site.left(8)), lookalike[1].site);
        // Two ids that share their first characters: ambiguous, and the list tells them apart.
        QList<ChainStatus> twins = *verified;
        twins[0].site = QStringLiteral("09a6bf6d-da9f-4709-b20b-7b84f0326acb");
        twins[1].site = QStringLiteral("09a6bf6d-da8f-4709-b20b-7b84f0326acb");
        auto ambiguous = findReportSite(twins, QStringLiteral("09A6BF6D"));
        QVERIFY(!ambiguous);
        QVERIFY2(ambiguous.error().message.contains(QStringLiteral("(09a6bf6d-da9)")) &&
                     ambiguous.error().message.contains(QStringLiteral("(09a6bf6d-da8)")),
                 qPrintable(ambiguous.error().message));
        QCOMPARE(*findReportSite(twins, QStringLiteral("09a6bf6d-da8")), twins[1].site);
        QCOMPARE(shortSiteId(twins[0].site, {twins[0].site, twins[1].site}), QStringLiteral("09a6bf6d-da9"));
        QCOMPARE(shortSiteId(twins[0].site, {}), QStringLiteral("09a6bf6d"));
        const ReportHead far{msitHead->first + 1000, msitReport.hex};
        const HeadCheck notYet = *log.checkHead(*verified, far, msit->id);
        QCOMPARE(notYet.outcome, HeadCheck::Outcome::NotReached);
        QCOMPARE(notYet.shortLogs, QStringList{QStringLiteral("msit")});
    }

    // No longer trusted: its log vouches for nothing.
    QVERIFY(Sites(*root->vault).distrust(msit->id));
    const ReportFileCheck distrusted = fileCheck(path);
    QCOMPARE(distrusted.outcome, ReportFileCheck::Outcome::Untrusted);
    QVERIFY(distrusted.text().contains(QStringLiteral("no longer trusts msit")));
    QCOMPARE(headCheck().outcome, HeadCheck::Outcome::Untrusted);
    // ... but this site's own entry for the same file does, and names the other.
    QVERIFY(log.append(QLatin1String(audit::kReport), QStringLiteral("caio.csv"), summary));
    const ReportFileCheck own = fileCheck(path);
    QCOMPARE(own.outcome, ReportFileCheck::Outcome::Found);
    QCOMPARE(own.siteName, QStringLiteral("secretariat"));
    QCOMPARE(own.otherSites, QStringList{QStringLiteral("msit")});

    // A log that no longer verifies vouches for nothing either.
    Vault& vault = *root->vault;
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    QCOMPARE(execSql(vault, "UPDATE audit_entry SET at = '2020-01-01T00:00:00.000Z' WHERE action = 'report'"),
             SQLITE_OK);
    const ReportFileCheck broken = fileCheck(path);
    QCOMPARE(broken.outcome, ReportFileCheck::Outcome::InBrokenLog);
    QVERIFY(broken.text().contains(QStringLiteral("proves nothing")));
    QCOMPARE(execSql(vault, "ROLLBACK"), SQLITE_OK);
    // A changed copy is found nowhere.
    QVERIFY(file.open(QIODevice::Append));
    file.write("MOE,director-general\r\n");
    file.close();
    QCOMPARE(fileCheck(path).outcome, ReportFileCheck::Outcome::NotFound);
}

QTEST_GUILESS_MAIN(TestAuditReports)
#include "tst_audit_reports.moc"
