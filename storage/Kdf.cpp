#include "Kdf.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

namespace oneteam {

bool Kdf::withinLimits(const KdfParams& params)
{
    return params.log2N >= 10 && params.log2N <= 22 && params.r >= 1 && params.r <= 32 && params.p >= 1 &&
           params.p <= 16 && params.memoryBytes() <= (1ULL << 30);
}

namespace {

Kdf::Waiter g_waiter;                          // used only on g_waiterThread
std::atomic<std::thread::id> g_waiterThread{}; // read by any thread that derives

} // namespace

void Kdf::setWaiter(Waiter waiter)
{
    g_waiterThread.store(waiter ? std::this_thread::get_id() : std::thread::id());
    g_waiter = std::move(waiter);
}

bool Kdf::waiterForThisThread()
{
    return g_waiterThread.load() == std::this_thread::get_id();
}

void Kdf::waitFor(const std::function<void()>& work)
{
    if (waiterForThisThread() && g_waiter) {
        g_waiter(work);
    } else {
        work();
    }
}

Result<SecureBytes> Kdf::derive(const SecureBytes& passphrase, const QByteArray& salt,
                                const KdfParams& params, std::size_t keyLength)
{
    // The salt and parameters are copied: the caller's (a key slot in the open vault's
    // header) must not be read by the worker while the window's event loop turns.
    std::optional<Result<SecureBytes>> key;
    waitFor([&key, &passphrase, salt, params, keyLength] {
        key.emplace(deriveHere(passphrase, salt, params, keyLength));
    });
    if (!key) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Kdf", "Deriving the key failed (out of memory?)."));
    }
    return std::move(*key);
}

Result<SecureBytes> Kdf::deriveHere(const SecureBytes& passphrase, const QByteArray& salt,
                                    const KdfParams& params, std::size_t keyLength)
{
    if (!withinLimits(params)) {
        return StorageError::make(
            StorageErrorCode::Unsupported,
            QCoreApplication::translate("Kdf", "The key derivation parameters are out of range."));
    }
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (!ctx) {
        return StorageError::make(StorageErrorCode::Unsupported,
                                  QCoreApplication::translate("Kdf", "This system's OpenSSL has no scrypt."));
    }
    uint64_t n = 1ULL << params.log2N;
    uint32_t r = params.r;
    uint32_t p = params.p;
    uint64_t maxmem = params.memoryBytes() + (16ULL << 20);
    // OpenSSL takes the parameters by pointer; the passphrase is never copied by us.
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<std::uint8_t*>(passphrase.data()), passphrase.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(keyLength);
    const int rc = EVP_KDF_derive(ctx, key.data(), key.size(), list);
    EVP_KDF_CTX_free(ctx);
    if (rc != 1) {
        return StorageError::make(
            StorageErrorCode::Io,
            QCoreApplication::translate("Kdf", "Deriving the key failed (out of memory?)."));
    }
    return key;
}

namespace {

std::mutex g_measureMutex;
qint64 g_floorMs = 0; // one derivation at kMinimumDefault, the faster of two; 0: not yet

} // namespace

void Kdf::measure()
{
    std::lock_guard<std::mutex> guard(g_measureMutex);
    if (g_floorMs > 0) {
        return;
    }
    const SecureBytes probe("calibration", 11);
    const QByteArray salt(32, '\x5a');
    qint64 fastest = 0;
    for (int run = 0; run < 2; ++run) { // the faster run: the slower one measured a busy moment
        QElapsedTimer timer;
        timer.start();
        if (!deriveHere(probe, salt, kMinimumDefault, 32).ok()) {
            return; // not remembered: the next call tries again
        }
        const qint64 elapsed = qMax<qint64>(timer.elapsed(), 1);
        fastest = fastest == 0 ? elapsed : qMin(fastest, elapsed);
    }
    g_floorMs = fastest;
}

KdfParams Kdf::calibrate(std::chrono::milliseconds target)
{
    waitFor([] { measure(); }); // a measurement already running on a worker is waited for
    KdfParams params = kMinimumDefault;
    qint64 elapsed = 0;
    {
        std::lock_guard<std::mutex> guard(g_measureMutex);
        elapsed = g_floorMs;
    }
    if (elapsed == 0) {
        return params;
    }
    // Memory first (up to 256 MiB), then parallel lanes, which cost time but no memory.
    while (params.log2N < 18 && elapsed * 2 <= target.count()) {
        ++params.log2N;
        elapsed *= 2;
    }
    const qint64 lanes = qBound(qint64(1), qint64(target.count() / elapsed), qint64(16));
    params.p = std::uint32_t(lanes);
    return params;
}

} // namespace oneteam
