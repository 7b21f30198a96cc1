// SentencePiece through the bridge module: golden ids for Llama 2's tokenizer.model, a model
// trained here with the SentencePiece trainer, and libtorch working in the same process.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/tokenizer/sentencepiece_tokenizer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

using namespace shoptuner::engine;
using nlohmann::json;

class TestSentencePiece : public QObject
{
    Q_OBJECT

private:
    std::filesystem::path m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::filesystem::temp_directory_path() / "shoptuner-test-spm";
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    void cleanupTestCase() { std::filesystem::remove_all(m_dir); }

    void llama2Golden()
    {
        const auto fixtures = testing::fixturesDir();
        if (fixtures.empty())
            QSKIP("SHOPTUNER_FIXTURES is not set; it should point at shared/fixtures with the real tokenizer files");
        const json golden
            = json::parse(testing::readFile(testing::dataDir() / "tokenizers" / "golden-llama2-spm.json"));
        const auto tokenizer = loadTokenizer(fixtures / "llama2" / "tokenizer.model");
        QCOMPARE(tokenizer->kind(), std::string("SentencePiece"));
        QCOMPARE(tokenizer->vocabSize(), std::int64_t(32000));
        int checked = 0;
        for (const json &c : golden["cases"]) {
            const std::string text = c["text"].get<std::string>();
            const auto ids = tokenizer->encode(text, {.addSpecial = false, .matchSpecial = false});
            QCOMPARE(ids, c["ids"].get<std::vector<TokenId>>());
            QCOMPARE(tokenizer->decode(ids), c["decoded"].get<std::string>());
            ++checked;
        }
        qInfo("%d golden strings match %s", checked, golden["reference"].get<std::string>().c_str());
        // BOS comes from --add-special; "</s>" written in text is matched as the control token.
        QCOMPARE(tokenizer->encode("Hello world", {.addSpecial = true}), (std::vector<TokenId> {1, 15043, 3186}));
        const auto withEos = tokenizer->encode("Hi</s>");
        QCOMPARE(withEos.back(), TokenId(2));
        QVERIFY(tokenizer->encode("Hi</s>", {.matchSpecial = false}).back() != 2);
    }

    void trainedHereRoundTrips()
    {
        // A small corpus of shop-like lines, trained like Llama 2: BPE, byte fallback, no normalization.
        const auto corpus = m_dir / "corpus.txt";
        std::string text;
        const char *words[] = {"red", "cotton", "shirt", "size", "blue", "wool", "sweater", "great", "fit", "colour",
            "returns", "delivery", "fast", "small", "large", "price", "quality"};
        for (int i = 0; i < 400; ++i) {
            for (int w = 0; w < 7; ++w)
                text += std::string(words[(i * 7 + w * 3) % 17]) + (w < 6 ? " " : "\n");
        }
        testing::writeFile(corpus, text);
        const auto prefix = (m_dir / "shop").string();
        SentencePieceTokenizer::train("--input=" + corpus.string() + " --model_prefix=" + prefix
            + " --vocab_size=400 --model_type=bpe --byte_fallback=true --minloglevel=2"
              " --normalization_rule_name=identity --remove_extra_whitespaces=false");
        const auto tokenizer = loadTokenizer(prefix + ".model");
        QCOMPARE(tokenizer->vocabSize(), std::int64_t(400));
        for (const std::string s : {"red cotton shirt", "größe XL 🙂", "  spaces  and\ttabs", "価格"}) {
            const auto ids = tokenizer->encode(s);
            QVERIFY(!ids.empty());
            QVERIFY2(tokenizer->decode(ids) == s, (tokenizer->decode(ids) + " != " + s).c_str());
        }
        // Frequent words became single pieces.
        QCOMPARE(tokenizer->encode("sweater").size(), std::size_t(1));
        EXPECT_THROW_WITH(SentencePieceTokenizer::train("--input=/nonexistent --model_prefix=" + prefix), EngineError,
            "SentencePiece training failed");
    }

    void torchAndSentencePieceShareTheProcess()
    {
        // Both libraries carry protobuf; the bridge keeps them apart. Use both, interleaved.
        const auto tokenizer = loadTokenizer((m_dir / "shop.model").string());
        const torch::Tensor a = torch::randn({64, 64});
        const auto ids = tokenizer->encode("blue wool sweater");
        const torch::Tensor b = torch::matmul(a, a.t());
        QVERIFY(b.isfinite().all().item<bool>());
        QCOMPARE(tokenizer->decode(ids), std::string("blue wool sweater"));
        QVERIFY(!SentencePieceTokenizer::bridgePath().empty());
    }

    void badModelFile()
    {
        const auto path = m_dir / "tokenizer.model";
        testing::writeFile(path, "this is not a protobuf");
        EXPECT_THROW_WITH(loadTokenizer(path), FormatError, "not a SentencePiece model");
    }
};

QTEST_APPLESS_MAIN(TestSentencePiece)
#include "test_sentencepiece.moc"
