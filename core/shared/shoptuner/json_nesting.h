// How deeply a JSON text nests, measured before it is parsed. The parsers and the code that
// walks their results recurse, so a hostile file nested 100,000 levels deep would overflow the
// stack; every JSON reader in the project checks this first (header-only: core/data uses it too).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace shoptuner {

// Deeper than any real tokenizer.json, config or shop export (they nest fewer than 20 levels).
inline constexpr int kMaxJsonNesting = 200;

// The byte offset of the bracket that opens level maxDepth + 1, or nothing when the text stays
// within maxDepth levels. Brackets inside strings do not count.
inline std::optional<std::size_t> jsonNestingExceeded(std::string_view text, int maxDepth = kMaxJsonNesting)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace shoptuner
