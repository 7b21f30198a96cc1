// The compute environment: device choice, BLAS in use, thread count.
#pragma once

#include <string>

namespace shoptuner::engine {

struct RuntimeInfo
{
    std::string device; // "cpu", "cuda:0", ...
    std::string deviceNote; // why this device was chosen
    std::string blas; // e.g. "OpenBLAS 0.3.21 (core SkylakeX)"
    int threads = 1;
    bool cudaAvailable = false;
};

// Sets libtorch's intra-op threads; 0 means one per detected core. Configures the allocator too.
void configureThreads(int threads = 0);
// Keeps the heap blocks a training or generation step frees for the next step instead of giving
// them back to the system and faulting them in again (glibc; elsewhere nothing to do). Once per
// process.
void configureAllocator();
// Gives the heap's free memory back to the system: when a job has ended.
void releaseFreeMemory();
// Resolves "auto", "cpu", "cuda", "cuda:N" to a device string; throws when an explicit choice is unavailable.
std::string resolveDevice(const std::string &requested, std::string *note = nullptr);
RuntimeInfo runtimeInfo(const std::string &requestedDevice = "auto");
std::string blasDescription();

} // namespace shoptuner::engine
