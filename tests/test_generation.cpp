// Generation on a small seeded model: streaming, stop strings, cancellation, seeds, and
// batched generation agreeing with one prompt at a time.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/model/language_model.h"
#include "engine/model/model_presets.h"

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

    void batchAgreesWithSinglePrompts()
    {
        const std::vector<std::vector<TokenId>> prompts {
            prompt("a"), prompt("the longest prompt of the three"), prompt("medium prompt")};
        const GenerationParams params {.maxNewTokens = 12, .ignoreEos = true};
        const auto batch = m_model->generateBatch(prompts, params);
        QCOMPARE(batch.size(), prompts.size());
        for (std::size_t i = 0; i < prompts.size(); ++i) {
            const auto single = m_model->generate(prompts[i], params);
            QCOMPARE(batch[i].ids, single.ids);
            QCOMPARE(batch[i].text, single.text);
        }
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
