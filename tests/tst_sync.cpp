#include "SyncCommittee.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace oneteam;
using namespace oneteam::test;

// Sync through bundles (docs/bundle-format.md): merge properties over random histories,
// conflicts kept and settled, and changes that wait for what they depend on. Every way a
// bundle is refused is in tst_sync_refusals.
class TestSync : public SyncCommittee
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void convergesOverRandomExchanges();
    void concurrentEditIsKeptAsConflictAndSettled();
    void editConcurrentWithDeleteIsAConflict();
    void relayedEditAppliesAfterTheCreationItSaw();
    void changesDatedAheadWait();
    void fieldsFromANewerVersionSurviveAnOlderSite();
};

// Five sites make 2,000 random creates, concurrent updates of the same fields and
// deletions, and exchange bundles in random order with drops, duplicates and re-sends.
// At the end every site holds the same data and the same conflicts, and every value
// written is still there: the field's value, a conflict's value, or one that a later
// write at some site replaced having seen it.
void TestSync::convergesOverRandomExchanges()
{
    const quint32 seed = qEnvironmentVariableIsSet("ONETEAM_SYNC_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ONETEAM_SYNC_SEED"))
                             : 20261129u;
    qInfo("seed %u (ONETEAM_SYNC_SEED to replay)", seed);
    QRandomGenerator random(seed);
    const QString dir = m_dir->path();
    std::vector<std::unique_ptr<TestSite>> sites;
    sites.push_back(makeSite(dir, QStringLiteral("root"), QStringLiteral("secretariat")));
    for (int i = 1; i < 5; ++i) {
        sites.push_back(makeSite(dir, QStringLiteral("site%1").arg(i), QStringLiteral("secretariat")));
    }
    QList<std::pair<TestSite*, QString>> members;
    for (std::size_t i = 1; i < sites.size(); ++i) {
        QVERIFY(sites[i]);
        members.append({sites[i].get(), QStringLiteral("secretariat")});
    }
    QVERIFY(enrol(*sites[0], members, dir));

    struct Mail
    {
        std::size_t to;
        QByteArray bundle;
    };
    QList<Mail> mailbox;
    QSet<QString> written;         // "record field value" of every write
    QSet<QString> seenAndReplaced; // values a write replaced or a deletion saw
    const QStringList fields{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    int value = 0;
    int delivered = 0;
    int deliveryFailures = 0;
    auto deliver = [&](int count) {
        for (int n = 0; n < count && !mailbox.isEmpty(); ++n) {
            const Mail mail = mailbox.takeAt(random.bounded(int(mailbox.size())));
            auto report = sites[mail.to]->sync->import(mail.bundle, QStringLiteral("mail.otbundle"));
            deliveryFailures += report ? 0 : 1;
            ++delivered;
        }
    };
    for (int op = 0; op < 2000; ++op) {
        TestSite& site = *sites[random.bounded(int(sites.size()))];
        const int kind = random.bounded(100);
        auto live = site.store->list({QStringLiteral("note")});
        QVERIFY(live);
        if (kind < 15 || live->isEmpty()) {
            QJsonObject fields0;
            for (const QString& field : fields) {
                const QString text = QStringLiteral("v%1").arg(++value);
                fields0.insert(field, text);
            }
            auto id = site.store->put(QStringLiteral("note"), {}, fields0);
            QVERIFY(id);
            for (const QString& field : fields) {
                written.insert(*id + QLatin1Char(' ') + field + QLatin1Char(' ') +
                               fields0.value(field).toString());
            }
        } else if (kind < 75) {
            const StoredRecord& record = live->at(random.bounded(int(live->size())));
            QJsonObject changed = record.fields;
            const QString field = fields.at(random.bounded(int(fields.size())));
            if (changed.contains(field)) {
                seenAndReplaced.insert(record.id + QLatin1Char(' ') + field + QLatin1Char(' ') +
                                       changed.value(field).toString());
            }
            if (random.bounded(10) == 0) {
                changed.remove(field);
            } else {
                const QString text = QStringLiteral("v%1").arg(++value);
                changed.insert(field, text);
                written.insert(record.id + QLatin1Char(' ') + field + QLatin1Char(' ') + text);
            }
            QVERIFY(site.store->put(QStringLiteral("note"), record.id, changed));
        } else if (kind < 82) {
            const StoredRecord& record = live->at(random.bounded(int(live->size())));
            for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
                seenAndReplaced.insert(record.id + QLatin1Char(' ') + it.key() + QLatin1Char(' ') +
                                       it.value().toString());
            }
            // A deletion also replaces the conflicting values this site shows for the record.
            auto shown = site.store->conflicts(record.id);
            QVERIFY(shown);
            for (const Conflict& conflict : *shown) {
                seenAndReplaced.insert(record.id + QLatin1Char(' ') + conflict.field + QLatin1Char(' ') +
                                       conflict.otherValue.toString());
            }
            QVERIFY(site.store->remove(record.id));
        } else if (kind < 94) {
            // A bundle to one or several sites; some are lost, some arrive twice.
            QStringList to;
            QList<std::size_t> targets;
            for (std::size_t i = 0; i < sites.size(); ++i) {
                if (sites[i].get() != &site && random.bounded(2) == 0) {
                    to << sites[i]->id;
                    targets << i;
                }
            }
            if (to.isEmpty()) {
                continue;
            }
            const QByteArray bundle = bundleFor(site, to, dir);
            QVERIFY(!bundle.isEmpty());
            for (std::size_t target : targets) {
                const int fate = random.bounded(10);
                if (fate == 0) {
                    continue; // lost on the way
                }
                mailbox.append({target, bundle});
                if (fate == 1) {
                    mailbox.append({target, bundle}); // carried twice
                }
            }
        } else {
            deliver(1 + random.bounded(4));
        }
    }
    deliver(int(mailbox.size()));
    QCOMPARE(deliveryFailures, 0);
    QVERIFY(delivered > 100);
    // Everyone sends to everyone until nothing new arrives.
    for (int round = 0; round < 4; ++round) {
        for (auto& from : sites) {
            for (auto& to : sites) {
                if (from == to) {
                    continue;
                }
                auto report =
                    to->sync->import(bundleFor(*from, {to->id}, dir), QStringLiteral("final.otbundle"));
                QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
            }
        }
    }
    const QString reference = canonicalDump(*sites[0]);
    for (std::size_t i = 1; i < sites.size(); ++i) {
        QCOMPARE(canonicalDump(*sites[i]), reference);
    }
    // Nothing silently lost.
    auto records = sites[0]->store->list({QStringLiteral("note"), {}, {}, false, -1, 0, true});
    auto conflicts = sites[0]->store->conflicts();
    QVERIFY(records && conflicts);
    QSet<QString> present;
    for (const StoredRecord& record : *records) {
        for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
            present.insert(record.id + QLatin1Char(' ') + it.key() + QLatin1Char(' ') +
                           it.value().toString());
        }
    }
    int conflictValues = 0;
    for (const Conflict& conflict : *conflicts) {
        present.insert(conflict.recordId + QLatin1Char(' ') + conflict.field + QLatin1Char(' ') +
                       conflict.otherValue.toString());
        ++conflictValues;
    }
    QStringList lost;
    for (const QString& entry : std::as_const(written)) {
        if (!present.contains(entry) && !seenAndReplaced.contains(entry)) {
            lost << entry;
        }
    }
    if (!lost.isEmpty() && qEnvironmentVariableIsSet("ONETEAM_SYNC_DEBUG")) {
        const QString record = lost.first().section(QLatin1Char(' '), 0, 0);
        const QString field = lost.first().section(QLatin1Char(' '), 1, 1);
        Statement rows(
            sites[0]->vault->handle(),
            "SELECT hlc, origin, name, value, prev, applied FROM change WHERE record_id = ? ORDER BY hlc");
        rows.bind(1, record);
        while (rows.next()) {
            if (rows.text(2) == field || rows.text(2).startsWith(QLatin1Char('~'))) {
                qInfo() << rows.text(0) << rows.text(1).left(4) << rows.text(2) << rows.text(3)
                        << rows.text(4) << rows.integer(5);
            }
        }
        Statement leaves(sites[0]->vault->handle(),
                         "SELECT name, hlc, origin, value FROM field_leaf WHERE record_id = ?");
        leaves.bind(1, record);
        while (leaves.next()) {
            qInfo() << "leaf" << leaves.text(0) << leaves.text(1) << leaves.text(2).left(4) << leaves.text(3);
        }
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.mid(0, 10).join(QStringLiteral("; "))));
    QVERIFY2(conflictValues > 0, "random concurrent edits should have made conflicts");
    qInfo("%lld records, %d conflicts, %d bundles delivered", qint64(records->size()), conflictValues,
          delivered);
}

void TestSync::concurrentEditIsKeptAsConflictAndSettled()
{
    makeCommittee();
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    QVERIFY(!action.isEmpty());
    RecordService secService(*m_sec->store, QStringLiteral("secretariat"));
    RecordService msitService(*m_msit->store, QStringLiteral("ministry:MSIT"));
    QJsonObject fields = m_sec->store->get(action)->fields;
    fields.insert(QStringLiteral("id"), action);
    fields.insert(QStringLiteral("progress"), 60);
    QVERIFY(std::holds_alternative<RecordService::Saved>(msitService.put(QStringLiteral("action"), fields)));
    // The secretariat's edit comes later by the clock. Two edits within one millisecond at
    // two sites tie on time and are ordered by site id (random here), which is correct but
    // is not what this test is about.
    QThread::msleep(3);
    fields.insert(QStringLiteral("progress"), 45);
    QVERIFY(std::holds_alternative<RecordService::Saved>(secService.put(QStringLiteral("action"), fields)));

    auto atSec = m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle"));
    QVERIFY(atSec);
    QCOMPARE(atSec->applied, 1);
    QCOMPARE(atSec->conflictsAfter, 1);
    auto atMsit = m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s.otbundle"));
    QVERIFY(atMsit);
    // Both sites show the same winner (the later clock: the secretariat's) and keep the other.
    QCOMPARE(m_sec->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 45);
    QCOMPARE(m_msit->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 45);
    auto conflicts = m_msit->store->conflicts();
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().field, QStringLiteral("progress"));
    QCOMPARE(conflicts->first().otherValue.toInt(), 60);
    QCOMPARE(conflicts->first().other.origin, m_msit->id);
    QCOMPARE(conflicts->first().kept.origin, m_sec->id);

    // The secretariat keeps the ministry's value; the settlement travels and ends it everywhere.
    QVERIFY(m_sec->store->resolve(action, QStringLiteral("progress"), 60));
    QVERIFY(m_sec->store->conflicts()->isEmpty());
    QVERIFY(m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s2.otbundle")));
    QVERIFY(m_msit->store->conflicts()->isEmpty());
    QCOMPARE(m_msit->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 60);
    QCOMPARE(canonicalDump(*m_msit), canonicalDump(*m_sec));
}

void TestSync::editConcurrentWithDeleteIsAConflict()
{
    makeCommittee();
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    RecordService msitService(*m_msit->store, QStringLiteral("ministry:MSIT"));
    QJsonObject fields = m_msit->store->get(action)->fields;
    fields.insert(QStringLiteral("id"), action);
    fields.insert(QStringLiteral("evidence"), QStringLiteral("Report filed"));
    QVERIFY(std::holds_alternative<RecordService::Saved>(msitService.put(QStringLiteral("action"), fields)));
    QVERIFY(m_sec->store->remove(action));

    QVERIFY(m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle")));
    QVERIFY(m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s.otbundle")));
    for (TestSite* site : {m_sec.get(), m_msit.get()}) {
        QVERIFY(site->store->get(action)->deleted);
        auto conflicts = site->store->conflicts();
        QCOMPARE(conflicts->size(), 1);
        QVERIFY(conflicts->first().deletedRecord);
        QCOMPARE(conflicts->first().field, QStringLiteral("evidence"));
        QCOMPARE(conflicts->first().otherValue.toString(), QStringLiteral("Report filed"));
    }
    // Restored with the ministry's edit; nothing left to review on either side.
    QVERIFY(m_sec->store->resolveDeletion(action, false));
    QVERIFY(m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s2.otbundle")));
    for (TestSite* site : {m_sec.get(), m_msit.get()}) {
        QVERIFY(!site->store->get(action)->deleted);
        QCOMPARE(site->store->get(action)->fields.value(QStringLiteral("evidence")).toString(),
                 QStringLiteral("Report filed"));
        QVERIFY(site->store->conflicts()->isEmpty());
    }
}

// The secretariat relays its creation of an action and MSIT's update of it in one bundle.
// MSIT's site id sorts first, so its run comes first in the payload: it must still be
// applied after the creation it saw, not refused as a ministry creating an action.
void TestSync::relayedEditAppliesAfterTheCreationItSaw()
{
    const QString dir = m_dir->path();
    auto sec = makeSite(dir, QStringLiteral("sec"), QStringLiteral("secretariat"), syncPolicy,
                        QStringLiteral("ffffffff-0000-4000-8000-000000000000"));
    auto msit = makeSite(dir, QStringLiteral("msit"), QStringLiteral("ministry:MSIT"), syncPolicy,
                         QStringLiteral("00000000-0000-4000-8000-000000000001"));
    auto moe = makeSite(dir, QStringLiteral("moe"), QStringLiteral("ministry:MOE"), syncPolicy,
                        QStringLiteral("00000000-0000-4000-8000-000000000002"));
    RecordService service(*sec->store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY(SampleDataset::load(service, &error) > 0);
    QVERIFY(enrol(
        *sec, {{msit.get(), QStringLiteral("ministry:MSIT")}, {moe.get(), QStringLiteral("ministry:MOE")}},
        dir));
    QString msitId;
    auto ministries = sec->store->list({QStringLiteral("ministry")});
    for (const StoredRecord& ministry : *ministries) {
        if (ministry.fields.value(QStringLiteral("code")).toString() == QLatin1String("MSIT")) {
            msitId = ministry.id;
        }
    }
    const QString resolution = sec->store->list({QStringLiteral("resolution")})->first().id;
    auto created =
        service.put(QStringLiteral("action"), {{QStringLiteral("resolution"), resolution},
                                               {QStringLiteral("description"), QStringLiteral("Open data")},
                                               {QStringLiteral("owner_ministry"), msitId},
                                               {QStringLiteral("status"), QStringLiteral("not-started")}});
    QVERIFY(std::holds_alternative<RecordService::Saved>(created));
    const QString action = std::get<RecordService::Saved>(created).id;
    QVERIFY(msit->sync->import(send(*sec, {msit.get()}), QStringLiteral("s.otbundle")));
    RecordService msitService(*msit->store, QStringLiteral("ministry:MSIT"));
    QJsonObject fields = msit->store->get(action)->fields;
    fields.insert(QStringLiteral("id"), action);
    fields.insert(QStringLiteral("progress"), 20);
    QVERIFY(std::holds_alternative<RecordService::Saved>(msitService.put(QStringLiteral("action"), fields)));
    QVERIFY(sec->sync->import(send(*msit, {sec.get()}), QStringLiteral("m.otbundle")));

    auto atMoe = moe->sync->import(send(*sec, {moe.get()}), QStringLiteral("relay.otbundle"));
    QVERIFY(atMoe);
    QCOMPARE(atMoe->refused, 0);
    QCOMPARE(moe->store->get(action)->fields.value(QStringLiteral("progress")).toInt(), 20);
    QCOMPARE(canonicalDump(*moe), canonicalDump(*sec));
}

// A site whose clock runs two days ahead: its changes wait instead of winning every later
// edit, and they do not drag the receiving site's clock with them.
void TestSync::changesDatedAheadWait()
{
    makeCommittee();
    const qint64 twoDays = 2LL * 24 * 60 * 60 * 1000;
    RecordStore ahead(*m_msit->vault, [twoDays] { return QDateTime::currentMSecsSinceEpoch() + twoDays; });
    const QString action = actionOf(*m_msit, QStringLiteral("MSIT"));
    QJsonObject fields = ahead.get(action)->fields;
    fields.insert(QStringLiteral("progress"), 99);
    QVERIFY(ahead.put(QStringLiteral("action"), action, fields));
    const QString before = canonicalDump(*m_sec);
    auto report = m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle"));
    QVERIFY(report);
    QCOMPARE(report->applied, 0);
    QVERIFY(report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("ahead")));
    QCOMPARE(canonicalDump(*m_sec), before);
    // The secretariat's own next change is dated now, not two days on.
    const QString milestone =
        *m_sec->store->put(QStringLiteral("milestone"), {}, {{QStringLiteral("title"), QStringLiteral("x")}});
    const QString stamp = m_sec->store->changes(milestone)->first().hlc;
    qint64 wall = 0;
    qint64 counter = 0;
    QVERIFY(Hlc::parse(stamp, &wall, &counter));
    QVERIFY(wall < QDateTime::currentMSecsSinceEpoch() + 60 * 1000);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

// The secretariat runs a newer version with a field this one does not know (it writes it
// straight to the store, as its own RecordService would). The ministry's older version
// receives it, reports progress through its RecordService with the fields it knows, and
// sends that back: the field arrives, stays, and is not cleared by the ministry's edit.
void TestSync::fieldsFromANewerVersionSurviveAnOlderSite()
{
    makeCommittee();
    const QString action = actionOf(*m_sec, QStringLiteral("MSIT"));
    QVERIFY(!action.isEmpty());
    QJsonObject newer = m_sec->store->get(action)->fields;
    newer.insert(QStringLiteral("risk"), QStringLiteral("high"));
    QVERIFY(m_sec->store->put(QStringLiteral("action"), action, newer));
    auto received = m_msit->sync->import(send(*m_sec, {m_msit.get()}), QStringLiteral("s.otbundle"));
    QVERIFY(received);
    QCOMPARE(received->refused, 0);
    QCOMPARE(m_msit->store->get(action)->fields.value(QStringLiteral("risk")).toString(),
             QStringLiteral("high"));

    RecordService msit(*m_msit->store, QStringLiteral("ministry:MSIT"));
    QJsonObject known;
    for (const FieldSpec& spec : RecordType::find(QStringLiteral("action"))->fields) {
        const QJsonValue value = newer.value(QLatin1String(spec.name));
        if (!value.isUndefined()) {
            known.insert(QLatin1String(spec.name), value);
        }
    }
    known.insert(QStringLiteral("id"), action);
    known.insert(QStringLiteral("progress"), 70);
    auto saved = msit.put(QStringLiteral("action"), known);
    const auto* refused = std::get_if<RecordError>(&saved);
    QVERIFY2(!refused, refused ? qPrintable(refused->message) : "");

    auto back = m_sec->sync->import(send(*m_msit, {m_sec.get()}), QStringLiteral("m.otbundle"));
    QVERIFY(back);
    QCOMPARE(back->refused, 0);
    QCOMPARE(back->applied, 1);
    const QJsonObject atSecretariat = m_sec->store->get(action)->fields;
    QCOMPARE(atSecretariat.value(QStringLiteral("risk")).toString(), QStringLiteral("high"));
    QCOMPARE(atSecretariat.value(QStringLiteral("progress")).toInt(), 70);
    QCOMPARE(canonicalDump(*m_msit), canonicalDump(*m_sec));
}
