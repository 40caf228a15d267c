#pragma once

#include <QString>
#include <QtGlobal>

namespace oneteam {

// Formats whole-won amounts (qint64, never double) the way each language reads money:
// Korean with the myriad units 조/억/만 ("10조 1000억 원"), English with
// trillion/billion/million ("KRW 10.1 trillion").
class WonFormat
{
public:
    enum class Language
    {
        Korean,
        English
    };

    // The full amount in words-and-digits, exact in Korean, rounded to three
    // significant decimals of the largest unit in English.
    static QString format(qint64 won, Language language);
};

} // namespace oneteam
