// tokenizer.json decoders: turn vocabulary entries back into text (ByteLevel, Replace,
// ByteFallback, Fuse, Strip, Metaspace, Sequence).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <string>
#include <vector>

namespace shoptuner::engine {

class TokenDecoder
{
public:
    virtual ~TokenDecoder() = default;
    // Rewrites the token strings in place; the text is their concatenation afterwards.
    virtual void apply(std::vector<std::string> &tokens) const = 0;
};

// Builds the decoder described by a tokenizer.json "decoder" node (null: concatenation).
std::unique_ptr<TokenDecoder> makeTokenDecoder(const nlohmann::json &node);

} // namespace shoptuner::engine
