#pragma once

#include "Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

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

} // namespace oneteam::test
