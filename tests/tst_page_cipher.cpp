#include "Crypto.h"
#include "PageCipher.h"

#include <QSet>
#include <QTest>

#include <cstring>

using namespace oneteam;

// The page cipher: nonces never repeat, the role and index are bound, any change is caught.
class TestPageCipher : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void noncesNeverRepeat();
    void bindsRoleAndIndex();
    void detectsEveryAlteredByteRegion();
    void refusesWrongKeySize();
    void checksumMasks();
    void journalHeaderMacs();
};

namespace {

std::unique_ptr<PageCipher> makeCipher()
{
    return PageCipher::create(crypto::randomKey());
}

QByteArray page(char fill)
{
    QByteArray p(int(PageCipher::kPageSize), fill);
    std::memset(p.data() + PageCipher::kPayload, 0, PageCipher::kReserve);
    return p;
}

std::uint8_t* u8(QByteArray& a)
{
    return reinterpret_cast<std::uint8_t*>(a.data());
}

} // namespace

void TestPageCipher::roundTrip()
{
    auto cipher = makeCipher();
    QVERIFY(cipher);
    QByteArray plain = page('r');
    QByteArray sealed(int(PageCipher::kPageSize), '\0');
    QVERIFY(cipher->encrypt(u8(plain), u8(sealed), PageCipher::Role::Main, 7));
    QVERIFY(!sealed.contains(QByteArray(16, 'r')));
    QVERIFY(cipher->decrypt(u8(sealed), PageCipher::Role::Main, 7));
    QCOMPARE(sealed.left(int(PageCipher::kPayload)), plain.left(int(PageCipher::kPayload)));
}

void TestPageCipher::noncesNeverRepeat()
{
    auto cipher = makeCipher();
    auto other = makeCipher(); // a second session under its own random start
    QSet<QByteArray> nonces;
    QByteArray plain = page('n');
    QByteArray sealed(int(PageCipher::kPageSize), '\0');
    for (int i = 0; i < 20000; ++i) {
        PageCipher& c = (i % 2) ? *cipher : *other;
        QVERIFY(c.encrypt(u8(plain), u8(sealed), PageCipher::Role::Main, 1));
        nonces.insert(sealed.mid(int(PageCipher::kPayload), int(PageCipher::kNonceSize)));
    }
    QCOMPARE(nonces.size(), 20000);
    QCOMPARE(cipher->pagesEncrypted(), std::uint64_t(10000));
}

void TestPageCipher::bindsRoleAndIndex()
{
    auto cipher = makeCipher();
    QByteArray plain = page('b');
    QByteArray sealed(int(PageCipher::kPageSize), '\0');
    QVERIFY(cipher->encrypt(u8(plain), u8(sealed), PageCipher::Role::Main, 3));
    QByteArray copy = sealed;
    QVERIFY(!cipher->decrypt(u8(copy), PageCipher::Role::Main, 4));
    QCOMPARE(copy, QByteArray(int(PageCipher::kPageSize), '\0')); // nothing unauthenticated is returned
    copy = sealed;
    QVERIFY(!cipher->decrypt(u8(copy), PageCipher::Role::Wal, 3));
    copy = sealed;
    QVERIFY(!cipher->decrypt(u8(copy), PageCipher::Role::Journal, 3));
    copy = sealed;
    QVERIFY(!makeCipher()->decrypt(u8(copy), PageCipher::Role::Main, 3)); // another key
    copy = sealed;
    QVERIFY(cipher->decrypt(u8(copy), PageCipher::Role::Main, 3));
}

void TestPageCipher::detectsEveryAlteredByteRegion()
{
    auto cipher = makeCipher();
    QByteArray plain = page('d');
    QByteArray sealed(int(PageCipher::kPageSize), '\0');
    QVERIFY(cipher->encrypt(u8(plain), u8(sealed), PageCipher::Role::Main, 9));
    for (int offset = 0; offset < int(PageCipher::kPageSize); offset += 37) {
        QByteArray copy = sealed;
        copy[offset] = char(copy[offset] ^ 0x80);
        QVERIFY2(!cipher->decrypt(u8(copy), PageCipher::Role::Main, 9), qPrintable(QString::number(offset)));
    }
    for (int offset = int(PageCipher::kPayload); offset < int(PageCipher::kPageSize); ++offset) {
        QByteArray copy = sealed;
        copy[offset] = char(copy[offset] ^ 0x01);
        QVERIFY(!cipher->decrypt(u8(copy), PageCipher::Role::Main, 9));
    }
}

void TestPageCipher::refusesWrongKeySize()
{
    QVERIFY(!PageCipher::create(SecureBytes(16)));
    QVERIFY(!PageCipher::create(SecureBytes()));
}

void TestPageCipher::checksumMasks()
{
    // The same nonce and position give the same mask (so a read undoes a write); any
    // other nonce, position or key gives another.
    auto cipher = makeCipher();
    const std::uint8_t nonceA[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    const std::uint8_t nonceB[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13};
    std::uint8_t a1[16];
    std::uint8_t a2[16];
    std::uint8_t b[16];
    std::uint8_t p[16];
    std::uint8_t k[16];
    QVERIFY(cipher->checksumMask(nonceA, 7, a1));
    QVERIFY(cipher->checksumMask(nonceA, 7, a2));
    QVERIFY(cipher->checksumMask(nonceB, 7, b));
    QVERIFY(cipher->checksumMask(nonceA, 8, p));
    QVERIFY(makeCipher()->checksumMask(nonceA, 7, k));
    QCOMPARE(QByteArray(reinterpret_cast<char*>(a1), 16), QByteArray(reinterpret_cast<char*>(a2), 16));
    QVERIFY(std::memcmp(a1, b, 8) != 0);
    QVERIFY(std::memcmp(a1, p, 8) != 0);
    QVERIFY(std::memcmp(a1, k, 8) != 0);
}

void TestPageCipher::journalHeaderMacs()
{
    // A journal header sealed in one session verifies in the next (a new cipher from the
    // same key), and only at the offset and with the bytes it was sealed with.
    const SecureBytes key = crypto::randomKey();
    auto writer = PageCipher::create(key);
    auto reader = PageCipher::create(key);
    QVERIFY(writer && reader);
    std::uint8_t header[PageCipher::kJournalHeader] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1,
                                                       0x63, 0xd7, 0,    0,    0,    3};
    const auto mac = [&header](PageCipher& cipher, std::uint64_t offset) {
        QByteArray out(int(PageCipher::kJournalMac), '\0');
        if (!cipher.journalHeaderMac(offset, header, reinterpret_cast<std::uint8_t*>(out.data()))) {
            out.clear();
        }
        return out;
    };
    const QByteArray sealed = mac(*writer, 0);
    QCOMPARE(sealed.size(), int(PageCipher::kJournalMac));
    QCOMPARE(mac(*reader, 0), sealed);
    QVERIFY(mac(*reader, 512) != sealed);
    QVERIFY(mac(*makeCipher(), 0) != sealed);
    for (std::size_t i = 0; i < sizeof header; ++i) {
        header[i] ^= 0x01;
        QVERIFY2(mac(*reader, 0) != sealed, qPrintable(QStringLiteral("byte %1").arg(i)));
        header[i] ^= 0x01;
    }
    QCOMPARE(mac(*reader, 0), sealed);
}

QTEST_GUILESS_MAIN(TestPageCipher)
#include "tst_page_cipher.moc"
