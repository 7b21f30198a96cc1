// Benchmark (not a test): the decode matrix-vector kernels against libtorch's mv, in GB/s of
// weights streamed. Prints figures; never fails on time.
#include "engine/base/bandwidth.h"
#include "engine/model/matvec.h"
#include "engine/model/nf4.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>

using namespace shoptuner::engine;

namespace {

template <typename F> double secondsPerCall(F &&f, int reps)
{
    f();
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < reps; ++r)
        f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / reps;
}

} // namespace

int main(int argc, char **argv)
{
    // usage: bench_matvec [threads] [avx512|avx2|generic]
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    if (threads < 1 || (argc > 2 && !forceMatvecKernel(argv[2]))) {
        std::fprintf(stderr, "usage: bench_matvec [threads >= 1] [avx512|avx2|generic, as the CPU allows]\n");
        return 2;
    }
    at::set_num_threads(threads);
    std::printf("threads %d, kernels %s, read bandwidth %.1f GB/s\n", threads, matvecKernelName(),
        measureReadBandwidth(std::size_t {1} << 30, threads) / 1e9);
    // Shapes of SmolLM2-135M's projections and its 49152-token head.
    const std::pair<std::int64_t, std::int64_t> shapes[] = {{576, 576}, {1536, 576}, {576, 1536}, {49152, 576}};
    for (const auto &[out, in] : shapes) {
        const torch::Tensor w = torch::randn({out, in});
        const torch::Tensor wb = w.to(torch::kBFloat16);
        const torch::Tensor x = torch::randn({in});
        torch::Tensor y = torch::empty({out});
        const double bytes32 = static_cast<double>(out * in * 4), bytes16 = bytes32 / 2;
        const int reps = static_cast<int>(std::max<std::int64_t>(20, 2'000'000'000 / (out * in * 4)));
        const double ours32 = secondsPerCall(
            [&] { matvecF32(w.data_ptr<float>(), x.data_ptr<float>(), nullptr, y.data_ptr<float>(), out, in); }, reps);
        const double torch32 = secondsPerCall([&] { torch::mv(w, x); }, reps);
        const double ours16 = secondsPerCall(
            [&] {
                matvecBF16(reinterpret_cast<const std::uint16_t *>(wb.data_ptr()), x.data_ptr<float>(), nullptr,
                    y.data_ptr<float>(), out, in);
            },
            reps);
        const torch::Tensor xb = x.to(torch::kBFloat16);
        const double torch16 = secondsPerCall([&] { torch::mv(wb, xb); }, reps);
        std::printf(
            "%6lld x %5lld  f32: ours %6.1f GB/s, torch::mv %6.1f GB/s   bf16: ours %6.1f GB/s, torch::mv %6.1f GB/s\n",
            static_cast<long long>(out), static_cast<long long>(in), bytes32 / ours32 / 1e9, bytes32 / torch32 / 1e9,
            bytes16 / ours16 / 1e9, bytes16 / torch16 / 1e9);
    }
    // Several vectors at once (one token per answer of a batch) against libtorch's matrix
    // product (BLAS), which is what a batch used before: time per call and tokens/s-equivalent.
    std::printf("\nseveral vectors (a token per answer): microseconds per call, ours / torch::mm\n");
    for (const auto &[out, in] : shapes) {
        const torch::Tensor w = torch::randn({out, in});
        const torch::Tensor wb = w.to(torch::kBFloat16);
        std::printf("%6lld x %5lld ", static_cast<long long>(out), static_cast<long long>(in));
        for (const std::int64_t n : {std::int64_t {1}, std::int64_t {2}, std::int64_t {4}, std::int64_t {8},
                 std::int64_t {16}, std::int64_t {32}}) {
            const torch::Tensor x = torch::randn({n, in});
            const torch::Tensor xb = x.to(torch::kBFloat16);
            torch::Tensor y = torch::empty({n, out});
            const int reps = static_cast<int>(std::max<std::int64_t>(10, 500'000'000 / (out * in * 4)));
            const double ours = n > kMatvecMaxVectors
                ? 0
                : secondsPerCall(
                    [&] {
                        matvecF32(w.data_ptr<float>(), x.data_ptr<float>(), nullptr, y.data_ptr<float>(), out, in, n);
                    },
                    reps);
            const double blas = secondsPerCall([&] { torch::mm(x, w.t()); }, reps);
            const double ours16 = n > kMatvecMaxVectors
                ? 0
                : secondsPerCall(
                    [&] {
                        matvecBF16(reinterpret_cast<const std::uint16_t *>(wb.data_ptr()), x.data_ptr<float>(), nullptr,
                            y.data_ptr<float>(), out, in, n);
                    },
                    reps);
            const double blas16 = secondsPerCall([&] { torch::mm(xb, wb.t()); }, reps);
            std::printf(" | n=%lld f32 %7.0f/%7.0f bf16 %7.0f/%7.0f", static_cast<long long>(n), ours * 1e6, blas * 1e6,
                ours16 * 1e6, blas16 * 1e6);
        }
        std::printf("\n");
    }
    // NF4 weights (QLoRA's 4-bit codes, double-quantized absmax): GB/s of codes and absmax read,
    // and microseconds per call for several vectors.
    std::printf("\nnf4: one vector in GB/s of 4-bit weights read; several vectors in microseconds per call\n");
    for (const auto &[out, in] : shapes) {
        const torch::Tensor w = torch::randn({out, in});
        const Nf4Data q = quantizeNf4(w.data_ptr<float>(), out * in, true);
        const double bytes = static_cast<double>(q.bytes());
        std::printf("%6lld x %5lld ", static_cast<long long>(out), static_cast<long long>(in));
        for (const std::int64_t n : {std::int64_t {1}, std::int64_t {2}, std::int64_t {4}, std::int64_t {8}}) {
            const torch::Tensor x = torch::randn({n, in});
            torch::Tensor y = torch::empty({n, out});
            const int reps = static_cast<int>(std::max<std::int64_t>(20, 2'000'000'000 / (out * in)));
            const double t = secondsPerCall(
                [&] { matvecNf4(q.view(), x.data_ptr<float>(), nullptr, y.data_ptr<float>(), out, in, n); }, reps);
            if (n == 1)
                std::printf(" %6.1f GB/s", bytes / t / 1e9);
            else
                std::printf(" | n=%lld %7.0f us", static_cast<long long>(n), t * 1e6);
        }
        std::printf("\n");
    }
    return 0;
}
