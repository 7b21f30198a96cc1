// The Llama-family model against logits computed independently (tests/reference/llama_reference.py,
// float64), plus KV-cache and batching invariants.
#include "test_helpers.h"

#include "engine/base/cpu_features.h"
#include "engine/base/error.h"
#include "engine/base/runtime.h"
#include "engine/formats/safetensors.h"
#include "engine/formats/tensor_io.h"
#include "engine/model/inference_ops.h"
#include "engine/model/language_model.h"

#include "engine/model/llama_model.h" // torch: fine here, QT_NO_KEYWORDS keeps Qt's "slots" macro away

#include <torch/torch.h>

#include <cmath>

using namespace shoptuner::engine;

namespace {

struct Reference
{
    std::vector<TokenId> ids;
    std::vector<float> logits; // (T, V)
};

Reference readReference(const std::filesystem::path &model, const std::string &suffix)
{
    const SafetensorsFile file = SafetensorsFile::open(model / "reference_logits.safetensors");
    const TensorView *ids = file.find("ids_" + suffix);
    const TensorView *logits = file.find("logits_" + suffix);
    Reference r;
    const auto *idData = reinterpret_cast<const std::int64_t *>(ids->data);
    r.ids.assign(idData, idData + ids->numel());
    const auto *l = reinterpret_cast<const float *>(logits->data);
    r.logits.assign(l, l + logits->numel());
    return r;
}

float maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    float worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

LoadOptions weightsOnly(const std::string &dtype)
{
    LoadOptions o;
    o.dtype = dtype;
    o.device = "cpu";
    o.requireTokenizer = false;
    return o;
}

} // namespace

class TestLlamaModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logitsMatchReference_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<double>("tolerance");
        // F32 compute against a float64 reference: rounding error only.
        QTest::newRow("llama f32") << "llama-tiny"
                                   << "f32" << 1e-4;
        QTest::newRow("llama3 scaled rope, tied") << "llama3-tiny"
                                                  << "f32" << 1e-4;
        QTest::newRow("qwen2 qkv bias") << "qwen2-tiny"
                                        << "f32" << 1e-4;
        QTest::newRow("bf16 weights, f32 compute") << "llama-tiny-bf16"
                                                   << "f32" << 1e-4;
        // BF16 compute keeps 8 bits of mantissa: about 2-3% of the logit range (|logits| < 4 here).
        QTest::newRow("bf16 weights, bf16 compute") << "llama-tiny-bf16"
                                                    << "bf16" << 0.12;
    }

    void logitsMatchReference()
    {
        QFETCH(QString, model);
        QFETCH(QString, dtype);
        QFETCH(double, tolerance);
        const auto dir = testing::dataDir() / "models" / model.toStdString();
        const auto lm = LanguageModel::load(dir, weightsOnly(dtype.toStdString()));
        for (const char *suffix : {"a", "b"}) {
            const Reference ref = readReference(dir, suffix);
            const std::vector<float> logits = lm->logits(ref.ids);
            QCOMPARE(logits.size(), ref.logits.size());
            const float diff = maxAbsDiff(logits, ref.logits);
            qInfo("%s %s ids_%s: largest |difference| %.3g (tolerance %.3g)", qPrintable(model), qPrintable(dtype),
                suffix, diff, tolerance);
            QVERIFY(diff <= tolerance);
        }
    }

    void cachedDecodingEqualsFullForward()
    {
        torch::NoGradGuard noGrad;
        LlamaForCausalLM model = loadDirect("llama3-tiny");
        const Reference ref = readReference(testing::dataDir() / "models" / "llama3-tiny", "a");
        const torch::Tensor ids = idTensor(ref.ids); // (1, T)
        KvCache fullCache = model->makeCache(1, 4); // grows as needed
        const torch::Tensor full = model->forward(ids, fullCache); // (1, T, V)

        // Prefill five tokens, then decode the rest one at a time.
        KvCache cache = model->makeCache(1, 8);
        std::vector<torch::Tensor> pieces {model->forward(ids.narrow(1, 0, 5), cache)};
        for (std::int64_t t = 5; t < ids.size(1); ++t)
            pieces.push_back(model->forward(ids.narrow(1, t, 1), cache));
        const double diff = (torch::cat(pieces, 1) - full).abs().max().item<double>();
        qInfo("KV-cache decode vs full forward: largest |difference| %.3g (tolerance 1e-5)", diff);
        QVERIFY(diff <= 1e-5);
        QCOMPARE(cache.length, ids.size(1));

        // The same through generation's decoding attention (each row's own keys, no tensor
        // operations per row). In float32 it matches the full forward; in bfloat16 it must be
        // no farther from the float32 result than bfloat16's own full forward is.
        std::vector<torch::Tensor> generated;
        for (const auto type : {torch::kFloat32, torch::kBFloat16}) {
            const auto dir = testing::dataDir() / "models" / "llama3-tiny";
            LlamaForCausalLM m(loadModelConfig(dir), torch::TensorOptions().dtype(type));
            loadLlamaWeights(*m, Checkpoint::openFolder(dir));
            KvCache gen = m->makeCache(1, 8);
            std::vector<torch::Tensor> parts {m->forward(ids.narrow(1, 0, 5), gen)};
            gen.rowStart = {0};
            for (std::int64_t t = 5; t < ids.size(1); ++t)
                parts.push_back(m->forward(ids.narrow(1, t, 1), gen));
            generated.push_back(torch::cat(parts, 1));
            if (type == torch::kBFloat16) {
                KvCache c = m->makeCache(1, 4);
                const torch::Tensor bf16Full = m->forward(ids, c);
                const double genErr = (generated[1] - full).abs().max().item<double>();
                const double fullErr = (bf16Full - full).abs().max().item<double>();
                qInfo("bf16 against f32: generation's decode %.3g, full forward %.3g (allowed 1.25x + 0.02)", genErr,
                    fullErr);
                QVERIFY(genErr <= 1.25 * fullErr + 0.02);
            }
        }
        const double d = (generated[0] - full).abs().max().item<double>();
        qInfo("generation's decode vs full forward, f32: largest |difference| %.3g (tolerance 1e-5)", d);
        QVERIFY(d <= 1e-5);
    }

    void batchedEqualsUnbatched()
    {
        torch::NoGradGuard noGrad;
        LlamaForCausalLM model = loadDirect("qwen2-tiny");
        const auto dir = testing::dataDir() / "models" / "qwen2-tiny";
        const Reference a = readReference(dir, "a"), b = readReference(dir, "b");
        const std::int64_t la = static_cast<std::int64_t>(a.ids.size()), lb = static_cast<std::int64_t>(b.ids.size());

        // Row 1 is left-padded with a token that must not influence anything.
        torch::Tensor ids = torch::full({2, la}, 99, torch::kInt64);
        torch::Tensor mask = torch::zeros({2, la}, torch::kBool);
        ids[0].copy_(idTensor(a.ids)[0]);
        mask[0].fill_(true);
        ids[1].narrow(0, la - lb, lb).copy_(idTensor(b.ids)[0]);
        mask[1].narrow(0, la - lb, lb).fill_(true);
        KvCache batchCache = model->makeCache(2, la + 4);
        const torch::Tensor batched = model->forward(ids, batchCache, mask); // (2, T, V)

        KvCache cacheA = model->makeCache(1, la + 4), cacheB = model->makeCache(1, lb + 4);
        const torch::Tensor aloneA = model->forward(idTensor(a.ids), cacheA);
        const torch::Tensor aloneB = model->forward(idTensor(b.ids), cacheB);
        double diff = std::max((batched[0] - aloneA[0]).abs().max().item<double>(),
            (batched[1].narrow(0, la - lb, lb) - aloneB[0]).abs().max().item<double>());

        // One decode step for both rows continues each sequence as if it were alone.
        const torch::Tensor next = torch::tensor({7, 11}, torch::kInt64).view({2, 1});
        const torch::Tensor stepBatched = model->forward(next, batchCache, torch::ones({2, 1}, torch::kBool));
        const torch::Tensor stepA = model->forward(next.narrow(0, 0, 1), cacheA);
        const torch::Tensor stepB = model->forward(next.narrow(0, 1, 1), cacheB);
        diff = std::max({diff, (stepBatched[0] - stepA[0]).abs().max().item<double>(),
            (stepBatched[1] - stepB[0]).abs().max().item<double>()});
        qInfo("batched (left-padded) vs unbatched: largest |difference| %.3g (tolerance 1e-5)", diff);
        QVERIFY(diff <= 1e-5);

        // Generation's decoding (rowStart set) reads each row's keys from where its prompt
        // begins: what lies before (here garbage in row 1's padding) must not matter.
        batchCache.rowStart = {0, la - lb};
        for (auto *tensors : {&batchCache.keys, &batchCache.values})
            for (torch::Tensor &t : *tensors)
                t[1].narrow(1, 0, la - lb).fill_(1e4);
        cacheA.rowStart = {0};
        cacheB.rowStart = {0};
        const torch::Tensor again = torch::tensor({3, 5}, torch::kInt64).view({2, 1});
        const torch::Tensor genBatched = model->forward(again, batchCache);
        const torch::Tensor genA = model->forward(again.narrow(0, 0, 1), cacheA);
        const torch::Tensor genB = model->forward(again.narrow(0, 1, 1), cacheB);
        const double genDiff = std::max(
            (genBatched[0] - genA[0]).abs().max().item<double>(), (genBatched[1] - genB[0]).abs().max().item<double>());
        // (The caches themselves differ by the padded prefill's rounding; test_generation checks
        // that generation, which prefills each row alone, gives exactly the single answers.)
        qInfo("generation's decode step, batched vs alone: largest |difference| %.3g (tolerance 1e-5)", genDiff);
        QVERIFY(genDiff <= 1e-5);
    }

    // The one-pass RMSNorm and RoPE used where no gradient is recorded, against the modules'
    // libtorch expressions: RoPE bit for bit (from a transposed, non-contiguous view, with angles
    // per row and shared), RMSNorm within a float's last bits (its mean is summed in double).
    void fusedInferenceOpsMatchTheModules()
    {
        torch::manual_seed(3);
        for (const auto type : {torch::kFloat32, torch::kBFloat16}) {
            const torch::Tensor x = torch::randn({2, 5, 3, 8}).to(type).transpose(1, 2); // (B, H, T, D) view
            for (const std::int64_t angleRows : {1, 2}) {
                const torch::Tensor angles = torch::rand({angleRows, 1, 5, 8}) * 6.0;
                const torch::Tensor cos = angles.cos().to(type), sin = angles.sin().to(type);
                const torch::Tensor rotated = torch::cat({-x.narrow(-1, 4, 4), x.narrow(-1, 0, 4)}, -1);
                const torch::Tensor expected = x * cos + rotated * sin;
                torch::NoGradGuard noGrad;
                QVERIFY(fusedInferenceApplies(x));
                const torch::Tensor fused = fusedRope(x, cos, sin);
                QVERIFY(fused.defined() && fused.is_contiguous());
                QVERIFY2(torch::equal(fused, expected), c10::toString(type));
            }
            const torch::Tensor h = (torch::randn({4, 7, 96}) * 3.0).to(type);
            const torch::Tensor weight = (torch::rand({96}) + 0.5).to(type);
            const double eps = 1e-5;
            const torch::Tensor h32 = h.to(torch::kFloat32);
            const torch::Tensor expected = weight * (h32 * torch::rsqrt(h32.pow(2).mean(-1, true) + eps)).to(type);
            torch::NoGradGuard noGrad;
            const torch::Tensor fused = fusedRmsNorm(h, weight, eps);
            const double worst = (fused.to(torch::kFloat64) - expected.to(torch::kFloat64)).abs().max().item<double>();
            const double scale = expected.abs().max().item<double>();
            const double tolerance = type == torch::kFloat32 ? 1e-6 : 1.0 / 128; // a BF16 step at the largest value
            qInfo("%s RMSNorm: largest |difference| %.3g of values up to %.3g (tolerance %.3g relative)",
                c10::toString(type), worst, scale, tolerance);
            QVERIFY(worst <= tolerance * scale);
        }
        // Where a gradient is recorded, the modules keep their libtorch expressions.
        QVERIFY(!fusedInferenceApplies(torch::ones({2}, torch::requires_grad())));
    }

    // "auto" computes in BF16 where the processor does so natively and in F32 elsewhere, whatever
    // the checkpoint holds; an explicit choice stands; an unknown one is refused.
    void autoComputeDtypeFollowsTheProcessor()
    {
        const std::string native = cpuFeatures().avx512bf16 ? "bf16" : "f32";
        QCOMPARE(std::string(autoCpuComputeDtype()), native);
        QCOMPARE(resolveComputeDtype("auto", false), native);
        QCOMPARE(resolveComputeDtype("auto", true), std::string("bf16"));
        QCOMPARE(resolveComputeDtype("float32", false), std::string("f32"));
        QCOMPARE(resolveComputeDtype("bfloat16", false), std::string("bf16"));
        EXPECT_THROW_WITH(resolveComputeDtype("f16", false), UnsupportedError, "unknown dtype");
        qInfo("this processor: AVX-512 BF16 %s, so \"auto\" computes in %s", cpuFeatures().avx512bf16 ? "yes" : "no",
            native.c_str());
    }

    void float16CheckpointLoadsIntoTheComputeDtype()
    {
        // Many Hugging Face checkpoints are F16 or BF16; on a CPU they are computed in F32, or in
        // BF16 where the processor computes it natively.
        const auto source = testing::dataDir() / "models" / "llama-tiny";
        const auto dir = std::filesystem::temp_directory_path() / "shoptuner-test-f16";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        std::string config = testing::readFile(source / "config.json");
        const std::string from = "\"torch_dtype\": \"float32\"";
        config.replace(config.find(from), from.size(), "\"torch_dtype\": \"float16\"");
        testing::writeFile(dir / "config.json", config);
        const Checkpoint f32 = Checkpoint::openFolder(source);
        std::vector<std::pair<std::string, torch::Tensor>> halves;
        for (const TensorView *view : f32.tensors())
            halves.emplace_back(view->name, toTensor(*view).to(torch::kFloat16));
        saveTensors(dir / "model.safetensors", halves);

        QCOMPARE(LanguageModel::load(dir, weightsOnly("auto"))->info().dtype, std::string(autoCpuComputeDtype()));
        const auto lm = LanguageModel::load(dir, weightsOnly("f32"));
        QCOMPARE(lm->info().dtype, std::string("f32"));
        const Reference ref = readReference(source, "a");
        // F16 keeps 11 bits of mantissa: weights move by ~5e-4 relative, logits by ~1e-3.
        const float diff = maxAbsDiff(lm->logits(ref.ids), ref.logits);
        qInfo("F16 checkpoint vs F32 reference: largest |difference| %.3g (tolerance 1e-2)", diff);
        QVERIFY(diff <= 1e-2);
        std::filesystem::remove_all(dir);
    }

    void wrongWeightsGetClearErrors()
    {
        const auto dir = std::filesystem::temp_directory_path() / "shoptuner-test-wrong-weights";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        const auto source = testing::dataDir() / "models" / "llama-tiny";
        std::filesystem::copy_file(source / "model.safetensors", dir / "model.safetensors");
        std::string config = testing::readFile(source / "config.json");
        const std::string from = "\"intermediate_size\": 64", to = "\"intermediate_size\": 96";
        config.replace(config.find(from), from.size(), to);
        testing::writeFile(dir / "config.json", config);
        EXPECT_THROW_WITH(LanguageModel::load(dir, weightsOnly("f32")), FormatError,
            "tensor 'model.layers.0.mlp.gate_proj.weight' has shape [64, 32] but config.json implies [96, 32]");
        std::filesystem::remove(dir / "model.safetensors");
        EXPECT_THROW_WITH(LanguageModel::load(dir, weightsOnly("f32")), FormatError, "no model.safetensors");
        std::filesystem::remove_all(dir);
    }

private:
    static torch::Tensor idTensor(const std::vector<TokenId> &ids)
    {
        return torch::tensor(std::vector<std::int64_t>(ids.begin(), ids.end()), torch::kInt64).view({1, -1});
    }

    static LlamaForCausalLM loadDirect(const std::string &name)
    {
        const auto dir = testing::dataDir() / "models" / name;
        LlamaForCausalLM model(loadModelConfig(dir), torch::TensorOptions().dtype(torch::kFloat32));
        loadLlamaWeights(*model, Checkpoint::openFolder(dir));
        return model;
    }
};

QTEST_APPLESS_MAIN(TestLlamaModel)
#include "test_llama_model.moc"
