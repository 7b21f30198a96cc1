#include "engine/train/instruction_data.h"

#include "engine/base/error.h"
#include "engine/base/input_file.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

std::string field(const json &j, const char *name, bool required, const std::string &where)
{
    if (!j.contains(name) || j[name].is_null()) {
        if (required)
            throw FormatError(where + ": missing field '" + name + "'",
                "each line needs instruction, input and output (ECInstruct format)");
        return {};
    }
    const json &v = j[name];
    if (v.is_string())
        return v.get<std::string>();
    if (std::string(name) == "options" && v.is_array()) {
        // The eCeLLM prompt shows options as Python's json.dumps writes the list.
        std::string joined = "[";
        for (const json &o : v) {
            if (!o.is_string())
                throw FormatError(where + ": 'options' must hold strings");
            joined += (joined.size() > 1 ? ", " : "") + o.dump(-1, ' ', true);
        }
        return joined + "]";
    }
    throw FormatError(where + ": field '" + name + "' must be a string");
}

} // namespace

JsonlRecordSource::JsonlRecordSource(std::filesystem::path path)
    : m_path(std::move(path))
{ }

std::vector<InstructionRecord> JsonlRecordSource::records() const
{
    requireRegularFile(m_path);
    std::ifstream in(m_path);
    if (!in)
        throw EngineError(m_path.string() + ": cannot read", "check the path of the training data");
    std::vector<InstructionRecord> out;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const std::string where = m_path.string() + ":" + std::to_string(number);
        const json j = parseJsonText(line, where);
        if (!j.is_object())
            throw FormatError(where + ": not a JSON object");
        InstructionRecord r;
        r.task = field(j, "task", false, where);
        r.setting = field(j, "setting", false, where);
        r.split = field(j, "split", false, where);
        r.instruction = field(j, "instruction", true, where);
        r.input = field(j, "input", true, where);
        r.options = field(j, "options", false, where);
        r.output = field(j, "output", true, where);
        if (r.split.empty())
            r.split = "train";
        out.push_back(std::move(r));
    }
    if (out.empty())
        throw FormatError(m_path.string() + ": no records", "the file needs one JSON object per line");
    return out;
}

std::vector<TokenId> instructionPromptIds(
    const InstructionRecord &record, const Tokenizer &tokenizer, const ChatTemplate &chat)
{
    const std::string prompt = ecellmPromptText({record.instruction, record.input, record.options});
    if (chat.name() == "ecellm") {
        PromptBuilder b(tokenizer);
        if (const auto bos = tokenizer.encode("", {.addSpecial = true}); !bos.empty())
            b.id(bos.front());
        return b.text(prompt).finish();
    }
    return chat.render(tokenizer, std::vector<ChatMessage> {{"user", prompt}}, true);
}

TrainingExample makeTrainingExample(const InstructionRecord &record, const Tokenizer &tokenizer,
    const ChatTemplate &chat, TokenId endId, std::int64_t maxLength)
{
    TrainingExample ex;
    ex.ids = instructionPromptIds(record, tokenizer, chat);
    ex.labels.assign(ex.ids.size(), kIgnoreLabel);
    std::vector<TokenId> response = tokenizer.encode(record.output, {.addSpecial = false, .matchSpecial = false});
    response.push_back(endId);
    ex.ids.insert(ex.ids.end(), response.begin(), response.end());
    ex.labels.insert(ex.labels.end(), response.begin(), response.end());
    if (static_cast<std::int64_t>(ex.ids.size()) > maxLength) {
        ex.ids.resize(static_cast<std::size_t>(maxLength));
        ex.labels.resize(static_cast<std::size_t>(maxLength));
        ex.truncated = true;
    }
    return ex;
}

} // namespace shoptuner::engine
