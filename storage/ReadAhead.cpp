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
    bool wake = false;
    bool taken = false;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        Slot& slot = m_slots[std::size_t(pgno % kWindow)];
        // The worker is on this very page: waiting is cheaper than decrypting it twice.
        m_progress.wait(lock, [this, &slot, pgno] {
            return m_stop || slot.state != State::Working || slot.pgno != pgno || slot.epoch != m_epoch;
        });
        taken = slot.state == State::Ready && slot.pgno == pgno && slot.epoch == m_epoch;
        if (taken) {
            std::memcpy(out, slot.data, PageCipher::kPageSize);
            noteReadLocked(pgno, &wake);
        }
    }
    if (wake) {
        m_wake.notify_one();
    }
    return taken;
}

void ReadAhead::noteRead(std::int64_t pgno)
{
    bool wake = false;
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        noteReadLocked(pgno, &wake);
    }
    if (wake) {
        m_wake.notify_one();
    }
}

void ReadAhead::noteReadLocked(std::int64_t pgno, bool* wake)
{
    const bool sequential = pgno == m_lastRead + 1;
    m_lastRead = pgno;
    if (!sequential) {
        return;
    }
    if (pgno >= m_until || m_next > pgno + kWindow) {
        // The reader is outside the window (a new scan): start one just ahead of it.
        m_next = pgno + 1;
        m_until = pgno + kWindow;
        *wake = true;
    } else {
        if (m_next <= pgno) {
            m_next = pgno + 1;
        }
        // Refill in batches: waking the other thread for every page costs more than
        // the page's decryption saves.
        if (m_until - pgno <= kWindow / 2) {
            m_until = pgno + kWindow;
            *wake = true;
        }
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
    std::int64_t claimed[kBatch];
    bool ok[kBatch];
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || m_next < m_until; });
        if (m_stop) {
            break;
        }
        // Claim a batch. Pages already prepared are skipped; a slot the reader has not
        // taken yet is reused only for a page a whole window further on, which the
        // reader can no longer want from it.
        const std::uint64_t epoch = m_epoch;
        int count = 0;
        while (count < kBatch && m_next < m_until) {
            const std::int64_t pgno = m_next++;
            Slot& slot = m_slots[std::size_t(pgno % kWindow)];
            if (slot.pgno == pgno && slot.epoch == epoch && slot.state != State::Empty) {
                continue;
            }
            slot.pgno = pgno;
            slot.epoch = epoch;
            slot.state = State::Working;
            claimed[count++] = pgno;
        }
        lock.unlock();
        bool pastEnd = false;
        for (int i = 0; i < count; ++i) {
            Slot& slot = m_slots[std::size_t(claimed[i] % kWindow)];
            const ssize_t got =
                pastEnd
                    ? 0
                    : ::pread(m_fd, slot.data, sizeof slot.data,
                              off_t(m_headerSize + (claimed[i] - 1) * std::int64_t(PageCipher::kPageSize)));
            pastEnd = got != ssize_t(sizeof slot.data);
            // A page that does not authenticate is left for the reader, who reports it.
            ok[i] =
                !pastEnd && m_cipher->decrypt(slot.data, PageCipher::Role::Main, std::uint64_t(claimed[i]));
            if (ok[i]) {
                std::memset(slot.data + PageCipher::kPayload, 0, PageCipher::kReserve);
            }
        }
        lock.lock();
        for (int i = 0; i < count; ++i) {
            Slot& slot = m_slots[std::size_t(claimed[i] % kWindow)];
            slot.state = ok[i] && slot.epoch == m_epoch ? State::Ready : State::Empty;
        }
        if (pastEnd && epoch == m_epoch) {
            m_next = m_until; // past the end of the file (a batch made stale says nothing of it)
        }
        m_progress.notify_all();
    }
}

} // namespace oneteam
