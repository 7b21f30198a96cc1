// Chat templates of the supported families (ChatML, Llama 3, Llama 2, Zephyr) and the plain
// eCeLLM instruction prompt for base models. Templates are rendered to ids directly: their
// markers become special ids, while message text is encoded with special-token matching off,
// so a review that contains "<|im_end|>" cannot close a turn.
#pragma once

#include "engine/tokenizer/tokenizer.h"
#include "engine/tokenizer/tokenizer_config.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct ChatMessage
{
    std::string role; // "system", "user" or "assistant"
    std::string content;
};

// One ECInstruct record's prompt fields.
struct InstructionPrompt
{
    std::string instruction;
    std::string input;
    std::string options; // empty: the prompt has no Options section
};

// Ids under construction: text runs are encoded literally, markers are looked up as tokens.
class PromptBuilder
{
public:
    explicit PromptBuilder(const Tokenizer &tokenizer);
    PromptBuilder &text(std::string_view text);
    PromptBuilder &marker(std::string_view token); // a special token by its text; throws when absent
    PromptBuilder &id(TokenId id);
    std::vector<TokenId> finish();

private:
    void flush();
    const Tokenizer &m_tokenizer;
    std::string m_pending;
    std::vector<TokenId> m_ids;
};

class ChatTemplate
{
public:
    virtual ~ChatTemplate() = default;
    virtual std::string name() const = 0;
    virtual std::vector<TokenId> render(
        const Tokenizer &tokenizer, std::span<const ChatMessage> messages, bool addGenerationPrompt) const = 0;
    // Token texts that end the assistant's turn (besides the tokenizer's EOS).
    virtual std::vector<std::string> stopTokens() const = 0;
    // The system message the template adds when a conversation has none (SmolLM2's ChatML).
    virtual std::string defaultSystem() const { return {}; }
};

// The eCeLLM/Alpaca instruction prompt text, ending with "### Response:\n".
std::string ecellmPromptText(const InstructionPrompt &prompt);

// Names accepted by makeChatTemplate: chatml, llama3, llama2, zephyr, ecellm.
std::vector<std::string> chatTemplateNames();
std::unique_ptr<ChatTemplate> makeChatTemplate(const std::string &name, const TokenizerConfig &config = {});
// Recognises the family from tokenizer_config.json's Jinja source; no template: "ecellm".
std::string detectChatTemplate(const TokenizerConfig &config);

} // namespace shoptuner::engine
