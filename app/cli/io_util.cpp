#include "io_util.h"

#include "engine/base/atomic_file.h"

#include <cstdlib>
#include <filesystem>

namespace shoptuner::cli {

namespace {

// The engine's hints name settings in words; this says which of the CLI's options they are.
std::string_view flagsFor(engine::ErrorCode code)
{
    switch (code) {
    case engine::ErrorCode::ExamplesTooLong:
        return "--max-length sets it";
    case engine::ErrorCode::NoCheckpoint:
        return "leave out --resume";
    case engine::ErrorCode::TrainingDiverged:
        return "--lr sets it; --resume continues from the last checkpoint";
    case engine::ErrorCode::OutOfMemory:
        return "--micro-batch and --max-length set them";
    case engine::ErrorCode::NeedsGpu:
        return "--device cuda chooses one";
    case engine::ErrorCode::WrongChatTemplate:
        return "--template chooses it";
    case engine::ErrorCode::NoTokenizer:
        return "--tokenizer gives it";
    case engine::ErrorCode::BadRankingLabels:
        return "--qpr-labels gives them";
    case engine::ErrorCode::General:
        break;
    }
    return {};
}

} // namespace

std::string describeEngineError(const engine::EngineError &e)
{
    const std::string_view flags = flagsFor(e.code());
    if (flags.empty())
        return e.what();
    std::string text = e.message() + " (hint: ";
    if (!e.hint().empty())
        text += e.hint() + "; ";
    return text + std::string(flags) + ")";
}

void refuseExistingOutput(const Args &args, const std::string &path)
{
    std::error_code ec;
    const std::filesystem::path p(path);
    const bool taken = std::filesystem::is_directory(p, ec)
        ? !std::filesystem::is_empty(p, ec)
        : std::filesystem::exists(std::filesystem::symlink_status(p, ec));
    if (taken && !args.has("overwrite"))
        throw UsageError(path + " already exists; choose another name, or give --overwrite to replace it");
}

void writeOutputFile(const Args &args, const std::string &path, const std::string &text)
{
    refuseExistingOutput(args, path);
    engine::writeFileAtomically(path, text);
}

OptionSpec overwriteOption()
{
    return {"overwrite", false, "replace the output if it exists (without it, existing files are never replaced)"};
}

std::vector<engine::TokenId> parseIdList(const std::string &text)
{
    std::vector<engine::TokenId> ids;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, end - start);
        char *stop = nullptr;
        const long v = std::strtol(item.c_str(), &stop, 10);
        if (item.empty() || *stop != '\0' || v < 0 || v > INT32_MAX)
            throw UsageError("'" + item + "' is not a token id (expected comma-separated whole numbers)");
        ids.push_back(static_cast<engine::TokenId>(v));
        start = end + 1;
    }
    return ids;
}

} // namespace shoptuner::cli
