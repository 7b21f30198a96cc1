// loadTokenizer() (declared in tokenizer.h): a model folder's tokenizer.model (SentencePiece) or tokenizer.json.
#include "engine/base/error.h"
#include "engine/base/input_file.h"
#include "engine/tokenizer/bpe_tokenizer.h"
#include "engine/tokenizer/sentencepiece_tokenizer.h"
#include "engine/tokenizer/tokenizer.h"
#include "engine/tokenizer/tokenizer_config.h"

namespace shoptuner::engine {
namespace {

std::unique_ptr<Tokenizer> loadFile(const std::filesystem::path &file, const TokenizerConfig &config)
{
    requireRegularFile(file);
    if (file.filename() == "tokenizer.model" || file.extension() == ".model") {
        auto spm = std::make_unique<SentencePieceTokenizer>(file);
        spm->setAddBos(config.addBosToken.value_or(true));
        spm->setAddEos(config.addEosToken.value_or(false));
        return spm;
    }
    auto bpe = BpeTokenizer::fromFile(file);
    auto idOf = [&](const std::optional<std::string> &token) -> std::optional<TokenId> {
        return token ? bpe->tokenToId(*token) : std::nullopt;
    };
    bpe->setBosEos(idOf(config.bosToken), idOf(config.eosToken));
    return bpe;
}

} // namespace

std::unique_ptr<Tokenizer> loadTokenizer(const std::filesystem::path &pathOrFolder)
{
    namespace fs = std::filesystem;
    if (fs::is_regular_file(pathOrFolder))
        return loadFile(pathOrFolder, loadTokenizerConfig(pathOrFolder.parent_path()));
    const TokenizerConfig config = loadTokenizerConfig(pathOrFolder);
    // libsentencepiece is the reference for SentencePiece models; prefer it where the folder has one.
    if (fs::exists(pathOrFolder / "tokenizer.model"))
        return loadFile(pathOrFolder / "tokenizer.model", config);
    if (fs::exists(pathOrFolder / "tokenizer.json"))
        return loadFile(pathOrFolder / "tokenizer.json", config);
    throw FormatError(pathOrFolder.string() + ": no tokenizer.json or tokenizer.model",
        "the model folder needs the tokenizer files from the model's Hugging Face repository");
}

} // namespace shoptuner::engine
