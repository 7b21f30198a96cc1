// ECInstruct-style instruction records and where training reads them from (JSON lines now;
// the project file later), turned into token ids with the loss on the response only.
#pragma once

#include "engine/tokenizer/chat_template.h"
#include "engine/tokenizer/tokenizer.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct InstructionRecord
{
    std::string task;
    std::string setting; // IND or OOD
    std::string split; // train, val, test
    std::string instruction;
    std::string input;
    std::string options; // may be empty
    std::string output;
};

class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual std::vector<InstructionRecord> records() const = 0;
    virtual std::string describe() const = 0;
};

// ECInstruct JSON lines: one object per line with task, setting, split, instruction, input,
// options (string, list or null) and output. Errors name the file, line and field.
class JsonlRecordSource : public RecordSource
{
public:
    explicit JsonlRecordSource(std::filesystem::path path);
    std::vector<InstructionRecord> records() const override;
    std::string describe() const override { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

// One tokenized example: ids and labels of equal length; labels are -100 where no loss is taken.
struct TrainingExample
{
    std::vector<TokenId> ids;
    std::vector<TokenId> labels;
    bool truncated = false;
};

inline constexpr TokenId kIgnoreLabel = -100;

// The prompt exactly as training and evaluation build it: the eCeLLM prompt for base models, or
// the same text as the user's message in the chat template of instruct models.
std::vector<TokenId> instructionPromptIds(
    const InstructionRecord &record, const Tokenizer &tokenizer, const ChatTemplate &chat);

// Prompt + response + end-of-turn id, cut to maxLength (from the end of the response).
TrainingExample makeTrainingExample(const InstructionRecord &record, const Tokenizer &tokenizer,
    const ChatTemplate &chat, TokenId endId, std::int64_t maxLength);

} // namespace shoptuner::engine
