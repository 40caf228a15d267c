#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace oneteam {

// The vault file as the operating system sees it: an exclusive lock held for as long
// as the vault is open (a second process or window gets "busy"), and crash-safe
// rewrites of the header block through a header journal (PATH-hj): the new header is
// written and synced beside the vault, then over the old one, then the journal goes.
class VaultFile
{
public:
    static Result<std::unique_ptr<VaultFile>> create(const QString& path);
    static Result<std::unique_ptr<VaultFile>> open(const QString& path);
    ~VaultFile();
    VaultFile(const VaultFile&) = delete;
    VaultFile& operator=(const VaultFile&) = delete;

    const QString& path() const { return m_path; }
    int descriptor() const { return m_fd; }
    QString journalPath() const { return m_path + QStringLiteral("-hj"); }

    // The header block to use: the journal's when a header update was interrupted after
    // the journal was complete, else the one in the file. Changes nothing on disk.
    Result<QByteArray> readHeader();
    // Completes or discards an interrupted header update; call once the vault unlocked.
    Status settleJournal();
    Status writeHeader(const QByteArray& block);
    // Removes a vault that create() made and that could not be completed.
    void discardCreated();

private:
    VaultFile(QString path, int fd);
    void release();
    Status syncDirectory() const;

    QString m_path;
    int m_fd = -1;
    QByteArray m_pendingJournal; // a complete header from the journal, not yet installed
    bool m_staleJournal = false; // an incomplete journal to remove
};

StorageError ioError(int err, const QString& path);

} // namespace oneteam
