#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace oneteam {

// A prepared SQLite statement that finalizes itself; binds and reads Qt types.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    int rc() const { return m_rc; }

    Statement& bind(int index, const QString& text)
    {
        if (text.isNull()) {
            return bindNull(index);
        }
        const QByteArray utf8 = text.toUtf8();
        keep(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement& bind(int index, qint64 value)
    {
        keep(sqlite3_bind_int64(m_stmt, index, value));
        return *this;
    }
    Statement& bindBlob(int index, const QByteArray& bytes)
    {
        if (bytes.isNull()) {
            return bindNull(index);
        }
        keep(sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement& bindNull(int index)
    {
        keep(sqlite3_bind_null(m_stmt, index));
        return *this;
    }

    // True while there is a row; check rc() afterwards for SQLITE_DONE or an error.
    bool next()
    {
        if (!m_stmt || (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)) {
            return false;
        }
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    // Runs a statement that returns no rows; SQLITE_DONE on success.
    int exec()
    {
        while (next()) {
        }
        return m_rc == SQLITE_DONE ? SQLITE_OK : m_rc;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_rc = SQLITE_OK;
    }

    QString text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    QByteArray blob(int column) const
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    void keep(int rc)
    {
        if (rc != SQLITE_OK && m_rc == SQLITE_OK) {
            m_rc = rc;
        }
    }

    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

class StatementCache;

// The statement caches kept on one connection, so that whoever closes it can finalize
// their statements first: a statement left unfinalized keeps the connection, and its
// cache of decrypted pages, alive (Vault::lock).
class StatementRegistry
{
public:
    void add(StatementCache* cache) { m_caches.push_back(cache); }
    void remove(StatementCache* cache) { std::erase(m_caches, cache); }
    inline void clearAll();

private:
    std::vector<StatementCache*> m_caches;
};

// Prepared statements kept for one connection, keyed by their SQL literal's address:
// get() hands one back reset for reuse, and drops them all when the connection changes
// (the vault was locked and opened again) or its registry clears them.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache()
    {
        if (auto registry = m_registry.lock()) {
            registry->remove(this);
        }
    }
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Lets the connection's owner finalize these statements before it closes it.
    void attach(const std::shared_ptr<StatementRegistry>& registry)
    {
        m_registry = registry;
        registry->add(this);
    }
    void clear()
    {
        m_statements.clear();
        m_db = nullptr;
    }
    Statement& get(sqlite3* db, const char* sql)
    {
        if (db != m_db) {
            m_statements.clear();
            m_db = db;
        }
        std::unique_ptr<Statement>& statement = m_statements[sql];
        if (!statement) {
            statement = std::make_unique<Statement>(db, sql);
        } else {
            statement->reset();
        }
        return *statement;
    }
    sqlite3* connection() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_statements;
    std::weak_ptr<StatementRegistry> m_registry;
};

void StatementRegistry::clearAll()
{
    for (StatementCache* cache : m_caches) {
        cache->clear();
    }
}

} // namespace oneteam
