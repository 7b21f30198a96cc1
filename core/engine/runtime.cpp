#include "runtime.h"

#include "error.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <dlfcn.h>
#include <link.h>
#include <thread>

namespace shoptuner::engine {

void configureThreads(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
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
    if (requested != "auto" && !requested.empty())
        throw UnsupportedError("unknown device '" + requested + "'", "use auto, cpu or cuda");
    if (cuda) {
        say("a CUDA GPU is available");
        return "cuda:0";
    }
    say("no CUDA device (this libtorch build has no CUDA, or no GPU is present)");
    return "cpu";
}

std::string blasDescription()
{
    using ConfigFn = char *(*)();
    if (auto config = reinterpret_cast<ConfigFn>(::dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
        std::string text = config();
        if (auto core = reinterpret_cast<ConfigFn>(::dlsym(RTLD_DEFAULT, "openblas_get_corename")))
            text += std::string(" (core ") + core() + ")";
        return text;
    }
    if (::dlsym(RTLD_DEFAULT, "mkl_get_version"))
        return "Intel MKL";
    // Name the library that provides libblas.so.3 when it is not OpenBLAS.
    std::string found;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            const std::string name = info->dlpi_name ? info->dlpi_name : "";
            if (name.find("libblas") != std::string::npos)
                *static_cast<std::string *>(data) = name;
            return 0;
        },
        &found);
    return found.empty() ? "unknown" : "reference BLAS (" + found + ") — slow; install libopenblas0-openmp";
}

RuntimeInfo runtimeInfo(const std::string &requestedDevice)
{
    RuntimeInfo info;
    info.device = resolveDevice(requestedDevice, &info.deviceNote);
    info.blas = blasDescription();
    info.threads = at::get_num_threads();
    info.cudaAvailable = torch::cuda::is_available();
    return info;
}

} // namespace shoptuner::engine
