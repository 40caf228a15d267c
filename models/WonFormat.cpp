#include "WonFormat.h"

#include <QLocale>
#include <QStringList>

namespace oneteam {

namespace {

QString formatKorean(quint64 magnitude)
{
    constexpr quint64 kJo = 1'000'000'000'000ULL;
    constexpr quint64 kEok = 100'000'000ULL;
    constexpr quint64 kMan = 10'000ULL;
    if (magnitude == 0) {
        return QStringLiteral("0원");
    }
    const quint64 jo = magnitude / kJo;
    const quint64 eok = (magnitude % kJo) / kEok;
    const quint64 man = (magnitude % kEok) / kMan;
    const quint64 rest = magnitude % kMan;
    QStringList parts;
    if (jo > 0) {
        parts << QLocale(QLocale::Korean).toString(jo) + QStringLiteral("조");
    }
    if (eok > 0) {
        parts << QString::number(eok) + QStringLiteral("억");
    }
    if (man > 0) {
        parts << QString::number(man) + QStringLiteral("만");
    }
    if (rest > 0) {
        parts << QString::number(rest);
    }
    // Korean orthography spaces each myriad unit; the currency unit 원 stands apart
    // after a unit word and attaches to a bare number.
    if (rest > 0) {
        return parts.join(QLatin1Char(' ')) + QStringLiteral("원");
    }
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" 원");
}

QString scaled(quint64 magnitude, quint64 unit, const QString& word)
{
    // Thousandths of the unit, rounded half up, in integer arithmetic.
    const quint64 thousandths = magnitude / unit * 1000 + ((magnitude % unit) * 1000 + unit / 2) / unit;
    QString number = QLocale(QLocale::English).toString(thousandths / 1000);
    QString fraction = QStringLiteral("%1").arg(thousandths % 1000, 3, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    if (!fraction.isEmpty()) {
        number += QLatin1Char('.') + fraction;
    }
    return QStringLiteral("KRW ") + number + QLatin1Char(' ') + word;
}

QString formatEnglish(quint64 magnitude)
{
    if (magnitude >= 1'000'000'000'000ULL) {
        return scaled(magnitude, 1'000'000'000'000ULL, QStringLiteral("trillion"));
    }
    if (magnitude >= 1'000'000'000ULL) {
        return scaled(magnitude, 1'000'000'000ULL, QStringLiteral("billion"));
    }
    if (magnitude >= 1'000'000ULL) {
        return scaled(magnitude, 1'000'000ULL, QStringLiteral("million"));
    }
    return QStringLiteral("KRW ") + QLocale(QLocale::English).toString(magnitude);
}

} // namespace

QString WonFormat::format(qint64 won, Language language)
{
    // The magnitude of INT64_MIN does not fit in qint64; compute it unsigned.
    const quint64 magnitude = won < 0 ? quint64(0) - quint64(won) : quint64(won);
    const QString text = language == Language::Korean ? formatKorean(magnitude) : formatEnglish(magnitude);
    return won < 0 ? QStringLiteral("-") + text : text;
}

} // namespace oneteam
