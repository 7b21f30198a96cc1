// LoRA: zero-initialised B leaves the model unchanged, only adapter tensors train, gradients
// match finite differences in float64, the PEFT format round-trips, and merging is exact.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/formats/peft_adapter.h"
#include "engine/model/language_model.h"
#include "engine/model/llama_model.h"
#include "engine/model/lora.h"
#include "engine/train/lm_loss.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

using namespace shoptuner::engine;

namespace {

LlamaForCausalLM loadTiny(torch::ScalarType type, const std::string &name = "llama-tiny", bool nf4 = false)
{
    const auto dir = testing::dataDir() / "models" / name;
    const auto options = torch::TensorOptions().dtype(type);
    LlamaForCausalLM model(loadModelConfig(dir), options, nf4 ? nf4LinearFactory(options) : LinearFactory());
    loadLlamaWeights(*model, Checkpoint::openFolder(dir));
    model->eval();
    return model;
}

torch::Tensor logitsOf(LlamaForCausalLM &model, const std::vector<std::int64_t> &ids)
{
    KvCache cache = model->makeCache(1, static_cast<std::int64_t>(ids.size()));
    return model->forward(torch::tensor(ids).view({1, -1}), cache);
}

void randomiseAdapters(LlamaForCausalLM &model, std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    for (auto &[name, t] : loraTensors(*model))
        t.copy_(at::normal(0.0, 0.1, t.sizes(), generator));
}

const std::vector<std::int64_t> kIds {1, 5, 17, 99, 3, 42, 42, 7};

} // namespace

class TestLora : public QObject
{
    Q_OBJECT

private:
    std::filesystem::path m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::filesystem::temp_directory_path() / "shoptuner-test-lora";
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    void cleanupTestCase() { std::filesystem::remove_all(m_dir); }

    void zeroBLeavesTheModelUnchanged()
    {
        torch::NoGradGuard noGrad;
        LlamaForCausalLM model = loadTiny(torch::kFloat32);
        const torch::Tensor before = logitsOf(model, kIds);
        const auto wrapped = applyLora(*model, {.rank = 4, .alpha = 8}, 1);
        QCOMPARE(wrapped.size(), std::size_t(2 * 7));
        QVERIFY(torch::equal(before, logitsOf(model, kIds)));
    }

    void onlyAdapterTensorsTrain()
    {
        LlamaForCausalLM model = loadTiny(torch::kFloat32, "llama-tiny", true);
        applyLora(*model, {.rank = 4, .alpha = 8, .targetModules = {"q_proj", "v_proj"}}, 1);
        std::vector<std::string> trainable;
        for (const auto &p : model->named_parameters(true)) {
            if (p.value().requires_grad())
                trainable.push_back(p.key());
        }
        QCOMPARE(trainable.size(), std::size_t(2 * 2 * 2));
        for (const std::string &name : trainable)
            QVERIFY2(
                name.find(".lora_A.weight") != std::string::npos || name.find(".lora_B.weight") != std::string::npos,
                name.c_str());
        // A backward pass through the NF4 base reaches the adapters and nothing else.
        randomiseAdapters(model, 2);
        model->train();
        logitsOf(model, kIds).pow(2).mean().backward();
        for (const auto &p : model->named_parameters(true))
            QCOMPARE(p.value().grad().defined(), p.value().requires_grad());
    }

    void gradientsMatchFiniteDifferences()
    {
        // Float64 throughout; loss = sum(logits * fixed random weights).
        LlamaForCausalLM model = loadTiny(torch::kFloat64);
        applyLora(*model, {.rank = 2, .alpha = 4, .dropout = 0.0}, 3);
        randomiseAdapters(model, 4);
        const torch::Tensor weights = torch::randn({1, static_cast<std::int64_t>(kIds.size()), 128}, torch::kFloat64);
        auto loss = [&] { return (logitsOf(model, kIds) * weights).sum(); };
        loss().backward();
        double worst = 0;
        int checked = 0;
        for (auto &[name, t] : loraTensors(*model)) {
            if (name.find("layers.0.") == std::string::npos && name.find("layers.1.mlp.down") == std::string::npos)
                continue;
            const torch::Tensor grad = t.grad().clone();
            for (std::int64_t k : {std::int64_t(0), t.numel() / 2, t.numel() - 1}) {
                torch::NoGradGuard noGrad;
                double &v = t.view({-1}).data_ptr<double>()[k];
                const double saved = v, eps = 1e-6;
                v = saved + eps;
                const double up = loss().item<double>();
                v = saved - eps;
                const double down = loss().item<double>();
                v = saved;
                const double numeric = (up - down) / (2 * eps);
                const double analytic = grad.view({-1})[k].item<double>();
                worst = std::max(worst, std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric)));
                ++checked;
            }
        }
        qInfo(
            "%d adapter gradients vs central differences (float64): largest relative difference %.3g (tolerance 1e-6)",
            checked, worst);
        QVERIFY(checked >= 30);
        QVERIFY(worst <= 1e-6);
    }

    void checkpointedGradientsEqualPlainOnes()
    {
        // Dropout on: the recomputation must replay the same random draws.
        auto gradients = [](bool checkpointing) {
            LlamaForCausalLM model = loadTiny(torch::kFloat32, "llama-tiny", true);
            applyLora(*model, {.rank = 4, .alpha = 8, .dropout = 0.3}, 11);
            randomiseAdapters(model, 12);
            model->setGradientCheckpointing(checkpointing);
            model->train();
            torch::manual_seed(5);
            const torch::Tensor ids = torch::tensor(kIds).view({1, -1});
            KvCache cache = LlamaForCausalLMImpl::statelessCache();
            model->forward(ids, cache).pow(2).mean().backward();
            std::vector<torch::Tensor> grads;
            for (auto &[name, t] : loraTensors(*model))
                grads.push_back(t.grad().clone());
            return grads;
        };
        const auto plain = gradients(false), checkpointed = gradients(true);
        QCOMPARE(plain.size(), checkpointed.size());
        double worst = 0, largest = 0;
        for (std::size_t i = 0; i < plain.size(); ++i) {
            worst = std::max(worst, (plain[i] - checkpointed[i]).abs().max().item<double>());
            largest = std::max(largest, plain[i].abs().max().item<double>());
        }
        qInfo("gradient checkpointing vs plain backward: largest |difference| %.3g of gradients up to %.3g "
              "(tolerance 1e-6)",
            worst, largest);
        QVERIFY(largest > 0);
        QVERIFY(worst <= 1e-6);
    }

    // The training loss without full logits (labelled rows only, the head a block of 128 rows at
    // a time, its input gradient made in the forward pass) against cross_entropy over the whole
    // logits: the same sum and the same adapter gradients, for an untied head and a tied one, in
    // float64 (1e-12 relative), float32 (1e-5) and bfloat16 (the same arithmetic: 1e-2). 300
    // positions, every third unlabelled, cross two block boundaries.
    void labelledRowLossEqualsFullLogits()
    {
        struct Case
        {
            const char *model;
            torch::ScalarType type;
            double tolerance;
        };
        for (const Case &c : {Case {"llama-tiny", torch::kFloat64, 1e-12}, Case {"llama-tiny", torch::kFloat32, 1e-5},
                 Case {"llama3-tiny", torch::kFloat32, 1e-5}, Case {"llama-tiny-bf16", torch::kBFloat16, 1e-2}}) {
            auto run = [&](bool full) {
                LlamaForCausalLM model = loadTiny(c.type, c.model);
                applyLora(*model, {.rank = 4, .alpha = 8, .dropout = 0.0}, 11);
                randomiseAdapters(model, 12);
                model->train();
                auto generator = at::make_generator<at::CPUGeneratorImpl>(3);
                const std::int64_t V = model->config().vocabSize;
                const torch::Tensor ids = at::randint(0, V, {2, 150}, generator, torch::dtype(torch::kInt64));
                torch::Tensor labels = ids.clone();
                labels.view({-1}).index_put_({torch::arange(0, 300, 3)}, -100);
                torch::Tensor loss;
                if (full) {
                    KvCache cache = LlamaForCausalLMImpl::statelessCache();
                    const torch::Tensor logits = model->forward(ids, cache);
                    loss = torch::nn::functional::cross_entropy(logits.narrow(1, 0, 149).reshape({-1, V}),
                        labels.narrow(1, 1, 149).reshape({-1}),
                        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100).reduction(torch::kSum));
                } else {
                    loss = nextTokenLossSum(*model, ids, labels, -100);
                }
                loss.backward();
                std::vector<torch::Tensor> out {loss.detach().to(torch::kFloat64).view({1})};
                for (auto &[name, t] : loraTensors(*model))
                    out.push_back(t.grad().to(torch::kFloat64).clone());
                {
                    torch::NoGradGuard noGrad; // validation's way: no gradient kept
                    out.push_back((full ? out[0] : nextTokenLossSum(*model, ids, labels, -100).to(torch::kFloat64))
                                      .detach()
                                      .view({1}));
                }
                return out;
            };
            const auto reference = run(true), chunked = run(false);
            QCOMPARE(reference.size(), chunked.size());
            double worst = 0;
            for (std::size_t i = 0; i < reference.size(); ++i) {
                const double scale = std::max(reference[i].abs().max().item<double>(), 1e-30);
                worst = std::max(worst, (reference[i] - chunked[i]).abs().max().item<double>() / scale);
            }
            qInfo("%s %s: loss %.6g, %zu adapter gradients; largest relative difference %.3g (tolerance %.0e)", c.model,
                c10::toString(c.type), reference[0].item<double>(), reference.size() - 2, worst, c.tolerance);
            QVERIFY(reference[1].abs().max().item<double>() > 0);
            QVERIFY(worst <= c.tolerance);
        }
    }

    void dropoutMaskHasTheRightRateAndScale()
    {
        torch::manual_seed(3);
        const torch::Tensor mask = dropoutMask(torch::empty({400, 500}), 0.1);
        const double dropped = mask.eq(0).to(torch::kFloat64).mean().item<double>();
        const double kept = mask.ne(0).sum().item<double>();
        const double sd = std::sqrt(0.1 * 0.9 / 200000.0);
        qInfo("dropout p=0.1: %.4f dropped (expected 0.1 +- %.4f)", dropped, 4 * sd);
        QVERIFY(std::abs(dropped - 0.1) < 4 * sd);
        QVERIFY(torch::allclose(mask.sum(), torch::tensor(kept / 0.9, torch::kFloat32), 1e-4));
        torch::manual_seed(3);
        QVERIFY(torch::equal(mask, dropoutMask(torch::empty({400, 500}), 0.1))); // reproducible from the seed
        QVERIFY(!torch::equal(mask, dropoutMask(torch::empty({400, 500}), 0.1)));
    }

    void peftRoundTrip()
    {
        torch::NoGradGuard noGrad;
        LlamaForCausalLM model = loadTiny(torch::kFloat32);
        const LoraConfig lora {.rank = 4, .alpha = 16, .dropout = 0.1, .rsLora = true};
        applyLora(*model, lora, 5);
        randomiseAdapters(model, 6);
        const torch::Tensor expected = logitsOf(model, kIds);
        savePeftAdapter(*model, {lora, "tests/llama-tiny"}, m_dir / "adapter");

        const auto config = nlohmann::json::parse(testing::readFile(m_dir / "adapter" / "adapter_config.json"));
        QCOMPARE(config["peft_type"], nlohmann::json("LORA"));
        QCOMPARE(config["task_type"], nlohmann::json("CAUSAL_LM"));
        QCOMPARE(config["r"], nlohmann::json(4));
        QCOMPARE(config["use_rslora"], nlohmann::json(true));
        const SafetensorsFile file = SafetensorsFile::open(m_dir / "adapter" / "adapter_model.safetensors");
        QVERIFY(file.find("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"));
        QCOMPARE(file.find("base_model.model.model.layers.1.mlp.down_proj.lora_B.weight")->shape,
            (std::vector<std::int64_t> {32, 4}));
        QCOMPARE(file.tensors().size(), std::size_t(2 * 7 * 2));

        LlamaForCausalLM fresh = loadTiny(torch::kFloat32);
        loadPeftAdapter(*fresh, m_dir / "adapter");
        fresh->eval();
        QVERIFY(torch::equal(expected, logitsOf(fresh, kIds)));
    }

    void adapterForAnotherBaseIsAClearError()
    {
        torch::NoGradGuard noGrad;
        LlamaForCausalLM model = loadTiny(torch::kFloat32);
        applyLora(*model, {.rank = 4}, 7);
        savePeftAdapter(*model, {{.rank = 4}, "tests/llama-tiny"}, m_dir / "small-adapter");
        // A base with another hidden size.
        testing::writeFile(m_dir / "tokenizer.json", testing::byteLevelTokenizerJson());
        makeRandomModelForTest();
        EXPECT_THROW_WITH(
            LanguageModel::load(m_dir / "bigger", {.dtype = "f32", .adapter = (m_dir / "small-adapter").string()}),
            FormatError, "trained for a different base model");
    }

    void mergeEqualsAdapterAndSavesAHuggingFaceFolder()
    {
        torch::NoGradGuard noGrad;
        LlamaForCausalLM model = loadTiny(torch::kFloat32);
        applyLora(*model, {.rank = 4, .alpha = 8}, 8);
        randomiseAdapters(model, 9);
        const torch::Tensor withAdapter = logitsOf(model, kIds);
        mergeLora(*model);
        QVERIFY(loraTensors(*model).empty());
        const double mergedDiff = (logitsOf(model, kIds) - withAdapter).abs().max().item<double>();
        const auto out = m_dir / "merged";
        saveHfModel(*model, out, "f32");
        const auto reloaded = LanguageModel::load(out, {.dtype = "f32", .device = "cpu", .requireTokenizer = false});
        const std::vector<TokenId> ids(kIds.begin(), kIds.end());
        const std::vector<float> logits = reloaded->logits(ids);
        const torch::Tensor reloadedLogits = torch::from_blob(const_cast<float *>(logits.data()), withAdapter.sizes());
        const double savedDiff = (reloadedLogits - withAdapter).abs().max().item<double>();
        qInfo("merged vs base+adapter: largest |difference| %.3g in memory, %.3g after saving (tolerance 1e-5)",
            mergedDiff, savedDiff);
        QVERIFY(mergedDiff <= 1e-5);
        QVERIFY(savedDiff <= 1e-5);
    }

    void badSettings()
    {
        EXPECT_THROW_WITH(LoraConfig({.rank = 0}).validate(), EngineError, "rank must be at least 1");
        EXPECT_THROW_WITH(
            LoraConfig({.targetModules = {"qkv"}}).validate(), EngineError, "unknown LoRA target module 'qkv'");
        EXPECT_THROW_WITH(LoraConfig({.dropout = 1.0}).validate(), EngineError, "dropout");
    }

private:
    void makeRandomModelForTest();
};

#include "engine/model/model_presets.h"

void TestLora::makeRandomModelForTest()
{
    makeRandomModel({.preset = "tiny", .tokenizer = m_dir / "tokenizer.json", .out = m_dir / "bigger", .seed = 1});
}

QTEST_APPLESS_MAIN(TestLora)
#include "test_lora.moc"
