// Projection layers: NF4 against dense layers holding the same decoded weight (forward, the
// one-token path, the input gradient), frozen storage, and a whole model loaded in NF4.
#include "test_helpers.h"

#include "engine/model/language_model.h"
#include "engine/model/linear_layers.h"

#include <torch/torch.h>

using namespace shoptuner::engine;

class TestLinearLayers : public QObject
{
    Q_OBJECT

private:
    static std::pair<std::shared_ptr<Nf4Linear>, std::shared_ptr<DenseLinear>> pair(torch::ScalarType type, bool bias)
    {
        torch::manual_seed(0);
        const auto options = torch::TensorOptions().dtype(type);
        auto nf4 = std::make_shared<Nf4Linear>(128, 48, bias, options, true);
        nf4->quantizeFrom(torch::randn({48, 128}) * 0.05);
        auto dense = std::make_shared<DenseLinear>(128, 48, bias, options);
        torch::NoGradGuard noGrad;
        dense->weight.copy_(nf4->denseWeight());
        if (bias) {
            nf4->bias.copy_(torch::randn({48}));
            dense->bias.copy_(nf4->bias);
        }
        return {nf4, dense};
    }

private Q_SLOTS:
    void nf4ForwardEqualsDenseOfDecodedWeight_data()
    {
        QTest::addColumn<bool>("bf16");
        QTest::addColumn<bool>("bias");
        QTest::newRow("f32") << false << false;
        QTest::newRow("f32 bias") << false << true;
        QTest::newRow("bf16") << true << false;
    }

    void nf4ForwardEqualsDenseOfDecodedWeight()
    {
        QFETCH(bool, bf16);
        QFETCH(bool, bias);
        const auto type = bf16 ? torch::kBFloat16 : torch::kFloat32;
        auto [nf4, dense] = pair(type, bias);
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({2, 5, 128}).to(type);
        const double many = (nf4->forward(x) - dense->forward(x)).abs().max().item<double>();
        const torch::Tensor one = torch::randn({1, 1, 128}).to(type); // the fused one-token kernel
        const double single = (nf4->forward(one).to(torch::kFloat32) - dense->forward(one).to(torch::kFloat32))
                                  .abs()
                                  .max()
                                  .item<double>();
        const double tolerance = bf16 ? 0.05 : 1e-5; // bf16: one rounding of outputs of size ~1-3
        qInfo(
            "NF4 vs dense of the decoded weight: largest |difference| %.3g (prefill), %.3g (one token), tolerance %.3g",
            many, single, tolerance);
        QVERIFY(many <= tolerance);
        QVERIFY(single <= tolerance);
    }

    void nf4GivesInputGradientOnly()
    {
        auto [nf4, dense] = pair(torch::kFloat32, true);
        QCOMPARE(nf4->parameters().size(), std::size_t(1)); // the bias only; the codes are buffers
        QVERIFY(!nf4->parameters()[0].requires_grad());
        QCOMPARE(nf4->buffers().size(), std::size_t(5));
        const torch::Tensor x = torch::randn({3, 128}, torch::requires_grad());
        const torch::Tensor upstream = torch::randn({3, 48});
        nf4->forward(x).backward(upstream);
        const torch::Tensor nf4Grad = x.grad().clone();
        x.mutable_grad().zero_();
        dense->forward(x).backward(upstream);
        const double diff = (nf4Grad - x.grad()).abs().max().item<double>();
        qInfo("input gradient, NF4 vs dense: largest |difference| %.3g (tolerance 1e-5)", diff);
        QVERIFY(diff <= 1e-5);
        for (const auto &b : nf4->buffers())
            QVERIFY(!b.grad().defined());
    }

    void modelLoadsInNf4()
    {
        const auto dir = testing::dataDir() / "models" / "llama-tiny";
        LoadOptions options;
        options.dtype = "f32";
        options.requireTokenizer = false;
        const auto dense = LanguageModel::load(dir, options);
        options.quant = "nf4";
        const auto quantized = LanguageModel::load(dir, options);
        const ModelInfo info = quantized->info();
        QCOMPARE(info.quant, std::string("nf4"));
        QCOMPARE(info.parameters, dense->info().parameters);
        QVERIFY(info.quantizedBytesPerParam > 0.5 && info.quantizedBytesPerParam < 0.53);
        QVERIFY(info.weightBytes < dense->info().weightBytes);
        const std::vector<TokenId> ids {1, 5, 17, 99, 3, 42};
        const std::vector<float> a = dense->logits(ids), b = quantized->logits(ids);
        // 4-bit weights move the logits, but the model stays recognisably the same.
        double dot = 0, na = 0, nb = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        const double cosine = dot / std::sqrt(na * nb);
        qInfo("logits of the NF4 model vs the F32 model: cosine similarity %.4f (must exceed 0.95)", cosine);
        QVERIFY(cosine > 0.95);
    }
};

QTEST_APPLESS_MAIN(TestLinearLayers)
#include "test_linear_layers.moc"
