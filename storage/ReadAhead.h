#pragma once

#include "PageCipher.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace oneteam {

// Decrypts the pages after a sequential read of the main file on a second thread, so a
// scan (a report, a dashboard, a reopen) pays for the cipher on the other core. Pages
// are read with the vault's own descriptor and checked with their own cipher context;
// any write or truncation of the main file makes every prepared page stale. Prepared
// pages live in memory only and are wiped when the read-ahead ends.
class ReadAhead
{
public:
    static constexpr int kWindow = 128; // 512 KiB of prepared pages at most

    ReadAhead(int fd, std::int64_t headerSize, std::unique_ptr<PageCipher> cipher);
    ~ReadAhead();
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // Copies page `pgno` into `out` if it was prepared and is still current, and notes
    // the read as noteRead() does.
    bool take(std::int64_t pgno, std::uint8_t* out);
    // Tells where the reader is; sequential reads start or extend the window ahead.
    void noteRead(std::int64_t pgno);
    // Pages this read-ahead decrypted (diagnostics and benchmarks).
    std::uint64_t pagesDecrypted() const { return m_cipher->pagesDecrypted(); }
    // The main file changed: nothing prepared so far may be used.
    void invalidate();

private:
    // A slot is claimed by the worker (Working) under the lock, filled without it (the
    // reader waits for a Working slot it wants, and no other page maps to the slot while
    // it is claimed), then published (Ready) under the lock again.
    enum class State
    {
        Empty,
        Working,
        Ready
    };
    struct Slot
    {
        std::int64_t pgno = 0;
        std::uint64_t epoch = 0;
        State state = State::Empty;
        std::uint8_t data[PageCipher::kPageSize];
    };
    // Pages the worker claims at once: one lock round trip per batch, not per page.
    static constexpr int kBatch = 8;
    void run();
    void noteReadLocked(std::int64_t pgno, bool* wake);

    int m_fd;
    std::int64_t m_headerSize;
    std::unique_ptr<PageCipher> m_cipher;
    std::vector<Slot> m_slots;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::uint64_t m_epoch = 1;
    std::int64_t m_lastRead = -1;
    std::int64_t m_next = 0;  // the next page the worker will prepare
    std::int64_t m_until = 0; // prepare pages up to (not including) this one
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace oneteam
