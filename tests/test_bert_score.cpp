// The RoBERTa encoder and BERTScore against values computed independently in float64 by
// tests/reference/roberta_reference.py (plain Python) for the tiny seeded encoder in
// tests/data/models/roberta-tiny, plus model discovery, layer choice and error messages.
#include "test_helpers.h"

#include "engine/eval/bert_score.h"
#include "engine/base/error.h"
#include "engine/eval/metrics.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>

using namespace shoptuner::engine;

namespace {

std::filesystem::path tinyEncoder()
{
    return testing::dataDir() / "models" / "roberta-tiny";
}

nlohmann::json reference()
{
    return nlohmann::json::parse(testing::readFile(tinyEncoder() / "reference_bertscore.json"));
}

BertScoreOptions onCpu(int layer)
{
    BertScoreOptions o;
    o.layer = layer;
    o.device = "cpu";
    o.threads = 1;
    o.batchSize = 3; // several batches, each padded differently
    return o;
}

void copyFolder(const std::filesystem::path &from, const std::filesystem::path &to)
{
    std::filesystem::create_directories(to);
    for (const auto &entry : std::filesystem::directory_iterator(from))
        std::filesystem::copy_file(entry.path(), to / entry.path().filename());
}

struct EnvGuard
{
    std::string name;
    std::optional<std::string> old;
    EnvGuard(std::string n, const std::string &value)
        : name(std::move(n))
    {
        if (const char *v = std::getenv(name.c_str()))
            old = v;
        setenv(name.c_str(), value.c_str(), 1);
    }
    ~EnvGuard()
    {
        if (old)
            setenv(name.c_str(), old->c_str(), 1);
        else
            unsetenv(name.c_str());
    }
};

} // namespace

class TestBertScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAsBertScoreDoes()
    {
        // Stripped, a space in front, <s> … </s>, cut to model_max_length (48) with the specials.
        const auto scorer = BertScorer::load(tinyEncoder(), onCpu(2));
        for (const auto &pair : reference()["pairs"]) {
            const auto ids = scorer->encodeText(pair["candidate"].get<std::string>());
            QCOMPARE(ids, pair["candidate_ids"].get<std::vector<TokenId>>());
        }
        QCOMPARE(scorer->encodeText(" \t\n").size(), std::size_t(2));
        QCOMPARE(scorer->encodeText(std::string(500, 'x')).size(), std::size_t(48));
    }

    void hiddenStatesMatchTheReference()
    {
        // F32 against the float64 reference: rounding only. The texts go in as one padded batch.
        const auto ref = reference();
        std::vector<std::vector<TokenId>> batch;
        for (const auto &e : ref["encoded"])
            batch.push_back(e["ids"].get<std::vector<TokenId>>());
        for (int layers : {2, 3}) {
            const auto scorer = BertScorer::load(tinyEncoder(), onCpu(layers));
            const auto hidden = scorer->hiddenStates(batch);
            QCOMPARE(hidden.size(), batch.size());
            double worst = 0;
            for (std::size_t s = 0; s < batch.size(); ++s) {
                const auto expected = ref["encoded"][s][layers == 2 ? "hidden" : "hidden_all_layers"]
                                          .get<std::vector<std::vector<double>>>();
                QCOMPARE(hidden[s].size(), expected.size() * std::size_t(scorer->hiddenSize()));
                for (std::size_t t = 0; t < expected.size(); ++t)
                    for (std::size_t k = 0; k < expected[t].size(); ++k)
                        worst
                            = std::max(worst, std::abs(double(hidden[s][t * expected[t].size() + k]) - expected[t][k]));
            }
            qInfo("layers %d: largest |difference| to the float64 reference %.3g (tolerance 2e-5)", layers, worst);
            QVERIFY(worst < 2e-5);
        }
    }

    void scoresMatchTheReference()
    {
        const auto ref = reference();
        std::vector<std::string> candidates, references;
        for (const auto &pair : ref["pairs"]) {
            candidates.push_back(pair["candidate"]);
            references.push_back(pair["reference"]);
        }
        const auto scorer = BertScorer::load(tinyEncoder(), onCpu(ref["score_layers"].get<int>()));
        std::size_t lastDone = 0, total = 0;
        const auto scores = scorer->score(candidates, references, nullptr, [&](std::size_t done, std::size_t all) {
            QVERIFY(done > lastDone);
            lastDone = done;
            total = all;
        });
        QCOMPARE(lastDone, total);
        QCOMPARE(total, std::size_t(13)); // 14 texts, "Blue" twice
        QCOMPARE(scores.size(), candidates.size());
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto &pair = ref["pairs"][i];
            QVERIFY2(std::abs(scores[i].precision - pair["precision"].get<double>()) < 1e-5, candidates[i].c_str());
            QVERIFY2(std::abs(scores[i].recall - pair["recall"].get<double>()) < 1e-5, candidates[i].c_str());
            QVERIFY2(std::abs(scores[i].f1 - pair["f1"].get<double>()) < 1e-5, candidates[i].c_str());
        }
        // Identical texts score 1; an empty side scores 0.
        QVERIFY(std::abs(scores[4].f1 - 1.0) < 1e-6);
        QCOMPARE(scores[5].f1, 0.0);
        QCOMPARE(scores[6].f1, 0.0);

        std::atomic<bool> cancel {true};
        QVERIFY(scorer->score(candidates, references, &cancel).empty());
        EXPECT_THROW_WITH(scorer->score({"a"}, {}), EngineError, "1 candidates for 0 references");
    }

    void scoreTaskReportsBertScoreBesideRougeL()
    {
        const std::vector<std::string> predictions {"It is cotton.", ""};
        const std::vector<std::string> labels {"The cover is cotton.", "Yes."};
        const std::vector<SimilarityScore> similarity {{0.9, 0.8, 2 * 0.9 * 0.8 / 1.7}, {0, 0, 0}};
        ScoreOptions options;
        options.answerSimilarity = &similarity;
        const MetricResult m = scoreTask("AG", false, predictions, labels, nullptr, options);
        QCOMPARE(m.headline, std::string("bertscore_f1"));
        QVERIFY(std::abs(m.headlineValue - (2 * 0.9 * 0.8 / 1.7) / 2) < 1e-12);
        QVERIFY(std::abs(m.figure("bertscore_precision") - 0.45) < 1e-12);
        QVERIFY(std::abs(m.figure("bertscore_recall") - 0.4) < 1e-12);
        QVERIFY(m.find("rouge_l_f1").has_value());
        QCOMPARE(m.invalid, std::size_t(1));
        const auto interval = bootstrapHeadline("AG", false, predictions, labels, nullptr, {.resamples = 50}, options);
        QCOMPARE(interval.headline, std::string("bertscore_f1"));
        // Without an encoder the headline is ROUGE-L, under its own name.
        QCOMPARE(scoreTask("AG", false, predictions, labels).headline, std::string("rouge_l_f1"));
        const std::vector<SimilarityScore> tooFew {{1, 1, 1}};
        options.answerSimilarity = &tooFew;
        EXPECT_THROW_WITH(scoreTask("AG", false, predictions, labels, nullptr, options), EngineError,
            "1 answer similarities for 2 predictions");
    }

    void choosesBertScoresLayerByModelName()
    {
        QCOMPARE(defaultBertScoreLayer("roberta-large"), 17);
        QCOMPARE(defaultBertScoreLayer("roberta-base"), 10);
        QCOMPARE(defaultBertScoreLayer("my-encoder"), 0);
        const auto tiny = BertScorer::load(tinyEncoder(), onCpu(0));
        QCOMPARE(tiny->modelName(), std::string("roberta-tiny"));
        QCOMPARE(tiny->layer(), 3); // unknown to bert_score: every layer
        QVERIFY(!tiny->matchesPublished());
        QCOMPARE(tiny->description(), std::string("BERTScore F1 (roberta-tiny, layer 3)"));

        // Named roberta-large (a Hugging Face cache folder): bert_score's layer 17, which this
        // 3-layer model does not have.
        QTemporaryDir dir;
        const std::filesystem::path snapshot = std::filesystem::path(dir.path().toStdString())
            / "models--FacebookAI--roberta-large" / "snapshots" / "abc";
        copyFolder(tinyEncoder(), snapshot);
        EXPECT_THROW_WITH(BertScorer::load(snapshot, onCpu(0)), EngineError, "layer 17 asked for, but roberta-large");
        QCOMPARE(
            BertScorer::load(snapshot, onCpu(2))->description(), std::string("BERTScore F1 (roberta-large, layer 2)"));
    }

    void findsAnInstalledEncoder()
    {
        QTemporaryDir dir;
        const std::filesystem::path root(dir.path().toStdString());
        const auto snapshot = root / "hub" / "models--FacebookAI--roberta-large" / "snapshots" / "0123";
        copyFolder(tinyEncoder(), snapshot);
        {
            EnvGuard home("HOME", (root / "nowhere").string());
            EnvGuard hf("HF_HOME", root.string());
            EnvGuard explicitDir("SHOPTUNER_BERTSCORE_MODEL", "");
            QCOMPARE(findBertScoreModel(), snapshot);
        }
        {
            EnvGuard home("HOME", (root / "nowhere").string());
            EnvGuard hf("HF_HOME", (root / "empty").string());
            EnvGuard explicitDir("SHOPTUNER_BERTSCORE_MODEL", tinyEncoder().string());
            QCOMPARE(findBertScoreModel(), tinyEncoder());
            EnvGuard missing("SHOPTUNER_BERTSCORE_MODEL", (root / "missing").string());
            QVERIFY(findBertScoreModel().empty());
        }
    }

    void refusesWhatIsNotAnEncoder()
    {
        QTemporaryDir dir;
        const std::filesystem::path root(dir.path().toStdString());
        EXPECT_THROW_WITH(BertScorer::load(root / "absent", onCpu(0)), FormatError, "has no config.json");
        EXPECT_THROW_WITH(BertScorer::load(testing::dataDir() / "models" / "llama-tiny", onCpu(0)), UnsupportedError,
            "holds a 'llama' model, not a RoBERTa encoder");
        const auto noTokenizer = root / "no-tokenizer";
        copyFolder(tinyEncoder(), noTokenizer);
        std::filesystem::remove(noTokenizer / "tokenizer.json");
        EXPECT_THROW_WITH(BertScorer::load(noTokenizer, onCpu(0)), FormatError, "has no tokenizer.json");
        // Weights of another shape than config.json says.
        const auto wrongShape = root / "wrong-shape";
        copyFolder(tinyEncoder(), wrongShape);
        auto config = nlohmann::json::parse(testing::readFile(wrongShape / "config.json"));
        config["intermediate_size"] = 41;
        testing::writeFile(wrongShape / "config.json", config.dump());
        EXPECT_THROW_WITH(BertScorer::load(wrongShape, onCpu(0)), FormatError,
            "tensor 'roberta.encoder.layer.0.intermediate.dense.weight' has the wrong shape");
    }
};

QTEST_GUILESS_MAIN(TestBertScore)
#include "test_bert_score.moc"
