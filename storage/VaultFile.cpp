#include "VaultFile.h"

#include "VaultHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <set>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oneteam {

namespace {

// The vault files this process holds. A second open in the same process (another
// window) is answered "busy" before it opens a descriptor, because closing that
// descriptor would drop the POSIX locks SQLite holds on the file for the first one.
std::mutex g_openMutex;
std::set<std::pair<dev_t, ino_t>>& openFiles()
{
    static std::set<std::pair<dev_t, ino_t>> files;
    return files;
}

bool writeAll(int fd, const QByteArray& data, off_t offset, int* err)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::pwrite(fd, data.constData() + done, std::size_t(data.size() - done), offset + done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            *err = errno;
            return false;
        }
        done += n;
    }
    return true;
}

QByteArray readUpTo(int fd, qsizetype size, off_t offset, int* err)
{
    QByteArray data(size, '\0');
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, data.data() + done, std::size_t(size - done), offset + done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            *err = errno;
            return {};
        }
        if (n == 0) {
            break;
        }
        done += n;
    }
    data.truncate(done);
    return data;
}

} // namespace

StorageError ioError(int err, const QString& path)
{
    if (err == ENOSPC || err == EDQUOT) {
        return StorageError::make(
            StorageErrorCode::DiskFull,
            QCoreApplication::translate("VaultFile", "The disk holding %1 is full; nothing was changed.")
                .arg(path));
    }
    return StorageError::make(StorageErrorCode::Io,
                              QCoreApplication::translate("VaultFile", "Cannot read or write %1: %2")
                                  .arg(path, QString::fromLocal8Bit(std::strerror(err))));
}

VaultFile::VaultFile(QString path, int fd)
    : m_path(std::move(path))
    , m_fd(fd)
{}

VaultFile::~VaultFile()
{
    release();
}

void VaultFile::release()
{
    if (m_fd < 0) {
        return;
    }
    std::lock_guard<std::mutex> guard(g_openMutex);
    struct stat opened
    {};
    if (::fstat(m_fd, &opened) == 0) {
        openFiles().erase({opened.st_dev, opened.st_ino});
    }
    ::close(m_fd);
    m_fd = -1;
}

static Result<int> lockedDescriptor(const QString& path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    std::lock_guard<std::mutex> guard(g_openMutex);
    struct stat existing
    {};
    if (!(flags & O_EXCL) && ::stat(native.constData(), &existing) == 0 &&
        openFiles().count({existing.st_dev, existing.st_ino})) {
        return StorageError::make(
            StorageErrorCode::Busy,
            QCoreApplication::translate("VaultFile", "The vault %1 is open in another window or program.")
                .arg(path));
    }
    const int fd = ::open(native.constData(), flags | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == ENOENT) {
            return StorageError::make(
                StorageErrorCode::Io,
                QCoreApplication::translate("VaultFile", "There is no vault at %1.").arg(path));
        }
        if (errno == EEXIST) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                QCoreApplication::translate("VaultFile", "%1 exists already; choose another name.")
                    .arg(path));
        }
        return ioError(errno, path);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK) {
            return StorageError::make(
                StorageErrorCode::Busy,
                QCoreApplication::translate("VaultFile", "The vault %1 is open in another window or program.")
                    .arg(path));
        }
        return ioError(err, path);
    }
    struct stat opened
    {};
    if (::fstat(fd, &opened) == 0) {
        openFiles().insert({opened.st_dev, opened.st_ino});
    }
    return fd;
}

Result<std::unique_ptr<VaultFile>> VaultFile::create(const QString& path)
{
    auto fd = lockedDescriptor(path, O_RDWR | O_CREAT | O_EXCL);
    if (!fd) {
        return fd.error();
    }
    return std::unique_ptr<VaultFile>(new VaultFile(QFileInfo(path).absoluteFilePath(), *fd));
}

Result<std::unique_ptr<VaultFile>> VaultFile::open(const QString& path)
{
    auto fd = lockedDescriptor(path, O_RDWR);
    if (!fd) {
        return fd.error();
    }
    return std::unique_ptr<VaultFile>(new VaultFile(QFileInfo(path).absoluteFilePath(), *fd));
}

Result<QByteArray> VaultFile::readHeader()
{
    int err = 0;
    QByteArray block = readUpTo(m_fd, VaultHeader::kSize, 0, &err);
    if (err) {
        return ioError(err, m_path);
    }
    m_pendingJournal.clear();
    m_staleJournal = false;
    QFile journal(journalPath());
    if (QFileInfo(journal.fileName()).isSymLink()) {
        m_staleJournal = true; // never read a header through a link someone left
    } else if (journal.exists()) {
        if (!journal.open(QIODevice::ReadOnly)) {
            return StorageError::make(
                StorageErrorCode::Io,
                QCoreApplication::translate("VaultFile", "Cannot read %1.").arg(journal.fileName()));
        }
        const QByteArray candidate = journal.read(VaultHeader::kSize + 1);
        const auto parsed = VaultHeader::parse(candidate);
        const auto current = VaultHeader::parse(block);
        // The journal wins when the header is torn, or when it belongs to this vault and
        // is not older than the header (an old journal restored from a backup is not).
        if (candidate.size() == VaultHeader::kSize && parsed.ok() &&
            (!current.ok() ||
             (current->vaultId == parsed->vaultId && parsed->generation >= current->generation))) {
            m_pendingJournal = candidate;
            return candidate;
        }
        m_staleJournal = true;
    }
    return block;
}

Status VaultFile::settleJournal()
{
    if (!m_pendingJournal.isEmpty()) {
        int err = 0;
        if (!writeAll(m_fd, m_pendingJournal, 0, &err) || ::fdatasync(m_fd) != 0) {
            return ioError(err ? err : errno, m_path);
        }
        m_pendingJournal.clear();
        m_staleJournal = true;
    }
    if (m_staleJournal) {
        QFile::remove(journalPath());
        m_staleJournal = false;
        return syncDirectory();
    }
    return {};
}

Status VaultFile::writeHeader(const QByteArray& block)
{
    if (block.size() != VaultHeader::kSize) {
        return StorageError::make(
            StorageErrorCode::InvalidArgument,
            QCoreApplication::translate("VaultFile", "A vault header must be 4096 bytes."));
    }
    // The journal is written under a temporary name made afresh (never following a link
    // someone left there) and renamed into place, so a complete journal is never cut
    // short by the next one, and it is never world-readable.
    const QByteArray journalName = QFile::encodeName(journalPath());
    const QByteArray tempName = journalName + ".tmp";
    ::unlink(tempName.constData());
    const int jfd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (jfd < 0) {
        return ioError(errno, journalPath());
    }
    int err = 0;
    const bool journaled = writeAll(jfd, block, 0, &err) && ::fsync(jfd) == 0;
    if (!journaled && !err) {
        err = errno;
    }
    ::close(jfd);
    if (!journaled || ::rename(tempName.constData(), journalName.constData()) != 0) {
        if (journaled) {
            err = errno;
        }
        ::unlink(tempName.constData());
        return ioError(err, journalPath());
    }
    if (Status synced = syncDirectory(); !synced) {
        return synced; // the journal may or may not survive a crash; either header opens
    }
    // From here the journal is the truth: a crash is completed on the next unlock.
    if (!writeAll(m_fd, block, 0, &err) || ::fdatasync(m_fd) != 0) {
        StorageError error = ioError(err ? err : errno, m_path);
        error.message =
            err == ENOSPC || err == EDQUOT
                ? QCoreApplication::translate(
                      "VaultFile",
                      "The disk is full. The change was saved beside the vault and is completed the next "
                      "time the vault is opened.")
                : QCoreApplication::translate(
                      "VaultFile",
                      "Writing the vault's header failed. The change was saved beside the vault and is "
                      "completed the next time the vault is opened.");
        return error;
    }
    ::unlink(journalName.constData());
    return syncDirectory();
}

Status VaultFile::syncDirectory() const
{
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) {
        return ioError(errno, QFileInfo(m_path).absolutePath());
    }
    const int rc = ::fsync(dfd);
    const int err = errno;
    ::close(dfd);
    return rc == 0 ? Status() : Status(ioError(err, QFileInfo(m_path).absolutePath()));
}

void VaultFile::discardCreated()
{
    ::unlink(QFile::encodeName(m_path).constData());
    for (const char* suffix : {"-hj", "-hj.tmp", "-wal", "-journal"}) {
        ::unlink(QFile::encodeName(m_path + QLatin1String(suffix)).constData());
    }
    release();
}

} // namespace oneteam
