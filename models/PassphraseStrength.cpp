#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace oneteam {

int PassphraseStrength::estimateBits(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        return 0;
    }
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<QChar> distinct;
    int repeats = 0;
    int sequences = 0;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        distinct.insert(c);
        if (c.unicode() > 0x7f) {
            other = true; // Hangul and other scripts: a large alphabet
        } else if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            symbol = true;
        }
        if (i > 0) {
            const int step = c.unicode() - passphrase.at(i - 1).unicode();
            repeats += step == 0 ? 1 : 0;
            sequences += (step == 1 || step == -1) ? 1 : 0;
        }
    }
    int alphabet =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 2000 : 0);
    const double perChar = std::log2(double(std::max(alphabet, 2)));
    const double effective = double(passphrase.size() - repeats - sequences / 2);
    // Few distinct characters limit the estimate whatever the length.
    const double cap = double(distinct.size()) * perChar * 1.5;
    return int(std::min(effective * perChar, cap));
}

PassphraseStrength::Level PassphraseStrength::level(const QString& passphrase)
{
    const int bits = estimateBits(passphrase);
    if (passphrase.isEmpty()) {
        return Level::Empty;
    }
    return bits < 40 ? Level::Weak : bits < 70 ? Level::Fair : Level::Strong;
}

QString PassphraseStrength::hint(const QString& passphrase)
{
    switch (level(passphrase)) {
    case Level::Empty:
        return QCoreApplication::translate("PassphraseStrength",
                                           "Use several words, or 12 or more characters.");
    case Level::Weak:
        return QCoreApplication::translate("PassphraseStrength",
                                           "Weak: easy to guess. Add words or characters.");
    case Level::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair: longer would be safer.");
    case Level::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong.");
    }
    return {};
}

} // namespace oneteam
