// Byte-level BPE (tokenizer.json) against golden ids from Hugging Face tokenizers, plus
// hand-built tokenizers for the rules the real files do not exercise.
#include "test_helpers.h"

#include "engine/tokenizer/bpe_tokenizer.h"
#include "engine/tokenizer/byte_level.h"
#include "engine/base/error.h"

#include <nlohmann/json.hpp>

using namespace shoptuner::engine;
using nlohmann::json;

namespace {

QString idsText(const std::vector<TokenId> &ids)
{
    QStringList parts;
    for (TokenId id : ids)
        parts << QString::number(id);
    return parts.join(',');
}

} // namespace

class TestTokenizers : public QObject
{
    Q_OBJECT

private:
    void runGolden(const char *goldenFile)
    {
        const auto fixtures = testing::fixturesDir();
        if (fixtures.empty())
            QSKIP("SHOPTUNER_FIXTURES is not set; it should point at shared/fixtures with the real tokenizer files");
        const json golden = json::parse(testing::readFile(testing::dataDir() / "tokenizers" / goldenFile));
        json tokenizerJson = json::parse(testing::readFile(fixtures / golden["tokenizer"].get<std::string>()));
        if (!golden["variant"].is_null())
            tokenizerJson = tokenizerJson.patch(golden["variant"]["patch"]);
        const BpeTokenizer tokenizer(tokenizerJson);
        int checked = 0;
        for (const json &c : golden["cases"]) {
            const std::string text = c["text"].get<std::string>();
            const auto expected = c["ids"].get<std::vector<TokenId>>();
            const auto ids = tokenizer.encode(text);
            if (ids != expected)
                QFAIL(qPrintable(QStringLiteral("text %1\n  got      %2\n  expected %3")
                                     .arg(QString::fromStdString(json(text).dump()), idsText(ids), idsText(expected))));
            QCOMPARE(tokenizer.decode(ids), c["decoded"].get<std::string>());
            ++checked;
        }
        if (golden.contains("with_special")) {
            const auto &ws = golden["with_special"];
            QCOMPARE(tokenizer.encode(ws["text"].get<std::string>(), {.addSpecial = true}),
                ws["ids"].get<std::vector<TokenId>>());
        }
        qInfo("%d golden strings match %s", checked, golden["reference"].get<std::string>().c_str());
        QVERIFY(checked >= 40);
    }

    static json handBuilt(bool ignoreMerges)
    {
        // Characters a b c; merges a+b then ab+c; "abc" and the unmergeable "ca" are in the vocabulary.
        json vocab = {{"a", 0}, {"b", 1}, {"c", 2}, {"ab", 3}, {"abc", 4}, {"ca", 5}, {"<unk>", 6}};
        json j = {{"model",
                      {{"type", "BPE"}, {"vocab", vocab}, {"merges", json::array({"a b", "ab c"})},
                          {"unk_token", "<unk>"}, {"ignore_merges", ignoreMerges}}},
            {"added_tokens",
                json::array({{{"id", 7}, {"content", "<eot>"}, {"special", true}, {"lstrip", true}, {"rstrip", false}},
                    {{"id", 8}, {"content", "<sep>"}, {"special", true}, {"rstrip", true}}})},
            {"pre_tokenizer", {{"type", "WhitespaceSplit"}}}};
        return j;
    }

private Q_SLOTS:
    void smollm2Golden() { runGolden("golden-smollm2.json"); }
    void gpt2Golden() { runGolden("golden-gpt2.json"); }
    void llama3PatternGolden() { runGolden("golden-llama3style.json"); }

    void literalModeDoesNotMatchSpecialTokens()
    {
        const auto fixtures = testing::fixturesDir();
        if (fixtures.empty())
            QSKIP("SHOPTUNER_FIXTURES is not set");
        const auto tokenizer = BpeTokenizer::fromFile(fixtures / "smollm2" / "tokenizer.json");
        const std::string review = "great shoes<|im_end|>";
        const auto matched = tokenizer->encode(review);
        const auto literal = tokenizer->encode(review, {.matchSpecial = false});
        QCOMPARE(matched.back(), *tokenizer->tokenToId("<|im_end|>"));
        QVERIFY(std::find(literal.begin(), literal.end(), *tokenizer->tokenToId("<|im_end|>")) == literal.end());
        QCOMPARE(tokenizer->decode(literal), review); // the text survives, as plain characters
    }

    void decodingInvalidBytesGivesReplacementCharacters()
    {
        // Byte-level tokens can form invalid UTF-8 (a model's random output); Hugging Face decodes
        // lossily, one U+FFFD per maximal invalid subpart.
        QCOMPARE(bytelevel::toValidUtf8("a\xEC"
                                        "b"),
            std::string("a\uFFFD"
                        "b"));
        QCOMPARE(bytelevel::toValidUtf8("\xE2\x82"), std::string("\uFFFD")); // truncated 3-byte sequence
        QCOMPARE(
            bytelevel::toValidUtf8("\xF0\x80\x80"), std::string("\uFFFD\uFFFD\uFFFD")); // overlong: no valid prefix
        QCOMPARE(bytelevel::toValidUtf8("\xED\xA0\x80"), std::string("\uFFFD\uFFFD\uFFFD")); // surrogate
        QCOMPARE(bytelevel::toValidUtf8("\xC3\xA9\xFF"), std::string("\u00E9\uFFFD"));
        const BpeTokenizer t(nlohmann::json::parse(testing::byteLevelTokenizerJson()));
        QCOMPARE(t.decode(std::vector<TokenId> {0xEC, 'b'}),
            std::string("\uFFFD"
                        "b"));
    }

    void mergesApplyByRank()
    {
        const BpeTokenizer t(handBuilt(false));
        QCOMPARE(t.encode("abc"), (std::vector<TokenId> {4}));
        QCOMPARE(t.encode("ca"), (std::vector<TokenId> {2, 0})); // "ca" is in the vocabulary but no merge makes it
        QCOMPARE(t.encode("abx"), (std::vector<TokenId> {3, 6})); // unknown character -> unk
    }

    void ignoreMergesTakesWholeVocabularyWords()
    {
        const BpeTokenizer t(handBuilt(true));
        QCOMPARE(t.encode("ca"), (std::vector<TokenId> {5}));
        QCOMPARE(t.encode("abc"), (std::vector<TokenId> {4}));
    }

    void addedTokensStripWhitespace()
    {
        const BpeTokenizer t(handBuilt(false));
        // <eot> has lstrip: the spaces before it belong to it; <sep> has rstrip.
        QCOMPARE(t.encode("ab   <eot>c"), (std::vector<TokenId> {3, 7, 2}));
        QCOMPARE(t.encode("a<sep>   b"), (std::vector<TokenId> {0, 8, 1}));
        QCOMPARE(t.encode("a<sep>b", {.matchSpecial = false}).size(), std::size_t(7)); // a < s e p > b, unk each
    }

    void sentencePieceStyleJsonWithByteFallback()
    {
        // The layout Llama 2 / Mistral tokenizer.json files use: Metaspace-like normalizer, byte fallback.
        json vocab = {{"<unk>", 0}, {"<s>", 1}, {"</s>", 2}};
        for (int b = 0; b < 256; ++b) {
            char name[8];
            std::snprintf(name, sizeof name, "<0x%02X>", b);
            vocab[name] = 3 + b;
        }
        TokenId id = 259;
        for (const char *piece : {"\u2581", "h", "i", "\u2581h", "\u2581hi"})
            vocab[piece] = id++;
        json j = {{"model",
                      {{"type", "BPE"}, {"vocab", vocab}, {"merges", json::array({"\u2581 h", "\u2581h i"})},
                          {"unk_token", "<unk>"}, {"byte_fallback", true}}},
            {"added_tokens", json::array({{{"id", 1}, {"content", "<s>"}, {"special", true}}})},
            {"normalizer",
                {{"type", "Sequence"},
                    {"normalizers",
                        json::array({{{"type", "Prepend"}, {"prepend", "\u2581"}},
                            {{"type", "Replace"}, {"pattern", {{"String", " "}}}, {"content", "\u2581"}}})}}},
            {"pre_tokenizer", nullptr},
            {"post_processor",
                {{"type", "TemplateProcessing"},
                    {"single",
                        json::array({{{"SpecialToken", {{"id", "<s>"}, {"type_id", 0}}}},
                            {{"Sequence", {{"id", "A"}, {"type_id", 0}}}}})},
                    {"special_tokens", {{"<s>", {{"id", "<s>"}, {"ids", {1}}, {"tokens", {"<s>"}}}}}}}},
            {"decoder",
                {{"type", "Sequence"},
                    {"decoders",
                        json::array({{{"type", "Replace"}, {"pattern", {{"String", "\u2581"}}}, {"content", " "}},
                            {{"type", "ByteFallback"}}, {{"type", "Fuse"}},
                            {{"type", "Strip"}, {"content", " "}, {"start", 1}, {"stop", 0}}})}}}};
        const BpeTokenizer t(j);
        // "hi é": ▁hi ▁ then é as two byte tokens (0xC3 0xA9).
        const auto ids = t.encode("hi \u00e9");
        QCOMPARE(ids, (std::vector<TokenId> {263, 259, 3 + 0xC3, 3 + 0xA9}));
        QCOMPARE(t.decode(ids), std::string("hi \u00e9"));
        QCOMPARE(t.encode("hi", {.addSpecial = true}), (std::vector<TokenId> {1, 263}));
        QCOMPARE(t.kind(), std::string("BPE with byte fallback"));
    }

    void malformedFilesGetClearErrors()
    {
        const auto dir = std::filesystem::temp_directory_path() / "shoptuner-test-tokenizers";
        std::filesystem::create_directories(dir);
        const auto path = dir / "tokenizer.json";
        testing::writeFile(path, "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}}}");
        EXPECT_THROW_WITH(BpeTokenizer::fromFile(path), FormatError, "no model.merges");
        testing::writeFile(path, "{\"model\": {\"type\": \"WordPiece\", \"vocab\": {}}}");
        EXPECT_THROW_WITH(BpeTokenizer::fromFile(path), FormatError, "WordPiece");
        testing::writeFile(path, "{\"model\": ");
        EXPECT_THROW_WITH(BpeTokenizer::fromFile(path), FormatError, "not valid JSON");
        testing::writeFile(path, "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": [\"a b\"]}}");
        EXPECT_THROW_WITH(BpeTokenizer::fromFile(path), FormatError, "missing from the vocabulary");
        testing::writeFile(path,
            "{\"model\": {\"type\": \"BPE\", \"vocab\": {}, \"merges\": []},"
            " \"pre_tokenizer\": {\"type\": \"Split\", \"pattern\": {\"Regex\": \"(\"}}}");
        EXPECT_THROW_WITH(BpeTokenizer::fromFile(path), FormatError, "does not compile");
        std::filesystem::remove_all(dir);
    }
};

QTEST_APPLESS_MAIN(TestTokenizers)
#include "test_tokenizers.moc"
