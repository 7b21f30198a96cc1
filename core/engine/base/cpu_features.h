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
    // AVX-512 BF16 dot products (Intel Cooper Lake and Sapphire Rapids on, whose AMX tiles come
    // with it; AMD Zen 4 on): libtorch's BF16 matrix products run natively, about twice F32's speed.
    bool avx512bf16 = false;
};

// Read once, on first use. The environment variable SHOPTUNER_MAX_ISA caps what is reported, the
// way a CPU with fewer instructions would report it (for tests and benchmarks, like oneDNN's
// ONEDNN_MAX_CPU_ISA): "avx512" (no BF16), "avx2" (no AVX-512) or "generic" (no vector kernels).
const CpuFeatures &cpuFeatures();

// The compute dtype "auto" picks on the processor: "bf16" where it computes BF16 natively
// (avx512bf16), "f32" elsewhere (BF16 without native support is slower than F32 and less exact).
const char *autoCpuComputeDtype();

} // namespace shoptuner::engine
