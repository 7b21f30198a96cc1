// A Unicode-aware regular expression (PCRE2 with UTF and UCP, JIT-compiled) for the
// pre-tokenizer patterns in tokenizer.json (\p{L}, \p{N}, lookahead, (?i:...)).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shoptuner::engine {

class UnicodeRegex
{
public:
    // Throws FormatError quoting the pattern and PCRE2's message when it does not compile.
    explicit UnicodeRegex(const std::string &pattern);
    ~UnicodeRegex();
    UnicodeRegex(UnicodeRegex &&) noexcept;
    UnicodeRegex &operator=(UnicodeRegex &&) noexcept;

    // All non-overlapping matches as (begin, end) byte offsets; empty matches are skipped.
    std::vector<std::pair<std::size_t, std::size_t>> findAll(std::string_view text) const;

    static std::string escape(std::string_view literal);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace shoptuner::engine
