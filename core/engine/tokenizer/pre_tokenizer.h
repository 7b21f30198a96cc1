// tokenizer.json pre-tokenizers: split normalized text into pieces before BPE
// (Split, ByteLevel, Digits, Metaspace, Sequence), as Hugging Face tokenizers does.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct PreToken
{
    std::string text;
    bool first = false; // the piece starts the (added-token-free) section; Metaspace "first" uses it
};

class PreTokenizer
{
public:
    virtual ~PreTokenizer() = default;
    // Splits every piece further, in place.
    virtual void apply(std::vector<PreToken> &pieces) const = 0;
    // True when pieces come out mapped to GPT-2's byte characters.
    virtual bool mapsBytes() const { return false; }
};

// Builds the pre-tokenizer described by a tokenizer.json "pre_tokenizer" node (null: none).
std::unique_ptr<PreTokenizer> makePreTokenizer(const nlohmann::json &node);

} // namespace shoptuner::engine
