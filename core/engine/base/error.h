// Exceptions thrown by the engine: what went wrong, where, and a hint on what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace shoptuner::engine {

class EngineError : public std::runtime_error
{
public:
    explicit EngineError(const std::string &message, const std::string &hint = {})
        : std::runtime_error(hint.empty() ? message : message + " (hint: " + hint + ")")
        , m_hint(hint)
    { }
    const std::string &hint() const { return m_hint; }

private:
    std::string m_hint;
};

// A file that ShopTuner cannot read: malformed, truncated or of an unsupported kind.
class FormatError : public EngineError
{
public:
    using EngineError::EngineError;
};

// A model, tokenizer or option the engine does not support.
class UnsupportedError : public EngineError
{
public:
    using EngineError::EngineError;
};

} // namespace shoptuner::engine
