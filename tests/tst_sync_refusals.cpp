#include "AuditLog.h"
#include "Bundle.h"
#include "SyncCommittee.h"

#include <QTest>

using namespace oneteam;
using namespace oneteam::test;

// Every way a bundle is refused (docs/bundle-format.md), with nothing changed: unknown or
// wrong signers, damaged bytes, other addressees, changes outside the origin's role,
// repeats, altered relays, a wrong fingerprint; and inspecting changes nothing.
class TestSyncRefusals : public SyncCommittee
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void refusesUnknownSigner();
    void refusesEveryFlippedByteAndTruncation();
    void refusesBundleForAnotherSite();
    void refusesChangesOutsideTheOriginsRole();
    void sameBundleTwiceAndOlderBundleChangeNothing();
    void detectsRelayThatAltersAChange();
    void joinNeedsTheRightFingerprint();
    void inspectChangesNothing();
    void ministryCannotRestoreADeletedRecord();
    void refusesAChangeThatReplacesAnotherFieldsVersion();
    void refusesARecordTypeThisVersionDoesNotKnow();
    void keepsANewerVersionsTypeUntilAnUpgrade();
    void keptEditsWaitForTheirKeptCreation();

private:
    // MSIT as the version before `types` existed: until `*upgraded`, its policy does not
    // know them (the same policy otherwise).
    void makeMsitOlder(const QStringList& types, const bool* upgraded)
    {
        const ChangePolicy current = syncPolicy(*m_msit->store);
        ChangePolicy older = current;
        older.unknownType = [types, upgraded, current](const QString& type) {
            return !*upgraded && types.contains(type) ? QStringLiteral("'%1' is a newer type").arg(type)
                                                      : current.unknownType(type);
        };
        m_msit->sync = std::make_unique<Sync>(*m_msit->vault, *m_msit->store, older);
    }
};

void TestSyncRefusals::refusesUnknownSigner()
{
    makeCommittee();
    // Another secretariat (its own network) trusts MSIT's card and sends it a bundle.
    auto stranger =
        makeSite(m_dir->path(), QStringLiteral("stranger"), QStringLiteral("secretariat"), syncPolicy);
    auto card = SiteCard::fromFile(*Sites(*m_msit->vault).localCardFile());
    QVERIFY(Sites(*stranger->vault).trust(*card, QStringLiteral("ministry:MSIT")));
    QVERIFY(stranger->store->put(QStringLiteral("milestone"), {},
                                 {{QStringLiteral("title"), QStringLiteral("x")}}));
    const QString before = canonicalDump(*m_msit);
    auto report = m_msit->sync->import(send(*stranger, {m_msit.get()}), QStringLiteral("x.otbundle"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, StorageErrorCode::Refused);
    QVERIFY(report.error().message.contains(QStringLiteral("does not trust")));
    QCOMPARE(canonicalDump(*m_msit), before);
}

void TestSyncRefusals::refusesEveryFlippedByteAndTruncation()
{
    makeCommittee();
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    QJsonObject fields = m_sec->store->get(action)->fields;
    fields.insert(QStringLiteral("progress"), 75);
    QVERIFY(m_sec->store->put(QStringLiteral("action"), action, fields));
    const QByteArray bundle = send(*m_sec, {m_msit.get()});
    QVERIFY(bundle.size() > 200);
    const QString before = canonicalDump(*m_msit);
    auto parsed = Bundle::parse(bundle);
    QVERIFY(parsed);
    // Every byte: magic, version, lengths, header, ciphertext, tag and signature.
    QHash<int, int> codes;
    for (qsizetype i = 0; i < bundle.size(); ++i) {
        QByteArray altered = bundle;
        altered[i] = char(altered[i] ^ 0x01);
        auto report = m_msit->sync->import(altered, QStringLiteral("altered.otbundle"));
        QVERIFY2(!report, qPrintable(QStringLiteral("flipped byte %1 was accepted").arg(i)));
        codes[int(report.error().code)] += 1;
    }
    for (qsizetype cut : {qsizetype(0), qsizetype(7), qsizetype(13), bundle.size() / 2, bundle.size() - 65,
                          bundle.size() - 1}) {
        auto report = m_msit->sync->import(bundle.left(cut), QStringLiteral("cut.otbundle"));
        QVERIFY(!report);
        QVERIFY(report.error().code == StorageErrorCode::Tampered ||
                report.error().code == StorageErrorCode::NotAVault);
    }
    auto longer = m_msit->sync->import(bundle + QByteArray(1, 'x'), QStringLiteral("long.otbundle"));
    QVERIFY(!longer);
    QCOMPARE(longer.error().code, StorageErrorCode::Tampered);
    QCOMPARE(canonicalDump(*m_msit), before);
    // The same bundle, unaltered, then applies.
    auto report = m_msit->sync->import(bundle, QStringLiteral("good.otbundle"));
    QVERIFY(report);
    QCOMPARE(report->applied, 1);
    QVERIFY(codes.value(int(StorageErrorCode::Tampered)) > bundle.size() / 2);
}

void TestSyncRefusals::refusesBundleForAnotherSite()
{
    makeCommittee();
    QVERIFY(m_sec->store->put(QStringLiteral("milestone"), {},
                              {{QStringLiteral("title"), QStringLiteral("plan")}}));
    const QByteArray forMoe = send(*m_sec, {m_moe.get()});
    const QString before = canonicalDump(*m_msit);
    auto report = m_msit->sync->import(forMoe, QStringLiteral("moe.otbundle"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, StorageErrorCode::Refused);
    QVERIFY(report.error().message.contains(QStringLiteral("moe")));
    QCOMPARE(canonicalDump(*m_msit), before);
    QVERIFY(m_moe->sync->import(forMoe, QStringLiteral("moe.otbundle")));
}

void TestSyncRefusals::refusesChangesOutsideTheOriginsRole()
{
    makeCommittee();
    // MSIT's vault is altered to write around its rules: it renames the resolution. It
    // also reports progress on its own action, which it may.
    auto resolutions = m_msit->store->list({QStringLiteral("resolution")});
    const StoredRecord resolution = resolutions->first();
    QJsonObject renamed = resolution.fields;
    renamed.insert(QStringLiteral("title_en"), QStringLiteral("Rewritten by a ministry"));
    QVERIFY(m_msit->store->put(QStringLiteral("resolution"), resolution.id, renamed));
    const QString action = actionOf(*m_msit, QStringLiteral("MSIT"));
    QJsonObject progress = m_msit->store->get(action)->fields;
    progress.insert(QStringLiteral("progress"), 80);
    QVERIFY(m_msit->store->put(QStringLiteral("action"), action, progress));

    auto report = m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle"));
    QVERIFY(report);
    QCOMPARE(report->refused, 1);
    QCOMPARE(report->applied, 1);
    QCOMPARE(report->refusals.size(), 1);
    QVERIFY(report->refusals.first().contains(QStringLiteral("resolution")));
    QCOMPARE(m_sec->store->get(resolution.id)->fields.value(QStringLiteral("title_en")),
             resolution.fields.value(QStringLiteral("title_en")));
    QCOMPARE(m_sec->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 80);
    QCOMPARE(queryText(*m_sec->vault, "SELECT count(*) FROM refusal"), QStringLiteral("1"));

    // An auditor's vault, altered to edit a budget line: every edit refused.
    auto budget = m_auditor->store->list({QStringLiteral("budget")})->first();
    QJsonObject executed = budget.fields;
    executed.insert(QStringLiteral("executed"), 1);
    QVERIFY(m_auditor->store->put(QStringLiteral("budget"), budget.id, executed));
    auto fromAuditor = m_sec->sync->import(send(*m_auditor, {m_sec.get()}), QStringLiteral("a.otbundle"));
    QVERIFY(fromAuditor);
    QCOMPARE(fromAuditor->refused, 1);
    QCOMPARE(fromAuditor->applied, 0);
    QCOMPARE(m_sec->store->get(budget.id)->fields.value(QStringLiteral("executed")),
             budget.fields.value(QStringLiteral("executed")));

    // Relayed to MOE, the refused change is refused there too, and the rest arrives.
    auto atMoe = m_moe->sync->import(send(*m_sec, {m_moe.get()}), QStringLiteral("s.otbundle"));
    QVERIFY(atMoe);
    QCOMPARE(atMoe->refused, 2);
    QCOMPARE(m_moe->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 80);
    QCOMPARE(m_moe->store->get(resolution.id)->fields.value(QStringLiteral("title_en")),
             resolution.fields.value(QStringLiteral("title_en")));
}

void TestSyncRefusals::sameBundleTwiceAndOlderBundleChangeNothing()
{
    makeCommittee();
    const QString milestone = *m_sec->store->put(QStringLiteral("milestone"), {},
                                                 {{QStringLiteral("title"), QStringLiteral("first")}});
    const QByteArray older = send(*m_sec, {m_msit.get()});
    QVERIFY(m_sec->store->put(QStringLiteral("milestone"), milestone,
                              {{QStringLiteral("title"), QStringLiteral("second")}}));
    const QByteArray newer = send(*m_sec, {m_msit.get()});

    auto first = m_msit->sync->import(newer, QStringLiteral("newer.otbundle"));
    QVERIFY(first);
    QCOMPARE(first->applied, 3);
    const QString after = canonicalDump(*m_msit);
    auto again = m_msit->sync->import(newer, QStringLiteral("newer.otbundle"));
    QVERIFY(again);
    QVERIFY(again->alreadyImported);
    QCOMPARE(again->applied, 0);
    auto old = m_msit->sync->import(older, QStringLiteral("older.otbundle"));
    QVERIFY(old);
    QVERIFY(old->older);
    QCOMPARE(old->applied, 0);
    QCOMPARE(old->known, old->carried);
    QCOMPARE(canonicalDump(*m_msit), after);
    QCOMPARE(m_msit->store->get(milestone)->fields.value(QStringLiteral("title")).toString(),
             QStringLiteral("second"));
}

void TestSyncRefusals::detectsRelayThatAltersAChange()
{
    makeCommittee();
    const QString action = actionOf(*m_msit, QStringLiteral("MSIT"));
    QJsonObject progress = m_msit->store->get(action)->fields;
    progress.insert(QStringLiteral("progress"), 90);
    QVERIFY(m_msit->store->put(QStringLiteral("action"), action, progress));
    QVERIFY(m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle")));
    // The secretariat's vault is altered: MSIT's change now says 10.
    QCOMPARE(
        execSql(*m_sec->vault, "UPDATE change SET value = '10' WHERE name = 'progress' AND value = '90'"),
        SQLITE_OK);
    const QString before = canonicalDump(*m_moe);
    auto report = m_moe->sync->import(send(*m_sec, {m_moe.get()}), QStringLiteral("relay.otbundle"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, StorageErrorCode::Tampered);
    QVERIFY(report.error().message.contains(QStringLiteral("msit")));
    QCOMPARE(canonicalDump(*m_moe), before);
}

void TestSyncRefusals::joinNeedsTheRightFingerprint()
{
    const QString dir = m_dir->path();
    auto sec = makeSite(dir, QStringLiteral("sec"), QStringLiteral("secretariat"), syncPolicy);
    auto moe = makeSite(dir, QStringLiteral("moe"), QStringLiteral("ministry:MOE"), syncPolicy);
    auto card = SiteCard::fromFile(*Sites(*moe->vault).localCardFile());
    QVERIFY(Sites(*sec->vault).trust(*card, QStringLiteral("ministry:MOE")));
    const QByteArray bundle = bundleFor(*sec, {moe->id}, dir);
    auto wrong = moe->sync->join(bundle, QStringLiteral("j.otbundle"), QStringLiteral("0000-1111"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, StorageErrorCode::Refused);
    QCOMPARE(Sites(*moe->vault).rootId().value(), QString());
    auto joined = moe->sync->join(bundle, QStringLiteral("j.otbundle"), fingerprintOf(*sec).toLower());
    QVERIFY(joined);
    QCOMPARE(Sites(*moe->vault).rootId().value(), sec->id);
    // A card altered after signing is refused.
    QByteArray altered = *Sites(*moe->vault).localCardFile();
    altered[20] = char(altered[20] ^ 0x20);
    QVERIFY(!SiteCard::fromFile(altered));
}

void TestSyncRefusals::inspectChangesNothing()
{
    makeCommittee();
    QVERIFY(m_sec->store->put(QStringLiteral("milestone"), {},
                              {{QStringLiteral("title"), QStringLiteral("plan")}}));
    const QByteArray bundle = send(*m_sec, {m_msit.get()});
    const QString before = canonicalDump(*m_msit);
    auto preview = m_msit->sync->inspect(bundle);
    QVERIFY(preview);
    QCOMPARE(preview->applied, 2);
    QCOMPARE(preview->recordsChanged.value(QStringLiteral("milestone")), 1);
    QVERIFY(!preview->preview.isEmpty());
    QCOMPARE(canonicalDump(*m_msit), before);
    auto applied = m_msit->sync->import(bundle, QStringLiteral("b.otbundle"));
    QVERIFY(applied);
    QCOMPARE(applied->applied, 2);
    QVERIFY(canonicalDump(*m_msit) != before);
}

// Deleting and restoring are one right: a ministry's vault, altered to restore an action
// the secretariat deleted, has the restoration refused.
void TestSyncRefusals::ministryCannotRestoreADeletedRecord()
{
    makeCommittee();
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    QVERIFY(m_sec->store->remove(action));
    QVERIFY(m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s.otbundle")));
    QVERIFY(m_msit->store->get(action)->deleted);
    QVERIFY(m_msit->store->restore(action)); // around the rules
    auto report = m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle"));
    QVERIFY(report);
    QCOMPARE(report->refused, 1);
    QVERIFY(m_sec->store->get(action)->deleted);
}

// MSIT's vault is altered to write a change to its action's progress (which it may) that
// claims to replace the version of owner_ministry (which it may not touch): applied, it
// would quietly take that version out of the field's leaves. The change is refused.
void TestSyncRefusals::refusesAChangeThatReplacesAnotherFieldsVersion()
{
    makeCommittee();
    const QString action = actionOf(*m_msit, QStringLiteral("MSIT"));
    sqlite3* db = m_msit->vault->handle();
    qint64 oseq = 0;
    QByteArray chain = changelog::genesis();
    {
        Statement head(db, "SELECT oseq, chain FROM origin_head WHERE origin = ?");
        head.bind(1, m_msit->id);
        if (head.next()) {
            oseq = head.integer(0);
            chain = head.blob(1);
        }
    }
    Statement owner(db, "SELECT hlc, origin FROM field WHERE record_id = ? AND name = 'owner_ministry'");
    owner.bind(1, action);
    QVERIFY(owner.next());
    const LoggedChange crafted{m_msit->id,
                               oseq + 1,
                               Hlc::format(QDateTime::currentMSecsSinceEpoch(), 0),
                               action,
                               QStringLiteral("action"),
                               QStringLiteral("progress"),
                               QStringLiteral("55"),
                               {{QStringLiteral("owner_ministry"), owner.text(0), owner.text(1)}}};
    const QByteArray next = changelog::next(chain, crafted);
    Statement insert(
        db, "INSERT INTO change (hlc, origin, record_id, type, name, value, oseq, prev, chain, applied) "
            "VALUES (?,?,?,?,?,?,?,?,?,1)");
    QCOMPARE(insert.bind(1, crafted.hlc)
                 .bind(2, crafted.origin)
                 .bind(3, crafted.recordId)
                 .bind(4, crafted.type)
                 .bind(5, crafted.field)
                 .bind(6, crafted.value)
                 .bind(7, crafted.oseq)
                 .bind(8, changelog::encodePrev(crafted.prev))
                 .bindBlob(9, next)
                 .exec(),
             SQLITE_OK);
    Statement head(db,
                   "INSERT INTO origin_head (origin, oseq, chain) VALUES (?1, ?2, ?3) ON CONFLICT (origin) "
                   "DO UPDATE SET oseq = ?2, chain = ?3");
    QCOMPARE(head.bind(1, m_msit->id).bind(2, crafted.oseq).bindBlob(3, next).exec(), SQLITE_OK);

    auto report = m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle"));
    QVERIFY(report);
    QCOMPARE(report->refused, 1);
    QVERIFY(report->refusals.first().contains(QStringLiteral("owner_ministry")));
    QVERIFY(m_sec->store->get(action)->fields.value(QStringLiteral("progress")).toInt() != 55);
    QCOMPARE(
        queryText(*m_sec->vault, "SELECT count(*) FROM field_leaf WHERE name = 'owner_ministry'").toInt(),
        queryText(*m_sec->vault, "SELECT count(*) FROM field WHERE name = 'owner_ministry'").toInt());
}

QTEST_GUILESS_MAIN(TestSyncRefusals)
// A newer secretariat writes a record of a type this version does not have: the ministry
// keeps that change unapplied (counted as kept, not refused), says why, applies the rest,
// and stores nothing of the record; it still does not know the type, so nothing is taken up.
void TestSyncRefusals::refusesARecordTypeThisVersionDoesNotKnow()
{
    makeCommittee();
    QVERIFY(m_sec->store->put(QStringLiteral("survey"), {},
                              {{QStringLiteral("title"), QStringLiteral("Ministries' AI readiness")}}));
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    QJsonObject progress = m_sec->store->get(action)->fields;
    progress.insert(QStringLiteral("progress"), 45);
    QVERIFY(m_sec->store->put(QStringLiteral("action"), action, progress));

    auto report = m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s.otbundle"));
    QVERIFY(report);
    QCOMPARE(report->kept, 2); // the record's creation and its title, kept together
    QCOMPARE(report->refused, 0);
    QCOMPARE(report->applied, 1);
    QVERIFY(report->refusals.isEmpty());
    int keptShown = 0;
    for (const IncomingChange& change : report->preview) {
        QVERIFY(!change.refused);
        keptShown += change.type == QLatin1String("survey") && change.kept ? 1 : 0;
    }
    QCOMPARE(keptShown, 2);
    QVERIFY2(report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("newer version")) &&
                 report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("(survey)")),
             qPrintable(report->notes.join(QLatin1Char(' '))));
    QCOMPARE(m_msit->store->list({QStringLiteral("survey")})->size(), 0);
    QCOMPARE(m_msit->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 45);
    QCOMPARE(queryText(*m_msit->vault, "SELECT count(*) FROM refusal WHERE newer_type = 1"),
             QStringLiteral("2"));
    QVERIFY2(queryText(*m_msit->vault, "SELECT reason FROM refusal").contains(QStringLiteral("'survey'")),
             qPrintable(queryText(*m_msit->vault, "SELECT reason FROM refusal")));
    // This version still does not know it: nothing to take up, every time the vault opens.
    auto taken = takeUpKeptChanges(*m_msit->vault, *m_msit->store);
    QVERIFY(taken);
    QVERIFY(taken->isEmpty());
    QCOMPARE(queryText(*m_msit->vault, "SELECT count(*) FROM refusal WHERE newer_type = 1"),
             QStringLiteral("2"));
}

void TestSyncRefusals::keepsANewerVersionsTypeUntilAnUpgrade()
{
    makeCommittee();
    // MSIT runs the version before milestones and CAIO records: until it is upgraded, its
    // policy does not know those types (the same policy otherwise). The auditor runs this
    // version and imports the same bundles: once MSIT is upgraded, both must hold the same.
    bool upgraded = false;
    makeMsitOlder({QStringLiteral("milestone"), QStringLiteral("caio")}, &upgraded);
    const auto kept = [this] {
        return queryText(*m_msit->vault, "SELECT count(*) FROM refusal WHERE newer_type = 1").toLongLong();
    };
    const auto idOf = [](TestSite& site, const QString& type, const QString& field, const QString& value) {
        auto records = site.store->list({type});
        for (const StoredRecord& record : *records) {
            if (field.isEmpty() || record.fields.value(field).toString() == value) {
                return record.id;
            }
        }
        return QString();
    };
    const QString moeId =
        idOf(*m_sec, QStringLiteral("ministry"), QStringLiteral("code"), QStringLiteral("MOE"));
    const QString msitId =
        idOf(*m_sec, QStringLiteral("ministry"), QStringLiteral("code"), QStringLiteral("MSIT"));
    const QString sampleMilestone = idOf(*m_sec, QStringLiteral("milestone"), {}, {});
    QVERIFY(!moeId.isEmpty() && !msitId.isEmpty() && !sampleMilestone.isEmpty());
    const QList<TestSite*> readers{m_msit.get(), m_auditor.get()};

    // 1. The secretariat makes a milestone and deletes another: kept at MSIT, not refused
    // (the import says so and exits as a success), applied at the auditor.
    auto milestone = m_sec->store->put(QStringLiteral("milestone"), {},
                                       {{QStringLiteral("title"), QStringLiteral("GPU cluster tender")},
                                        {QStringLiteral("due"), QStringLiteral("2027-03-31")},
                                        {QStringLiteral("status"), QStringLiteral("planned")}});
    QVERIFY(milestone);
    QVERIFY(m_sec->store->remove(sampleMilestone));
    QByteArray bundle = send(*m_sec, readers);
    auto first = m_msit->sync->import(bundle, QStringLiteral("1.otbundle"));
    QVERIFY(first);
    QCOMPARE(first->applied, 0);
    QCOMPARE(first->refused, 0);
    QCOMPARE(first->kept, 5); // the creation, its three fields, the deletion
    QVERIFY(first->refusals.isEmpty());
    QVERIFY2(first->notes.join(QLatin1Char(' ')).contains(QStringLiteral("(milestone) are kept")),
             qPrintable(first->notes.join(QLatin1Char(' '))));
    QVERIFY(m_auditor->sync->import(bundle, QStringLiteral("1.otbundle")));
    QVERIFY(!m_msit->store->get(*milestone));
    QCOMPARE(kept(), 5);

    // 2. MOE names its CAIO, and forges a milestone its role may not make.
    auto caio = m_moe->store->put(QStringLiteral("caio"), {},
                                  {{QStringLiteral("ministry"), moeId},
                                   {QStringLiteral("rank"), QStringLiteral("director-general")},
                                   {QStringLiteral("status"), QStringLiteral("active")}});
    QVERIFY(caio);
    auto forged = m_moe->store->put(QStringLiteral("milestone"), {},
                                    {{QStringLiteral("title"), QStringLiteral("Not MOE's to make")},
                                     {QStringLiteral("due"), QStringLiteral("2027-01-31")},
                                     {QStringLiteral("status"), QStringLiteral("planned")}});
    QVERIFY(forged);
    bundle = send(*m_moe, {m_sec.get(), m_msit.get(), m_auditor.get()});
    QVERIFY(m_sec->sync->import(bundle, QStringLiteral("2.otbundle")));
    auto second = m_msit->sync->import(bundle, QStringLiteral("2.otbundle"));
    QVERIFY(second);
    QCOMPARE(second->kept, 8);
    auto atAuditor = m_auditor->sync->import(bundle, QStringLiteral("2.otbundle"));
    QVERIFY(atAuditor);
    QCOMPARE(atAuditor->refused, 4);

    // 3. The secretariat gives the CAIO record to MSIT, edits its milestone, and MSIT's
    // action: the edits are kept and do not make the secretariat's later change wait
    // (before, an edit of a record whose creation was not applied waited for it, and every
    // later change of its origin waited behind it, for good).
    QJsonObject record = m_sec->store->get(*caio)->fields;
    record.insert(QStringLiteral("ministry"), msitId);
    QVERIFY(m_sec->store->put(QStringLiteral("caio"), *caio, record));
    QJsonObject edited = m_sec->store->get(*milestone)->fields;
    edited.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
    QVERIFY(m_sec->store->put(QStringLiteral("milestone"), *milestone, edited));
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    QJsonObject progress = m_sec->store->get(action)->fields;
    progress.insert(QStringLiteral("progress"), 55);
    QVERIFY(m_sec->store->put(QStringLiteral("action"), action, progress));
    // ... and gives MOE an action of its own.
    QJsonObject moeActionFields = progress;
    moeActionFields.insert(QStringLiteral("owner_ministry"), moeId);
    moeActionFields.insert(QStringLiteral("progress"), 0);
    auto moeAction = m_sec->store->put(QStringLiteral("action"), {}, moeActionFields);
    QVERIFY(moeAction);
    bundle = send(*m_sec, {m_msit.get(), m_auditor.get(), m_moe.get()});
    QVERIFY(m_moe->sync->import(bundle, QStringLiteral("3.otbundle")));
    auto third = m_msit->sync->import(bundle, QStringLiteral("3.otbundle"));
    QVERIFY(third);
    QCOMPARE(third->kept, 2);
    QVERIFY(third->applied > 1);
    QVERIFY2(third->notes.join(QLatin1Char(' ')).indexOf(QStringLiteral("wait")) < 0,
             qPrintable(third->notes.join(QLatin1Char(' '))));
    QCOMPARE(m_msit->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 55);
    QVERIFY(m_auditor->sync->import(bundle, QStringLiteral("3.otbundle")));

    // 4. MOE, not having seen that, edits the CAIO record and its forged milestone, then
    // its own action. At the auditor the forged milestone's edit is refused with its
    // creation (it no longer waits for it), so MOE's action still applies.
    record = m_moe->store->get(*caio)->fields;
    record.insert(QStringLiteral("appointed"), QStringLiteral("2026-12-01"));
    QVERIFY(m_moe->store->put(QStringLiteral("caio"), *caio, record));
    QJsonObject forgedEdit = m_moe->store->get(*forged)->fields;
    forgedEdit.insert(QStringLiteral("status"), QStringLiteral("done"));
    QVERIFY(m_moe->store->put(QStringLiteral("milestone"), *forged, forgedEdit));
    QJsonObject moeProgress = m_moe->store->get(*moeAction)->fields;
    moeProgress.insert(QStringLiteral("progress"), 30);
    QVERIFY(m_moe->store->put(QStringLiteral("action"), *moeAction, moeProgress));
    bundle = send(*m_moe, readers);
    auto fourth = m_msit->sync->import(bundle, QStringLiteral("4.otbundle"));
    QVERIFY(fourth);
    QCOMPARE(fourth->kept, 2);
    QCOMPARE(fourth->applied, 1);
    auto atAuditor4 = m_auditor->sync->import(bundle, QStringLiteral("4.otbundle"));
    QVERIFY(atAuditor4);
    QCOMPARE(atAuditor4->applied, 1);
    QCOMPARE(atAuditor4->refused, 2);
    QVERIFY2(
        atAuditor4->refusals.join(QLatin1Char(' ')).contains(QStringLiteral("creation was refused here")),
        qPrintable(atAuditor4->refusals.join(QLatin1Char(' '))));
    for (TestSite* site : readers) {
        QCOMPARE(site->store->get(*moeAction)->fields.value(QStringLiteral("progress")).toInt(), 30);
    }

    // Still the older version: nothing is taken up, nothing changes.
    const QString beforeUpgrade = canonicalDump(*m_msit);
    auto notYet = m_msit->sync->takeUpKeptChanges();
    QVERIFY(notYet);
    QVERIFY(!notYet->nothingKept);
    QCOMPARE(notYet->applied, 0);
    QCOMPARE(notYet->refused, 0);
    QCOMPARE(canonicalDump(*m_msit), beforeUpgrade);
    QCOMPARE(kept(), 17);

    // The upgrade: opening the vault with this version's rules takes them up, run by run
    // as the import judged them, in the order it wrote them.
    upgraded = true;
    auto text = takeUpKeptChanges(*m_msit->vault, *m_msit->store);
    QVERIFY2(text, text ? "" : qPrintable(text.error().message));
    QVERIFY2(text->contains(QStringLiteral("11 change(s) kept")) &&
                 text->contains(QStringLiteral("Milestone")) && text->contains(QStringLiteral("CAIO")),
             qPrintable(*text));
    QVERIFY2(text->contains(QStringLiteral("6 change(s) kept")) &&
                 text->contains(QStringLiteral("refused")) &&
                 text->contains(QStringLiteral("moe (milestone ")),
             qPrintable(*text));
    QCOMPARE(kept(), 0);
    // The same records, conflicts, field versions, leaves and refusals as the auditor, which
    // applied them as they came.
    QCOMPARE(canonicalDump(*m_msit), canonicalDump(*m_auditor));
    for (const char* sql :
         {"SELECT group_concat(x, '|') FROM (SELECT origin || ':' || oseq || ':' || applied AS x FROM change "
          "WHERE origin <> (SELECT id FROM site WHERE is_local = 1) ORDER BY origin, oseq)",
          "SELECT group_concat(x, '|') FROM (SELECT origin || ':' || oseq || ':' || reason || ':' || "
          "newer_type "
          "AS x FROM refusal ORDER BY origin, oseq)",
          "SELECT group_concat(x, '|') FROM (SELECT record_id || name || hlc || origin || coalesce(value, "
          "'-') AS x "
          "FROM field_leaf ORDER BY 1)",
          "SELECT group_concat(x, '|') FROM (SELECT record_id || name || hlc || origin AS x FROM superseded "
          "ORDER BY 1)",
          "SELECT group_concat(x, '|') FROM (SELECT record_id || name || hlc || origin || coalesce(value, "
          "'-') AS x "
          "FROM field ORDER BY 1)"}) {
        QCOMPARE(queryText(*m_msit->vault, sql), queryText(*m_auditor->vault, sql));
    }
    QCOMPARE(m_msit->store->get(*milestone)->fields.value(QStringLiteral("status")).toString(),
             QStringLiteral("in_progress"));
    QCOMPARE(m_msit->store->get(*caio)->fields.value(QStringLiteral("ministry")).toString(), msitId);
    QVERIFY(!m_msit->store->get(*forged));
    // Logged once, and the logs still verify.
    auto entries = AuditLog(*m_msit->vault).entries({});
    QVERIFY(entries);
    QCOMPARE(entries->first().action, QStringLiteral("taken-up"));
    QVERIFY2(entries->first().summary.contains(QStringLiteral("\"applied\":11")),
             qPrintable(entries->first().summary));
    auto chains = AuditLog(*m_msit->vault).verify();
    QVERIFY(chains);
    for (const ChainStatus& chain : *chains) {
        QVERIFY2(chain.intact, qPrintable(chain.problem));
    }
    // Once only.
    auto again = takeUpKeptChanges(*m_msit->vault, *m_msit->store);
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    // What the secretariat sends next applies on top.
    edited.insert(QStringLiteral("status"), QStringLiteral("done"));
    QVERIFY(m_sec->store->put(QStringLiteral("milestone"), *milestone, edited));
    auto fifth = m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("5.otbundle"));
    QVERIFY(fifth);
    QCOMPARE(fifth->applied, 1);
    QCOMPARE(fifth->kept, 0);
    QCOMPARE(m_msit->store->get(*milestone)->fields, m_sec->store->get(*milestone)->fields);
}

// An edit of a newer version's record that reaches MSIT before the record's creation (its
// creator was not trusted at MSIT when the secretariat relayed it): kept, it is taken up
// after its creation, as the import would have held it; an edit that arrives after the
// upgrade but before the take-up is kept with them. MSIT ends like the auditor.
void TestSyncRefusals::keptEditsWaitForTheirKeptCreation()
{
    makeCommittee();
    bool upgraded = false;
    makeMsitOlder({QStringLiteral("caio")}, &upgraded);
    QString moeId;
    auto ministries = m_sec->store->list({QStringLiteral("ministry")});
    QVERIFY(ministries);
    for (const StoredRecord& ministry : std::as_const(*ministries)) {
        if (ministry.fields.value(QStringLiteral("code")).toString() == QLatin1String("MOE")) {
            moeId = ministry.id;
        }
    }
    QVERIFY(!moeId.isEmpty());

    // MSIT's roster leaves MOE out for a while (as when a site is dropped and listed again:
    // only the root issues rosters, so the test sets MSIT's copy); MOE names its CAIO.
    const auto setTrust = [this](bool trusted) {
        Statement mark(m_msit->vault->handle(), "UPDATE site SET trusted = ? WHERE id = ?");
        return mark.bind(1, qint64(trusted ? 1 : 0)).bind(2, m_moe->id).exec() == SQLITE_OK;
    };
    QVERIFY(setTrust(false));
    auto caio = m_moe->store->put(QStringLiteral("caio"), {},
                                  {{QStringLiteral("ministry"), moeId},
                                   {QStringLiteral("rank"), QStringLiteral("director-general")},
                                   {QStringLiteral("status"), QStringLiteral("active")}});
    QVERIFY(caio);
    QByteArray bundle = send(*m_moe, {m_sec.get(), m_auditor.get()});
    QVERIFY(m_sec->sync->import(bundle, QStringLiteral("1.otbundle")));
    QVERIFY(m_auditor->sync->import(bundle, QStringLiteral("1.otbundle")));
    // The secretariat edits it and relays MOE's creation: MSIT leaves the creation out
    // (MOE is not trusted there) and keeps the edit.
    QJsonObject fields = m_sec->store->get(*caio)->fields;
    fields.insert(QStringLiteral("rank"), QStringLiteral("vice-minister"));
    QVERIFY(m_sec->store->put(QStringLiteral("caio"), *caio, fields));
    bundle = send(*m_sec, {m_msit.get(), m_auditor.get()});
    auto edit = m_msit->sync->import(bundle, QStringLiteral("2.otbundle"));
    QVERIFY(edit);
    QCOMPARE(edit->kept, 1);
    QVERIFY(m_auditor->sync->import(bundle, QStringLiteral("2.otbundle")));
    // Trusted again: the next relay brings the creation, kept after the edit.
    QVERIFY(setTrust(true));
    QVERIFY(m_sec->store->put(QStringLiteral("milestone"), {},
                              {{QStringLiteral("title"), QStringLiteral("Relay")},
                               {QStringLiteral("due"), QStringLiteral("2027-02-01")},
                               {QStringLiteral("status"), QStringLiteral("planned")}}));
    bundle = send(*m_sec, {m_msit.get(), m_auditor.get()});
    auto creation = m_msit->sync->import(bundle, QStringLiteral("3.otbundle"));
    QVERIFY(creation);
    QCOMPARE(creation->kept, 4);
    QVERIFY(m_auditor->sync->import(bundle, QStringLiteral("3.otbundle")));

    // Upgraded, and before the vault is opened again, one more edit arrives: kept with its
    // kept creation (it does not wait, and is not refused).
    upgraded = true;
    fields.insert(QStringLiteral("status"), QStringLiteral("ended"));
    QVERIFY(m_sec->store->put(QStringLiteral("caio"), *caio, fields));
    bundle = send(*m_sec, {m_msit.get(), m_auditor.get()});
    auto later = m_msit->sync->import(bundle, QStringLiteral("4.otbundle"));
    QVERIFY(later);
    QCOMPARE(later->kept, 1);
    QCOMPARE(later->refused, 0);
    QVERIFY(later->notes.join(QLatin1Char(' ')).indexOf(QStringLiteral("wait")) < 0);
    QVERIFY(m_auditor->sync->import(bundle, QStringLiteral("4.otbundle")));

    // The take-up: the creation, then both edits.
    auto text = takeUpKeptChanges(*m_msit->vault, *m_msit->store);
    QVERIFY2(text, text ? "" : qPrintable(text.error().message));
    QVERIFY2(text->contains(QStringLiteral("6 change(s) kept")), qPrintable(*text));
    QVERIFY2(!text->contains(QStringLiteral("refused")), qPrintable(*text));
    QCOMPARE(m_msit->store->get(*caio)->fields.value(QStringLiteral("rank")).toString(),
             QStringLiteral("vice-minister"));
    QCOMPARE(m_msit->store->get(*caio)->fields.value(QStringLiteral("status")).toString(),
             QStringLiteral("ended"));
    QCOMPARE(canonicalDump(*m_msit), canonicalDump(*m_auditor));
    QCOMPARE(queryText(*m_msit->vault, "SELECT count(*) FROM refusal"), QStringLiteral("0"));
}

#include "tst_sync_refusals.moc"
