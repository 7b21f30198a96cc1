#include "engine/base/cpu_features.h"

#if SHOPTUNER_X86_KERNELS && defined(_MSC_VER) && !defined(__clang__)
#include <immintrin.h> // _xgetbv
#include <intrin.h> // __cpuidex
#endif

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
#endif
    return f;
}

} // namespace

const CpuFeatures &cpuFeatures()
{
    static const CpuFeatures features = detect();
    return features;
}

} // namespace shoptuner::engine
