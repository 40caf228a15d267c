#include "Hlc.h"

#include <QDateTime>

namespace oneteam {

Hlc::Hlc(WallClock wall)
    : m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

QString Hlc::next()
{
    const qint64 wall = m_wall();
    if (wall > m_lastWall) {
        m_lastWall = wall;
        m_counter = 0;
    } else if (++m_counter > 999999) {
        // A million changes in one millisecond: borrow the next one, keeping the width.
        ++m_lastWall;
        m_counter = 0;
    }
    return format(m_lastWall, m_counter);
}

void Hlc::observe(const QString& timestamp)
{
    qint64 wall = 0;
    qint64 counter = 0;
    if (!parse(timestamp, &wall, &counter)) {
        return;
    }
    if (wall > m_lastWall || (wall == m_lastWall && counter > m_counter)) {
        m_lastWall = wall;
        m_counter = counter;
    }
}

QString Hlc::last() const
{
    return format(m_lastWall, m_counter);
}

bool Hlc::parse(const QString& timestamp, qint64* wall, qint64* counter)
{
    // Exactly fifteen digits, a dot and six digits: one text per time, so that text order
    // is time order.
    if (timestamp.size() != 22 || timestamp.at(15) != QLatin1Char('.')) {
        return false;
    }
    for (qsizetype i = 0; i < 22; ++i) {
        if (i != 15 && (timestamp.at(i) < QLatin1Char('0') || timestamp.at(i) > QLatin1Char('9'))) {
            return false;
        }
    }
    bool okWall = false;
    bool okCounter = false;
    *wall = timestamp.left(15).toLongLong(&okWall);
    *counter = timestamp.mid(16).toLongLong(&okCounter);
    return okWall && okCounter && *wall >= 0 && *counter >= 0;
}

QString Hlc::format(qint64 wall, qint64 counter)
{
    return QStringLiteral("%1.%2").arg(wall, 15, 10, QLatin1Char('0')).arg(counter, 6, 10, QLatin1Char('0'));
}

} // namespace oneteam
