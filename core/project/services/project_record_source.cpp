#include "project_record_source.h"

#include "data/ecinstruct_io.h"
#include "data/task_builder.h"
#include "engine/base/error.h"
#include "store/project_store.h"
#include "store/record_tables.h"

namespace shoptuner::services {

ProjectRecordSource::ProjectRecordSource(QString projectPath, QStringList tasks)
    : m_path(std::move(projectPath))
    , m_tasks(std::move(tasks))
{ }

std::string ProjectRecordSource::describe() const
{
    return m_path.toStdString();
}

std::vector<engine::InstructionRecord> ProjectRecordSource::records() const
{
    QStringList tasks;
    for (const QString &t : m_tasks) {
        const data::TaskBuilder *b = data::findTaskBuilder(t);
        if (!b)
            throw engine::FormatError(t.toStdString() + " is not one of the ten tasks",
                "use names such as Sentiment_Analysis or abbreviations such as SA");
        tasks << b->task();
    }
    store::ProjectStore project(m_path);
    std::vector<engine::InstructionRecord> out;
    store::forEachRecord(project, {tasks, {QStringLiteral("train"), QStringLiteral("val")}, {}, {}},
        [&](const store::InstructionRow &r) {
            out.push_back({r.task.toStdString(), r.setting.toStdString(), r.split.toStdString(),
                r.instruction.toStdString(), r.input.toStdString(),
                data::optionsPromptText(r.optionsJson).toStdString(), r.output.toStdString()});
            return true;
        });
    if (out.empty())
        throw engine::FormatError(m_path.toStdString() + ": no training records",
            "build the training examples from the shop's data first, or import ECInstruct data");
    return out;
}

} // namespace shoptuner::services
