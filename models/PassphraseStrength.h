#pragma once

#include <QString>

namespace oneteam {

// A rough estimate of how hard a passphrase is to guess, for the hint under the field:
// length and character variety, with a penalty for repeats and common sequences. It
// informs; it does not forbid.
class PassphraseStrength
{
public:
    enum class Level
    {
        Empty,
        Weak,
        Fair,
        Strong
    };
    static int estimateBits(const QString& passphrase);
    static Level level(const QString& passphrase);
    static QString hint(const QString& passphrase); // translated
};

} // namespace oneteam
