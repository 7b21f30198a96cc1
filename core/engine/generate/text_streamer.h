// Turns generated ids into text pieces as they arrive: never splits a UTF-8 character, and
// holds back text that may be the start of a stop string, so stop strings never reach the user.
#pragma once

#include "engine/tokenizer/tokenizer.h"

#include <string>
#include <vector>

namespace shoptuner::engine {

class TextStreamer
{
public:
    TextStreamer(const Tokenizer &tokenizer, std::vector<std::string> stopStrings);

    // Adds one id; returns the text that is now safe to show (may be empty).
    std::string push(TokenId id);
    // True once the text contains a stop string; the text is cut before it.
    bool stopped() const { return m_stopped; }
    // Whatever was held back (call once generation has ended without a stop string).
    std::string flush();
    // The full text so far (cut at the stop string when one was hit).
    const std::string &text() const { return m_text; }

private:
    const Tokenizer &m_tokenizer;
    std::vector<std::string> m_stopStrings;
    std::vector<TokenId> m_ids;
    std::string m_text; // decoded, complete characters only
    std::size_t m_emitted = 0; // bytes of m_text already returned
    bool m_stopped = false;
};

} // namespace shoptuner::engine
