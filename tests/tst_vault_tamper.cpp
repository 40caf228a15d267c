#include "VaultTestSupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace oneteam;
using namespace oneteam::test;

// Alters a closed vault in many ways; every alteration must end in the tampered error
// (or "not a vault" for the magic) and never in altered data.
class TestVaultTamper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void alteration_data();
    void alteration();
    void walFrameAlteredWhileOpen();
    void walFramePageNumberAltered();
    void hotJournalPageNumberAltered();
    void hotJournalHeaderAltered_data();
    void hotJournalHeaderAltered();
    void staleJournalIsNeverMet();

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    QByteArray m_bytes;
    QStringList m_rows;
    qint64 m_pages = 0;
};

void TestVaultTamper::initTestCase()
{
    m_pristine = m_dir.filePath(QStringLiteral("pristine.otvault"));
    auto vault = Vault::create(m_pristine, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    QCOMPARE(execSql(**vault, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
                              "CREATE INDEX note_body ON note(body);"),
             SQLITE_OK);
    QCOMPARE(execSql(**vault, "BEGIN"), SQLITE_OK);
    for (int i = 0; i < 400; ++i) {
        const QString body =
            QStringLiteral("row %1 %2").arg(i).arg(QString(i % 7 == 0 ? 3000 : 120, QLatin1Char('z')));
        m_rows << body;
        const QByteArray sql = "INSERT INTO note (body) VALUES ('" + body.toUtf8() + "')";
        QCOMPARE(execSql(**vault, sql.constData()), SQLITE_OK);
    }
    QCOMPARE(execSql(**vault, "COMMIT"), SQLITE_OK);
    vault->reset();
    QFile file(m_pristine);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    m_pages = (m_bytes.size() - 4096) / 4096;
    QVERIFY(m_pages > 20);
    QCOMPARE((m_bytes.size() - 4096) % 4096, 0);
}

void TestVaultTamper::alteration_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    QTest::addColumn<qint64>("page"); // the page the error must name; 0 when any
    const int tampered = int(StorageErrorCode::Tampered);
    const auto flipped = [this](qint64 offset) {
        QByteArray copy = m_bytes;
        copy[offset] = char(copy[offset] ^ 0x01);
        return copy;
    };
    QTest::newRow("header magic") << flipped(0) << int(StorageErrorCode::NotAVault) << qint64(0);
    for (qint64 offset : {8,   9,   12,  14,  15,  16,  31,  32,  40,  64,   66,   68,   76,   100,
                          110, 130, 160, 192, 250, 320, 340, 351, 400, 2048, 4000, 4063, 4064, 4095}) {
        QTest::newRow(qPrintable(QStringLiteral("header byte %1").arg(offset)))
            << flipped(offset) << tampered << qint64(0);
    }
    for (qint64 offset : {0, 16, 20, 28, 50, 99, 100, 101, 2000, 4067, 4068, 4079, 4080, 4095}) {
        QTest::newRow(qPrintable(QStringLiteral("page 1 byte %1").arg(offset)))
            << flipped(4096 + offset) << tampered << qint64(1);
    }
    auto* random = QRandomGenerator::global();
    for (qint64 page = 2; page <= m_pages; ++page) {
        const qint64 offset = random->bounded(4096);
        QTest::newRow(qPrintable(QStringLiteral("page %1 byte %2").arg(page).arg(offset)))
            << flipped(page * 4096 + offset) << tampered << page;
    }
    for (qint64 offset : {0, 1000, 4067, 4070, 4095}) {
        QTest::newRow(qPrintable(QStringLiteral("last page byte %1").arg(offset)))
            << flipped(m_pages * 4096 + offset) << tampered << m_pages;
    }
    const auto swapped = [this](qint64 a, qint64 b) {
        QByteArray copy = m_bytes;
        const QByteArray pa = copy.mid(a * 4096, 4096);
        copy.replace(a * 4096, 4096, copy.mid(b * 4096, 4096));
        copy.replace(b * 4096, 4096, pa);
        return copy;
    };
    QTest::newRow("swap pages 2 and 3") << swapped(2, 3) << tampered << qint64(0);
    QTest::newRow("swap page 1 and last") << swapped(1, m_pages) << tampered << qint64(0);
    QTest::newRow("swap middle pages") << swapped(m_pages / 2, m_pages / 2 + 1) << tampered << qint64(0);
    QTest::newRow("truncate to header") << m_bytes.left(4096) << tampered << qint64(0);
    QTest::newRow("truncate mid-page") << m_bytes.left(m_bytes.size() - 1000) << tampered << qint64(0);
    QTest::newRow("truncate last page") << m_bytes.left(m_bytes.size() - 4096) << tampered << qint64(0);
    QTest::newRow("truncate half") << m_bytes.left(4096 + (m_pages / 2) * 4096) << tampered << qint64(0);
    QTest::newRow("truncate into header")
        << m_bytes.left(3000) << int(StorageErrorCode::NotAVault) << qint64(0);
}

void TestVaultTamper::alteration()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    QFETCH(qint64, page);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("altered.otvault"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QByteArray before = fileHash(path);

    auto vault = Vault::open(path, secret("pass"), cheapOptions());
    if (!vault) {
        QCOMPARE(int(vault.error().code), expected);
        if (page > 0) {
            QCOMPARE(vault.error().page, page);
        }
        QCOMPARE(fileHash(path), before);
        return;
    }
    // Opened: every read must either match the original or fail as tampered.
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2((*vault)->handle(), "SELECT body FROM note ORDER BY id", -1, &stmt, nullptr);
    int row = 0;
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QString body = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        QVERIFY2(row < m_rows.size() && body == m_rows.at(row), "altered data was returned");
        ++row;
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_DONE) {
        QCOMPARE(row, m_rows.size());
        rc = SQLITE_OK;
        const QString check = queryText(**vault, "PRAGMA integrity_check", &rc);
        QVERIFY2(rc != SQLITE_OK || check != QStringLiteral("ok"), "the alteration went unnoticed");
        if (rc == SQLITE_OK) {
            rc = SQLITE_CORRUPT; // integrity_check named the problem in its result
        }
    }
    const StorageError error = (*vault)->errorFor(rc);
    QCOMPARE(int(error.code), expected);
    // Told once: a later, unrelated failure is not blamed on the damaged page.
    QCOMPARE((*vault)->errorFor(SQLITE_CONSTRAINT_NOTNULL).code, StorageErrorCode::Sql);
    QVERIFY(error.message.contains(QStringLiteral("damaged or was altered")));
    if (page > 0) {
        QCOMPARE(error.page, page);
        QVERIFY(error.message.contains(QStringLiteral("Page %1 ").arg(page)));
    }
    vault->reset();
    QCOMPARE(fileHash(path), before);
}

void TestVaultTamper::walFrameAlteredWhileOpen()
{
    // A frame of the write-ahead log that is part of committed history is altered: the
    // vault must not open as if those transactions never happened.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.otvault"));
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    QCOMPARE(execSql(**vault, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x TEXT)"), SQLITE_OK);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(execSql(**vault, "INSERT INTO t VALUES (hex(randomblob(500)))"), SQLITE_OK);
    }
    // Copy the files as a crash would leave them (the vault never closed).
    const QString copy = dir.filePath(QStringLiteral("copy.otvault"));
    QVERIFY(QFile::copy(path, copy));
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::ReadOnly));
    QByteArray walBytes = wal.readAll();
    wal.close();
    const qint64 frames = (walBytes.size() - 32) / 4120;
    QVERIFY(frames >= 6);
    walBytes[32 + 1 * 4120 + 24 + 100] = char(walBytes[32 + 1 * 4120 + 24 + 100] ^ 0x40);
    QFile out(copy + QStringLiteral("-wal"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(walBytes);
    out.close();
    auto reopened = Vault::open(copy, secret("pass"), cheapOptions());
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, StorageErrorCode::Tampered);
    QVERIFY2(reopened.error().message.contains(QStringLiteral("Frame 2")),
             qPrintable(reopened.error().message));
}

void TestVaultTamper::walFramePageNumberAltered()
{
    // The page number in a frame header is in clear; pointing a frame at another page must
    // not go unnoticed (nor drop the rest of the log silently).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.otvault"));
    auto vault = Vault::create(path, secret("pass"), secretariat(), cheapOptions());
    QVERIFY(vault);
    QCOMPARE(execSql(**vault, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x TEXT)"), SQLITE_OK);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(execSql(**vault, "INSERT INTO t VALUES (hex(randomblob(500)))"), SQLITE_OK);
    }
    const QString copy = dir.filePath(QStringLiteral("copy.otvault"));
    QVERIFY(QFile::copy(path, copy));
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::ReadOnly));
    QByteArray walBytes = wal.readAll();
    wal.close();
    walBytes[32 + 1 * 4120 + 3] = char(walBytes[32 + 1 * 4120 + 3] ^ 0x02); // frame 2's page number
    QFile out(copy + QStringLiteral("-wal"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(walBytes);
    out.close();
    auto reopened = Vault::open(copy, secret("pass"), cheapOptions());
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, StorageErrorCode::Tampered);
    QCOMPARE(reopened.error().file, QStringLiteral("wal"));
}

void TestVaultTamper::hotJournalPageNumberAltered()
{
    // A transaction in rollback mode spills pages into the file; the journal that would
    // undo it names each page in clear. Renaming a record's page must be caught.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.otvault"));
    auto vault =
        Vault::create(path, secret("pass"), secretariat(), cheapOptions(VaultOptions::Journal::Rollback));
    QVERIFY(vault);
    QCOMPARE(execSql(**vault, "CREATE TABLE t (x TEXT)"), SQLITE_OK);
    QCOMPARE(execSql(**vault, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                              "INSERT INTO t SELECT hex(randomblob(400)) FROM n"),
             SQLITE_OK);
    QCOMPARE(execSql(**vault, "PRAGMA cache_size = 5; BEGIN; UPDATE t SET x = x || 'changed'"), SQLITE_OK);
    const QString journalPath = path + QStringLiteral("-journal");
    QVERIFY(QFile::exists(journalPath));
    const QString copy = dir.filePath(QStringLiteral("copy.otvault"));
    QVERIFY(QFile::copy(path, copy));
    QFile journal(journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QByteArray bytes = journal.readAll();
    journal.close();
    QVERIFY(bytes.size() > 512 + 4104);
    // The unaltered hot journal rolls the copy back cleanly.
    const QString clean = dir.filePath(QStringLiteral("clean.otvault"));
    QVERIFY(QFile::copy(path, clean));
    QFile cleanJournal(clean + QStringLiteral("-journal"));
    QVERIFY(cleanJournal.open(QIODevice::WriteOnly));
    cleanJournal.write(bytes);
    cleanJournal.close();
    {
        auto rolledBack = Vault::open(clean, secret("pass"), cheapOptions());
        QVERIFY2(rolledBack, rolledBack ? "" : qPrintable(rolledBack.error().message));
        QCOMPARE(queryText(**rolledBack, "SELECT count(*) FROM t WHERE x LIKE '%changed'"),
                 QStringLiteral("0"));
        QCOMPARE(queryText(**rolledBack, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }
    bytes[512 + 3] = char(bytes[512 + 3] ^ 0x01); // the first record's page number
    QFile altered(copy + QStringLiteral("-journal"));
    QVERIFY(altered.open(QIODevice::WriteOnly));
    altered.write(bytes);
    altered.close();
    auto reopened = Vault::open(copy, secret("pass"), cheapOptions());
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, StorageErrorCode::Tampered);
    QCOMPARE(execSql(**vault, "ROLLBACK"), SQLITE_OK);
}

void TestVaultTamper::hotJournalHeaderAltered_data()
{
    QTest::addColumn<int>("journal");
    QTest::addColumn<QString>("kind");
    const int wal = int(VaultOptions::Journal::Wal);
    const int rollback = int(VaultOptions::Journal::Rollback);
    QTest::newRow("wal: crafted header") << wal << QStringLiteral("crafted");
    QTest::newRow("rollback: crafted header") << rollback << QStringLiteral("crafted");
    QTest::newRow("rollback: smaller database size") << rollback << QStringLiteral("size");
    QTest::newRow("rollback: more records") << rollback << QStringLiteral("records");
    QTest::newRow("rollback: MAC removed") << rollback << QStringLiteral("mac");
    QTest::newRow("rollback: header moved") << rollback << QStringLiteral("moved");
    QTest::newRow("rollback: super-journal named") << rollback << QStringLiteral("super");
    QTest::newRow("rollback: records cut short") << rollback << QStringLiteral("short");
    QTest::newRow("rollback: record checksum") << rollback << QStringLiteral("checksum");
}

void TestVaultTamper::hotJournalHeaderAltered()
{
    // A rollback journal's header is in clear and says how SQLite undoes a transaction,
    // down to the size it cuts the database back to. A header someone made or changed
    // must be refused before SQLite acts on it: the vault file stays as it was.
    QFETCH(int, journal);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.otvault"));
    auto vault =
        Vault::create(path, secret("pass"), secretariat(), cheapOptions(VaultOptions::Journal(journal)));
    QVERIFY(vault);
    QCOMPARE(execSql(**vault, "CREATE TABLE t (x TEXT)"), SQLITE_OK);
    QCOMPARE(execSql(**vault, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                              "INSERT INTO t SELECT hex(randomblob(400)) FROM n"),
             SQLITE_OK);
    const auto put32 = [](QByteArray& bytes, int at, quint32 value) {
        for (int i = 0; i < 4; ++i) {
            bytes[at + i] = char(value >> (24 - 8 * i));
        }
    };
    QString target = path;
    QByteArray bytes;
    if (kind == QLatin1String("crafted")) {
        vault->reset();
        // What SQLite would write: magic, no records, a checksum nonce, a database of one
        // page, 512-byte sectors, 4096-byte pages.
        bytes = QByteArray(512, '\0');
        bytes.replace(0, 8, QByteArray::fromHex("d9d505f920a163d7"));
        put32(bytes, 12, 0x2f1c5a77);
        put32(bytes, 16, 1);
        put32(bytes, 20, 512);
        put32(bytes, 24, 4096);
    } else {
        // A transaction whose pages spilled into the file, copied as a crash would leave it.
        QCOMPARE(execSql(**vault, "PRAGMA cache_size = 5; BEGIN; UPDATE t SET x = x || 'changed'"),
                 SQLITE_OK);
        target = dir.filePath(QStringLiteral("crashed.otvault"));
        QVERIFY(QFile::copy(path, target));
        QFile live(path + QStringLiteral("-journal"));
        QVERIFY(live.open(QIODevice::ReadOnly));
        bytes = live.readAll();
        QVERIFY(bytes.size() > 512 + 4104);
        QCOMPARE(bytes.left(8), QByteArray::fromHex("d9d505f920a163d7"));
        QCOMPARE(execSql(**vault, "ROLLBACK"), SQLITE_OK);
        vault->reset();
        if (kind == QLatin1String("size")) {
            put32(bytes, 16, 2);
        } else if (kind == QLatin1String("records")) {
            put32(bytes, 8, 0xffffffff);
        } else if (kind == QLatin1String("mac")) {
            bytes.replace(28, 32, QByteArray(32, '\0'));
        } else if (kind == QLatin1String("super")) {
            // A super-journal's name at the end: SQLite skips the playback when that file
            // does not exist, leaving the spilled pages in place.
            const QByteArray name = dir.filePath(QStringLiteral("gone-super-journal")).toUtf8();
            quint32 sum = 0;
            for (char c : name) {
                sum += quint32(quint8(c));
            }
            QByteArray trailer(4 + name.size() + 16, '\0');
            put32(trailer, 0,
                  0x7fffffff); // the page number PAGER_SJ_PGNO for 4096-byte pages is 2^30/4096 + 1
            trailer.replace(4, name.size(), name);
            put32(trailer, 4 + name.size(), quint32(name.size()));
            put32(trailer, 8 + name.size(), sum);
            trailer.replace(12 + name.size(), 8, QByteArray::fromHex("d9d505f920a163d7"));
            bytes.append(trailer);
        } else if (kind == QLatin1String("short")) {
            const quint32 records = (quint32(quint8(bytes[8])) << 24) | (quint32(quint8(bytes[9])) << 16) |
                                    (quint32(quint8(bytes[10])) << 8) | quint32(quint8(bytes[11]));
            QVERIFY2(records >= 3, qPrintable(QString::number(records)));
            bytes.truncate(512 + 4104 * 2 + 100);
        } else if (kind == QLatin1String("checksum")) {
            bytes[512 + 4 + 4096] = char(bytes[512 + 4 + 4096] ^ 0x01); // the first record's checksum
        } else {
            // Each spill started a new header further on, sealed for where it sits;
            // one of them is moved to the front.
            qint64 second = 0;
            for (qint64 at = 512; at + 512 <= bytes.size() && !second; at += 512) {
                if (bytes.mid(at, 8) == QByteArray::fromHex("d9d505f920a163d7")) {
                    second = at;
                }
            }
            QVERIFY(second > 0);
            bytes.replace(0, 512, bytes.mid(second, 512));
        }
    }
    QFile planted(target + QStringLiteral("-journal"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(bytes);
    planted.close();
    const QByteArray before = fileHash(target);
    const qint64 sizeBefore = QFileInfo(target).size();

    auto reopened = Vault::open(target, secret("pass"), cheapOptions());
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, StorageErrorCode::Tampered);
    QCOMPARE(reopened.error().file, QStringLiteral("journal"));
    QCOMPARE(QFileInfo(target).size(), sizeBefore);
    QCOMPARE(fileHash(target), before);

    if (kind == QLatin1String("crafted")) {
        // Without the planted file the vault holds everything it held.
        QVERIFY(QFile::remove(target + QStringLiteral("-journal")));
        auto clean = Vault::open(target, secret("pass"), cheapOptions());
        QVERIFY2(clean, clean ? "" : qPrintable(clean.error().message));
        QCOMPARE(queryText(**clean, "SELECT count(*) FROM t"), QStringLiteral("300"));
        QCOMPARE(queryText(**clean, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }
}

void TestVaultTamper::staleJournalIsNeverMet()
{
    // A journal that is not hot (its first byte is zero) but still holds old headers, as
    // versions before sealed headers left them: SQLite looks for a stale header past the
    // records of each spill, and must never meet one. The vault empties such a journal when
    // it opens, and each commit empties the journal again.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.otvault"));
    {
        auto vault =
            Vault::create(path, secret("pass"), secretariat(), cheapOptions(VaultOptions::Journal::Rollback));
        QVERIFY(vault);
        QCOMPARE(execSql(**vault,
                         "CREATE TABLE t (x TEXT);"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                         "INSERT INTO t SELECT hex(randomblob(400)) FROM n"),
                 SQLITE_OK);
    }
    QByteArray stale(512 * 800, '\x5a');
    stale.replace(0, 28, QByteArray(28, '\0'));
    for (int at = 512; at < stale.size(); at += 512) {
        stale.replace(at, 8, QByteArray::fromHex("d9d505f920a163d7")); // unsealed headers everywhere
    }
    QFile journal(path + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(stale);
    journal.close();

    auto vault = Vault::open(path, secret("pass"), cheapOptions());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(QFileInfo(journal).size(), 0);
    // A transaction that spills pages, so SQLite syncs the journal and probes past it.
    QCOMPARE(execSql(**vault, "PRAGMA cache_size = 5; BEGIN; UPDATE t SET x = x || 'changed'"), SQLITE_OK);
    QVERIFY(QFileInfo(journal).size() > 512 + 4104);
    QCOMPARE(execSql(**vault, "COMMIT"), SQLITE_OK);
    QCOMPARE(QFileInfo(journal).size(), 0);
    QCOMPARE(queryText(**vault, "SELECT count(*) FROM t WHERE x LIKE '%changed'"), QStringLiteral("300"));
    QCOMPARE(queryText(**vault, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestVaultTamper)
#include "tst_vault_tamper.moc"
