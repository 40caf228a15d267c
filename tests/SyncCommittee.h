#pragma once

// The committee's network on the sample data, shared by the sync tests (tst_sync,
// tst_sync_refusals): a secretariat, MSIT, MOE and an auditor, each with its own vault.
// A test class derives from SyncCommittee and calls setUp() and tearDown() from its
// init() and cleanup() slots.

#include "RecordService.h"
#include "SampleDataset.h"
#include "SyncPolicy.h"
#include "SyncTestSupport.h"

#include <QObject>
#include <QTest>

namespace oneteam::test {

class SyncCommittee : public QObject
{
protected:
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void tearDown()
    {
        m_auditor.reset();
        m_moe.reset();
        m_msit.reset();
        m_sec.reset();
        m_dir.reset();
    }

    // The four sites, the sample data at the secretariat, and everyone enrolled.
    void makeCommittee()
    {
        const QString dir = m_dir->path();
        m_sec = makeSite(dir, QStringLiteral("secretariat"), QStringLiteral("secretariat"), syncPolicy);
        m_msit = makeSite(dir, QStringLiteral("msit"), QStringLiteral("ministry:MSIT"), syncPolicy);
        m_moe = makeSite(dir, QStringLiteral("moe"), QStringLiteral("ministry:MOE"), syncPolicy);
        m_auditor = makeSite(dir, QStringLiteral("auditor"), QStringLiteral("auditor"), syncPolicy);
        QVERIFY(m_sec && m_msit && m_moe && m_auditor);
        RecordService service(*m_sec->store, QStringLiteral("secretariat"));
        QString error;
        QVERIFY2(SampleDataset::load(service, &error) > 0, qPrintable(error));
        QVERIFY(enrol(*m_sec,
                      {{m_msit.get(), QStringLiteral("ministry:MSIT")},
                       {m_moe.get(), QStringLiteral("ministry:MOE")},
                       {m_auditor.get(), QStringLiteral("auditor")}},
                      dir));
        QCOMPARE(canonicalDump(*m_msit), canonicalDump(*m_sec));
    }

    // The first action owned by the ministry with this code, at `site`.
    QString actionOf(TestSite& site, const QString& ministryCode)
    {
        auto ministries = site.store->list({QStringLiteral("ministry")});
        QString ministryId;
        for (const StoredRecord& ministry : *ministries) {
            if (ministry.fields.value(QStringLiteral("code")).toString() == ministryCode) {
                ministryId = ministry.id;
            }
        }
        auto actions = site.store->list({QStringLiteral("action")});
        for (const StoredRecord& action : *actions) {
            if (action.fields.value(QStringLiteral("owner_ministry")).toString() == ministryId) {
                return action.id;
            }
        }
        return {};
    }

    QByteArray send(TestSite& from, const QList<TestSite*>& to)
    {
        QStringList ids;
        for (TestSite* site : to) {
            ids << site->id;
        }
        return bundleFor(from, ids, m_dir->path());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSite> m_sec;
    std::unique_ptr<TestSite> m_msit;
    std::unique_ptr<TestSite> m_moe;
    std::unique_ptr<TestSite> m_auditor;
};

} // namespace oneteam::test
