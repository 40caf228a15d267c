#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace oneteam {

// A hybrid logical clock (Kulkarni et al.): physical milliseconds plus a counter, so
// every change a site makes is later than the last one it made or saw, even when the
// wall clock steps back. Text form "WWWWWWWWWWWWWWW.CCCCCC" sorts as it compares.
class Hlc
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit Hlc(WallClock wall = {});
    // The next timestamp for a local change.
    QString next();
    // Takes a timestamp seen elsewhere (or stored earlier) into account.
    void observe(const QString& timestamp);
    QString last() const;

    static bool parse(const QString& timestamp, qint64* wall, qint64* counter);
    static QString format(qint64 wall, qint64 counter);

private:
    WallClock m_wall;
    qint64 m_lastWall = 0;
    qint64 m_counter = 0;
};

} // namespace oneteam
