#include "export_job.h"

#include "data/ecinstruct_io.h"
#include "engine/base/error.h"
#include "engine/formats/model_export.h"
#include "engine/tokenizer/chat_template.h"
#include "services/report.h"
#include "services/training_plan.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"

#include <QDir>
#include <QFileInfo>

namespace shoptuner::jobs {
namespace {

// Test questions of the project, one per task, rendered as in training: the checks ask the
// exported model what the shop will ask it.
std::vector<std::string> checkPrompts(store::ProjectStore &project)
{
    std::vector<std::string> prompts;
    QStringList seen;
    store::forEachRecord(project, {{}, {QStringLiteral("test")}, {}, {}}, [&](const store::InstructionRow &r) {
        if (seen.contains(r.task))
            return true;
        seen << r.task;
        prompts.push_back(engine::ecellmPromptText({r.instruction.toStdString(), r.input.toStdString(),
            data::optionsPromptText(r.optionsJson).toStdString()}));
        return prompts.size() < 4;
    });
    return prompts;
}

// README.md for an exported adapter: what it is, what it was trained on, how it scored.
std::string modelCard(store::ProjectStore &project, const ExportJobParams &p, const QString &name)
{
    QString card = QStringLiteral("# %1\n\nA LoRA adapter trained with ShopTuner on a shop's own catalog, reviews and "
                                  "questions (ECInstruct-style tasks).\n\n- Base model: `%2`\n")
                       .arg(name, QFileInfo(p.modelDir).fileName());
    if (p.trainingRunId)
        card += QStringLiteral("- Training run: %1\n").arg(*p.trainingRunId);
    card += QStringLiteral("- Use: `PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base), \"%1\")`\n")
                .arg(name);
    for (const store::Evaluation &e : store::listEvaluations(project)) {
        // The same folder however it was named (relative, through a link, with a trailing slash).
        if (e.status != QLatin1String("finished") || e.adapterPath.isEmpty()
            || QFileInfo(e.adapterPath).canonicalFilePath() != QFileInfo(p.adapterDir).canonicalFilePath())
            continue;
        card += QStringLiteral("\n## Scores on the shop's held-out test questions (%1)\n\n| Task | Test set | Metric | "
                               "Score | 95% interval | Items |\n|---|---|---|---|---|---|\n")
                    .arg(e.createdAt);
        for (const store::EvalResult &r : store::evalResults(project, e.id))
            card += QStringLiteral("| %1 | %2 | %3 | %4 | %5–%6 | %7 |\n")
                        .arg(services::taskAbbreviation(r.task), r.setting, r.metric)
                        .arg(r.value, 0, 'f', 3)
                        .arg(r.ciLow.value_or(r.value), 0, 'f', 3)
                        .arg(r.ciHigh.value_or(r.value), 0, 'f', 3)
                        .arg(r.n);
        break;
    }
    return card.toStdString();
}

} // namespace

ExportJob::ExportJob(ExportJobParams params, QObject *parent)
    : Job(parent)
    , m_params(std::move(params))
{ }

ExportJob::~ExportJob()
{
    stopAndWait();
}

QString ExportJob::lmStudioFolder()
{
    const QString current = QDir::homePath() + QStringLiteral("/.lmstudio/models");
    const QString older = QDir::homePath() + QStringLiteral("/.cache/lm-studio/models");
    if (!QFileInfo::exists(current) && QFileInfo::exists(older))
        return older;
    return current;
}

bool ExportJob::execute()
{
    engine::ExportRequest r;
    r.format = engine::parseExportFormat(m_params.format.toStdString());
    r.model = m_params.modelDir.toStdString();
    r.adapter = m_params.adapterDir.toStdString();
    r.out = m_params.out.toStdString();
    r.name = m_params.name.toStdString();
    r.threads = services::computeThreads(m_params.threads);
    if (r.format == engine::ExportFormat::Merged)
        r.mergedDtype = m_params.type.toStdString();
    else if (const auto type = engine::gguf::parseTensorType(m_params.type.toStdString()))
        r.ggufType = *type;
    else
        throw engine::EngineError("unknown tensor type " + m_params.type.toStdString());
    if (r.format == engine::ExportFormat::LmStudio)
        QDir().mkpath(m_params.out);
    if (!m_params.projectPath.isEmpty()) {
        store::ProjectStore project(m_params.projectPath);
        r.checkPrompts = checkPrompts(project);
        if (r.format == engine::ExportFormat::Peft)
            r.modelCard = modelCard(
                project, m_params, m_params.name.isEmpty() ? QFileInfo(m_params.out).fileName() : m_params.name);
    }
    r.cancel = cancelFlag();
    r.progress = [this](const std::string &stage, double fraction) {
        reportProgress(fraction, QString::fromStdString(stage));
    };
    try {
        const engine::ExportResult result = engine::exportModel(r);
        for (const auto &f : result.files)
            m_result.files << QString::fromStdString(f.string());
        for (const auto &v : result.verified)
            m_result.verified << QString::fromStdString(v);
    } catch (const engine::CancelledExport &) {
        return false;
    }
    return true;
}

} // namespace shoptuner::jobs
