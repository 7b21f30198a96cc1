// Short, stable fingerprints of what a training run started from, so a resumed run can tell
// whether the base model or the data changed underneath it (FNV-1a, 64 bits: a change detector,
// not a security measure).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace shoptuner::engine {

class Fnv1a64
{
public:
    void add(std::string_view bytes);
    void add(std::int64_t value);
    // Separates fields so that ("ab", "c") and ("a", "bc") hash differently.
    void addField(std::string_view bytes)
    {
        add(static_cast<std::int64_t>(bytes.size()));
        add(bytes);
    }
    std::uint64_t value() const { return m_hash; }
    std::string hex() const;

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

// The model folder's weights: every tensor's name, type and shape, and samples of its bytes from
// the start, middle and end, so two models of the same shape differ. Reads a few KB per tensor.
std::string modelWeightsFingerprint(const std::filesystem::path &modelDir);

} // namespace shoptuner::engine
