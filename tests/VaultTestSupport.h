#pragma once

#include "Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

namespace oneteam::test {

inline SecureBytes secret(const char* text)
{
    return SecureBytes(text, qstrlen(text));
}

inline VaultOptions cheapOptions(VaultOptions::Journal journal = VaultOptions::Journal::Wal)
{
    VaultOptions options;
    options.kdf = Kdf::kCheapForTests;
    options.journal = journal;
    return options;
}

// Options whose clock is `steps` minutes ahead: a try after wrong answers that should not
// wait for them (Vault::secondsBeforeRetry) uses it.
inline VaultOptions afterAnyWait(int steps = 1, VaultOptions options = cheapOptions())
{
    options.clock = [steps] { return QDateTime::currentDateTimeUtc().addSecs(60 * steps); };
    return options;
}

inline SiteInfo secretariat()
{
    return {QString(), QStringLiteral("Secretariat"), QStringLiteral("secretariat")};
}

inline QByteArray fileHash(const QString& path, qint64 from = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The file's 4 KiB pages after the header, each as a hash: comparing two lists tells
// which pages a change rewrote.
inline QList<QByteArray> pageHashes(const QString& path)
{
    QList<QByteArray> pages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(4096)) {
        return pages;
    }
    while (!file.atEnd()) {
        pages.append(QCryptographicHash::hash(file.read(4096), QCryptographicHash::Sha256));
    }
    return pages;
}

// How many pages differ between two page lists (pages added count too).
inline int pagesChanged(const QList<QByteArray>& before, const QList<QByteArray>& after)
{
    int changed = int(std::max(before.size(), after.size()) - std::min(before.size(), after.size()));
    for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
        changed += before.at(i) != after.at(i) ? 1 : 0;
    }
    return changed;
}

// True when `needle` occurs in any file of the folder.
inline QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            found << info.fileName();
        }
    }
    return found;
}

inline int execSql(Vault& vault, const char* sql)
{
    return sqlite3_exec(vault.handle(), sql, nullptr, nullptr, nullptr);
}

// The first column of the first row, as text; an error code as "!rc".
inline QString queryText(Vault& vault, const char* sql, int* rcOut = nullptr)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(vault.handle(), sql, -1, &stmt, nullptr);
    QString result;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rcOut) {
        *rcOut = rc;
    }
    return rc == SQLITE_OK || rc == SQLITE_DONE ? result : QStringLiteral("!") + QString::number(rc);
}

inline const QByteArray kMarker = "MARKER-7f3a-RESOLUTION-PLAINTEXT";

// Rows of text that hold kMarker, in table `note`, in one transaction.
inline void insertRows(Vault& vault, int count)
{
    QCOMPARE(execSql(vault, "CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
             SQLITE_OK);
    QCOMPARE(execSql(vault, "BEGIN"), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(vault.handle(), "INSERT INTO note (body) VALUES (?)", -1, &stmt, nullptr),
             SQLITE_OK);
    for (int i = 0; i < count; ++i) {
        const QByteArray body = kMarker + ' ' + QByteArray::number(i) + ' ' + QByteArray(300, 'x');
        sqlite3_bind_text(stmt, 1, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    QCOMPARE(execSql(vault, "COMMIT"), SQLITE_OK);
}

} // namespace oneteam::test
