// config.json parsing for the supported architectures, and clear errors for the rest.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/model/model_config.h"

#include <QTemporaryDir>

#include <filesystem>
#include <map>

using namespace shoptuner::engine;

namespace {

std::string llamaJson(const std::string &extra = {})
{
    return R"({"architectures": ["LlamaForCausalLM"], "vocab_size": 100, "hidden_size": 64, "intermediate_size": 128,
              "num_hidden_layers": 2, "num_attention_heads": 8, "num_key_value_heads": 2, "rms_norm_eps": 1e-5)"
        + extra + "}";
}

} // namespace

class TestModelConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesModelFoldersByTheirHubRepository()
    {
        using namespace shoptuner::engine;
        const std::filesystem::path snapshot = "/cache/hub/models--HuggingFaceTB--SmolLM2-360M/snapshots/abc123";
        QCOMPARE(hubRepositoryOf(snapshot).value_or(""), std::string("HuggingFaceTB/SmolLM2-360M"));
        QCOMPARE(modelFolderName(snapshot), std::string("SmolLM2-360M"));
        QCOMPARE(modelFolderName(snapshot / ""), std::string("SmolLM2-360M")); // a trailing slash
        QVERIFY(!hubRepositoryOf("/models/SmolLM2-360M"));
        QCOMPARE(modelFolderName("/models/SmolLM2-360M"), std::string("SmolLM2-360M"));
        QVERIFY(!hubRepositoryOf("/elsewhere/snapshots/abc")); // not in a models--… folder
    }

    void findsTheHuggingFaceCacheAsHuggingFaceHubDoes()
    {
        using namespace shoptuner::engine;
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        const auto snapshot = [&](const std::filesystem::path &hub, const std::string &repo, const std::string &hash) {
            std::filesystem::create_directories(hub / ("models--" + repo) / "snapshots" / hash);
            return std::filesystem::weakly_canonical(hub / ("models--" + repo) / "snapshots" / hash);
        };
        const char *names[] = {"HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME", "HOME"};
        std::map<std::string, QByteArray> saved;
        for (const char *n : names) {
            saved[n] = qgetenv(n);
            qunsetenv(n);
        }
        // ~/.cache/huggingface/hub when nothing is set
        qputenv("HOME", (root / "home").string().c_str());
        const auto a = snapshot(root / "home/.cache/huggingface/hub", "HuggingFaceTB--SmolLM2-360M", "a1");
        QCOMPARE(huggingFaceHubFolders().size(), std::size_t(1));
        QCOMPARE(huggingFaceSnapshots(), std::vector<std::filesystem::path> {a});
        // $XDG_CACHE_HOME, $HF_HOME/hub and $HF_HUB_CACHE come first, in huggingface_hub's order.
        qputenv("XDG_CACHE_HOME", (root / "xdg").string().c_str());
        qputenv("HF_HOME", (root / "hf").string().c_str());
        qputenv("HF_HUB_CACHE", (root / "hubcache").string().c_str());
        const auto b = snapshot(root / "xdg/huggingface/hub", "FacebookAI--roberta-large", "b2");
        const auto c = snapshot(root / "hf/hub", "FacebookAI--roberta-large", "c3");
        const auto d = snapshot(root / "hubcache", "meta-llama--Llama-3.2-1B", "d4");
        QCOMPARE(huggingFaceSnapshots(), (std::vector<std::filesystem::path> {d, c, b, a}));
        QCOMPARE(huggingFaceSnapshots("FacebookAI/roberta-large"), (std::vector<std::filesystem::path> {c, b}));
        QVERIFY(huggingFaceSnapshots("FacebookAI/roberta-base").empty());
        // The same folder named twice is searched once; a missing one is skipped.
        qputenv("HUGGINGFACE_HUB_CACHE", (root / "hubcache/").string().c_str());
        qputenv("HF_HOME", (root / "nowhere").string().c_str());
        QCOMPARE(huggingFaceHubFolders().size(), std::size_t(3));
        for (const char *n : names) {
            if (saved[n].isNull())
                qunsetenv(n);
            else
                qputenv(n, saved[n]);
        }
    }

    void llamaDefaults()
    {
        const ModelConfig c = parseModelConfig(llamaJson());
        QCOMPARE(c.headDim, std::int64_t(8));
        QCOMPARE(c.numKvHeads, std::int64_t(2));
        QCOMPARE(c.ropeTheta, 10000.0);
        QCOMPARE(c.attentionBias, false);
        QCOMPARE(c.tieWordEmbeddings, false);
        // 2 embeddings (untied) + 2 layers * (attention 64*64*2 + 64*16*2, mlp 3*64*128, 2 norms) + final norm
        QCOMPARE(c.parameterCount(), std::int64_t(2 * 100 * 64 + 2 * (8192 + 2048 + 24576 + 128) + 64));
    }

    void llama3ScalingAndIdLists()
    {
        const ModelConfig c = parseModelConfig(llamaJson(R"(, "rope_theta": 500000.0, "tie_word_embeddings": true,
            "bos_token_id": 128000, "eos_token_id": [128001, 128008, 128009], "vocab_size": 128256,
            "rope_scaling": {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                             "original_max_position_embeddings": 8192})"));
        QCOMPARE(c.ropeScaling.type, RopeScaling::Type::Llama3);
        QCOMPARE(c.ropeScaling.factor, 32.0);
        QCOMPARE(c.eosTokenIds, (std::vector<std::int64_t> {128001, 128008, 128009}));
        QCOMPARE(c.bosTokenIds, (std::vector<std::int64_t> {128000}));
    }

    void qwen2HasQkvBiasByDefault()
    {
        std::string j = llamaJson();
        j.replace(j.find("LlamaForCausalLM"), 16, "Qwen2ForCausalLM");
        QVERIFY(parseModelConfig(j).attentionBias);
    }

    void mistralSlidingWindow()
    {
        std::string j = llamaJson(R"(, "sliding_window": 4096)");
        QVERIFY(!parseModelConfig(j).slidingWindow);
        j.replace(j.find("LlamaForCausalLM"), 16, "MistralForCausalLM");
        QCOMPARE(*parseModelConfig(j).slidingWindow, std::int64_t(4096));
    }

    void roundTripsThroughJson()
    {
        const ModelConfig a = parseModelConfig(llamaJson(R"(, "rope_scaling": {"rope_type": "llama3", "factor": 8.0},
                                                             "eos_token_id": [5, 6])"));
        const ModelConfig b = parseModelConfig(modelConfigToJson(a));
        QCOMPARE(b.parameterCount(), a.parameterCount());
        QCOMPARE(b.ropeScaling.factor, 8.0);
        QCOMPARE(b.eosTokenIds, a.eosTokenIds);
    }

    void errorsSayWhatIsWrong()
    {
        EXPECT_THROW_WITH(parseModelConfig(R"({"architectures": ["GPT2LMHeadModel"]})"), UnsupportedError,
            "unsupported architecture GPT2LMHeadModel; supported: LlamaForCausalLM");
        EXPECT_THROW_WITH(parseModelConfig("{"), FormatError, "not valid JSON");
        EXPECT_THROW_WITH(parseModelConfig(R"({"vocab_size": 3})"), FormatError, "no 'architectures'");
        std::string noVocab = llamaJson();
        noVocab.replace(noVocab.find("\"vocab_size\": 100,"), 18, "");
        EXPECT_THROW_WITH(parseModelConfig(noVocab), FormatError, "missing 'vocab_size'");
        EXPECT_THROW_WITH(parseModelConfig(llamaJson(R"(, "num_key_value_heads": 3)")), FormatError,
            "not a multiple of num_key_value_heads");
        EXPECT_THROW_WITH(parseModelConfig(llamaJson(R"(, "rope_scaling": {"rope_type": "yarn", "factor": 4})")),
            UnsupportedError, "rope_scaling type 'yarn'");
        EXPECT_THROW_WITH(parseModelConfig(llamaJson(R"(, "hidden_act": "gelu")")), UnsupportedError, "gelu");
        EXPECT_THROW_WITH(
            parseModelConfig(llamaJson(R"(, "eos_token_id": 100)")), FormatError, "outside the vocabulary");
        EXPECT_THROW_WITH(loadModelConfig("/nonexistent-folder"), FormatError, "config.json: does not exist");
    }
};

QTEST_APPLESS_MAIN(TestModelConfig)
#include "test_model_config.moc"
