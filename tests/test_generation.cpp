// Generation on a small seeded model: streaming, stop strings, cancellation, seeds, and
// batched generation agreeing with one prompt at a time.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/model/language_model.h"
#include "engine/model/language_model_impl.h"
#include "engine/model/llama_model.h"
#include "engine/model/lora.h"
#include "engine/model/model_presets.h"

#include <torch/torch.h>

#include <map>
#include <numeric>
#include <set>

using namespace shoptuner::engine;

class TestGeneration : public QObject
{
    Q_OBJECT

private:
    std::filesystem::path m_dir;
    std::unique_ptr<LanguageModel> m_model;

    std::vector<TokenId> prompt(const std::string &text) const
    {
        return m_model->chatTemplate().render(m_model->tokenizer(), std::vector<ChatMessage> {{"user", text}}, true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::filesystem::temp_directory_path() / "shoptuner-test-generation";
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        testing::writeFile(m_dir / "source-tokenizer.json", testing::byteLevelTokenizerJson());
        makeRandomModel(
            {.preset = "tiny", .tokenizer = m_dir / "source-tokenizer.json", .out = m_dir / "model", .seed = 3});
        m_model = LanguageModel::load(m_dir / "model", {.dtype = "f32", .device = "cpu"});
        QCOMPARE(m_model->chatTemplate().name(), std::string("chatml"));
    }
    void cleanupTestCase()
    {
        m_model.reset();
        std::filesystem::remove_all(m_dir);
    }

    void streamingPiecesMakeTheText()
    {
        std::string streamed;
        const auto r = m_model->generate(prompt("red shirt"), {.maxNewTokens = 24, .ignoreEos = true},
            [&](const std::string &piece) { streamed += piece; });
        QCOMPARE(r.reason, StopReason::MaxTokens);
        QCOMPARE(r.ids.size(), std::size_t(24));
        QCOMPARE(streamed, r.text);
        QCOMPARE(r.text, m_model->tokenizer().decode(r.ids, true));
        // Greedy decoding is deterministic.
        QCOMPARE(m_model->generate(prompt("red shirt"), {.maxNewTokens = 24, .ignoreEos = true}).ids, r.ids);
    }

    void stopStringCutsTheAnswer()
    {
        SamplingParams sampling {.temperature = 1.0f, .seed = 5};
        const auto free
            = m_model->generate(prompt("blue"), {.maxNewTokens = 40, .sampling = sampling, .ignoreEos = true});
        QVERIFY(free.text.size() > 6);
        const std::string stop = free.text.substr(free.text.size() / 2, 2);
        std::string streamed;
        const auto r = m_model->generate(prompt("blue"),
            {.maxNewTokens = 40, .sampling = sampling, .stopStrings = {stop}, .ignoreEos = true},
            [&](const std::string &piece) { streamed += piece; });
        QCOMPARE(r.reason, StopReason::StopString);
        QCOMPARE(r.text, free.text.substr(0, free.text.find(stop)));
        QCOMPARE(streamed, r.text);
    }

    void seedsChangeSamples()
    {
        auto sample = [&](std::uint64_t seed) {
            return m_model
                ->generate(prompt("wool"),
                    {.maxNewTokens = 16, .sampling = {.temperature = 1.0f, .seed = seed}, .ignoreEos = true})
                .ids;
        };
        QCOMPARE(sample(1), sample(1));
        QVERIFY(sample(1) != sample(2));
    }

    void cancelStopsWithinOneToken()
    {
        std::atomic<bool> cancel {false};
        int pieces = 0;
        const auto r = m_model->generate(
            prompt("cancel me"), {.maxNewTokens = 200, .sampling = {.temperature = 1.0f}, .ignoreEos = true},
            [&](const std::string &) {
                if (++pieces == 3)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(r.reason, StopReason::Cancelled);
        QVERIFY(r.ids.size() < 200);
    }

    // A multiple-choice answer: the first token is the likeliest of the choices, not of the
    // whole vocabulary, and its log-probability is taken from all the logits (checked against
    // the full forward's last row, to 1e-4). A batch picks as each prompt alone does.
    void firstTokenChoicesPickTheLikeliestOption()
    {
        std::vector<std::vector<TokenId>> prompts {prompt("which colour?"), prompt("is it cotton or wool, or linen?")};
        for (const auto &p : prompts) {
            const std::vector<float> all = m_model->logits(p);
            const std::size_t vocab = all.size() / p.size();
            const std::vector<float> last(all.end() - std::ptrdiff_t(vocab), all.end());
            std::vector<TokenId> byLogit(vocab);
            std::iota(byLogit.begin(), byLogit.end(), TokenId(0));
            std::stable_sort(byLogit.begin(), byLogit.end(),
                [&](TokenId a, TokenId b) { return last[std::size_t(a)] > last[std::size_t(b)]; });
            const TokenId top = byLogit[0];
            std::erase_if(byLogit, [&](TokenId id) {
                return m_model->tokenizer().decode(std::vector<TokenId> {id}, true).empty();
            }); // no stop ids
            // Choices that leave out the likeliest tokens; the fifth likeliest must win.
            const std::vector<TokenId> choices {byLogit[20], byLogit[4], byLogit[9]};
            const auto r = m_model->generate(p, {.maxNewTokens = 1, .firstTokenChoices = choices});
            QCOMPARE(r.ids.size(), std::size_t(1));
            QCOMPARE(r.ids[0], byLogit[4]);
            double norm = 0;
            for (const float v : last)
                norm += std::exp(double(v - last[std::size_t(top)]));
            const double expected = double(last[std::size_t(byLogit[4])] - last[std::size_t(top)]) - std::log(norm);
            QVERIFY2(std::abs(r.sumLogProb - expected) < 1e-4,
                qPrintable(QStringLiteral("%1 vs %2").arg(r.sumLogProb).arg(expected)));
            QVERIFY(r.sumLogProb < std::log(0.5)); // not renormalised over the choices
            // Later tokens are free again.
            const auto longer
                = m_model->generate(p, {.maxNewTokens = 4, .ignoreEos = true, .firstTokenChoices = choices});
            QCOMPARE(longer.ids.front(), byLogit[4]);
            QCOMPARE(longer.ids.size(), std::size_t(4));
        }
        const auto batch = m_model->generateBatch(prompts, {.maxNewTokens = 1, .firstTokenChoices = {5, 6, 7}});
        for (std::size_t i = 0; i < prompts.size(); ++i)
            QCOMPARE(
                batch[i].ids, m_model->generate(prompts[i], {.maxNewTokens = 1, .firstTokenChoices = {5, 6, 7}}).ids);
    }

    // Answers of a batch must be exactly the answers each prompt gets alone (a test's scores
    // must not depend on its batch size): the same ids, text, stop reason and, to the last bit,
    // the model's log-probability of the answer. Eleven prompts of different lengths, so the
    // kernels' groups of four and their remainders, right-aligned rows and rows leaving the
    // batch early (a stop id) are all exercised; for dense F32, BF16, NF4 and an adapter.
    void checkBatchEqualsSingles(LanguageModel &model, const char *label, bool sharedInstruction)
    {
        std::vector<std::string> texts {"a", "the longest prompt of all of them, with a comma", "medium prompt", "red",
            "wool socks, size 42", "is it waterproof?", "b", "cotton shirt in blue and green", "x y z", "one more",
            "and the last prompt"};
        if (sharedInstruction) {
            // As a test's questions are: one instruction, then each its own input (long enough
            // that the batch prefills the instruction once and each input on its own).
            for (std::string &t : texts)
                t = "Given a review of a product, say whether the review is positive, neutral or negative, in one "
                    "word. Review: "
                    + t + ", and then it goes on for a while about the product";
        }
        std::vector<std::vector<TokenId>> prompts;
        for (const std::string &text : texts)
            prompts.push_back(
                model.chatTemplate().render(model.tokenizer(), std::vector<ChatMessage> {{"user", text}}, true));
        GenerationParams params {.maxNewTokens = 14, .ignoreEos = true};
        // A stop id that ends some answers early and at different steps: the id at which the
        // most answers would end at distinct lengths.
        std::map<TokenId, std::set<std::size_t>> endsAt;
        for (const auto &p : prompts) {
            const auto alone = model.generate(p, params);
            std::set<TokenId> seen;
            for (std::size_t k = 0; k < alone.ids.size(); ++k)
                if (seen.insert(alone.ids[k]).second)
                    endsAt[alone.ids[k]].insert(k);
        }
        const auto stop = std::max_element(endsAt.begin(), endsAt.end(),
            [](const auto &a, const auto &b) { return a.second.size() < b.second.size(); });
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1)
                params.stopIds = {stop->first};
            const auto batch = model.generateBatch(prompts, params);
            QCOMPARE(batch.size(), prompts.size());
            std::set<std::size_t> lengths;
            for (std::size_t i = 0; i < prompts.size(); ++i) {
                const auto single = model.generate(prompts[i], params);
                const QByteArray where = QByteArray(label) + " prompt " + QByteArray::number(qulonglong(i))
                    + (pass ? " with a stop id" : "") + (sharedInstruction ? " after a shared instruction" : "");
                QVERIFY2(batch[i].ids == single.ids, where.constData());
                QVERIFY2(batch[i].text == single.text, where.constData());
                QVERIFY2(batch[i].reason == single.reason, where.constData());
                QVERIFY2(batch[i].sumLogProb == single.sumLogProb, where.constData());
                QVERIFY2(batch[i].scoredTokens == single.scoredTokens, where.constData());
                lengths.insert(single.ids.size());
            }
            if (pass == 1)
                QVERIFY2(lengths.size() > 1, "the stop id should end some answers before others");
        }
    }

    void batchAnswersEqualSingleAnswers_data()
    {
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QString>("quant");
        QTest::addColumn<bool>("adapter");
        QTest::newRow("f32") << "f32"
                             << "none" << false;
        QTest::newRow("bf16") << "bf16"
                              << "none" << false;
        QTest::newRow("nf4") << "f32"
                             << "nf4" << false;
        QTest::newRow("f32 with adapter") << "f32"
                                          << "none" << true;
    }

    void batchAnswersEqualSingleAnswers()
    {
        QFETCH(QString, dtype);
        QFETCH(QString, quant);
        QFETCH(bool, adapter);
        // Larger random weights than the default, so that answers differ from prompt to prompt.
        const auto folder = m_dir / "varied-model";
        if (!std::filesystem::exists(folder))
            makeRandomModel({.preset = "tiny",
                .tokenizer = m_dir / "source-tokenizer.json",
                .out = folder,
                .seed = 4,
                .dtype = "f32",
                .initStd = 0.3});
        auto model = LanguageModel::load(
            folder, {.dtype = dtype.toStdString(), .device = "cpu", .quant = quant.toStdString()});
        if (adapter) {
            // Adapters as a trained run leaves them: A and B both non-zero.
            LlamaForCausalLMImpl &net = *model->impl().model;
            applyLora(net, LoraConfig {}, 11);
            torch::NoGradGuard noGrad;
            torch::manual_seed(12);
            for (auto &[name, tensor] : loraTensors(net))
                tensor.copy_(torch::randn_like(tensor) * 0.2);
            net.eval();
        }
        checkBatchEqualsSingles(*model, QTest::currentDataTag(), false);
        checkBatchEqualsSingles(*model, QTest::currentDataTag(), true);
    }

    void promptErrors()
    {
        bool thrown = false;
        try {
            m_model->generate(std::vector<TokenId> {}, {});
        } catch (const EngineError &e) {
            thrown = std::string(e.what()).find("empty") != std::string::npos;
        }
        QVERIFY(thrown);
    }
};

QTEST_APPLESS_MAIN(TestGeneration)
#include "test_generation.moc"
