// One UTF-8 sequence checked as the Unicode standard defines well-formed UTF-8 (no overlong forms,
// no surrogates, nothing beyond U+10FFFF; the second byte's range depends on the first, Table 3-7).
// The tokenizer's decoder and the shop-file encoding sniffer both read bytes with it.
#pragma once

#include <cstddef>
#include <string_view>

namespace shoptuner {

struct Utf8Sequence
{
    enum class Kind { Valid, Invalid, Truncated };
    Kind kind = Kind::Valid;
    // Valid: the sequence's length. Invalid or Truncated: the bytes of its longest well-formed
    // start (at least 1), which one U+FFFD replaces ("maximal subpart", Unicode 3.9).
    std::size_t length = 1;
};

// The sequence that starts at text[i] (i < text.size()); Truncated when the text ends inside it.
inline Utf8Sequence utf8SequenceAt(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80)
        return {Utf8Sequence::Kind::Valid, 1};
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return {Utf8Sequence::Kind::Invalid, 1};
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size())
            return {Utf8Sequence::Kind::Truncated, k};
        const auto b = static_cast<unsigned char>(text[i + k]);
        if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
            return {Utf8Sequence::Kind::Invalid, k};
    }
    return {Utf8Sequence::Kind::Valid, length};
}

} // namespace shoptuner
