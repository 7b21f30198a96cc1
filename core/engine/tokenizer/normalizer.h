// tokenizer.json normalizers applied before pre-tokenization (Sequence, Prepend, Replace,
// Unicode normal forms through ICU, Lowercase, Strip).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <string>

namespace shoptuner::engine {

class Normalizer
{
public:
    virtual ~Normalizer() = default;
    virtual std::string apply(std::string text) const = 0;
};

// Builds the normalizer described by a tokenizer.json "normalizer" node (null: none).
std::unique_ptr<Normalizer> makeNormalizer(const nlohmann::json &node);

} // namespace shoptuner::engine
