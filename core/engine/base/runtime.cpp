#include "engine/base/runtime.h"

#include "engine/base/cpu_features.h"
#include "engine/base/error.h"

#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <torch/cuda.h>

#include <mutex>
#include <set>
#include <thread>

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif
#if defined(__linux__)
#include <link.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace shoptuner::engine {
namespace {

// Keeps the heap blocks a training or generation step frees for the next step instead of giving
// them back to the system and faulting them in again (glibc; elsewhere nothing to do).
void configureAllocator()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        // The C library's default maps every block above a moving threshold afresh and returns
        // free memory past a small threshold at once: a training step then faults its activations
        // in page by page (measured: 12 million faults, half the time of a small model's run).
        // Blocks up to 32 MiB come from the heap, and up to 1 GiB of it stays for the next step;
        // releaseFreeMemory() hands it back when a job ends.
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
    });
#endif
}

} // namespace

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void configureThreads(int threads)
{
    configureAllocator();
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
}

std::string resolveComputeDtype(const std::string &requested, bool cuda)
{
    if (requested == "f32" || requested == "float32")
        return "f32";
    if (requested == "bf16" || requested == "bfloat16")
        return "bf16";
    if (requested != "auto")
        throw UnsupportedError("unknown dtype '" + requested + "'", "use auto, f32 or bf16");
    return cuda ? "bf16" : autoCpuComputeDtype();
}

std::string resolveDevice(const std::string &requested, std::string *note)
{
    const bool cuda = torch::cuda::is_available();
    auto say = [&](const std::string &text) {
        if (note)
            *note = text;
    };
    if (requested == "cpu") {
        say("CPU as requested");
        return "cpu";
    }
    if (requested == "cuda" || requested == "gpu") {
        if (!cuda)
            throw UnsupportedError("a GPU was requested but libtorch sees no CUDA device",
                "this build uses a CPU-only libtorch, or no NVIDIA GPU and driver are present");
        say("CUDA as requested");
        return "cuda:0";
    }
    if (requested.rfind("cuda:", 0) == 0) {
        // One GPU of several, e.g. the one a distributed rank uses (cuda:LOCAL_RANK).
        const std::string digits = requested.substr(5);
        int index = -1;
        if (!digits.empty() && digits.size() <= 4 && digits.find_first_not_of("0123456789") == std::string::npos)
            index = std::stoi(digits);
        if (index < 0)
            throw UnsupportedError("unknown device '" + requested + "'", "use auto, cpu, cuda or cuda:N");
        const int count = cuda ? static_cast<int>(torch::cuda::device_count()) : 0;
        if (index >= count)
            throw UnsupportedError("GPU " + std::to_string(index) + " was requested but libtorch sees "
                    + std::to_string(count) + " CUDA device(s)",
                "check CUDA_VISIBLE_DEVICES, and that each machine runs no more ranks than it has GPUs");
        say("CUDA device " + std::to_string(index) + " as requested");
        return requested;
    }
    if (requested != "auto" && !requested.empty())
        throw UnsupportedError("unknown device '" + requested + "'", "use auto, cpu, cuda or cuda:N");
    if (cuda) {
        say("a CUDA GPU is available");
        return "cuda:0";
    }
    say("no CUDA device (this libtorch build has no CUDA, or no GPU is present)");
    return "cpu";
}

namespace {

// A function exported by any library loaded in this process, or null.
void *loadedSymbol(const char *name)
{
#if defined(_WIN32)
    for (const char *module : {"libopenblas.dll", "openblas.dll", "mkl_rt.dll", "mkl_rt.2.dll", "torch_cpu.dll"}) {
        if (HMODULE handle = ::GetModuleHandleA(module)) {
            if (auto symbol = ::GetProcAddress(handle, name))
                return reinterpret_cast<void *>(symbol);
        }
    }
    return nullptr;
#else
    return ::dlsym(RTLD_DEFAULT, name);
#endif
}

// The file name of a loaded library whose name contains `part`, or "".
std::string loadedLibraryNamed(const std::string &part)
{
    std::string found;
#if defined(__linux__)
    struct Search
    {
        const std::string *part;
        std::string *found;
    } search {&part, &found};
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *s = static_cast<Search *>(data);
            const std::string name = info->dlpi_name ? info->dlpi_name : "";
            if (name.find(*s->part) != std::string::npos)
                *s->found = name;
            return 0;
        },
        &search);
#elif defined(__APPLE__)
    for (std::uint32_t i = 0; i < _dyld_image_count(); ++i) {
        const std::string name = _dyld_get_image_name(i) ? _dyld_get_image_name(i) : "";
        if (name.find(part) != std::string::npos)
            found = name;
    }
#else
    (void)part;
#endif
    return found;
}

} // namespace

std::string blasDescription()
{
    using ConfigFn = char *(*)();
    if (auto config = reinterpret_cast<ConfigFn>(loadedSymbol("openblas_get_config"))) {
        std::string text = config();
        if (auto core = reinterpret_cast<ConfigFn>(loadedSymbol("openblas_get_corename")))
            text += std::string(" (core ") + core() + ")";
        return text;
    }
    if (loadedSymbol("mkl_get_version"))
        return "Intel MKL";
#if defined(__APPLE__)
    if (!loadedLibraryNamed("Accelerate.framework").empty() || !loadedLibraryNamed("libBLAS.dylib").empty())
        return "Apple Accelerate";
#endif
    // Name the library that provides libblas.so.3 when it is not OpenBLAS.
    const std::string found = loadedLibraryNamed("libblas");
    if (!found.empty())
        return "reference BLAS (" + found + ") — slow; install libopenblas0-openmp";
    // A BLAS linked into libtorch itself (the MKL in PyTorch's Windows and Linux downloads):
    // libtorch's build summary names it.
    const std::string config = at::show_config();
    const auto key = config.find("BLAS_INFO=");
    if (key != std::string::npos) {
        const auto begin = key + 10;
        const auto end = config.find_first_of(", \n", begin);
        return "linked into libtorch (" + config.substr(begin, end - begin) + ")";
    }
    return "unknown";
}

int kernelThreads()
{
    std::mutex lock;
    std::set<int> seen;
    at::parallel_for(0, 4096, 1, [&](std::int64_t, std::int64_t) {
        const std::lock_guard<std::mutex> hold(lock);
        seen.insert(at::get_thread_num());
    });
    return static_cast<int>(seen.size());
}

RuntimeInfo runtimeInfo(const std::string &requestedDevice)
{
    RuntimeInfo info;
    info.device = resolveDevice(requestedDevice, &info.deviceNote);
    info.blas = blasDescription();
    info.threads = at::get_num_threads();
    info.kernelThreads = kernelThreads();
    info.cudaAvailable = torch::cuda::is_available();
    return info;
}

} // namespace shoptuner::engine
