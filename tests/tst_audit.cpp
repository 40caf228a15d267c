// The audit log (docs/audit-format.md): every local write, sync, export and vault event
// is an entry in this site's hash chain; chains travel in bundles and verify at the
// auditor; an exported log shows which entry was altered, deleted, moved or forged.
#include "AuditLog.h"
#include "AuditText.h"
#include "Sites.h"
#include "SyncTestSupport.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <limits>

using namespace oneteam;
using namespace oneteam::test;

namespace {

QJsonObject note(const QString& title)
{
    return {{QStringLiteral("title"), title}};
}

QList<AuditEntry> all(Vault& vault, const QString& site = {})
{
    AuditFilter filter;
    filter.site = site;
    auto entries = AuditLog(vault).entries(filter);
    return entries ? *entries : QList<AuditEntry>();
}

const ChainStatus* statusOf(const QList<ChainStatus>& chains, const QString& site)
{
    for (const ChainStatus& chain : chains) {
        if (chain.site == site) {
            return &chain;
        }
    }
    return nullptr;
}

// The exported file's JSON body and its signature block, for editing as an attacker would.
struct ExportedFile
{
    QJsonObject body;
    QByteArray signatureBlock;

    static ExportedFile split(const QByteArray& bytes)
    {
        const qsizetype at = bytes.indexOf("-----BEGIN ONETEAM AUDIT SIGNATURE-----");
        return {QJsonDocument::fromJson(bytes.left(at)).object(), bytes.mid(at)};
    }
    QByteArray join() const { return QJsonDocument(body).toJson(QJsonDocument::Indented) + signatureBlock; }

    QJsonArray entriesOf(int chain) const
    {
        return body[QStringLiteral("chains")]
            .toArray()
            .at(chain)
            .toObject()[QStringLiteral("entries")]
            .toArray();
    }
    void setEntries(int chain, const QJsonArray& entries)
    {
        QJsonArray chains = body[QStringLiteral("chains")].toArray();
        QJsonObject object = chains.at(chain).toObject();
        object[QStringLiteral("entries")] = entries;
        chains[chain] = object;
        body[QStringLiteral("chains")] = chains;
    }
};

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // ctest gives each test its own XDG folders; run by hand, Qt's test mode keeps them apart.
        QStandardPaths::setTestModeEnabled(qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
    }
    void everyLocalWriteIsChained();
    void alteredDeletedAndForgedEntriesInTheVaultAreNamed();
    void exportedLogVerifiesElsewhere();
    void exportedLogNamesWhatWasChanged();
    void chainsTravelInBundlesAndVerifyAtTheAuditor();
    void alteredChainInABundleIsRefused();
    void oversizedEntriesStillTravel();
    void failedUnlocksAndPassphraseChangesAreLogged();
    void manyFailedUnlocksAreCountedNotDropped();
    void bundleEntriesCountInWords();
    void chainBytesMatchTheFormat();
    void canonicalBytesAreQCborValuesBytes();
};

void TestAudit::everyLocalWriteIsChained()
{
    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    auto id = site->store->put(QStringLiteral("resolution"), {}, note(QStringLiteral("First")));
    QVERIFY(id);
    QVERIFY(site->store->put(QStringLiteral("resolution"), *id, note(QStringLiteral("Second"))));
    // Writing the same fields again changes nothing and logs nothing.
    QVERIFY(site->store->put(QStringLiteral("resolution"), *id, note(QStringLiteral("Second"))));
    QVERIFY(site->store->remove(*id));
    QVERIFY(site->store->restore(*id));

    AuditFilter history;
    history.target = QStringLiteral("resolution/") + *id;
    auto entries = AuditLog(*site->vault).entries(history);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 4); // newest first
    QCOMPARE(entries->at(3).action, QStringLiteral("create"));
    QCOMPARE(entries->at(2).action, QStringLiteral("update"));
    QCOMPARE(QJsonDocument::fromJson(
                 entries->at(2).summary.toUtf8())[QStringLiteral("fields")][QStringLiteral("title")]
                 .toString(),
             QStringLiteral("Second"));
    QCOMPARE(entries->at(1).action, QStringLiteral("delete"));
    QCOMPARE(entries->at(0).action, QStringLiteral("restore"));
    // The whole log: the vault's creation first, one chain, intact.
    const QList<AuditEntry> log = all(*site->vault);
    QCOMPARE(log.last().action, QStringLiteral("vault-created"));
    QCOMPARE(log.last().seq, 1);
    QCOMPARE(log.first().seq, log.size());
    auto verified = AuditLog(*site->vault).verify();
    QVERIFY(verified);
    QCOMPARE(verified->size(), 1);
    QVERIFY2(verified->first().intact, qPrintable(verified->first().problem));
    QCOMPARE(verified->first().count, 5);
    // Filters: by action, by text.
    AuditFilter byAction;
    byAction.action = QStringLiteral("update");
    QCOMPARE(*AuditLog(*site->vault).count(byAction), 1);
    AuditFilter byText;
    byText.text = QStringLiteral("secOND");
    QCOMPARE(*AuditLog(*site->vault).count(byText), 1);
}

void TestAudit::alteredDeletedAndForgedEntriesInTheVaultAreNamed()
{
    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    for (int i = 0; i < 6; ++i) {
        QVERIFY(site->store->put(QStringLiteral("resolution"), {}, note(QStringLiteral("R%1").arg(i))));
    }
    QVERIFY(AuditLog(*site->vault).signHead());
    const auto problemAt = [&site]() {
        auto verified = AuditLog(*site->vault).verify();
        return verified && !verified->isEmpty() && !verified->first().intact ? verified->first().brokenAt
                                                                             : qint64(-1);
    };
    QCOMPARE(problemAt(), qint64(-1));
    Vault& vault = *site->vault;
    // An altered summary.
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    QCOMPARE(
        execSql(vault, "UPDATE audit_entry SET summary = '{\"fields\":{\"title\":\"R9\"}}' WHERE seq = 4"),
        SQLITE_OK);
    QCOMPARE(problemAt(), qint64(4));
    QCOMPARE(execSql(vault, "ROLLBACK"), SQLITE_OK);
    // A deleted entry.
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    QCOMPARE(execSql(vault, "DELETE FROM audit_entry WHERE seq = 3"), SQLITE_OK);
    QCOMPARE(problemAt(), qint64(3));
    auto verified = AuditLog(vault).verify();
    QVERIFY(verified->first().problem.contains(QStringLiteral("missing")));
    QCOMPARE(execSql(vault, "ROLLBACK"), SQLITE_OK);
    // A whole chain rewritten from entry 2 on, chain values and head included: only the
    // signature tells.
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    {
        QList<AuditEntry> entries = all(vault);
        std::reverse(entries.begin(), entries.end());
        QByteArray chain = changelog::genesis();
        for (AuditEntry& entry : entries) {
            if (entry.seq == 2) {
                entry.summary = QStringLiteral("{}");
            }
            chain = audit::next(chain, entry);
            Statement update(vault.handle(), "UPDATE audit_entry SET summary = ?, chain = ? WHERE seq = ?");
            QCOMPARE(update.bind(1, entry.summary).bindBlob(2, chain).bind(3, entry.seq).exec(), SQLITE_OK);
        }
        Statement head(vault.handle(), "UPDATE audit_head SET chain = ?, signed_chain = ?");
        QCOMPARE(head.bindBlob(1, chain).bindBlob(2, chain).exec(), SQLITE_OK);
    }
    QCOMPARE(problemAt(), qint64(0));
    verified = AuditLog(vault).verify();
    QVERIFY(verified->first().problem.contains(QStringLiteral("signature")));
    QCOMPARE(execSql(vault, "ROLLBACK"), SQLITE_OK);
    QCOMPARE(problemAt(), qint64(-1));
}

void TestAudit::exportedLogVerifiesElsewhere()
{
    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    QVERIFY(site->store->put(QStringLiteral("resolution"), {}, note(QStringLiteral("Kept"))));
    auto file = AuditLog(*site->vault).exportFile(QStringLiteral("audit.json"));
    QVERIFY(file);
    // The export itself is the last entry the file holds.
    QCOMPARE(all(*site->vault).first().action, QStringLiteral("audit-export"));
    QVERIFY(file->contains("\"action\": \"audit-export\""));
    auto check = AuditLog::verifyFile(*file, fingerprintOf(*site));
    QVERIFY2(check, check ? "" : qPrintable(check.error().message));
    QVERIFY(check->intact());
    QCOMPARE(check->chains.size(), 1);
    QCOMPARE(check->chains.first().count, 3);
    QCOMPARE(check->exportedBy, QStringLiteral("secretariat"));
    QCOMPARE(check->rootFingerprint, fingerprintOf(*site));
    // Another root's fingerprint: refused before anything is believed.
    auto other = makeSite(dir.path(), QStringLiteral("other"), QStringLiteral("secretariat"));
    QVERIFY(other);
    auto wrongRoot = AuditLog::verifyFile(*file, fingerprintOf(*other));
    QVERIFY(!wrongRoot);
    QCOMPARE(wrongRoot.error().code, StorageErrorCode::Tampered);
    // Not a log at all.
    QCOMPARE(AuditLog::verifyFile("hello").error().code, StorageErrorCode::Tampered);
}

void TestAudit::exportedLogNamesWhatWasChanged()
{
    QTemporaryDir dir;
    auto site = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    QVERIFY(site);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(site->store->put(QStringLiteral("resolution"), {}, note(QStringLiteral("R%1").arg(i))));
    }
    auto file = AuditLog(*site->vault).exportFile(QStringLiteral("audit.json"));
    QVERIFY(file);
    const auto firstProblem = [](const QByteArray& bytes) -> std::pair<qint64, QString> {
        auto check = AuditLog::verifyFile(bytes);
        if (!check) {
            return {-2, check.error().message};
        }
        for (const ChainStatus& chain : check->chains) {
            if (!chain.intact) {
                return {chain.brokenAt, chain.problem};
            }
        }
        return {-1, QString()};
    };
    QCOMPARE(firstProblem(*file).first, qint64(-1));

    // A changed byte inside entry 4's target.
    {
        QByteArray bytes = *file;
        const qsizetype at = bytes.indexOf("\"seq\": 4");
        const qsizetype target = bytes.indexOf("\"target\": \"resolution/", at); // keys are sorted
        QVERIFY(at > 0 && target > 0);
        const qsizetype inId = target + qsizetype(strlen("\"target\": \"resolution/")) + 2;
        bytes[inId] = bytes[inId] == 'a' ? 'b' : 'a';
        const auto [brokenAt, problem] = firstProblem(bytes);
        QCOMPARE(brokenAt, qint64(4));
        QVERIFY2(problem.contains(QStringLiteral("entry 4")), qPrintable(problem));
    }
    // A deleted entry.
    {
        ExportedFile edited = ExportedFile::split(*file);
        QJsonArray entries = edited.entriesOf(0);
        entries.removeAt(2); // seq 3
        edited.setEntries(0, entries);
        const auto [brokenAt, problem] = firstProblem(edited.join());
        QCOMPARE(brokenAt, qint64(3));
        QVERIFY2(problem.contains(QStringLiteral("entry 3 is missing")), qPrintable(problem));
    }
    // A reordered pair.
    {
        ExportedFile edited = ExportedFile::split(*file);
        QJsonArray entries = edited.entriesOf(0);
        const QJsonValue third = entries.at(2);
        entries[2] = entries.at(3);
        entries[3] = third;
        edited.setEntries(0, entries);
        const auto [brokenAt, problem] = firstProblem(edited.join());
        QCOMPARE(brokenAt, qint64(3));
        QVERIFY2(problem.contains(QStringLiteral("out of order")), qPrintable(problem));
    }
    // The pair swapped and renumbered, so that the numbers look right: the chain tells.
    {
        ExportedFile edited = ExportedFile::split(*file);
        QJsonArray entries = edited.entriesOf(0);
        QJsonObject third = entries.at(2).toObject();
        QJsonObject fourth = entries.at(3).toObject();
        const QJsonValue seq = third[QStringLiteral("seq")];
        third[QStringLiteral("seq")] = fourth[QStringLiteral("seq")];
        fourth[QStringLiteral("seq")] = seq;
        entries[2] = fourth;
        entries[3] = third;
        edited.setEntries(0, entries);
        QCOMPARE(firstProblem(edited.join()).first, qint64(3));
    }
    // A forged head: the chain recomputed after a change, and the head set to it.
    {
        ExportedFile edited = ExportedFile::split(*file);
        QJsonArray entries = edited.entriesOf(0);
        const QString site_ = edited.body[QStringLiteral("chains")]
                                  .toArray()
                                  .at(0)
                                  .toObject()[QStringLiteral("site")]
                                  .toString();
        QByteArray chain = changelog::genesis();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            if (i == 1) {
                e[QStringLiteral("summary")] = QStringLiteral("{}");
            }
            const AuditEntry entry{site_,
                                   e[QStringLiteral("seq")].toInteger(),
                                   e[QStringLiteral("at")].toString(),
                                   e[QStringLiteral("action")].toString(),
                                   e[QStringLiteral("target")].toString(),
                                   e[QStringLiteral("summary")].toString(),
                                   {}};
            chain = audit::next(chain, entry);
            e[QStringLiteral("chain")] = QString::fromLatin1(chain.toHex());
            entries[i] = e;
        }
        edited.setEntries(0, entries);
        QJsonArray chains = edited.body[QStringLiteral("chains")].toArray();
        QJsonObject head = chains.at(0).toObject();
        head[QStringLiteral("chain")] = QString::fromLatin1(chain.toHex());
        chains[0] = head;
        edited.body[QStringLiteral("chains")] = chains;
        const auto [brokenAt, problem] = firstProblem(edited.join());
        QCOMPARE(brokenAt, qint64(0));
        QVERIFY2(problem.contains(QStringLiteral("signature on its head")), qPrintable(problem));
    }
    // A change no chain covers (the export time): the file's own signature tells.
    {
        ExportedFile edited = ExportedFile::split(*file);
        edited.body[QStringLiteral("exported_at")] = QStringLiteral("2020-01-01T00:00:00.000Z");
        const auto [brokenAt, problem] = firstProblem(edited.join());
        QCOMPARE(brokenAt, qint64(0));
        QVERIFY2(problem.contains(QStringLiteral("changed after export")), qPrintable(problem));
    }
}

void TestAudit::chainsTravelInBundlesAndVerifyAtTheAuditor()
{
    QTemporaryDir dir;
    auto root = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    auto msit = makeSite(dir.path(), QStringLiteral("msit"), QStringLiteral("ministry:MSIT"));
    auto auditor = makeSite(dir.path(), QStringLiteral("auditor"), QStringLiteral("auditor"));
    QVERIFY(root && msit && auditor);
    QVERIFY(enrol(*root,
                  {{msit.get(), QStringLiteral("ministry:MSIT")}, {auditor.get(), QStringLiteral("auditor")}},
                  dir.path()));
    QVERIFY(msit->store->put(QStringLiteral("action"), {}, note(QStringLiteral("Ministry's action"))));
    // MSIT -> secretariat -> auditor: the auditor holds MSIT's chain though it never met it.
    QVERIFY(root->sync->import(bundleFor(*msit, {root->id}, dir.path()), QStringLiteral("a.otbundle")));
    auto report =
        auditor->sync->import(bundleFor(*root, {auditor->id}, dir.path()), QStringLiteral("b.otbundle"));
    QVERIFY(report);
    QVERIFY(report->auditEntries > 0);
    auto verified = AuditLog(*auditor->vault).verify();
    QVERIFY(verified);
    for (const QString& id : {root->id, msit->id, auditor->id}) {
        const ChainStatus* chain = statusOf(*verified, id);
        QVERIFY2(chain, qPrintable(id));
        QVERIFY2(chain->intact, qPrintable(chain->problem));
    }
    const ChainStatus* ministry = statusOf(*verified, msit->id);
    QVERIFY(ministry->signedSeq == ministry->count);
    bool sawAction = false;
    for (const AuditEntry& entry : all(*auditor->vault, msit->id)) {
        sawAction = sawAction || (entry.action == QStringLiteral("create") &&
                                  entry.summary.contains(QStringLiteral("Ministry's action")));
    }
    QVERIFY(sawAction);
    // The auditor's log names the bundles it imported.
    QCOMPARE(all(*auditor->vault, auditor->id).first().action, QStringLiteral("import"));
    // The exported log verifies elsewhere against the network's root.
    auto file = AuditLog(*auditor->vault).exportFile(QStringLiteral("auditor.json"));
    QVERIFY(file);
    auto check = AuditLog::verifyFile(*file, fingerprintOf(*root));
    QVERIFY2(check, check ? "" : qPrintable(check.error().message));
    QVERIFY(check->intact());
    QCOMPARE(check->chains.size(), 3);
    // A forged file: MSIT's entry rewritten, its head signed with another key that the file
    // lists for MSIT, and the file signed again by that key under a made-up exporter.
    {
        ExportedFile edited = ExportedFile::split(*file);
        const auto forger = crypto::generateKeyPair(crypto::KeyKind::Ed25519);
        QVERIFY(forger);
        QJsonArray chains = edited.body[QStringLiteral("chains")].toArray();
        for (qsizetype c = 0; c < chains.size(); ++c) {
            QJsonObject chain = chains.at(c).toObject();
            if (chain[QStringLiteral("site")].toString() != msit->id) {
                continue;
            }
            QJsonArray entries = chain[QStringLiteral("entries")].toArray();
            QByteArray value = changelog::genesis();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QJsonObject e = entries.at(i).toObject();
                e[QStringLiteral("summary")] = e[QStringLiteral("summary")].toString().replace(
                    QStringLiteral("Ministry's action"), QStringLiteral("Forged action"));
                value = audit::next(value, {msit->id,
                                            e[QStringLiteral("seq")].toInteger(),
                                            e[QStringLiteral("at")].toString(),
                                            e[QStringLiteral("action")].toString(),
                                            e[QStringLiteral("target")].toString(),
                                            e[QStringLiteral("summary")].toString(),
                                            {}});
                e[QStringLiteral("chain")] = QString::fromLatin1(value.toHex());
                entries[i] = e;
            }
            chain[QStringLiteral("entries")] = entries;
            chain[QStringLiteral("chain")] = QString::fromLatin1(value.toHex());
            chain[QStringLiteral("signature")] = QString::fromLatin1(
                crypto::sign(forger->privateKey, audit::headMessage(msit->id, entries.size(), value))
                    .toBase64());
            chains[c] = chain;
        }
        edited.body[QStringLiteral("chains")] = chains;
        QJsonArray sites = edited.body[QStringLiteral("sites")].toArray();
        for (qsizetype i = 0; i < sites.size(); ++i) {
            QJsonObject site = sites.at(i).toObject();
            if (site[QStringLiteral("id")].toString() == msit->id) {
                site[QStringLiteral("sign_key")] = QString::fromLatin1(forger->publicKey.toBase64());
                sites[i] = site;
            }
        }
        sites.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("forger")},
                        {QStringLiteral("name"), QStringLiteral("auditor")},
                        {QStringLiteral("sign_key"), QString::fromLatin1(forger->publicKey.toBase64())}});
        edited.body[QStringLiteral("sites")] = sites;
        // Signed by the forger as a made-up exporter: refused outright.
        edited.body[QStringLiteral("exported_by")] = QStringLiteral("forger");
        const QByteArray body = QJsonDocument(edited.body).toJson(QJsonDocument::Indented);
        const QByteArray forged = body + "-----BEGIN ONETEAM AUDIT SIGNATURE-----\n" +
                                  crypto::sign(forger->privateKey, body).toBase64() +
                                  "\n-----END ONETEAM AUDIT SIGNATURE-----\n";
        auto refused = AuditLog::verifyFile(forged, fingerprintOf(*root));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StorageErrorCode::Tampered);
        // Left as the auditor's export: MSIT's key comes from the roster, not the file.
        edited.body[QStringLiteral("exported_by")] = auditor->id;
        auto caught = AuditLog::verifyFile(edited.join(), fingerprintOf(*root));
        QVERIFY(caught);
        QVERIFY(!caught->intact());
        const ChainStatus* forgedChain = statusOf(caught->chains, msit->id);
        QVERIFY(forgedChain && !forgedChain->intact);
        QVERIFY2(forgedChain->problem.contains(QStringLiteral("signature")),
                 qPrintable(forgedChain->problem));
    }
    // In the auditor's vault, MSIT's entries must end at a head MSIT signed.
    QCOMPARE(execSql(*auditor->vault, "BEGIN"), SQLITE_OK);
    {
        Statement unsign(auditor->vault->handle(), "UPDATE audit_head SET signed_seq = 0 WHERE site = ?");
        QCOMPARE(unsign.bind(1, msit->id).exec(), SQLITE_OK);
    }
    verified = AuditLog(*auditor->vault).verify();
    QVERIFY(!statusOf(*verified, msit->id)->intact);
    QCOMPARE(execSql(*auditor->vault, "ROLLBACK"), SQLITE_OK);
    // The second bundle carries only what is new.
    QVERIFY(msit->store->put(QStringLiteral("action"), {}, note(QStringLiteral("Second"))));
    QVERIFY(root->sync->import(bundleFor(*msit, {root->id}, dir.path()), QStringLiteral("c.otbundle")));
    auto second =
        auditor->sync->import(bundleFor(*root, {auditor->id}, dir.path()), QStringLiteral("d.otbundle"));
    QVERIFY(second);
    QVERIFY(second->auditEntries >= 2);
    QVERIFY(second->auditEntries < 10);
    verified = AuditLog(*auditor->vault).verify();
    QVERIFY(statusOf(*verified, msit->id)->intact);
}

void TestAudit::oversizedEntriesStillTravel()
{
    QTemporaryDir dir;
    auto root = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    auto auditor = makeSite(dir.path(), QStringLiteral("auditor"), QStringLiteral("auditor"));
    QVERIFY(root && auditor);
    QVERIFY(enrol(*root, {{auditor.get(), QStringLiteral("auditor")}}, dir.path()));
    // A record with so many long fields that its summary would exceed what bundles carry.
    QJsonObject fields;
    for (int i = 0; i < 600; ++i) {
        fields.insert(QStringLiteral("field_%1").arg(i), QString(300, QLatin1Char('x')));
    }
    QVERIFY(root->store->put(QStringLiteral("milestone"), {}, fields));
    const AuditEntry entry = all(*root->vault).first();
    QVERIFY(entry.summary.size() <= 60000);
    QVERIFY(entry.summary.contains(QStringLiteral("\"truncated\":true")));
    auto report =
        auditor->sync->import(bundleFor(*root, {auditor->id}, dir.path()), QStringLiteral("big.otbundle"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(statusOf(*AuditLog(*auditor->vault).verify(), root->id)->intact);
}

void TestAudit::alteredChainInABundleIsRefused()
{
    QTemporaryDir dir;
    auto root = makeSite(dir.path(), QStringLiteral("secretariat"), QStringLiteral("secretariat"));
    auto msit = makeSite(dir.path(), QStringLiteral("msit"), QStringLiteral("ministry:MSIT"));
    auto auditor = makeSite(dir.path(), QStringLiteral("auditor"), QStringLiteral("auditor"));
    QVERIFY(root && msit && auditor);
    QVERIFY(enrol(*root,
                  {{msit.get(), QStringLiteral("ministry:MSIT")}, {auditor.get(), QStringLiteral("auditor")}},
                  dir.path()));
    QVERIFY(msit->store->put(QStringLiteral("action"), {}, note(QStringLiteral("Original"))));
    QVERIFY(root->sync->import(bundleFor(*msit, {root->id}, dir.path()), QStringLiteral("a.otbundle")));
    // The secretariat (a relay) rewrites MSIT's entry in its own vault before relaying it.
    QCOMPARE(
        execSql(*root->vault, "UPDATE audit_entry SET summary = replace(summary, 'Original', 'Rewritten')"),
        SQLITE_OK);
    const QByteArray bundle = bundleFor(*root, {auditor->id}, dir.path());
    const QByteArray before = fileHash(auditor->path);
    auto report = auditor->sync->import(bundle, QStringLiteral("b.otbundle"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, StorageErrorCode::Tampered);
    QVERIFY2(report.error().message.contains(QStringLiteral("audit log")),
             qPrintable(report.error().message));
    QCOMPARE(all(*auditor->vault, msit->id).size(), 0);
    Q_UNUSED(before);
    // And the secretariat's own check names the entry.
    auto verified = AuditLog(*root->vault).verify();
    const ChainStatus* ministry = statusOf(*verified, msit->id);
    QVERIFY(ministry && !ministry->intact && ministry->brokenAt > 0);
}

void TestAudit::failedUnlocksAndPassphraseChangesAreLogged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    {
        auto vault = Vault::create(path, secret("right"), secretariat(), cheapOptions());
        QVERIFY(vault);
    }
    const QByteArray before = fileHash(path);
    QCOMPARE(Vault::open(path, secret("wrong"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    QCOMPARE(Vault::open(path, secret("wrong again"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    QCOMPARE(fileHash(path), before); // the vault is not touched; the folder neither
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("office.otvault")});
    {
        auto vault = Vault::open(path, secret("right"), afterAnyWait());
        QVERIFY(vault);
        AuditFilter failed;
        failed.action = QStringLiteral("unlock-failed");
        auto entries = AuditLog(**vault).entries(failed);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QVERIFY(entries->first().summary.contains(QStringLiteral("passphrase")));
        QVERIFY((*vault)->changePassphrase(secret("newer"), Kdf::kCheapForTests));
        QCOMPARE(all(**vault).first().action, QStringLiteral("passphrase"));
        QVERIFY((*vault)->addRecoveryKey());
        QCOMPARE(all(**vault).first().action, QStringLiteral("recovery-key-added"));
    }
    // Noted once: the next unlock adds no more.
    auto vault = Vault::open(path, secret("newer"), cheapOptions());
    QVERIFY(vault);
    AuditFilter failed;
    failed.action = QStringLiteral("unlock-failed");
    QCOMPARE(*AuditLog(**vault).count(failed), 2);
    auto verified = AuditLog(**vault).verify();
    QVERIFY(verified && verified->first().intact);
}

void TestAudit::manyFailedUnlocksAreCountedNotDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.otvault"));
    QVERIFY(Vault::create(path, secret("right"), secretariat(), cheapOptions()));
    QCOMPARE(Vault::open(path, secret("wrong"), cheapOptions()).error().code,
             StorageErrorCode::WrongPassphrase);
    // The note lies in the user's data folder, named by the vault's id.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/OneTeam/unlock-failures");
    QString noteFile;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files)) {
        if (info.lastModified() > QDateTime::currentDateTime().addSecs(-60)) {
            noteFile = info.absoluteFilePath();
        }
    }
    QVERIFY(!noteFile.isEmpty());
    {
        QFile note(noteFile);
        QVERIFY(note.open(QIODevice::Append));
        for (int i = 0; i < 1004; ++i) {
            note.write("2026-11-29T01:02:03.004Z recovery-key\n");
        }
        note.write("not a line this code wrote\n");
    }
    auto vault = Vault::open(path, secret("right"), cheapOptions());
    QVERIFY(vault);
    AuditFilter failed;
    failed.action = QStringLiteral("unlock-failed");
    auto entries = AuditLog(**vault).entries(failed);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1001); // 1,000 one by one, then one that counts the rest
    QVERIFY2(entries->first().summary.contains(QStringLiteral("\"more\":5")),
             qPrintable(entries->first().summary));
    QVERIFY(!QFile::exists(noteFile));
    QVERIFY(!QFile::exists(noteFile + QStringLiteral(".collecting")));
}

// The chain's bytes as docs/audit-format.md specifies them: vectors computed apart from
// OneTeam (a few lines of Python writing the CBOR by hand, and hashlib), with lengths and
// numbers that take each size of CBOR head, and Hangul.
void TestAudit::chainBytesMatchTheFormat()
{
    const QString site = QStringLiteral("de7c71d6-65e8-4f38-9253-74be1c998153");
    const QList<AuditEntry> entries{
        {site,
         1,
         QStringLiteral("2026-12-06T18:15:48.123Z"),
         QStringLiteral("vault-created"),
         QString(),
         QStringLiteral("Secretariat"),
         {}},
        {site,
         24,
         QStringLiteral("2026-12-06T18:15:49.000Z"),
         QStringLiteral("update"),
         QStringLiteral("resolution/1e86872e-a5c6-50fd-bf62-c11d86ca1cc2"),
         QStringLiteral("의결 안건 '공공데이터 개방에 관한 부처 간 조정': 상태 adopted → in-progress"),
         {}},
        {site,
         300,
         QStringLiteral("2026-12-06T18:15:50.000Z"),
         QStringLiteral("report"),
         QStringLiteral("summary.pdf"),
         QString(300, QLatin1Char('x')),
         {}},
        {site,
         70000,
         QStringLiteral("2026-12-06T18:15:51.000Z"),
         QStringLiteral("import"),
         QString(),
         QString(30000, QChar(0xAC00)),
         {}},
        {site,
         5000000000,
         QStringLiteral("2026-12-06T18:15:52.000Z"),
         QStringLiteral("create"),
         QStringLiteral("budget/x"),
         QString(),
         {}}};
    const QStringList expected{
        QStringLiteral("5601cb0c8f6725c597a207ccb0fae102b9aa065d9ecee646cbb3e8242e821c6d"),
        QStringLiteral("ac9dd1d3422443a4e32131ae6dd6aee54fceed3c630347361849361611e7b747"),
        QStringLiteral("505029b80d7e330bcf1966a9b02f7690449c71354a73f2aba8f114b86d2849f1"),
        QStringLiteral("ab40485108e26e15a8b4239dfd06d06ef04393fa736f8b3be4e6e70834739694"),
        QStringLiteral("aeb465b976a0a33deefd53fe08113c4600fb93895b9906892c3e52a099697cb7")};
    QByteArray chain(32, '\0');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        chain = audit::next(chain, entries.at(i));
        QCOMPARE(QString::fromLatin1(chain.toHex()), expected.at(i));
    }
}

// The canonical bytes are written directly, not through QCborValue; they must stay what
// QCborValue wrote when the chains were first made, for every entry: random text (lone
// surrogates and characters outside the BMP included) and numbers of every size.
void TestAudit::canonicalBytesAreQCborValuesBytes()
{
    QRandomGenerator random(20261206);
    const auto text = [&random] {
        QString out;
        const int length = int(random.bounded(random.bounded(2) ? 40 : 400));
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(5)) {
            case 0:
                out += QChar(char16_t(random.bounded(0x20, 0x7f)));
                break;
            case 1:
                out += QChar(char16_t(random.bounded(0xAC00, 0xD7A4)));
                break;
            case 2:
                out += QChar(char16_t(random.bounded(0xD800, 0xE000))); // a surrogate, maybe alone
                break;
            case 3:
                out += QString::fromUcs4(U"\U0001F600");
                break;
            default:
                out += QChar(char16_t(random.bounded(0x80, 0x800)));
                break;
            }
        }
        return out;
    };
    const QList<qint64> numbers{0,
                                1,
                                23,
                                24,
                                255,
                                256,
                                65535,
                                65536,
                                0xffffffff,
                                0x100000000,
                                -1,
                                -24,
                                -25,
                                -256,
                                -257,
                                std::numeric_limits<qint64>::max(),
                                std::numeric_limits<qint64>::min()};
    for (int i = 0; i < 2000; ++i) {
        const qint64 seq = i < numbers.size() ? numbers.at(i) : qint64(random.generate64());
        const AuditEntry entry{text(), seq, text(), text(), text(), text(), {}};
        const QCborArray parts{entry.site, entry.seq, entry.at, entry.action, entry.target, entry.summary};
        QCOMPARE(audit::canonicalBytes(entry).toHex(), parts.toCborValue().toCbor().toHex());
    }
}

QTEST_GUILESS_MAIN(TestAudit)
// An import or export entry counts its changes in words ("1 change applied", "2 changes"),
// in English and Korean.
void TestAudit::bundleEntriesCountInWords()
{
    const auto entry = [](const char* action, const QJsonObject& summary) {
        AuditEntry made;
        made.action = QLatin1String(action);
        made.target = QStringLiteral("m.otbundle");
        made.summary = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
        return made;
    };
    const AuditEntry one = entry(audit::kImport, {{QStringLiteral("from"), QStringLiteral("MSIT office")},
                                                  {QStringLiteral("applied"), 1},
                                                  {QStringLiteral("refused"), 0},
                                                  {QStringLiteral("conflicts"), 1}});
    const AuditEntry two =
        entry(audit::kExport, {{QStringLiteral("to"), QJsonArray{QStringLiteral("Secretariat")}},
                               {QStringLiteral("changes"), 2}});
    for (const char* language : {"en", "ko"}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/oneteam_%1.qm").arg(QLatin1String(language))));
        QCoreApplication::installTranslator(&translator);
        const QString imported = AuditText::describe(one);
        const QString exported = AuditText::describe(two);
        QCoreApplication::removeTranslator(&translator);
        if (qstrcmp(language, "en") == 0) {
            QVERIFY2(imported.endsWith(
                         QStringLiteral("(m.otbundle): 1 change applied (refused: 0, conflicts: 1)")),
                     qPrintable(imported));
            QVERIFY2(exported.endsWith(QStringLiteral("(m.otbundle): 2 changes")), qPrintable(exported));
        } else {
            QVERIFY2(imported.contains(QStringLiteral("변경 1건 반영(거부 0건, 충돌 1건)")),
                     qPrintable(imported));
            QVERIFY2(exported.endsWith(QStringLiteral("변경 2건")), qPrintable(exported));
        }
    }
}

#include "tst_audit.moc"
