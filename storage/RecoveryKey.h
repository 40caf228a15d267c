#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QString>

namespace oneteam {

// A recovery key the user writes down: 32 random bytes and a 2-byte check, in RFC 4648
// base32, grouped by five ("ABCDE-FGHIJ-…", 11 groups). The check catches a mistyped
// key before it is mistaken for a wrong one.
class RecoveryKey
{
public:
    static SecureBytes generate();
    static QString format(const SecureBytes& key);
    // Accepts any case, spaces and dashes; InvalidArgument when the check fails.
    static Result<SecureBytes> parse(const QString& text);
    // The same for text as typed (UTF-8); the temporary text is wiped.
    static Result<SecureBytes> parseTyped(const SecureBytes& typed);
};

} // namespace oneteam
