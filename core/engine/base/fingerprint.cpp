#include "engine/base/fingerprint.h"

#include "engine/formats/safetensors.h"

#include <algorithm>
#include <cstdio>

namespace shoptuner::engine {

void Fnv1a64::add(std::string_view bytes)
{
    for (const char c : bytes) {
        m_hash ^= static_cast<unsigned char>(c);
        m_hash *= 0x100000001b3ULL;
    }
}

void Fnv1a64::add(std::int64_t value)
{
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xff);
    add(std::string_view(bytes, 8));
}

std::string Fnv1a64::hex() const
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(m_hash));
    return text;
}

std::string modelWeightsFingerprint(const std::filesystem::path &modelDir)
{
    constexpr std::size_t kSample = 256;
    const Checkpoint checkpoint = Checkpoint::openFolder(modelDir);
    std::vector<const TensorView *> tensors = checkpoint.tensors();
    std::sort(
        tensors.begin(), tensors.end(), [](const TensorView *a, const TensorView *b) { return a->name < b->name; });
    Fnv1a64 hash;
    for (const TensorView *t : tensors) {
        hash.addField(t->name);
        hash.add(static_cast<std::int64_t>(t->dtype));
        for (const std::int64_t d : t->shape)
            hash.add(d);
        const auto sample = [&](std::size_t offset) {
            const std::size_t n = std::min(kSample, t->byteSize - offset);
            hash.add(std::string_view(reinterpret_cast<const char *>(t->data + offset), n));
        };
        sample(0);
        if (t->byteSize > 3 * kSample) {
            sample(t->byteSize / 2);
            sample(t->byteSize - kSample);
        }
    }
    return hash.hex();
}

} // namespace shoptuner::engine
