// Measures how fast this machine reads memory: the ceiling for decoding, which streams
// every weight once per token.
#pragma once

#include <cstddef>

namespace shoptuner::engine {

// Best-of-`rounds` read bandwidth in bytes per second, over `bytes` of memory, using `threads` threads.
double measureReadBandwidth(std::size_t bytes, int threads, int rounds = 5);

// Peak resident set size of this process, in bytes.
std::size_t peakResidentBytes();

} // namespace shoptuner::engine
