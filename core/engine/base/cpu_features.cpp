#include "engine/base/cpu_features.h"

#if SHOPTUNER_X86_KERNELS && defined(_MSC_VER) && !defined(__clang__)
#include <immintrin.h> // _xgetbv
#include <intrin.h> // __cpuidex
#endif

#include <cstdio>
#include <cstdlib>
#include <string>

namespace shoptuner::engine {
namespace {

CpuFeatures detect()
{
    CpuFeatures f;
#if SHOPTUNER_X86_KERNELS && (defined(__GNUC__) || defined(__clang__))
    // GCC and Clang check CPUID and the operating system's register saving (XGETBV) themselves.
    __builtin_cpu_init();
    f.avx2Fma = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    f.avx512f = __builtin_cpu_supports("avx512f");
    f.avx512bw = f.avx512f && __builtin_cpu_supports("avx512bw");
    f.avx512bf16 = f.avx512bw && __builtin_cpu_supports("avx512bf16");
#elif SHOPTUNER_X86_KERNELS && defined(_MSC_VER)
    int regs[4] = {};
    __cpuidex(regs, 0, 0);
    const int maxLeaf = regs[0];
    __cpuidex(regs, 1, 0);
    const bool fma = (regs[2] & (1 << 12)) != 0;
    const bool osxsave = (regs[2] & (1 << 27)) != 0;
    if (!osxsave || maxLeaf < 7)
        return f;
    const unsigned long long xcr0 = _xgetbv(0);
    const bool ymmSaved = (xcr0 & 0x6) == 0x6; // SSE and AVX state
    const bool zmmSaved = (xcr0 & 0xe6) == 0xe6; // plus opmask and both halves of ZMM
    __cpuidex(regs, 7, 0);
    const bool avx2 = (regs[1] & (1 << 5)) != 0;
    const bool avx512f = (regs[1] & (1 << 16)) != 0;
    const bool avx512bw = (regs[1] & (1 << 30)) != 0;
    f.avx2Fma = avx2 && fma && ymmSaved;
    f.avx512f = avx512f && zmmSaved;
    f.avx512bw = f.avx512f && avx512bw;
    __cpuidex(regs, 7, 1);
    f.avx512bf16 = f.avx512bw && (regs[0] & (1 << 5)) != 0;
#endif
    return f;
}

CpuFeatures capped(CpuFeatures f)
{
    const char *cap = std::getenv("SHOPTUNER_MAX_ISA");
    if (!cap || !*cap)
        return f;
    const std::string isa = cap;
    if (isa == "avx512") {
        f.avx512bf16 = false;
    } else if (isa == "avx2") {
        f.avx512f = f.avx512bw = f.avx512bf16 = false;
    } else if (isa == "generic") {
        f = CpuFeatures {};
    } else {
        std::fprintf(stderr, "SHOPTUNER_MAX_ISA=%s is not one of avx512, avx2, generic: ignored\n", cap);
    }
    return f;
}

} // namespace

const CpuFeatures &cpuFeatures()
{
    static const CpuFeatures features = capped(detect());
    return features;
}

const char *autoCpuComputeDtype()
{
    return cpuFeatures().avx512bf16 ? "bf16" : "f32";
}

} // namespace shoptuner::engine
