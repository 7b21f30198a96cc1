#include "engine/base/bandwidth.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <numeric>
#include <thread>
#include <vector>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// after windows.h
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace shoptuner::engine {

double measureReadBandwidth(std::size_t bytes, int threads, int rounds)
{
    threads = std::max(1, threads);
    std::vector<std::uint64_t> buffer(bytes / sizeof(std::uint64_t));
    std::iota(buffer.begin(), buffer.end(), std::uint64_t {1}); // touch every page
    std::vector<std::uint64_t> sums(static_cast<std::size_t>(threads));
    double best = 0;
    for (int r = 0; r < rounds; ++r) {
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> workers;
        const std::size_t chunk = buffer.size() / static_cast<std::size_t>(threads);
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                const std::uint64_t *p = buffer.data() + static_cast<std::size_t>(t) * chunk;
                // Four independent sums let the loop vectorise and keep several loads in flight.
                std::uint64_t a = 0, b = 0, c = 0, d = 0;
                for (std::size_t i = 0; i + 4 <= chunk; i += 4) {
                    a += p[i];
                    b += p[i + 1];
                    c += p[i + 2];
                    d += p[i + 3];
                }
                sums[static_cast<std::size_t>(t)] = a + b + c + d;
            });
        }
        for (std::thread &w : workers)
            w.join();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        best = std::max(
            best, static_cast<double>(chunk * static_cast<std::size_t>(threads) * sizeof(std::uint64_t)) / seconds);
    }
    volatile std::uint64_t sink = std::accumulate(sums.begin(), sums.end(), std::uint64_t {0});
    (void)sink;
    return best;
}

std::size_t peakResidentBytes()
{
#ifdef _WIN32
    PROCESS_MEMORY_COUNTERS counters {};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return counters.PeakWorkingSetSize;
#else
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
#ifdef __APPLE__
    return static_cast<std::size_t>(usage.ru_maxrss); // bytes on macOS
#else
    return static_cast<std::size_t>(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
#endif
}

} // namespace shoptuner::engine
