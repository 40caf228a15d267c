#include "RecordStore.h"
#include "VaultTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// The single write path: records, field clocks and the change log move together.
class TestRecordStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createLogsEveryField();
    void updateLogsOnlyWhatChanged();
    void deleteIsATombstone();
    void restoreLiftsTheTombstoneAndSaysSo();
    void listsTheRecordsThatReferToOne();
    void refusesTypeChangeAndChangesNothing();
    void listsFiltersSortsAndPages();
    void searchIndexFollowsEveryWrite();
    void clockNeverRunsBackwards();
    void hlcFormatSorts();

private:
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Vault> m_vault;
};

void TestRecordStore::init()
{
    m_dir = new QTemporaryDir;
    auto vault = Vault::create(m_dir->filePath(QStringLiteral("records.otvault")), secret("p"), secretariat(),
                               cheapOptions());
    QVERIFY(vault);
    m_vault = std::move(*vault);
}

void TestRecordStore::cleanup()
{
    m_vault.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestRecordStore::createLogsEveryField()
{
    RecordStore store(*m_vault);
    QVERIFY(!store.siteId().isEmpty());
    const QJsonObject fields{{QStringLiteral("code"), QStringLiteral("MSIT")},
                             {QStringLiteral("name_ko"), QStringLiteral("과학기술정보통신부")},
                             {QStringLiteral("budget"), qint64(5'100'000'000'000)}};
    auto id = store.put(QStringLiteral("ministry"), QString(), fields);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QCOMPARE(id->size(), 36);
    auto record = store.get(*id);
    QVERIFY(record);
    QCOMPARE(record->type, QStringLiteral("ministry"));
    QCOMPARE(record->fields, fields);
    QCOMPARE(record->fields.value(QStringLiteral("budget")).toInteger(), qint64(5'100'000'000'000));
    auto log = store.changes(*id);
    QVERIFY(log);
    QCOMPARE(log->size(), 4); // created + three fields
    QCOMPARE(log->at(0).field, QString());
    QString previous;
    for (const ChangeEntry& change : *log) {
        QCOMPARE(change.origin, store.siteId());
        QCOMPARE(change.recordId, *id);
        QVERIFY2(change.hlc > previous, qPrintable(change.hlc));
        previous = change.hlc;
    }
    QCOMPARE(log->at(1).field, QStringLiteral("budget"));
    QCOMPARE(log->at(1).value.toInteger(), qint64(5'100'000'000'000));
}

void TestRecordStore::updateLogsOnlyWhatChanged()
{
    RecordStore store(*m_vault);
    QJsonObject fields{
        {QStringLiteral("title_ko"), QStringLiteral("공공데이터 개방")},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("cooperating_ministries"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
    const QString id = store.put(QStringLiteral("resolution"), QString(), fields).value();
    const qsizetype initial = store.changes(id)->size();
    QCOMPARE(store.put(QStringLiteral("resolution"), id, fields).value(), id);
    QCOMPARE(store.changes(id)->size(), initial); // nothing changed, nothing logged

    fields.insert(QStringLiteral("status"), QStringLiteral("adopted"));
    fields.remove(QStringLiteral("cooperating_ministries"));
    QVERIFY(store.put(QStringLiteral("resolution"), id, fields));
    const auto log = store.changes(id).value();
    QCOMPARE(log.size(), initial + 2);
    QCOMPARE(log.at(initial).field, QStringLiteral("cooperating_ministries"));
    QVERIFY(log.at(initial).value.isNull()); // cleared, and the clearing is a change too
    QCOMPARE(log.at(initial + 1).field, QStringLiteral("status"));
    QCOMPARE(log.at(initial + 1).value.toString(), QStringLiteral("adopted"));
    QCOMPARE(store.get(id)->fields, fields);
}

void TestRecordStore::deleteIsATombstone()
{
    RecordStore store(*m_vault);
    const QString id = store
                           .put(QStringLiteral("milestone"), QString(),
                                {{QStringLiteral("title"), QStringLiteral("AI action plan")}})
                           .value();
    QVERIFY(store.remove(id));
    QVERIFY(store.get(id)->deleted);
    QCOMPARE(store.changes(id)->last().field, QStringLiteral("~deleted"));
    QCOMPARE(store.count({QStringLiteral("milestone")}).value(), 0);
    ListQuery all{QStringLiteral("milestone")};
    all.includeDeleted = true;
    QCOMPARE(store.count(all).value(), 1);
    QCOMPARE(store.remove(id).error().code, StorageErrorCode::InvalidArgument);
    QCOMPARE(store.put(QStringLiteral("milestone"), id, {}).error().code, StorageErrorCode::InvalidArgument);
    QCOMPARE(store.remove(QStringLiteral("no-such-id")).error().code, StorageErrorCode::InvalidArgument);
}

void TestRecordStore::restoreLiftsTheTombstoneAndSaysSo()
{
    RecordStore store(*m_vault);
    QStringList announced;
    connect(
        store.events(), &RecordEvents::changed, this,
        [&announced](const QString& type, const QString& id) { announced << type + QLatin1Char(' ') + id; });
    const QString id = store
                           .put(QStringLiteral("milestone"), QString(),
                                {{QStringLiteral("title"), QStringLiteral("AI action plan")}})
                           .value();
    QCOMPARE(store.restore(id).error().code, StorageErrorCode::InvalidArgument); // not deleted
    QVERIFY(store.remove(id));
    QVERIFY(store.restore(id));
    QVERIFY(!store.get(id)->deleted);
    QCOMPARE(store.count({QStringLiteral("milestone")}).value(), 1);
    const ChangeEntry last = store.changes(id)->last();
    QCOMPARE(last.field, QStringLiteral("~deleted"));
    QCOMPARE(last.value, QJsonValue(false));
    // Each write that changed something is announced once; the refused one is not.
    const QString expected = QStringLiteral("milestone ") + id;
    QCOMPARE(announced, (QStringList{expected, expected, expected}));
    QCOMPARE(store.restore(QStringLiteral("no-such-id")).error().code, StorageErrorCode::InvalidArgument);
}

void TestRecordStore::listsTheRecordsThatReferToOne()
{
    RecordStore store(*m_vault);
    const QString msit =
        store.put(QStringLiteral("ministry"), QString(), {{QStringLiteral("code"), QStringLiteral("MSIT")}})
            .value();
    const QString moe =
        store.put(QStringLiteral("ministry"), QString(), {{QStringLiteral("code"), QStringLiteral("MOE")}})
            .value();
    const QString lead = store
                             .put(QStringLiteral("resolution"), QString(),
                                  {{QStringLiteral("lead_ministry"), msit},
                                   {QStringLiteral("cooperating_ministries"), QJsonArray{moe}}})
                             .value();
    const QString both = store
                             .put(QStringLiteral("resolution"), QString(),
                                  {{QStringLiteral("lead_ministry"), moe},
                                   {QStringLiteral("cooperating_ministries"), QJsonArray{moe, msit}}})
                             .value();
    ListQuery query{QStringLiteral("resolution")};
    query.refField = QStringLiteral("lead_ministry");
    query.refId = msit;
    QCOMPARE(store.count(query).value(), 1);
    QCOMPARE(store.list(query)->first().id, lead);
    query.refField = QStringLiteral("cooperating_ministries"); // a list: contains
    QCOMPARE(store.list(query)->size(), 1);
    QCOMPARE(store.list(query)->first().id, both);
    query.refId = moe;
    QCOMPARE(store.count(query).value(), 2);
    query.refId = QStringLiteral("nobody");
    QCOMPARE(store.count(query).value(), 0);
    query.refField = QStringLiteral("x') OR 1=1 --");
    QCOMPARE(store.list(query).error().code, StorageErrorCode::InvalidArgument);
}

void TestRecordStore::refusesTypeChangeAndChangesNothing()
{
    RecordStore store(*m_vault);
    const QString id = store
                           .put(QStringLiteral("person"), QString(),
                                {{QStringLiteral("name_en"), QStringLiteral("Ha Jung-woo")}})
                           .value();
    const qsizetype before = store.changes()->size();
    const auto refused =
        store.put(QStringLiteral("ministry"), id, {{QStringLiteral("code"), QStringLiteral("X")}});
    QCOMPARE(refused.error().code, StorageErrorCode::InvalidArgument);
    QCOMPARE(store.changes()->size(), before);
    QCOMPARE(store.get(id)->fields.value(QStringLiteral("name_en")).toString(),
             QStringLiteral("Ha Jung-woo"));
}

void TestRecordStore::listsFiltersSortsAndPages()
{
    RecordStore store(*m_vault);
    const QStringList names{QStringLiteral("교육부"), QStringLiteral("국방부"),
                            QStringLiteral("과학기술정보통신부"), QStringLiteral("외교부"),
                            QStringLiteral("법무부")};
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(store.put(QStringLiteral("ministry"), QString(),
                          {{QStringLiteral("name_ko"), names[i]}, {QStringLiteral("rank"), i}}));
    }
    QVERIFY(store.put(QStringLiteral("person"), QString(),
                      {{QStringLiteral("name_ko"), QStringLiteral("국방부 장관")}}));
    QCOMPARE(store.count({QStringLiteral("ministry")}).value(), 5);
    ListQuery filtered{QStringLiteral("ministry"), QStringLiteral("부")};
    QCOMPARE(store.count(filtered).value(), 5);
    filtered.filter = QStringLiteral("국방");
    const auto found = store.list(filtered).value();
    QCOMPARE(found.size(), 1); // the person matches too, but is not a ministry
    QCOMPARE(found.first().fields.value(QStringLiteral("name_ko")).toString(), QStringLiteral("국방부"));

    ListQuery sorted{QStringLiteral("ministry")};
    sorted.sortField = QStringLiteral("rank");
    sorted.descending = true;
    sorted.limit = 2;
    sorted.offset = 1;
    const auto page = store.list(sorted).value();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).fields.value(QStringLiteral("rank")).toInt(), 3);
    QCOMPARE(page.at(1).fields.value(QStringLiteral("rank")).toInt(), 2);
    sorted.sortField = QStringLiteral("rank'); DROP TABLE record; --");
    QCOMPARE(store.list(sorted).error().code, StorageErrorCode::InvalidArgument);
}

// The trigram index (filters of three or more characters) is written once per
// transaction by the store: it must follow inserts, updates, rollbacks (also of nested
// savepoints, whose row ids come back) and changes applied from other sites.
void TestRecordStore::searchIndexFollowsEveryWrite()
{
    RecordStore store(*m_vault);
    auto found = [&store](const QString& text) {
        return store.count({QStringLiteral("milestone"), text}).value();
    };
    const QString id = *store.put(QStringLiteral("milestone"), {},
                                  {{QStringLiteral("title"), QStringLiteral("Alpha report")}});
    QCOMPARE(found(QStringLiteral("alpha")), 1);
    QVERIFY(store.put(QStringLiteral("milestone"), id,
                      {{QStringLiteral("title"), QStringLiteral("Bravo summary")}}));
    QCOMPARE(found(QStringLiteral("alpha")), 0);
    QCOMPARE(found(QStringLiteral("bravo summary")), 1);

    // A failed transaction leaves no trace in the index.
    const Status failed = store.inTransaction([&]() -> Status {
        (void)store.put(QStringLiteral("milestone"), id,
                        {{QStringLiteral("title"), QStringLiteral("Charlie")}});
        (void)store.put(QStringLiteral("milestone"), {},
                        {{QStringLiteral("title"), QStringLiteral("Delta")}});
        return StorageError::make(StorageErrorCode::InvalidArgument, QStringLiteral("no"));
    });
    QVERIFY(!failed);
    QCOMPARE(found(QStringLiteral("charlie")), 0);
    QCOMPARE(found(QStringLiteral("delta")), 0);
    QCOMPARE(found(QStringLiteral("bravo")), 1);

    // A nested savepoint rolls back an insert; the next insert takes its row id.
    const Status outer = store.inTransaction([&]() -> Status {
        const Status inner = store.inTransaction([&]() -> Status {
            (void)store.put(QStringLiteral("milestone"), {},
                            {{QStringLiteral("title"), QStringLiteral("Echo")}});
            return StorageError::make(StorageErrorCode::InvalidArgument, QStringLiteral("no"));
        });
        if (inner) {
            return StorageError::make(StorageErrorCode::InvalidArgument, QStringLiteral("inner should fail"));
        }
        for (int i = 0; i < 50; ++i) {
            auto added = store.put(QStringLiteral("milestone"), {},
                                   {{QStringLiteral("title"), QStringLiteral("Foxtrot %1").arg(i)}});
            if (!added) {
                return added.error();
            }
        }
        return store.put(QStringLiteral("milestone"), id, {{QStringLiteral("title"), QStringLiteral("Golf")}})
                   ? Status()
                   : Status(StorageError::make(StorageErrorCode::Io, QStringLiteral("put")));
    });
    QVERIFY(outer);
    QCOMPARE(found(QStringLiteral("echo")), 0);
    QCOMPARE(found(QStringLiteral("foxtrot")), 50);
    QCOMPARE(found(QStringLiteral("foxtrot 49")), 1);
    QCOMPARE(found(QStringLiteral("golf")), 1);
    QCOMPARE(found(QStringLiteral("bravo")), 0);

    // A change from another site.
    const LoggedChange remote{QStringLiteral("other-site"),      1,
                              Hlc::format(4'000'000'000'000, 0), id,
                              QStringLiteral("milestone"),       QStringLiteral("title"),
                              QStringLiteral("\"Hotel\""),       {}};
    const QByteArray chain(32, '\0');
    bool changed = false;
    QVERIFY(store.inTransaction([&] {
        return store.applyRemote(std::span<const LoggedChange>(&remote, 1),
                                 std::span<const QByteArray>(&chain, 1), true, &changed);
    }));
    QVERIFY(changed);
    QCOMPARE(found(QStringLiteral("hotel")), 1);
    QCOMPARE(found(QStringLiteral("golf")), 0);
}

void TestRecordStore::clockNeverRunsBackwards()
{
    qint64 wall = 1'764'000'000'000;
    QString last;
    {
        RecordStore store(*m_vault, [&wall] { return wall; });
        const QString id =
            store
                .put(QStringLiteral("milestone"), QString(), {{QStringLiteral("title"), QStringLiteral("a")}})
                .value();
        last = store.changes(id)->last().hlc;
    }
    // The wall clock steps back an hour, even across a reopen: new changes still sort later.
    m_vault->lock();
    QVERIFY(m_vault->unlock(secret("p")));
    wall -= 3'600'000;
    RecordStore store(*m_vault, [&wall] { return wall; });
    const QString id =
        store.put(QStringLiteral("milestone"), QString(), {{QStringLiteral("title"), QStringLiteral("b")}})
            .value();
    for (const ChangeEntry& change : store.changes(id).value()) {
        QVERIFY2(change.hlc > last, qPrintable(change.hlc + QStringLiteral(" <= ") + last));
        last = change.hlc;
    }
}

void TestRecordStore::hlcFormatSorts()
{
    qint64 wall = 5;
    Hlc clock([&wall] { return wall; });
    const QString a = clock.next();
    const QString b = clock.next();
    wall = 1000;
    const QString c = clock.next();
    QVERIFY(a < b && b < c);
    QCOMPARE(a, QStringLiteral("000000000000005.000000"));
    QCOMPARE(b, QStringLiteral("000000000000005.000001"));
    qint64 w = 0;
    qint64 n = 0;
    QVERIFY(Hlc::parse(c, &w, &n));
    QCOMPARE(w, 1000);
    QVERIFY(!Hlc::parse(QStringLiteral("garbage"), &w, &n));
    Hlc other([] { return qint64(1); });
    other.observe(c);
    QVERIFY(other.next() > c);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_record_store.moc"
