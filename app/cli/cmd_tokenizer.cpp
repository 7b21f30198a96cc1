// Commands that need only the tokenizer files: tokenize, detokenize.
#include "command.h"
#include "io_util.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"
#include "engine/tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

int tokenize(const Args &args)
{
    const auto tokenizer = engine::loadTokenizer(args.require("model"));
    const engine::EncodeOptions options {.addSpecial = args.has("add-special"), .matchSpecial = !args.has("literal")};
    if (args.has("lines")) {
        engine::requireRegularFile(args.get("lines"));
        std::ifstream in(args.get("lines"));
        if (!in)
            throw UsageError("cannot read " + args.get("lines"));
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty())
                continue;
            json text;
            try {
                text = engine::parseJsonText(line, args.get("lines") + ":" + std::to_string(number));
            } catch (const engine::FormatError &) {
                throw UsageError(args.get("lines") + ":" + std::to_string(number) + ": not a JSON string");
            }
            if (!text.is_string())
                throw UsageError(args.get("lines") + ":" + std::to_string(number) + ": not a JSON string");
            std::cout << json(tokenizer->encode(text.get<std::string>(), options)).dump() << "\n";
        }
        std::cout.flush();
        return 0;
    }
    std::cout << json(tokenizer->encode(args.require("text"), options)).dump() << std::endl;
    return 0;
}

int detokenize(const Args &args)
{
    const auto tokenizer = engine::loadTokenizer(args.require("model"));
    const auto ids = parseIdList(args.require("ids"));
    for (engine::TokenId id : ids) {
        if (id >= tokenizer->vocabSize())
            throw UsageError("token id " + std::to_string(id) + " is outside the vocabulary (size "
                + std::to_string(tokenizer->vocabSize()) + ")");
    }
    const std::string text = tokenizer->decode(ids, args.has("skip-special"));
    if (args.has("json"))
        std::cout << json(text).dump(-1, ' ', false, json::error_handler_t::replace) << std::endl;
    else
        std::cout << text << std::endl;
    return 0;
}

} // namespace

void registerTokenizerCommands(CommandRegistry &registry)
{
    registry.add({"tokenize", "print token ids as a JSON array (needs only the tokenizer files)",
        {{"model", true, "model folder or tokenizer file"}, {"text", true, "text to tokenize"},
            {"lines", true, "file with one JSON-encoded string per line; prints one array per line"},
            {"add-special", false, "add what the tokenizer's post-processor adds (BOS...)"},
            {"literal", false, "do not match special tokens written in the text"}},
        tokenize});
    registry.add({"detokenize", "turn token ids back into text",
        {{"model", true, "model folder or tokenizer file"}, {"ids", true, "comma-separated token ids"},
            {"skip-special", false, "leave special tokens out"}, {"json", false, "print the text as a JSON string"}},
        detokenize});
}

} // namespace shoptuner::cli
