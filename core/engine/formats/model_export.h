// Taking a trained model where it will run: GGUF for llama.cpp, an Ollama folder (GGUF and a
// Modelfile whose TEMPLATE, stop parameters and SYSTEM match how the model was trained), the
// folder layout LM Studio scans, a merged Hugging Face folder, or the PEFT adapter alone with a
// model card. Every export is checked before it is reported done: GGUF tensor by tensor against
// the source, merged folders and adapters by running prompts through the exported files with the
// engine and comparing with the model in the app. A failed export leaves nothing under its name.
#pragma once

#include "engine/formats/gguf.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace shoptuner::engine {

enum class ExportFormat { Gguf, Ollama, LmStudio, Merged, Peft };

// "gguf", "ollama", "lmstudio", "merged", "peft"; throws UnsupportedError otherwise.
ExportFormat parseExportFormat(const std::string &name);
std::string exportFormatName(ExportFormat format);

struct ExportRequest
{
    std::filesystem::path model;
    std::filesystem::path adapter; // empty: the base model alone (not for Peft)
    ExportFormat format = ExportFormat::Gguf;
    // Gguf: the file; Ollama: a new folder; LmStudio: LM Studio's models folder (it creates
    // shoptuner/<name>-GGUF/ inside); Merged and Peft: a new folder.
    std::filesystem::path out;
    gguf::TensorType ggufType = gguf::TensorType::Q8_0;
    std::string mergedDtype = "f16"; // f32, bf16, f16
    std::string name; // the model's name in files and metadata; empty: from the folder names
    std::vector<std::string> checkPrompts; // user messages run through merged/PEFT exports
    std::string modelCard; // README.md for Peft (Markdown); empty: a short one is written
    int threads = 0;
    std::function<void(const std::string &stage, double fraction)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct ExportResult
{
    std::vector<std::filesystem::path> files; // what the user gets, main file first
    std::vector<std::string> verified; // what was checked, in plain words
};

// Throws EngineError (leaving nothing under `out`) when the export fails or does not verify;
// CancelledExport when `cancel` was set.
ExportResult exportModel(const ExportRequest &request);

class CancelledExport : public std::runtime_error
{
public:
    CancelledExport()
        : std::runtime_error("the export was cancelled")
    { }
};

// Ollama's Go-template TEMPLATE for a chat-template family (chatml, llama3, llama2, zephyr, ecellm).
std::string ollamaTemplate(const std::string &family);
// The Modelfile for `ggufFile` (a name relative to the Modelfile's folder).
std::string ollamaModelfile(const std::string &ggufFile, const std::string &family,
    const std::vector<std::string> &stops, const std::string &system);

} // namespace shoptuner::engine
