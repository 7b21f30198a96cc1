#include "engine/generate/text_streamer.h"

#include <algorithm>

namespace shoptuner::engine {
namespace {

// Length of `text` without a trailing incomplete UTF-8 sequence or replacement character.
std::size_t completeLength(const std::string &text)
{
    static const std::string replacement = "\xEF\xBF\xBD";
    if (text.size() >= 3 && text.compare(text.size() - 3, 3, replacement) == 0)
        return text.size() - 3; // byte-fallback pieces of a character still arriving
    std::size_t i = text.size();
    std::size_t continuation = 0;
    while (i > 0 && (static_cast<unsigned char>(text[i - 1]) & 0xC0) == 0x80 && continuation < 3) {
        --i;
        ++continuation;
    }
    if (i == 0)
        return text.size();
    const auto lead = static_cast<unsigned char>(text[i - 1]);
    const std::size_t need = lead < 0x80 ? 0
        : (lead >> 5) == 0x6             ? 1
        : (lead >> 4) == 0xE             ? 2
        : (lead >> 3) == 0x1E            ? 3
                                         : 0;
    if (lead >= 0xC0 && continuation < need)
        return i - 1;
    return text.size();
}

} // namespace

TextStreamer::TextStreamer(const Tokenizer &tokenizer, std::vector<std::string> stopStrings)
    : m_tokenizer(tokenizer)
    , m_stopStrings(std::move(stopStrings))
{
    std::erase_if(m_stopStrings, [](const std::string &s) { return s.empty(); });
}

std::string TextStreamer::push(TokenId id)
{
    if (m_stopped)
        return {};
    m_ids.push_back(id);
    const std::string decoded = m_tokenizer.decode(m_ids, true);
    m_text = decoded.substr(0, completeLength(decoded));
    for (const std::string &stop : m_stopStrings) {
        const auto at = m_text.find(stop, m_emitted > stop.size() ? m_emitted - stop.size() : 0);
        if (at != std::string::npos) {
            m_text.resize(at);
            m_stopped = true;
        }
    }
    if (m_stopped) {
        std::string out = m_text.size() > m_emitted ? m_text.substr(m_emitted) : std::string();
        m_emitted = m_text.size();
        return out;
    }
    // Hold back the longest tail that could still grow into a stop string.
    std::size_t safe = m_text.size();
    for (const std::string &stop : m_stopStrings) {
        for (std::size_t len = std::min(stop.size() - 1, m_text.size()); len > 0; --len) {
            if (m_text.compare(m_text.size() - len, len, stop, 0, len) == 0) {
                safe = std::min(safe, m_text.size() - len);
                break;
            }
        }
    }
    if (safe <= m_emitted)
        return {};
    std::string out = m_text.substr(m_emitted, safe - m_emitted);
    m_emitted = safe;
    return out;
}

std::string TextStreamer::flush()
{
    std::string out = m_text.size() > m_emitted ? m_text.substr(m_emitted) : std::string();
    m_emitted = m_text.size();
    return out;
}

} // namespace shoptuner::engine
