// Sampling against hand-computed distributions, and the text streamer's UTF-8 and
// stop-string handling.
#include "test_helpers.h"

#include "engine/tokenizer/bpe_tokenizer.h"
#include "engine/base/error.h"
#include "engine/generate/sampler.h"
#include "engine/generate/text_streamer.h"

#include <cmath>

using namespace shoptuner::engine;

class TestSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greedyIsArgmax()
    {
        Sampler s({});
        std::vector<float> logits {0.1f, 2.0f, -1.0f, 1.9f};
        QCOMPARE(s.sample(logits, {}), TokenId(1));
    }

    void temperatureTopKTopP()
    {
        // logits ln(4), ln(3), ln(2), ln(1) at temperature 1 -> probabilities 0.4, 0.3, 0.2, 0.1.
        const std::vector<float> base {std::log(4.0f), std::log(3.0f), std::log(2.0f), std::log(1.0f)};
        auto dist = [&](SamplingParams p) {
            std::vector<float> l = base;
            return Sampler(p).distribution(l, {});
        };
        const double tol = 1e-6;
        auto near = [&](const std::vector<float> &got, std::vector<double> want) {
            double worst = 0;
            for (std::size_t i = 0; i < want.size(); ++i)
                worst = std::max(worst, std::abs(got[i] - want[i]));
            return worst <= tol;
        };
        QVERIFY(near(dist({.temperature = 1.0f}), {0.4, 0.3, 0.2, 0.1}));
        // Temperature 0.5 squares the odds: 16:9:4:1 out of 30.
        QVERIFY(near(dist({.temperature = 0.5f}), {16 / 30.0, 9 / 30.0, 4 / 30.0, 1 / 30.0}));
        QVERIFY(near(dist({.temperature = 1.0f, .topK = 2}), {4 / 7.0, 3 / 7.0, 0, 0}));
        // top-p 0.65: 0.4 + 0.3 = 0.7 reaches it, so two tokens remain.
        QVERIFY(near(dist({.temperature = 1.0f, .topP = 0.65f}), {4 / 7.0, 3 / 7.0, 0, 0}));
        QVERIFY(near(dist({.temperature = 1.0f, .topP = 0.3f}), {1, 0, 0, 0}));
    }

    void repetitionPenalty()
    {
        // CTRL's rule: positive logits are divided, negative ones multiplied.
        std::vector<float> logits {2.0f, -1.0f, 1.5f};
        const std::vector<TokenId> history {0, 1};
        Sampler({.repetitionPenalty = 2.0f}).distribution(logits, history);
        QCOMPARE(logits, (std::vector<float> {1.0f, -2.0f, 1.5f}));
        std::vector<float> again {2.0f, -1.0f, 1.5f};
        QCOMPARE(Sampler({.repetitionPenalty = 2.0f}).sample(again, history), TokenId(2));
    }

    void seededSamplingIsReproducibleAndFollowsTheDistribution()
    {
        const std::vector<float> base {std::log(4.0f), std::log(3.0f), std::log(2.0f), std::log(1.0f)};
        Sampler a({.temperature = 1.0f, .seed = 7}), b({.temperature = 1.0f, .seed = 7});
        std::vector<int> counts(4);
        const int draws = 20000;
        for (int i = 0; i < draws; ++i) {
            std::vector<float> la = base, lb = base;
            const TokenId x = a.sample(la, {});
            QCOMPARE(b.sample(lb, {}), x);
            ++counts[static_cast<std::size_t>(x)];
        }
        // Each frequency within 4 standard deviations of its probability.
        const double p[4] = {0.4, 0.3, 0.2, 0.1};
        for (int i = 0; i < 4; ++i) {
            const double sd = std::sqrt(p[i] * (1 - p[i]) / draws);
            QVERIFY2(std::abs(counts[static_cast<std::size_t>(i)] / double(draws) - p[i]) < 4 * sd,
                qPrintable(QString("token %1: %2 of %3").arg(i).arg(counts[static_cast<std::size_t>(i)]).arg(draws)));
        }
    }

    void badParameters()
    {
        EXPECT_THROW_WITH(Sampler({.temperature = -1.0f}), EngineError, "temperature");
        EXPECT_THROW_WITH(Sampler({.topP = 0.0f}), EngineError, "top-p");
    }

    void streamerNeverSplitsCharacters()
    {
        const BpeTokenizer tokenizer(nlohmann::json::parse(testing::byteLevelTokenizerJson()));
        const std::string text = "größe 🙂 ok";
        const auto ids = tokenizer.encode(text);
        TextStreamer streamer(tokenizer, {});
        std::string joined;
        for (TokenId id : ids) {
            const std::string piece = streamer.push(id);
            // Every piece is valid UTF-8 on its own.
            QVERIFY(QString::fromUtf8(piece.data(), static_cast<int>(piece.size())).toUtf8().toStdString() == piece);
            joined += piece;
        }
        joined += streamer.flush();
        QCOMPARE(joined, text);
    }

    void streamerHoldsBackStopStrings()
    {
        const BpeTokenizer tokenizer(nlohmann::json::parse(testing::byteLevelTokenizerJson()));
        TextStreamer streamer(tokenizer, {"###"});
        std::string shown;
        for (TokenId id : tokenizer.encode("Answer: yes ## no ### Instruction"))
            shown += streamer.push(id);
        QVERIFY(streamer.stopped());
        QCOMPARE(shown, std::string("Answer: yes ## no "));
        QCOMPARE(streamer.text(), std::string("Answer: yes ## no "));
    }
};

QTEST_APPLESS_MAIN(TestSampler)
#include "test_sampler.moc"
