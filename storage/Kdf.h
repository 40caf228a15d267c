#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>

#include <chrono>
#include <cstdint>
#include <functional>

namespace oneteam {

// scrypt parameters as stored in a key slot: N = 2^log2N, r, p.
struct KdfParams
{
    std::uint8_t log2N = 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    std::uint64_t memoryBytes() const { return 128ULL * r * (1ULL << log2N); }
    bool operator==(const KdfParams&) const = default;
};

// Passphrase-to-key derivation with scrypt through OpenSSL's EVP_KDF. The cost is a
// parameter, so tests choose cheap parameters through the same code path.
class Kdf
{
public:
    static constexpr KdfParams kMinimumDefault{17, 8, 1}; // the floor for new vaults
    static constexpr KdfParams kCheapForTests{10, 8, 1};

    // Parameters this build accepts when reading a header: bounded so a crafted file
    // cannot make an unlock exhaust memory (at most 1 GiB) or run for minutes.
    static bool withinLimits(const KdfParams& params);

    static Result<SecureBytes> derive(const SecureBytes& passphrase, const QByteArray& salt,
                                      const KdfParams& params, std::size_t keyLength = 32);

    // The default for a new vault: about `target` on this machine, never below kMinimumDefault.
    // It scales from a derivation at the floor, timed once per process by measure().
    static KdfParams calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500));
    // Times that derivation (the faster of two), on the calling thread, unless it was timed
    // already; a caller of calibrate() meanwhile waits for it. The window starts this on a
    // worker when the create-vault or change-passphrase dialog opens, so pressing its
    // button waits only for the derivation itself.
    static void measure();

    // How the thread that sets it waits for a derivation (or for calibrate() to get its
    // measurement). The window sets one that runs the work on a worker thread and keeps
    // its event loop turning meanwhile (it repaints, user input waits), so unlocking never
    // freezes it. Other threads, and every thread when none is set (the CLI, tests), run
    // the work where they are. An empty waiter removes it.
    using Waiter = std::function<void(const std::function<void()>& work)>;
    static void setWaiter(Waiter waiter);

private:
    static Result<SecureBytes> deriveHere(const SecureBytes& passphrase, const QByteArray& salt,
                                          const KdfParams& params, std::size_t keyLength);
    static bool waiterForThisThread();
    static void waitFor(const std::function<void()>& work);
};

} // namespace oneteam
