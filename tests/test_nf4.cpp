// NF4 quantization against a float64 reference quantizer written here, the code book against
// the paper's construction, memory per parameter, and the fused NF4 matrix-vector product on
// every kernel family the CPU runs.
#include "test_helpers.h"

#include "engine/model/matvec.h"
#include "engine/model/nf4.h"

#include <cmath>
#include <cstring>
#include <random>

using namespace shoptuner::engine;

namespace {

// Inverse of the standard normal CDF by bisection on erfc (independent of any library quantile).
double normalQuantile(double p)
{
    double lo = -10, hi = 10;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

// Reference: nearest code value by exhaustive search, in float64.
int referenceIndex(double x)
{
    int best = 0;
    for (int i = 1; i < 16; ++i) {
        if (std::abs(x - kNf4CodeBook[static_cast<std::size_t>(i)])
            < std::abs(x - kNf4CodeBook[static_cast<std::size_t>(best)]))
            best = i;
    }
    return best;
}

std::vector<float> normalValues(std::int64_t n, unsigned seed, float stddev)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, stddev);
    std::vector<float> v(static_cast<std::size_t>(n));
    for (float &x : v)
        x = normal(rng);
    return v;
}

} // namespace

class TestNf4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeBookIsThePapersConstruction()
    {
        // QLoRA eq. (4) as bitsandbytes builds it: 8 positive quantiles of N(0,1) at
        // linspace(offset, 0.5, 9) and 7 negative ones at linspace(offset, 0.5, 8), offset 0.9677083,
        // plus zero, normalised by the largest.
        const double offset = 0.9677083;
        std::vector<double> values {0.0};
        for (int i = 0; i < 8; ++i)
            values.push_back(normalQuantile(offset + (0.5 - offset) * i / 8.0));
        for (int i = 0; i < 7; ++i)
            values.push_back(-normalQuantile(offset + (0.5 - offset) * i / 7.0));
        std::sort(values.begin(), values.end());
        const double top = values.back();
        double worst = 0;
        for (std::size_t i = 0; i < 16; ++i)
            worst = std::max(worst, std::abs(values[i] / top - kNf4CodeBook[i]));
        qInfo("code book vs the paper's quantile construction: largest |difference| %.3g (tolerance 1e-6)", worst);
        QVERIFY(worst < 1e-6);
        QCOMPARE(kNf4CodeBook[7], 0.0f); // zero is exactly representable
        QCOMPARE(kNf4CodeBook[0], -1.0f);
        QCOMPARE(kNf4CodeBook[15], 1.0f);
    }

    void indicesMatchTheReferenceQuantizer()
    {
        for (int i = -1100; i <= 1100; ++i) {
            const double x = i / 1000.0;
            const int ref = referenceIndex(x);
            const int got = nf4Index(static_cast<float>(x));
            // Exactly at a midpoint both neighbours are equally near.
            if (got != ref)
                QVERIFY2(std::abs(std::abs(x - kNf4CodeBook[static_cast<std::size_t>(got)])
                             - std::abs(x - kNf4CodeBook[static_cast<std::size_t>(ref)]))
                        < 1e-6,
                    qPrintable(QString::number(x)));
        }
    }

    void roundTripAgainstReference_data()
    {
        QTest::addColumn<bool>("doubleQuant");
        QTest::newRow("single") << false;
        QTest::newRow("double quantization") << true;
    }

    void roundTripAgainstReference()
    {
        QFETCH(bool, doubleQuant);
        const std::int64_t n = 64 * 1000 + 32; // a partial last block
        const std::vector<float> w = normalValues(n, 1, 0.02f);
        const Nf4Data q = quantizeNf4(w.data(), n, doubleQuant);
        std::vector<float> back(static_cast<std::size_t>(n));
        dequantizeNf4(q.view(), back.data());

        double worstVsReference = 0, sumSq = 0;
        for (std::int64_t b = 0; b < q.blocks(); ++b) {
            const std::int64_t first = b * 64, last = std::min(first + 64, n);
            double absmax = 0;
            for (std::int64_t i = first; i < last; ++i)
                absmax = std::max(absmax, std::abs(static_cast<double>(w[static_cast<std::size_t>(i)])));
            for (std::int64_t i = first; i < last; ++i) {
                const double x = w[static_cast<std::size_t>(i)];
                const double ref = kNf4CodeBook[static_cast<std::size_t>(referenceIndex(x / absmax))] * absmax;
                worstVsReference = std::max(worstVsReference, std::abs(back[static_cast<std::size_t>(i)] - ref));
                sumSq += (back[static_cast<std::size_t>(i)] - x) * (back[static_cast<std::size_t>(i)] - x);
            }
        }
        // Single level: exact up to float rounding. Double: the absmax itself carries an 8-bit code,
        // whose error is at most half a step of (range / 127) per 256 blocks.
        const double tolerance = doubleQuant ? 0.02 * 4 / 127.0 : 1e-7;
        const double rms = std::sqrt(sumSq / static_cast<double>(n));
        qInfo("%s: largest |difference| from the float64 reference %.3g (tolerance %.3g); RMS error %.3g of sigma 0.02",
            doubleQuant ? "double" : "single", worstVsReference, tolerance, rms);
        QVERIFY(worstVsReference <= tolerance);
        QVERIFY(rms < 0.02 * 0.12); // NF4 on normal data: about 10% of sigma
    }

    void bytesPerParameter()
    {
        const std::int64_t n = 576 * 1536;
        const std::vector<float> w = normalValues(n, 2, 0.02f);
        const double single = static_cast<double>(quantizeNf4(w.data(), n, false).bytes()) / n;
        const double twice = static_cast<double>(quantizeNf4(w.data(), n, true).bytes()) / n;
        qInfo(
            "bytes per parameter: %.4f without, %.4f with double quantization (theory 0.5625, 0.5159)", single, twice);
        QVERIFY(std::abs(single - 0.5625) < 1e-3);
        QVERIFY(twice <= 0.53);
    }

    // Every kernel family this CPU runs (AVX-512, AVX2, portable), on rows of 9 blocks (odd) and
    // 10 blocks (even), against a float64 product of the dequantized weight.
    void fusedMatvecEqualsDequantizeThenMultiply_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<int>("in");
        for (const char *kernel : {"avx512", "avx2", "generic"}) {
            for (const int in : {576, 640})
                QTest::addRow("%s in=%d", kernel, in) << QString(kernel) << in;
        }
    }

    void fusedMatvecEqualsDequantizeThenMultiply()
    {
        QFETCH(QString, kernel);
        QFETCH(int, in);
        if (!forceMatvecKernel(kernel.toStdString()))
            QSKIP("this CPU lacks the instructions for these kernels");
        const std::int64_t out = 37;
        const std::vector<float> w = normalValues(out * in, 3, 0.05f), x = normalValues(in, 4, 1.0f),
                                 bias = normalValues(out, 5, 1.0f);
        const Nf4Data q = quantizeNf4(w.data(), out * in, true);
        std::vector<float> dense(static_cast<std::size_t>(out * in)), y(static_cast<std::size_t>(out));
        dequantizeNf4(q.view(), dense.data());
        matvecNf4(q.view(), x.data(), bias.data(), y.data(), out, in);
        double worst = 0;
        for (std::int64_t o = 0; o < out; ++o) {
            double ref = bias[static_cast<std::size_t>(o)];
            for (std::int64_t i = 0; i < in; ++i)
                ref += static_cast<double>(dense[static_cast<std::size_t>(o * in + i)])
                    * x[static_cast<std::size_t>(i)];
            worst = std::max(worst, std::abs(y[static_cast<std::size_t>(o)] - ref));
        }
        qInfo("%s: fused NF4 matvec vs float64 of the dequantized weight: largest |difference| %.3g (tolerance 1e-4)",
            matvecKernelName(), worst);
        QVERIFY(worst < 1e-4);
    }

    // A token per answer of a batch: each row of x gets the bits it gets alone, with every kernel.
    void fusedMatvecOfSeveralVectorsEqualsEachAlone_data()
    {
        QTest::addColumn<QString>("kernel");
        for (const char *kernel : {"avx512", "avx2", "generic"})
            QTest::newRow(kernel) << QString(kernel);
    }

    void fusedMatvecOfSeveralVectorsEqualsEachAlone()
    {
        QFETCH(QString, kernel);
        if (!forceMatvecKernel(kernel.toStdString()))
            QSKIP("this CPU lacks the instructions for these kernels");
        const std::int64_t out = 45;
        for (const std::int64_t in : {576, 640}) {
            for (const std::int64_t vectors : {2, 3, 4, 6, 9}) {
                const std::vector<float> w = normalValues(out * in, 7, 0.05f), x = normalValues(vectors * in, 8, 1.0f),
                                         bias = normalValues(out, 9, 1.0f);
                const Nf4Data q = quantizeNf4(w.data(), out * in, true);
                std::vector<float> y(static_cast<std::size_t>(vectors * out));
                matvecNf4(q.view(), x.data(), bias.data(), y.data(), out, in, vectors);
                for (std::int64_t r = 0; r < vectors; ++r) {
                    std::vector<float> alone(static_cast<std::size_t>(out));
                    matvecNf4(q.view(), x.data() + r * in, bias.data(), alone.data(), out, in);
                    QVERIFY2(std::memcmp(alone.data(), y.data() + r * out, alone.size() * sizeof(float)) == 0,
                        qPrintable(QStringLiteral("in %1, %2 vectors, row %3").arg(in).arg(vectors).arg(r)));
                }
            }
        }
    }

    void cleanupTestCase() { forceMatvecKernel("avx512") || forceMatvecKernel("avx2") || forceMatvecKernel("generic"); }

    void bf16Dequantization()
    {
        const std::vector<float> w = normalValues(128, 6, 1.0f);
        const Nf4Data q = quantizeNf4(w.data(), 128, false);
        std::vector<float> f(128);
        std::vector<std::uint16_t> b(128);
        dequantizeNf4(q.view(), f.data());
        dequantizeNf4ToBF16(q.view(), b.data());
        for (int i = 0; i < 128; ++i) {
            const std::uint32_t bits = static_cast<std::uint32_t>(b[static_cast<std::size_t>(i)]) << 16;
            float v;
            std::memcpy(&v, &bits, 4);
            QVERIFY(std::abs(v - f[static_cast<std::size_t>(i)]) <= std::abs(f[static_cast<std::size_t>(i)]) / 256);
        }
    }
};

QTEST_APPLESS_MAIN(TestNf4)
#include "test_nf4.moc"
