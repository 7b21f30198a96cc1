// The decode matrix-vector kernels against a float64 reference, on shapes that exercise every
// tail (widths not a multiple of the vector size, single rows, biases).
#include "test_helpers.h"

#include "engine/base/runtime.h"
#include "engine/model/matvec.h"

#include <cmath>
#include <cstring>
#include <random>
#include <thread>

using namespace shoptuner::engine;

namespace {

std::uint16_t toBf16(float f)
{
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    bits += 0x7fff + ((bits >> 16) & 1); // round to nearest even
    return static_cast<std::uint16_t>(bits >> 16);
}

std::vector<std::uint16_t> toBf16(const std::vector<float> &values)
{
    std::vector<std::uint16_t> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        out[i] = toBf16(values[i]);
    return out;
}

float fromBf16(std::uint16_t v)
{
    const std::uint32_t bits = static_cast<std::uint32_t>(v) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace

class TestMatvec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesFloat64Reference_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("in");
        const std::pair<int, int> shapes[] = {{1, 1}, {3, 15}, {7, 77}, {64, 576}, {129, 1536}, {1000, 100}};
        for (const char *kernel : {"avx512", "avx2", "generic"}) {
            for (const auto &[out, in] : shapes)
                QTest::addRow("%s %dx%d", kernel, out, in) << QString(kernel) << out << in;
        }
    }

    void matchesFloat64Reference()
    {
        QFETCH(QString, kernel);
        QFETCH(int, out);
        QFETCH(int, in);
        if (!forceMatvecKernel(kernel.toStdString()))
            QSKIP("this CPU lacks the instructions for these kernels");
        std::mt19937 rng(static_cast<unsigned>(out * 1000 + in));
        std::normal_distribution<float> normal;
        std::vector<float> w(static_cast<std::size_t>(out * in)), x(static_cast<std::size_t>(in)),
            bias(static_cast<std::size_t>(out));
        for (float &v : w)
            v = normal(rng);
        for (float &v : x)
            v = normal(rng);
        for (float &v : bias)
            v = normal(rng);
        const std::vector<std::uint16_t> wb = toBf16(w), bb = toBf16(bias);

        std::vector<float> y32(static_cast<std::size_t>(out)), y16(static_cast<std::size_t>(out));
        matvecF32(w.data(), x.data(), bias.data(), y32.data(), out, in);
        matvecBF16(wb.data(), x.data(), bb.data(), y16.data(), out, in);
        // Float64 references; the tolerance scales with sqrt(in) for F32 accumulation error.
        double worst32 = 0, worst16 = 0;
        for (int o = 0; o < out; ++o) {
            double ref32 = bias[static_cast<std::size_t>(o)], ref16 = fromBf16(bb[static_cast<std::size_t>(o)]);
            for (int i = 0; i < in; ++i) {
                const std::size_t k = static_cast<std::size_t>(o * in + i);
                ref32 += static_cast<double>(w[k]) * x[static_cast<std::size_t>(i)];
                ref16 += static_cast<double>(fromBf16(wb[k])) * x[static_cast<std::size_t>(i)];
            }
            worst32 = std::max(worst32, std::abs(y32[static_cast<std::size_t>(o)] - ref32));
            worst16 = std::max(worst16, std::abs(y16[static_cast<std::size_t>(o)] - ref16));
        }
        const double tolerance = 1e-5 * std::sqrt(static_cast<double>(in)) * 4;
        qInfo("%s kernels, %dx%d: largest |difference| f32 %.3g, bf16 %.3g (tolerance %.3g)", matvecKernelName(), out,
            in, worst32, worst16, tolerance);
        QVERIFY(worst32 <= tolerance);
        QVERIFY(worst16 <= tolerance);
    }

    // Several vectors at once (a token per answer of a batch): each row's result must have the
    // exact bits it gets alone, for every kernel family and group size (4 + remainders).
    void vectorsTogetherEqualEachAlone_data()
    {
        QTest::addColumn<QString>("kernel");
        for (const char *kernel : {"avx512", "avx2", "generic"})
            QTest::newRow(kernel) << QString(kernel);
    }

    void vectorsTogetherEqualEachAlone()
    {
        QFETCH(QString, kernel);
        if (!forceMatvecKernel(kernel.toStdString()))
            QSKIP("this CPU lacks the instructions for these kernels");
        for (const auto &[out, in] : {std::pair {37, 77}, std::pair {130, 576}}) {
            std::mt19937 rng(static_cast<unsigned>(out + in));
            std::normal_distribution<float> normal;
            const int most = int(kMatvecMaxVectors);
            std::vector<float> w(static_cast<std::size_t>(out * in)), x(static_cast<std::size_t>(most * in)),
                bias(static_cast<std::size_t>(out));
            for (std::vector<float> *v : {&w, &x, &bias})
                for (float &e : *v)
                    e = normal(rng);
            const std::vector<std::uint16_t> wb = toBf16(w), bb = toBf16(bias);
            for (int vectors : {1, 2, 4, 5, 7, 9, most}) {
                std::vector<float> y32(static_cast<std::size_t>(vectors * out)), y16(y32.size());
                matvecF32(w.data(), x.data(), bias.data(), y32.data(), out, in, vectors);
                matvecBF16(wb.data(), x.data(), bb.data(), y16.data(), out, in, vectors);
                for (int r = 0; r < vectors; ++r) {
                    std::vector<float> a32(static_cast<std::size_t>(out)), a16(static_cast<std::size_t>(out));
                    matvecF32(w.data(), x.data() + r * in, bias.data(), a32.data(), out, in);
                    matvecBF16(wb.data(), x.data() + r * in, bb.data(), a16.data(), out, in);
                    QVERIFY2(std::memcmp(a32.data(), y32.data() + r * out, a32.size() * 4) == 0,
                        qPrintable(
                            QStringLiteral("f32 %1x%2, %3 vectors, row %4").arg(out).arg(in).arg(vectors).arg(r)));
                    QVERIFY2(std::memcmp(a16.data(), y16.data() + r * out, a16.size() * 4) == 0,
                        qPrintable(
                            QStringLiteral("bf16 %1x%2, %3 vectors, row %4").arg(out).arg(in).arg(vectors).arg(r)));
                }
            }
        }
    }

    // The kernels' loops run on the threads asked for: at::parallel_for is inline code that runs
    // on one thread unless the engine is compiled with OpenMP, as libtorch is.
    void kernelsRunOnTheThreadsAsked()
    {
        if (std::thread::hardware_concurrency() < 2)
            QSKIP("one core");
        configureThreads(2);
        QCOMPARE(kernelThreads(), 2);
        configureThreads(1);
        QCOMPARE(kernelThreads(), 1);
        configureThreads(2);
    }

    void cleanupTestCase() { forceMatvecKernel("avx512") || forceMatvecKernel("avx2") || forceMatvecKernel("generic"); }
};

QTEST_APPLESS_MAIN(TestMatvec)
#include "test_matvec.moc"
