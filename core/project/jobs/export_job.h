// Exports a model (a trained run's adapter merged in, or the adapter alone) for the runtime the
// shop will use: llama.cpp, Ollama, LM Studio or Hugging Face. The export is checked before the
// job succeeds (GGUF tensor by tensor; merged folders and adapters by answering the project's own
// test questions as the model in the app does); a cancelled or failed export leaves no file under
// its name.
#pragma once

#include "job.h"

#include <QStringList>

#include <optional>

namespace shoptuner::jobs {

struct ExportJobParams
{
    QString projectPath; // test questions and the model card's scores come from here (optional)
    QString modelDir;
    QString adapterDir; // empty: the base model
    QString format = QStringLiteral("gguf"); // gguf, ollama, lmstudio, merged, peft
    QString out; // file (gguf), new folder (ollama, merged, peft), LM Studio's models folder (lmstudio)
    QString type = QStringLiteral("q8_0"); // gguf types; f16/bf16/f32 for merged
    QString name; // empty: from the folder names
    std::optional<std::int64_t> trainingRunId;
    int threads = 0;
};

struct ExportJobResult
{
    QStringList files;
    QStringList verified; // what was checked, in plain words
};

class ExportJob : public Job
{
    Q_OBJECT

public:
    explicit ExportJob(ExportJobParams params, QObject *parent = nullptr);
    ~ExportJob() override;
    const ExportJobResult &result() const { return m_result; }

    // Where LM Studio keeps its models on this machine (~/.lmstudio/models, or the older
    // ~/.cache/lm-studio/models when only that exists).
    static QString lmStudioFolder();

protected:
    bool execute() override;

private:
    ExportJobParams m_params;
    ExportJobResult m_result;
};

} // namespace shoptuner::jobs
