#include "engine/formats/model_export.h"

#include "engine/base/atomic_file.h"
#include "engine/base/error.h"
#include "engine/formats/gguf_export.h"
#include "engine/model/language_model.h"
#include "engine/model/model_config.h"
#include "engine/tokenizer/chat_template.h"
#include "engine/tokenizer/tokenizer_config.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

namespace shoptuner::engine {
namespace fs = std::filesystem;

namespace {

constexpr const char *kStagingPrefix = ".shoptuner-export-";

// A folder (or file) being made beside its final name, removed unless it was put in place.
class Staging
{
public:
    explicit Staging(const fs::path &final)
        : m_final(final)
    {
        const fs::path folder = fs::absolute(final).parent_path();
        removeStaleTemporaries(folder, kStagingPrefix); // what a killed export left behind
        m_path = folder / (temporaryName(kStagingPrefix) + "-" + final.filename().string());
    }
    ~Staging()
    {
        std::error_code ec;
        if (!m_done)
            fs::remove_all(m_path, ec);
    }
    const fs::path &path() const { return m_path; }
    void commit()
    {
        fs::rename(m_path, m_final);
        m_done = true;
    }

private:
    fs::path m_final;
    fs::path m_path;
    bool m_done = false;
};

void refuseExisting(const fs::path &out)
{
    if (fs::exists(out))
        throw EngineError(out.string() + " exists already", "choose a new name; ShopTuner never overwrites an export");
    if (!out.parent_path().empty() && !fs::is_directory(fs::absolute(out).parent_path()))
        throw EngineError("the folder " + fs::absolute(out).parent_path().string() + " does not exist");
}

// A name the user chose goes into file and folder names: it must stay one name, never a path
// ("../victim" or "/etc/x" would write outside the chosen folder).
std::string checkedName(const std::string &name)
{
    const auto bad = [&](const std::string &why) {
        return EngineError("the name \"" + name + "\" cannot be used: " + why,
            "choose a plain name such as my-shop-model (letters, digits, '-', '_' and '.')");
    };
    if (name == "." || name == ".." || name.find_first_not_of(" .") == std::string::npos)
        throw bad("it is not a name");
    if (name.size() > 120)
        throw bad("it is longer than 120 characters");
    for (const unsigned char c : name) {
        if (c == '/' || c == '\\')
            throw bad("it contains a path separator, and an export name must not lead into other folders");
        if (c < 0x20 || c == 0x7f || std::string_view("<>:\"|?*").find(char(c)) != std::string_view::npos)
            throw bad("it contains a character that file names cannot hold on every system");
    }
    return name;
}

std::string defaultName(const ExportRequest &r)
{
    if (!r.name.empty())
        return checkedName(r.name);
    const auto folderName = [](const fs::path &p) {
        // A training run's adapter ("run-3/best"): the run's folder.
        const std::string name = modelFolderName(p);
        if (name == "best" || name == "final" || name == "adapter")
            return modelFolderName(fs::absolute(p).lexically_normal().parent_path());
        return name;
    };
    std::string name = folderName(r.model);
    if (!r.adapter.empty())
        name += "-" + folderName(r.adapter);
    std::replace_if(
        name.begin(), name.end(), [](char c) { return c == ' ' || c == '/' || c == ':'; }, '-');
    return name;
}

void step(const ExportRequest &r, const std::string &stage, double fraction)
{
    if (r.cancel && r.cancel->load())
        throw CancelledExport();
    if (r.progress)
        r.progress(stage, fraction);
}

// Base + adapter written as one F32 folder (the source of GGUF exports of a trained model).
fs::path mergeInto(const ExportRequest &r, const fs::path &dir)
{
    LoadOptions options;
    options.dtype = "f32";
    options.adapter = r.adapter.string();
    options.threads = r.threads;
    options.requireTokenizer = false;
    step(r, "Merging the adapter into the model", 0.05);
    LanguageModel::load(r.model, options)->saveMerged(dir, "f32");
    return dir;
}

GgufExportReport writeGguf(
    const ExportRequest &r, const fs::path &source, const fs::path &file, const std::string &name)
{
    GgufExportOptions options;
    options.type = r.ggufType;
    options.name = name;
    options.progress = [&r](std::size_t done, std::size_t total) {
        step(r, "Writing the GGUF file", 0.2 + 0.6 * double(done) / double(total));
    };
    GgufExportReport report = exportGguf(source, file, options);
    step(r, "Checked every tensor", 0.95);
    return report;
}

std::vector<std::string> ggufLines(const GgufExportReport &g)
{
    std::string types;
    for (const auto &t : g.typesUsed)
        types += (types.empty() ? "" : ", ") + t;
    char worst[64];
    std::snprintf(worst, sizeof worst, "%.3g", g.check.worstError);
    return {"every one of " + std::to_string(g.check.tensors) + " tensors read back from the file and compared with "
            + "the model (" + types + "; largest difference " + worst + ", within the rounding of its type)",
        g.tokenizerModel == "llama" ? "the vocabulary (" + std::to_string(g.check.tokens)
                + " pieces), scores and token types identical to " + "tokenizer.model"
                                    : "the vocabulary (" + std::to_string(g.check.tokens) + " tokens) and "
                + std::to_string(g.check.merges) + " merges identical to tokenizer.json"};
}

std::vector<TokenId> promptIds(const LanguageModel &model, const std::string &prompt)
{
    const ChatTemplate &chat = model.chatTemplate();
    if (chat.name() == "ecellm") {
        std::vector<TokenId> ids = model.tokenizer().encode("", {.addSpecial = true});
        const auto text = model.tokenizer().encode(prompt, {.addSpecial = false, .matchSpecial = false});
        ids.insert(ids.end(), text.begin(), text.end());
        return ids;
    }
    const std::vector<ChatMessage> messages = {{"user", prompt}};
    return chat.render(model.tokenizer(), messages, true);
}

std::vector<std::string> checkPromptsOf(const ExportRequest &r)
{
    if (!r.checkPrompts.empty())
        return r.checkPrompts;
    return {"Is this review positive or negative? \"The mug arrived chipped.\"",
        "Which colour is the product? Linen tea towel, sage green, 50 x 70 cm",
        "Does the cotton duvet cover fit a king-size bed?"};
}

// The exported folder runs the prompts as the model in the app does; `exact`: the logits must be
// bit-identical (an adapter copied as it is), else the greedy answers must agree (a merge in
// lower precision may round a near tie differently; that is reported, not hidden).
std::vector<std::string> compareOnPrompts(const ExportRequest &r, const LanguageModel &original,
    const LanguageModel &exported, bool exact, const std::string &what)
{
    const std::vector<std::string> prompts = checkPromptsOf(r);
    double worst = 0;
    int sameAnswers = 0;
    GenerationParams greedy;
    greedy.maxNewTokens = 12;
    greedy.sampling.temperature = 0;
    for (std::size_t p = 0; p < prompts.size(); ++p) {
        step(r, "Running test prompts through " + what, 0.85 + 0.1 * double(p) / double(prompts.size()));
        const std::vector<TokenId> ids = promptIds(original, prompts[p]);
        const std::vector<float> a = original.logits(ids), b = exported.logits(ids);
        for (std::size_t k = 0; k < a.size(); ++k)
            worst = std::max(worst, double(std::fabs(a[k] - b[k])));
        if (exact && a != b)
            throw EngineError(
                what + " gives other logits than the model in the app on test prompt " + std::to_string(p + 1),
                "the export was removed; please report this");
        const std::string answerA = original.generate(ids, greedy).text;
        const std::string answerB = exported.generate(ids, greedy).text;
        if (answerA != answerB)
            throw EngineError(what + " answers test prompt " + std::to_string(p + 1) + " differently (\"" + answerB
                    + "\" instead of \"" + answerA + "\")",
                "the export was removed; try the f32 type, or report this");
        ++sameAnswers;
    }
    char diff[64];
    std::snprintf(diff, sizeof diff, "%.3g", worst);
    return {std::to_string(sameAnswers) + " test prompts answered identically by " + what
        + " and by the model in the app (largest logit difference " + diff + ")"};
}

std::string writeModelCard(const ExportRequest &r, const std::string &name)
{
    if (!r.modelCard.empty())
        return r.modelCard;
    return "# " + name + "\n\nA LoRA adapter trained with ShopTuner.\n\n- Base model: `" + r.model.string()
        + "`\n- Load it with PEFT: `PeftModel.from_pretrained(base, \"" + name + "\")`\n";
}

} // namespace

ExportFormat parseExportFormat(const std::string &name)
{
    if (name == "gguf")
        return ExportFormat::Gguf;
    if (name == "ollama")
        return ExportFormat::Ollama;
    if (name == "lmstudio")
        return ExportFormat::LmStudio;
    if (name == "merged")
        return ExportFormat::Merged;
    if (name == "peft")
        return ExportFormat::Peft;
    throw UnsupportedError("unknown export format '" + name + "'", "use gguf, ollama, lmstudio, merged or peft");
}

std::string exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gguf:
        return "gguf";
    case ExportFormat::Ollama:
        return "ollama";
    case ExportFormat::LmStudio:
        return "lmstudio";
    case ExportFormat::Merged:
        return "merged";
    case ExportFormat::Peft:
        return "peft";
    }
    return "gguf";
}

std::string ollamaTemplate(const std::string &family)
{
    if (family == "chatml")
        return "{{- if .System }}<|im_start|>system\n{{ .System }}<|im_end|>\n{{ end }}"
               "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}"
               "<|im_start|>assistant\n";
    if (family == "llama3")
        return "{{- if .System }}<|start_header_id|>system<|end_header_id|>\n\n{{ .System }}<|eot_id|>{{ end }}"
               "{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>\n\n{{ .Content }}<|eot_id|>"
               "{{ end }}<|start_header_id|>assistant<|end_header_id|>\n\n";
    if (family == "llama2")
        return "{{- range $i, $_ := .Messages }}{{- if eq .Role \"user\" }}[INST] "
               "{{ if and (eq $i 0) $.System }}<<SYS>>\n{{ $.System }}\n<</SYS>>\n\n{{ end }}{{ .Content }} [/INST]"
               "{{- else if eq .Role \"assistant\" }} {{ .Content }}</s>{{- end }}{{- end }}";
    if (family == "zephyr")
        return "{{- if .System }}<|system|>\n{{ .System }}</s>\n{{ end }}"
               "{{- range .Messages }}<|{{ .Role }}|>\n{{ .Content }}</s>\n{{ end }}<|assistant|>\n";
    // A base model trained on eCeLLM's instruction prompt: the message is the whole prompt.
    return "{{ .Prompt }}";
}

std::string ollamaModelfile(const std::string &ggufFile, const std::string &family,
    const std::vector<std::string> &stops, const std::string &system)
{
    // Modelfile strings in triple quotes may hold anything but a triple quote.
    const auto quoted = [](std::string s) {
        for (std::size_t at; (at = s.find("\"\"\"")) != std::string::npos;)
            s.replace(at, 3, "\"\" \"");
        return "\"\"\"" + s + "\"\"\"";
    };
    std::string text = "# Made by ShopTuner. Create the model with:  ollama create <name> -f Modelfile\n";
    text += "FROM ./" + ggufFile + "\n";
    text += "TEMPLATE " + quoted(ollamaTemplate(family)) + "\n";
    if (!system.empty())
        text += "SYSTEM " + quoted(system) + "\n";
    for (const std::string &s : stops)
        text += "PARAMETER stop " + nlohmann::json(s).dump() + "\n";
    text += "PARAMETER temperature 0\n"; // answers as in the evaluation (greedy)
    return text;
}

namespace {

// One GGUF file, the adapter merged in.
ExportResult exportGgufFile(const ExportRequest &r, const std::string &name)
{
    ExportResult result;
    refuseExisting(r.out);
    Staging merged(r.out.string() + ".merged");
    const fs::path source = r.adapter.empty() ? r.model : mergeInto(r, merged.path());
    const GgufExportReport g = writeGguf(r, source, r.out, name);
    result.files = {r.out};
    result.verified = ggufLines(g);
    return result;
}

// A GGUF file where LM Studio looks for models.
ExportResult exportForLmStudio(const ExportRequest &r, const std::string &name)
{
    ExportResult result;
    const fs::path dir = r.out / "shoptuner" / (name + "-GGUF");
    std::string type = gguf::typeName(r.ggufType);
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
    const fs::path file = dir / (name + "-" + type + ".gguf");
    if (fs::exists(file))
        throw EngineError(
            file.string() + " exists already", "choose another name or delete the old export in LM Studio");
    fs::create_directories(dir);
    Staging merged(file.string() + ".merged");
    const fs::path source = r.adapter.empty() ? r.model : mergeInto(r, merged.path());
    const GgufExportReport g = writeGguf(r, source, file, name);
    result.files = {file};
    result.verified = ggufLines(g);
    result.verified.push_back("placed where LM Studio looks for models (" + dir.string() + ")");
    return result;
}

// A folder with the GGUF file and a Modelfile with the chat template and its stop tokens.
ExportResult exportForOllama(const ExportRequest &r, const std::string &name)
{
    ExportResult result;
    refuseExisting(r.out);
    Staging folder(r.out);
    fs::create_directories(folder.path());
    Staging merged(r.out.string() + ".merged");
    const fs::path source = r.adapter.empty() ? r.model : mergeInto(r, merged.path());
    const std::string ggufFile = name + ".gguf";
    const GgufExportReport g = writeGguf(r, source, folder.path() / ggufFile, name);
    const TokenizerConfig tc = loadTokenizerConfig(r.model);
    const std::string family = detectChatTemplate(tc);
    const auto chat = makeChatTemplate(family, tc);
    std::vector<std::string> stops = chat->stopTokens();
    if (tc.eosToken && std::find(stops.begin(), stops.end(), *tc.eosToken) == stops.end())
        stops.push_back(*tc.eosToken);
    writeFileAtomically(folder.path() / "Modelfile", ollamaModelfile(ggufFile, family, stops, chat->defaultSystem()));
    folder.commit();
    result.files = {r.out / "Modelfile", r.out / ggufFile};
    result.verified = ggufLines(g);
    result.verified.push_back("Modelfile with the " + family + " chat template, its stop tokens"
        + (chat->defaultSystem().empty() ? std::string() : " and the system prompt used in training"));
    return result;
}

// A Hugging Face folder with the adapter merged into the weights, checked against the original.
ExportResult exportMergedFolder(const ExportRequest &r)
{
    ExportResult result;
    refuseExisting(r.out);
    if (r.mergedDtype != "f32" && r.mergedDtype != "bf16" && r.mergedDtype != "f16")
        throw EngineError("the merged folder's type must be f32, bf16 or f16");
    Staging folder(r.out);
    LoadOptions options;
    options.dtype = "f32";
    options.adapter = r.adapter.string();
    options.threads = r.threads;
    step(r, "Loading the model", 0.05);
    const auto original = LanguageModel::load(r.model, options);
    step(r, "Writing the merged folder", 0.3);
    original->saveMerged(folder.path(), r.mergedDtype);
    if (!fs::exists(folder.path() / "generation_config.json")) {
        const ModelConfig &c = original->config();
        nlohmann::json g = {{"_from_model_config", true}, {"do_sample", false}};
        if (!c.bosTokenIds.empty())
            g["bos_token_id"] = c.bosTokenIds.front();
        if (!c.eosTokenIds.empty())
            g["eos_token_id"]
                = c.eosTokenIds.size() == 1 ? nlohmann::json(c.eosTokenIds.front()) : nlohmann::json(c.eosTokenIds);
        writeFileAtomically(folder.path() / "generation_config.json", g.dump(2) + "\n");
    }
    step(r, "Loading the merged folder", 0.7);
    LoadOptions plain;
    plain.dtype = "f32";
    plain.threads = r.threads;
    const auto exported = LanguageModel::load(folder.path(), plain);
    result.verified = compareOnPrompts(r, *original, *exported, false, "the merged folder (" + r.mergedDtype + ")");
    folder.commit();
    result.files = {r.out};
    result.verified.insert(result.verified.begin(),
        "a Hugging Face folder: weights in " + r.mergedDtype
            + ", config.json, generation_config.json, the tokenizer and its chat template");
    return result;
}

// The adapter alone as a PEFT folder with a model card, checked against the original.
ExportResult exportPeftAdapter(const ExportRequest &r, const std::string &name)
{
    ExportResult result;
    refuseExisting(r.out);
    Staging folder(r.out);
    fs::create_directories(folder.path());
    for (const char *file : {"adapter_config.json", "adapter_model.safetensors"}) {
        if (!fs::exists(r.adapter / file))
            throw EngineError(r.adapter.string() + " has no " + file, "choose the folder of a trained run's adapter");
        fs::copy_file(r.adapter / file, folder.path() / file);
    }
    writeFileAtomically(folder.path() / "README.md", writeModelCard(r, name));
    step(r, "Loading the model with both adapters", 0.3);
    LoadOptions options;
    options.dtype = "f32";
    options.threads = r.threads;
    options.adapter = r.adapter.string();
    const auto original = LanguageModel::load(r.model, options);
    options.adapter = folder.path().string();
    const auto exported = LanguageModel::load(r.model, options);
    result.verified = compareOnPrompts(r, *original, *exported, true, "the exported adapter");
    folder.commit();
    result.files = {r.out / "adapter_model.safetensors", r.out / "adapter_config.json", r.out / "README.md"};
    result.verified.insert(result.verified.begin(), "a PEFT LoRA adapter with a model card (README.md)");
    return result;
}

} // namespace

ExportResult exportModel(const ExportRequest &r)
{
    if (r.format == ExportFormat::Peft && r.adapter.empty())
        throw EngineError("the adapter alone needs an adapter folder", "choose a trained run");
    const std::string name = defaultName(r);
    step(r, "Starting", 0);
    ExportResult result;
    switch (r.format) {
    case ExportFormat::Gguf:
        result = exportGgufFile(r, name);
        break;
    case ExportFormat::LmStudio:
        result = exportForLmStudio(r, name);
        break;
    case ExportFormat::Ollama:
        result = exportForOllama(r, name);
        break;
    case ExportFormat::Merged:
        result = exportMergedFolder(r);
        break;
    case ExportFormat::Peft:
        result = exportPeftAdapter(r, name);
        break;
    }
    step(r, "Done", 1.0);
    return result;
}

} // namespace shoptuner::engine
