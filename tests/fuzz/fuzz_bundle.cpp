// libFuzzer target over everything that reads bytes from another site (issue #6):
// the bundle file (structure, header, signature, decryption), the payload behind the
// encryption, the roster and the site card. The first byte picks the reader; seeds are
// in tests/data/fuzz-bundle/. Build and run: scripts/fuzz [SECONDS].
#include "Bundle.h"
#include "BundlePayload.h"
#include "SiteCrypto.h"
#include "Sites.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace oneteam;

namespace {

// Fixed keys, so that mode 1 can wrap its input in a bundle this target can open.
struct Keys
{
    crypto::KeyPair sign = *crypto::generateKeyPair(crypto::KeyKind::Ed25519);
    crypto::KeyPair agree = *crypto::generateKeyPair(crypto::KeyKind::X25519);
};

const Keys& keys()
{
    static const Keys instance;
    return instance;
}

void readBundle(const QByteArray& bytes)
{
    auto bundle = Bundle::parse(bytes);
    if (!bundle) {
        return;
    }
    (void)bundle->verifySignature(keys().sign.publicKey);
    (void)bundle->addressedTo(QStringLiteral("fuzz-site"));
    for (const QString& recipient : bundle->recipients) {
        auto plain = bundle->open(recipient, keys().agree.privateKey);
        if (plain) {
            (void)decodePayload(*plain);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        readBundle(input);
        break;
    case 1: {
        // The input as a payload, sealed for a recipient whose key we hold: the path
        // through decryption, decompression and the payload reader.
        auto sealed = Bundle::seal(QStringLiteral("fuzz-sender"), keys().sign.publicKey,
                                   keys().sign.privateKey, QStringLiteral("001795937086748.000000"),
                                   {{QStringLiteral("fuzz-site"), keys().agree.publicKey}}, input);
        if (sealed) {
            readBundle(*sealed);
        }
        break;
    }
    case 2:
        if (auto roster = Roster::parse(input)) {
            (void)roster->verify(keys().sign.publicKey);
        }
        break;
    case 3:
        (void)SiteCard::fromFile(input);
        break;
    default:
        (void)decodePayload(input);
        break;
    }
    return 0;
}
