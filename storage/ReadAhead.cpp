#include "ReadAhead.h"

#include <openssl/crypto.h>

#include <cstring>
#include <unistd.h>

namespace oneteam {

ReadAhead::ReadAhead(int fd, std::int64_t headerSize, std::unique_ptr<PageCipher> cipher)
    : m_fd(fd)
    , m_headerSize(headerSize)
    , m_cipher(std::move(cipher))
    , m_slots(kWindow)
{
    m_thread = std::thread([this] { run(); });
}

ReadAhead::~ReadAhead()
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (Slot& slot : m_slots) {
        OPENSSL_cleanse(slot.data, sizeof slot.data);
    }
}

bool ReadAhead::take(std::int64_t pgno, std::uint8_t* out)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    // The worker is on this very page: waiting is cheaper than decrypting it twice.
    m_progress.wait(lock, [this, pgno] { return m_working != pgno || m_stop; });
    Slot& slot = m_slots[std::size_t(pgno % kWindow)];
    if (!slot.ready || slot.pgno != pgno || slot.epoch != m_epoch) {
        return false;
    }
    std::memcpy(out, slot.data, PageCipher::kPageSize);
    return true;
}

void ReadAhead::noteRead(std::int64_t pgno)
{
    bool wake = false;
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        const bool sequential = pgno == m_lastRead + 1;
        m_lastRead = pgno;
        if (!sequential) {
            return;
        }
        if (pgno >= m_until || m_next > pgno + kWindow) {
            // The reader is outside the window (a new scan): start one just ahead of it.
            m_next = pgno + 1;
            m_until = pgno + kWindow;
            wake = true;
        } else {
            if (m_next <= pgno) {
                m_next = pgno + 1;
            }
            // Refill in batches: waking the other thread for every page costs more than
            // the page's decryption saves.
            if (m_until - pgno <= kWindow / 2) {
                m_until = pgno + kWindow;
                wake = true;
            }
        }
    }
    if (wake) {
        m_wake.notify_one();
    }
}

void ReadAhead::invalidate()
{
    std::lock_guard<std::mutex> guard(m_mutex);
    ++m_epoch;
    m_next = m_until; // drop whatever was still asked for
    m_lastRead = -1;
}

void ReadAhead::run()
{
    std::uint8_t page[PageCipher::kPageSize];
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || m_next < m_until; });
        if (m_stop) {
            break;
        }
        const std::int64_t pgno = m_next++;
        const std::uint64_t epoch = m_epoch;
        if (m_slots[std::size_t(pgno % kWindow)].ready && m_slots[std::size_t(pgno % kWindow)].pgno == pgno &&
            m_slots[std::size_t(pgno % kWindow)].epoch == epoch) {
            continue; // prepared already
        }
        m_working = pgno;
        lock.unlock();
        const ssize_t got =
            ::pread(m_fd, page, sizeof page, off_t(m_headerSize + (pgno - 1) * std::int64_t(sizeof page)));
        // A page that does not authenticate is left for the reader, who reports it.
        const bool ok = got == ssize_t(sizeof page) &&
                        m_cipher->decrypt(page, PageCipher::Role::Main, std::uint64_t(pgno));
        if (ok) {
            std::memset(page + PageCipher::kPayload, 0, PageCipher::kReserve);
        }
        lock.lock();
        m_working = 0;
        if (ok && epoch == m_epoch) {
            Slot& slot = m_slots[std::size_t(pgno % kWindow)];
            std::memcpy(slot.data, page, sizeof page);
            slot.pgno = pgno;
            slot.epoch = epoch;
            slot.ready = true;
        } else if (got != ssize_t(sizeof page)) {
            m_next = m_until; // past the end of the file
        }
        m_progress.notify_all();
    }
    OPENSSL_cleanse(page, sizeof page);
}

} // namespace oneteam
