// Exceptions thrown by the engine: what went wrong, where, and a hint on what to do.
//
// The hint names the setting in words ("use a smaller micro-batch"), never a command-line flag:
// the same error reaches a shop owner in the app and a script through the CLI. Errors a reader
// can act on carry a code; the CLI maps codes to its flags (app/cli/main.cpp) and the jobs map
// them to plain words in the user's language (core/project/jobs/job.cpp).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace shoptuner::engine {

enum class ErrorCode {
    General, // no specific advice beyond the message and hint
    ExamplesTooLong, // every training example is longer than the maximum length
    NoCheckpoint, // resuming a run that has no checkpoint
    TrainingDiverged, // the loss became NaN or infinite: the learning rate is too high
    OutOfMemory, // training ran out of memory: micro-batch or maximum length too large
    NeedsGpu, // the requested work needs a CUDA device
    WrongChatTemplate, // the chosen chat template does not match the model's tokenizer
    NoTokenizer, // a model was asked for without a tokenizer to build it on
    BadRankingLabels, // query-product ranking labels that are not lists of E/S/C/I
};

// A stable name for programs and logs: "train.out_of_memory".
constexpr std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::General:
        return "engine.error";
    case ErrorCode::ExamplesTooLong:
        return "train.examples_too_long";
    case ErrorCode::NoCheckpoint:
        return "train.no_checkpoint";
    case ErrorCode::TrainingDiverged:
        return "train.diverged";
    case ErrorCode::OutOfMemory:
        return "train.out_of_memory";
    case ErrorCode::NeedsGpu:
        return "device.needs_gpu";
    case ErrorCode::WrongChatTemplate:
        return "model.wrong_chat_template";
    case ErrorCode::NoTokenizer:
        return "model.no_tokenizer";
    case ErrorCode::BadRankingLabels:
        return "eval.bad_ranking_labels";
    }
    return "engine.error";
}

class EngineError : public std::runtime_error
{
public:
    explicit EngineError(const std::string &message, const std::string &hint = {}, ErrorCode code = ErrorCode::General)
        : std::runtime_error(hint.empty() ? message : message + " (hint: " + hint + ")")
        , m_message(message)
        , m_hint(hint)
        , m_code(code)
    { }
    const std::string &message() const { return m_message; } // without the hint
    const std::string &hint() const { return m_hint; }
    ErrorCode code() const { return m_code; }

private:
    std::string m_message;
    std::string m_hint;
    ErrorCode m_code;
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
