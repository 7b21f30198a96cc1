#include "engine/tokenizer/sentencepiece_tokenizer.h"

#include "engine/base/error.h"
#include "engine/base/shared_library.h"
#include "spm/spm_bridge_abi.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>

namespace shoptuner::engine {
namespace {

struct Bridge
{
    std::string path;
    decltype(&shoptuner_spm_load) load = nullptr;
    decltype(&shoptuner_spm_free) free = nullptr;
    decltype(&shoptuner_spm_encode) encode = nullptr;
    decltype(&shoptuner_spm_decode) decode = nullptr;
    decltype(&shoptuner_spm_piece_count) pieceCount = nullptr;
    decltype(&shoptuner_spm_id_to_piece) idToPiece = nullptr;
    decltype(&shoptuner_spm_piece_to_id) pieceToId = nullptr;
    decltype(&shoptuner_spm_score) score = nullptr;
    decltype(&shoptuner_spm_piece_kind) pieceKind = nullptr;
    decltype(&shoptuner_spm_bos_id) bosId = nullptr;
    decltype(&shoptuner_spm_eos_id) eosId = nullptr;
    decltype(&shoptuner_spm_unk_id) unkId = nullptr;
    decltype(&shoptuner_spm_train) train = nullptr;
};

// The module file as CMake names it on this platform (libshoptuner_spm.so, .dll, ...).
constexpr const char *kModuleName = SHOPTUNER_SPM_MODULE_NAME;

std::vector<std::string> candidatePaths()
{
    std::vector<std::string> paths;
    if (const char *env = std::getenv("SHOPTUNER_SPM_MODULE"); env && *env)
        paths.emplace_back(env);
    if (const std::filesystem::path dir = executableDirectory(); !dir.empty()) {
        paths.push_back((dir / kModuleName).string());
        // Installed: the module directory as seen from the programs' directory (e.g. /usr/bin ->
        // ../lib/x86_64-linux-gnu/shoptuner), set by CMake from the install layout.
        paths.push_back((dir / SHOPTUNER_SPM_MODULE_RELATIVE_DIR / kModuleName).lexically_normal().string());
#ifdef SHOPTUNER_SPM_MODULE_FALLBACK
        paths.emplace_back(SHOPTUNER_SPM_MODULE_FALLBACK);
#endif
    }
    return paths;
}

template <typename F> void bind(const SharedLibrary &lib, const char *name, F &slot, const std::string &path)
{
    slot = reinterpret_cast<F>(lib.symbol(name));
    if (!slot)
        throw EngineError(path + ": SentencePiece bridge lacks symbol " + name, "reinstall ShopTuner");
}

const Bridge &bridge()
{
    static std::once_flag once;
    static Bridge b;
    static std::string failure;
    std::call_once(once, [] {
        std::string tried;
        for (const std::string &path : candidatePaths()) {
            if (!std::filesystem::exists(path)) {
                tried += "\n  " + path + " (absent)";
                continue;
            }
            // Its own namespace: the module's protobuf symbols bind to its own copy, never to libtorch's.
            static SharedLibrary lib; // stays loaded for the life of the program
            std::string why;
            if (!lib.open(path, &why)) {
                tried += "\n  " + path + " (" + why + ")";
                continue;
            }
            try {
                decltype(&shoptuner_spm_abi_version) version = nullptr;
                bind(lib, "shoptuner_spm_abi_version", version, path);
                if (version() != SHOPTUNER_SPM_ABI_VERSION)
                    throw EngineError(path + ": SentencePiece bridge has ABI version " + std::to_string(version()));
                bind(lib, "shoptuner_spm_load", b.load, path);
                bind(lib, "shoptuner_spm_free", b.free, path);
                bind(lib, "shoptuner_spm_encode", b.encode, path);
                bind(lib, "shoptuner_spm_decode", b.decode, path);
                bind(lib, "shoptuner_spm_piece_count", b.pieceCount, path);
                bind(lib, "shoptuner_spm_id_to_piece", b.idToPiece, path);
                bind(lib, "shoptuner_spm_piece_to_id", b.pieceToId, path);
                bind(lib, "shoptuner_spm_score", b.score, path);
                bind(lib, "shoptuner_spm_piece_kind", b.pieceKind, path);
                bind(lib, "shoptuner_spm_bos_id", b.bosId, path);
                bind(lib, "shoptuner_spm_eos_id", b.eosId, path);
                bind(lib, "shoptuner_spm_unk_id", b.unkId, path);
                bind(lib, "shoptuner_spm_train", b.train, path);
                b.path = path;
                return;
            } catch (const EngineError &e) {
                tried += "\n  " + path + " (" + e.what() + ")";
                lib.close();
            }
        }
        failure = "cannot load the SentencePiece bridge module " + std::string(kModuleName) + "; tried:" + tried;
    });
    if (b.path.empty())
        throw EngineError(failure, "reinstall ShopTuner, or set SHOPTUNER_SPM_MODULE to the module's path");
    return b;
}

std::string fetchString(long (*fn)(const ShopTunerSpm *, int, char *, std::size_t), const ShopTunerSpm *spm, int id)
{
    std::string out(64, '\0');
    long n = fn(spm, id, out.data(), out.size());
    if (n < 0)
        return {};
    if (static_cast<std::size_t>(n) > out.size()) {
        out.resize(static_cast<std::size_t>(n));
        n = fn(spm, id, out.data(), out.size());
    }
    out.resize(static_cast<std::size_t>(n));
    return out;
}

} // namespace

struct SentencePieceTokenizer::Handle
{
    ShopTunerSpm *spm = nullptr;
};

SentencePieceTokenizer::SentencePieceTokenizer(const std::filesystem::path &modelFile)
{
    const Bridge &b = bridge();
    char err[512] = {};
    // SentencePiece takes UTF-8 file names on every platform (on Windows it widens them itself).
    const std::u8string utf8 = modelFile.u8string();
    const std::string path(utf8.begin(), utf8.end());
    ShopTunerSpm *spm = b.load(path.c_str(), err, sizeof err);
    if (!spm)
        throw FormatError(modelFile.string() + ": not a SentencePiece model: " + err,
            "tokenizer.model must be a SentencePiece model file");
    m_handle = new Handle {spm};
    for (int id = 0, n = b.pieceCount(spm); id < n; ++id) {
        if (b.pieceKind(spm, id) == 2)
            m_controlPieces.emplace_back(fetchString(b.idToPiece, spm, id), id);
    }
    std::sort(m_controlPieces.begin(), m_controlPieces.end(),
        [](const auto &a, const auto &c) { return a.first.size() > c.first.size(); });
}

SentencePieceTokenizer::~SentencePieceTokenizer()
{
    if (m_handle) {
        bridge().free(m_handle->spm);
        delete m_handle;
    }
}

std::vector<TokenId> SentencePieceTokenizer::encodePlain(std::string_view text) const
{
    const Bridge &b = bridge();
    std::vector<TokenId> ids(text.size() + 8);
    long n = b.encode(m_handle->spm, text.data(), text.size(), ids.data(), ids.size());
    if (n >= 0 && static_cast<std::size_t>(n) > ids.size()) {
        ids.resize(static_cast<std::size_t>(n));
        n = b.encode(m_handle->spm, text.data(), text.size(), ids.data(), ids.size());
    }
    if (n < 0)
        throw EngineError("SentencePiece could not encode the text");
    ids.resize(static_cast<std::size_t>(n));
    return ids;
}

std::vector<TokenId> SentencePieceTokenizer::encode(std::string_view text, const EncodeOptions &options) const
{
    std::vector<TokenId> ids;
    if (options.addSpecial && m_addBos && bosId())
        ids.push_back(*bosId());
    // Control pieces written in the text (<s>, </s>) are matched like Hugging Face's slow Llama tokenizer does.
    std::size_t plainBegin = 0;
    for (std::size_t pos = 0; options.matchSpecial && pos < text.size(); ++pos) {
        for (const auto &[piece, id] : m_controlPieces) {
            if (!piece.empty() && text.compare(pos, piece.size(), piece) == 0) {
                if (pos > plainBegin) {
                    const auto plain = encodePlain(text.substr(plainBegin, pos - plainBegin));
                    ids.insert(ids.end(), plain.begin(), plain.end());
                }
                ids.push_back(id);
                plainBegin = pos + piece.size();
                pos = plainBegin - 1;
                break;
            }
        }
    }
    if (plainBegin < text.size() || plainBegin == 0) {
        const auto plain = encodePlain(text.substr(plainBegin));
        ids.insert(ids.end(), plain.begin(), plain.end());
    }
    if (options.addSpecial && m_addEos && eosId())
        ids.push_back(*eosId());
    return ids;
}

std::string SentencePieceTokenizer::decode(std::span<const TokenId> ids, bool skipSpecial) const
{
    const Bridge &b = bridge();
    std::string text;
    std::vector<TokenId> run;
    auto flush = [&] {
        if (run.empty())
            return;
        std::string out(run.size() * 8 + 16, '\0');
        long n = b.decode(m_handle->spm, run.data(), run.size(), out.data(), out.size());
        if (n >= 0 && static_cast<std::size_t>(n) > out.size()) {
            out.resize(static_cast<std::size_t>(n));
            n = b.decode(m_handle->spm, run.data(), run.size(), out.data(), out.size());
        }
        if (n > 0)
            text.append(out.data(), static_cast<std::size_t>(n));
        run.clear();
    };
    for (TokenId id : ids) {
        if (id < 0 || id >= vocabSize())
            continue;
        if (isSpecial(id)) {
            flush();
            if (!skipSpecial)
                text += idToToken(id);
        } else {
            run.push_back(id);
        }
    }
    flush();
    return text;
}

std::int64_t SentencePieceTokenizer::vocabSize() const
{
    return bridge().pieceCount(m_handle->spm);
}

std::optional<TokenId> SentencePieceTokenizer::tokenToId(std::string_view token) const
{
    const Bridge &b = bridge();
    const int id = b.pieceToId(m_handle->spm, token.data(), token.size());
    if (id == b.unkId(m_handle->spm) && token != idToToken(id))
        return std::nullopt;
    return id;
}

std::string SentencePieceTokenizer::idToToken(TokenId id) const
{
    return fetchString(bridge().idToPiece, m_handle->spm, id);
}

bool SentencePieceTokenizer::isSpecial(TokenId id) const
{
    return pieceKind(id) == 2;
}

std::optional<TokenId> SentencePieceTokenizer::bosId() const
{
    const int id = bridge().bosId(m_handle->spm);
    return id >= 0 ? std::optional<TokenId>(id) : std::nullopt;
}

std::optional<TokenId> SentencePieceTokenizer::eosId() const
{
    const int id = bridge().eosId(m_handle->spm);
    return id >= 0 ? std::optional<TokenId>(id) : std::nullopt;
}

float SentencePieceTokenizer::score(TokenId id) const
{
    return bridge().score(m_handle->spm, id);
}

int SentencePieceTokenizer::pieceKind(TokenId id) const
{
    return bridge().pieceKind(m_handle->spm, id);
}

void SentencePieceTokenizer::train(const std::string &flags)
{
    char err[1024] = {};
    if (bridge().train(flags.c_str(), err, sizeof err) != 0)
        throw EngineError(std::string("SentencePiece training failed: ") + err);
}

std::string SentencePieceTokenizer::bridgePath()
{
    return bridge().path;
}

} // namespace shoptuner::engine
