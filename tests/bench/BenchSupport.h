#pragma once

// What the benchmarks share: timing a step many times, and the process's memory.

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace oneteam::bench {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

// Runs `step(i)` for i in [0, runs) and returns the median and 95th percentile, in ms.
inline Stats measure(int runs, const std::function<void(int)>& step)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        step(i);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

// Resident memory from /proc/self/status, in KiB (-1 where it cannot be read).
inline long residentKiB()
{
    FILE* status = std::fopen("/proc/self/status", "r");
    long kib = -1;
    char line[256];
    while (status && std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1) {
            break;
        }
    }
    if (status) {
        std::fclose(status);
    }
    return kib;
}

} // namespace oneteam::bench
