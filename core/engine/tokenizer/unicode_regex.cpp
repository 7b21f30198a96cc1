#include "engine/tokenizer/unicode_regex.h"

#include "engine/base/error.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace shoptuner::engine {

struct UnicodeRegex::Impl
{
    pcre2_code *code = nullptr;
    std::string pattern;
    ~Impl()
    {
        if (code)
            pcre2_code_free(code);
    }
};

UnicodeRegex::UnicodeRegex(const std::string &pattern)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->pattern = pattern;
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    // MATCH_INVALID_UTF: text with broken UTF-8 is matched, not rejected.
    m_impl->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
        PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &errorCode, &errorOffset, nullptr);
    if (!m_impl->code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(errorCode, message, sizeof message);
        throw FormatError("pre-tokenizer pattern '" + pattern + "' does not compile at offset "
                + std::to_string(errorOffset) + ": " + reinterpret_cast<const char *>(message),
            "the tokenizer.json may use a regex feature PCRE2 lacks");
    }
    pcre2_jit_compile(m_impl->code, PCRE2_JIT_COMPLETE); // best effort: falls back to the interpreter
}

UnicodeRegex::~UnicodeRegex() = default;
UnicodeRegex::UnicodeRegex(UnicodeRegex &&) noexcept = default;
UnicodeRegex &UnicodeRegex::operator=(UnicodeRegex &&) noexcept = default;

std::vector<std::pair<std::size_t, std::size_t>> UnicodeRegex::findAll(std::string_view text) const
{
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    pcre2_match_data *data = pcre2_match_data_create_from_pattern(m_impl->code, nullptr);
    std::size_t offset = 0;
    while (offset <= text.size()) {
        const int rc = pcre2_match(
            m_impl->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), offset, 0, data, nullptr);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0) {
            pcre2_match_data_free(data);
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(rc, message, sizeof message);
            throw EngineError("pre-tokenizer pattern '" + m_impl->pattern
                + "' failed to match: " + reinterpret_cast<const char *>(message));
        }
        const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(data);
        const std::size_t begin = ovector[0];
        const std::size_t end = ovector[1];
        if (end > begin) {
            matches.emplace_back(begin, end);
            offset = end;
        } else {
            // Empty match: step over one code point.
            offset = begin + 1;
            while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
                ++offset;
        }
    }
    pcre2_match_data_free(data);
    return matches;
}

std::string UnicodeRegex::escape(std::string_view literal)
{
    std::string out = "\\Q";
    for (std::size_t i = 0; i < literal.size(); ++i) {
        if (literal.substr(i, 2) == "\\E") {
            out += "\\E\\\\E\\Q";
            ++i;
        } else
            out += literal[i];
    }
    return out + "\\E";
}

} // namespace shoptuner::engine
