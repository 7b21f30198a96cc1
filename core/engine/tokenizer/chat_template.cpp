#include "engine/tokenizer/chat_template.h"

#include "engine/base/error.h"

#include <cstdio>
#include <ctime>
#include <regex>

namespace shoptuner::engine {

PromptBuilder::PromptBuilder(const Tokenizer &tokenizer)
    : m_tokenizer(tokenizer)
{ }

void PromptBuilder::flush()
{
    if (m_pending.empty())
        return;
    const auto ids = m_tokenizer.encode(m_pending, {.addSpecial = false, .matchSpecial = false});
    m_ids.insert(m_ids.end(), ids.begin(), ids.end());
    m_pending.clear();
}

PromptBuilder &PromptBuilder::text(std::string_view text)
{
    m_pending += text;
    return *this;
}

PromptBuilder &PromptBuilder::marker(std::string_view token)
{
    const auto id = m_tokenizer.tokenToId(token);
    if (!id)
        throw UnsupportedError("the tokenizer has no token " + std::string(token) + ", which this chat template needs",
            "choose the chat template that matches the model", ErrorCode::WrongChatTemplate);
    return this->id(*id);
}

PromptBuilder &PromptBuilder::id(TokenId id)
{
    flush();
    m_ids.push_back(id);
    return *this;
}

std::vector<TokenId> PromptBuilder::finish()
{
    flush();
    return std::move(m_ids);
}

std::string ecellmPromptText(const InstructionPrompt &p)
{
    std::string text = "Below is an instruction that describes a task, paired with an input that provides further "
                       "context. Write a response that appropriately completes the request.\n\n### Instruction:\n"
        + p.instruction + "\n\n### Input:\n" + p.input + "\n\n";
    if (!p.options.empty())
        text += "### Options:\n" + p.options + "\n\n";
    return text + "### Response:\n";
}

namespace {

std::string trimmed(const std::string &s)
{
    const char *ws = " \t\n\r";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// ChatML (SmolLM2-Instruct, Qwen2-Instruct): <|im_start|>role\ncontent<|im_end|>\n
class ChatMlTemplate : public ChatTemplate
{
public:
    explicit ChatMlTemplate(std::string defaultSystem)
        : m_defaultSystem(std::move(defaultSystem))
    { }
    std::string name() const override { return "chatml"; }
    std::vector<TokenId> render(
        const Tokenizer &tokenizer, std::span<const ChatMessage> messages, bool addGenerationPrompt) const override
    {
        PromptBuilder b(tokenizer);
        if (!m_defaultSystem.empty() && (messages.empty() || messages[0].role != "system"))
            b.marker("<|im_start|>").text("system\n" + m_defaultSystem).marker("<|im_end|>").text("\n");
        for (const ChatMessage &m : messages)
            b.marker("<|im_start|>").text(m.role + "\n" + m.content).marker("<|im_end|>").text("\n");
        if (addGenerationPrompt)
            b.marker("<|im_start|>").text("assistant\n");
        return b.finish();
    }
    std::vector<std::string> stopTokens() const override { return {"<|im_end|>"}; }
    std::string defaultSystem() const override { return m_defaultSystem; }

private:
    std::string m_defaultSystem;
};

// Llama 3.x: <|start_header_id|>role<|end_header_id|>\n\ncontent<|eot_id|>
class Llama3Template : public ChatTemplate
{
public:
    explicit Llama3Template(bool datedSystem)
        : m_datedSystem(datedSystem)
    { }
    std::string name() const override { return "llama3"; }
    std::vector<TokenId> render(
        const Tokenizer &tokenizer, std::span<const ChatMessage> messages, bool addGenerationPrompt) const override
    {
        PromptBuilder b(tokenizer);
        b.marker("<|begin_of_text|>");
        std::size_t first = 0;
        if (m_datedSystem) {
            // Llama 3.1/3.2 always open with a system turn that carries the dates.
            std::string system = "Cutting Knowledge Date: December 2023\nToday Date: " + today() + "\n\n";
            if (!messages.empty() && messages[0].role == "system") {
                system += trimmed(messages[0].content);
                first = 1;
            }
            header(b, "system").text(system).marker("<|eot_id|>");
        }
        for (std::size_t i = first; i < messages.size(); ++i)
            header(b, messages[i].role).text(trimmed(messages[i].content)).marker("<|eot_id|>");
        if (addGenerationPrompt)
            header(b, "assistant");
        return b.finish();
    }
    std::vector<std::string> stopTokens() const override { return {"<|eot_id|>", "<|end_of_text|>", "<|eom_id|>"}; }

private:
    static PromptBuilder &header(PromptBuilder &b, const std::string &role)
    {
        return b.marker("<|start_header_id|>").text(role).marker("<|end_header_id|>").text("\n\n");
    }
    static std::string today()
    {
        const std::time_t now = std::time(nullptr);
        std::tm tm {};
#ifdef _WIN32
        localtime_s(&tm, &now);
#else
        localtime_r(&now, &tm);
#endif
        // English month names whatever the locale (strftime's %b follows the GUI's setlocale).
        static const char *const kMonths[]
            = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%02d %s %d", tm.tm_mday, kMonths[tm.tm_mon % 12], 1900 + tm.tm_year);
        return buffer;
    }
    bool m_datedSystem;
};

// Llama 2 chat: <s>[INST] <<SYS>>\nsystem\n<</SYS>>\n\nuser [/INST] answer </s>
class Llama2Template : public ChatTemplate
{
public:
    std::string name() const override { return "llama2"; }
    std::vector<TokenId> render(const Tokenizer &tokenizer, std::span<const ChatMessage> messages,
        bool /*addGenerationPrompt: the [/INST] already asks for an answer*/) const override
    {
        PromptBuilder b(tokenizer);
        const TokenId bos = tokenizer.bosId().value_or(1);
        const TokenId eos = tokenizer.eosId().value_or(2);
        std::string system;
        std::size_t i = 0;
        if (!messages.empty() && messages[0].role == "system") {
            system = "<<SYS>>\n" + trimmed(messages[0].content) + "\n<</SYS>>\n\n";
            i = 1;
        }
        for (; i < messages.size(); ++i) {
            const ChatMessage &m = messages[i];
            if (m.role == "assistant") {
                b.text(" " + trimmed(m.content) + " ").id(eos);
            } else {
                b.id(bos).text("[INST] " + system + trimmed(m.content) + " [/INST]");
                system.clear();
            }
        }
        return b.finish();
    }
    std::vector<std::string> stopTokens() const override { return {"</s>"}; }
};

// Zephyr (TinyLlama-Chat): <|user|>\ncontent</s>\n<|assistant|>\n
class ZephyrTemplate : public ChatTemplate
{
public:
    std::string name() const override { return "zephyr"; }
    std::vector<TokenId> render(
        const Tokenizer &tokenizer, std::span<const ChatMessage> messages, bool addGenerationPrompt) const override
    {
        PromptBuilder b(tokenizer);
        const TokenId eos = tokenizer.eosId().value_or(2);
        for (const ChatMessage &m : messages)
            b.text("<|" + m.role + "|>\n" + m.content).id(eos).text("\n");
        if (addGenerationPrompt)
            b.text("<|assistant|>\n");
        return b.finish();
    }
    std::vector<std::string> stopTokens() const override { return {"</s>"}; }
};

// Base models: each user turn becomes an eCeLLM instruction prompt (no input, no options).
class EcellmTemplate : public ChatTemplate
{
public:
    std::string name() const override { return "ecellm"; }
    std::vector<TokenId> render(
        const Tokenizer &tokenizer, std::span<const ChatMessage> messages, bool addGenerationPrompt) const override
    {
        PromptBuilder b(tokenizer);
        if (const auto bos = tokenizer.encode("", {.addSpecial = true}); !bos.empty())
            b.id(bos.front());
        std::string pendingSystem;
        for (const ChatMessage &m : messages) {
            if (m.role == "system")
                pendingSystem = m.content + "\n\n";
            else if (m.role == "user")
                b.text(ecellmPromptText({pendingSystem + m.content, "", ""}));
            else
                b.text(m.content + "\n\n");
        }
        (void)addGenerationPrompt; // the prompt already ends with "### Response:\n"
        return b.finish();
    }
    std::vector<std::string> stopTokens() const override { return {"### Instruction:"}; }
};

std::string defaultChatMlSystem(const TokenizerConfig &config)
{
    if (!config.chatTemplate)
        return {};
    static const std::regex pattern(R"(<\|im_start\|>system\n([^<'"{}]+)<\|im_end\|>)");
    std::smatch match;
    if (std::regex_search(*config.chatTemplate, match, pattern))
        return match[1].str();
    return {};
}

} // namespace

std::vector<std::string> chatTemplateNames()
{
    return {"chatml", "llama3", "llama2", "zephyr", "ecellm"};
}

std::unique_ptr<ChatTemplate> makeChatTemplate(const std::string &name, const TokenizerConfig &config)
{
    if (name == "chatml")
        return std::make_unique<ChatMlTemplate>(defaultChatMlSystem(config));
    if (name == "llama3")
        return std::make_unique<Llama3Template>(
            config.chatTemplate && config.chatTemplate->find("Cutting Knowledge Date") != std::string::npos);
    if (name == "llama2")
        return std::make_unique<Llama2Template>();
    if (name == "zephyr")
        return std::make_unique<ZephyrTemplate>();
    if (name == "ecellm")
        return std::make_unique<EcellmTemplate>();
    throw UnsupportedError(
        "unknown chat template '" + name + "'", "choose one of chatml, llama3, llama2, zephyr, ecellm");
}

std::string detectChatTemplate(const TokenizerConfig &config)
{
    if (!config.chatTemplate)
        return "ecellm";
    const std::string &t = *config.chatTemplate;
    if (t.find("<|im_start|>") != std::string::npos)
        return "chatml";
    if (t.find("<|start_header_id|>") != std::string::npos)
        return "llama3";
    if (t.find("<|user|>") != std::string::npos)
        return "zephyr";
    if (t.find("[INST]") != std::string::npos)
        return "llama2";
    return "ecellm";
}

} // namespace shoptuner::engine
