// GPT-2's reversible byte <-> printable-character mapping used by byte-level BPE.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shoptuner::engine::bytelevel {

// The UTF-8 text of the character that stands for byte b.
const std::string &charForByte(std::uint8_t b);
// Maps every byte of `raw` to its character.
std::string encode(std::string_view raw);
// Reverses encode(); characters outside the mapping are copied through unchanged.
std::string decode(std::string_view mapped);

// Replaces every invalid UTF-8 sequence by U+FFFD, one per maximal invalid subpart (as Rust's
// String::from_utf8_lossy does, which Hugging Face's decoders use).
std::string toValidUtf8(std::string_view bytes);

// Splits UTF-8 text into code points (as UTF-8 substrings); invalid bytes become single-byte pieces.
void splitCodePoints(std::string_view text, std::vector<std::string_view> &out);

} // namespace shoptuner::engine::bytelevel
