#include "engine/tokenizer/byte_level.h"

#include "shoptuner/utf8.h"

#include <unordered_map>
#include <vector>

namespace shoptuner::engine::bytelevel {
namespace {

std::string utf8(std::uint32_t cp)
{
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

struct Tables
{
    std::array<std::string, 256> byteToChar;
    std::unordered_map<std::string, std::uint8_t> charToByte;

    Tables()
    {
        // Printable Latin-1 bytes map to themselves; the rest to 256, 257, ... in byte order.
        std::uint32_t next = 256;
        for (std::uint32_t b = 0; b < 256; ++b) {
            const bool printable = (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            byteToChar[b] = utf8(printable ? b : next++);
            charToByte[byteToChar[b]] = static_cast<std::uint8_t>(b);
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

std::size_t codePointLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E)
        return 4;
    return 1;
}

} // namespace

const std::string &charForByte(std::uint8_t b)
{
    return tables().byteToChar[b];
}

std::string encode(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size() * 2);
    for (unsigned char c : raw)
        out += tables().byteToChar[c];
    return out;
}

std::string decode(std::string_view mapped)
{
    std::string out;
    out.reserve(mapped.size());
    std::vector<std::string_view> cps;
    splitCodePoints(mapped, cps);
    for (std::string_view cp : cps) {
        const auto it = tables().charToByte.find(std::string(cp));
        if (it != tables().charToByte.end())
            out += static_cast<char>(it->second);
        else
            out += cp;
    }
    return out;
}

std::string toValidUtf8(std::string_view s)
{
    static const std::string replacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const Utf8Sequence sequence = utf8SequenceAt(s, i);
        if (sequence.kind == Utf8Sequence::Kind::Valid)
            out.append(s.substr(i, sequence.length));
        else
            out += replacement;
        i += sequence.length;
    }
    return out;
}

void splitCodePoints(std::string_view text, std::vector<std::string_view> &out)
{
    out.clear();
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = codePointLength(static_cast<unsigned char>(text[i]));
        if (i + len > text.size())
            len = 1;
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
                len = 1;
                break;
            }
        }
        out.push_back(text.substr(i, len));
        i += len;
    }
}

} // namespace shoptuner::engine::bytelevel
