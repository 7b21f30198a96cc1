// Scores a model (optionally with an adapter) on the project's test records: greedy answers to
// the prompts exactly as training built them, eCeLLM's metric per task and setting with a
// bootstrap interval, and every prediction kept in the project. A cancelled evaluation keeps the
// tasks it finished. The same test items are used for every model, so differences mean something.
#pragma once

#include "job.h"

#include <optional>

namespace shoptuner::jobs {

struct EvalJobParams
{
    QString projectPath;
    QString modelDir;
    QString adapterDir; // empty: the base model
    QStringList tasks; // empty: every task with test records
    QStringList settings = {QStringLiteral("IND_Diverse_Instruction"), QStringLiteral("OOD_Diverse_Instruction")};
    int limit = 0; // test items per task and setting, the first by record order; 0: all
    int batch = 8;
    int threads = 0;
    QString device = QStringLiteral("auto");
    QString dtype = QStringLiteral("auto"); // the compute dtype (engine::resolveComputeDtype); kept with the results
    std::optional<std::int64_t> trainingRunId;
    int bootstrapResamples = 1000;
    // Answer Generation's encoder for BERTScore: a RoBERTa folder; empty: roberta-large if it is
    // installed (engine::findBertScoreModel), else ROUGE-L; "none": ROUGE-L.
    QString encoderDir;
};

struct EvalTaskResult
{
    QString task;
    QString setting;
    QString metric; // the headline figure
    double value = 0;
    qint64 n = 0;
    qint64 invalid = 0;
    double ciLow = 0, ciHigh = 0;
    QString figuresJson;
    QString skipped; // why this group could not be scored; empty when it was
};

struct EvalJobResult
{
    std::int64_t evaluationId = 0;
    QString
        answerMetric; // how AG was scored: "BERTScore F1 (roberta-large, layer 17)" or "ROUGE-L F1", empty without AG
    QList<EvalTaskResult> tasks;
};

class EvalJob : public Job
{
    Q_OBJECT

public:
    explicit EvalJob(EvalJobParams params, QObject *parent = nullptr);
    ~EvalJob() override;
    const EvalJobResult &result() const { return m_result; }

protected:
    bool execute() override;

private:
    EvalJobParams m_params;
    EvalJobResult m_result;
};

// The roberta-large folder BERTScore will use (SHOPTUNER_BERTSCORE_MODEL, else the Hugging Face
// cache); empty when none is installed and answer generation falls back to ROUGE-L.
QString installedBertScoreEncoder();

} // namespace shoptuner::jobs
