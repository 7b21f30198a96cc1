// Which x86 vector instructions the processor offers, for the hand-written kernels (matvec.cpp,
// nf4.cpp). Each kernel is compiled for its instruction set with SHOPTUNER_TARGET and chosen at
// run time, so one build runs on every x86-64 processor. On other processors (Apple silicon,
// ARM servers) SHOPTUNER_X86_KERNELS is 0 and only the portable kernels are built.
#pragma once

#if defined(__x86_64__) || defined(_M_X64)
#define SHOPTUNER_X86_KERNELS 1
#else
#define SHOPTUNER_X86_KERNELS 0
#endif

#if defined(__GNUC__) || defined(__clang__)
#define SHOPTUNER_TARGET(isa) __attribute__((target(isa)))
#else
#define SHOPTUNER_TARGET(isa) // MSVC compiles any intrinsic without a per-function target
#endif

namespace shoptuner::engine {

struct CpuFeatures
{
    bool avx2Fma = false; // AVX2 and FMA3, with the operating system saving the YMM registers
    bool avx512f = false; // AVX-512 Foundation, with the operating system saving the ZMM registers
    bool avx512bw = false;
};

// Read once, on first use.
const CpuFeatures &cpuFeatures();

} // namespace shoptuner::engine
