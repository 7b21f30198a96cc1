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
    int kernelThreads = 1; // threads the engine's own parallel loops reach (see kernelThreads())
    bool cudaAvailable = false;
};

// Sets libtorch's intra-op threads; 0 means one per detected core. Once per process it also has
// the C library keep the blocks a step frees for the next step instead of faulting them in again.
void configureThreads(int threads = 0);
// Gives the heap's free memory back to the system: when a job has ended.
void releaseFreeMemory();
// Resolves "auto", "cpu", "cuda", "cuda:N" to a device string; throws when an explicit choice is unavailable.
std::string resolveDevice(const std::string &requested, std::string *note = nullptr);
RuntimeInfo runtimeInfo(const std::string &requestedDevice = "auto");
// The dtype a model computes in, "f32" or "bf16", for a requested "auto", "f32"/"float32" or
// "bf16"/"bfloat16" (throws on anything else). "auto" is BF16 on GPUs (QLoRA's compute dtype) and
// on processors that compute BF16 natively (autoCpuComputeDtype()), F32 on other processors
// whatever the checkpoint holds: a BF16 or F16 checkpoint widens to F32 exactly.
std::string resolveComputeDtype(const std::string &requested, bool cuda);
std::string blasDescription();
// How many threads one of the engine's own parallel loops (at::parallel_for, as the kernels use
// it) runs on now: libtorch's thread count where the engine is built with OpenMP, else 1.
int kernelThreads();

} // namespace shoptuner::engine
