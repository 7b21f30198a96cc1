#include "project_record_source.h"

#include "ecinstruct_io.h"
#include "engine/base/error.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "task_builder.h"

namespace shoptuner::data {

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
        const TaskBuilder *b = findTaskBuilder(t);
        if (!b)
            throw engine::FormatError(t.toStdString() + " is not one of the ten tasks",
                "use names such as Sentiment_Analysis or abbreviations such as SA");
        tasks << b->task();
    }
    store::ProjectStore project(m_path);
    std::vector<engine::InstructionRecord> out;
    store::forEachRecord(project, {tasks, {QStringLiteral("train"), QStringLiteral("val")}, {}, {}},
        [&](const store::InstructionRow &r) {
            out.push_back(
                {r.task.toStdString(), r.setting.toStdString(), r.split.toStdString(), r.instruction.toStdString(),
                    r.input.toStdString(), optionsPromptText(r.optionsJson).toStdString(), r.output.toStdString()});
            return true;
        });
    if (out.empty())
        throw engine::FormatError(m_path.toStdString() + ": no training records",
            "build the tasks first (shoptuner-cli build-tasks) or import ECInstruct data");
    return out;
}

} // namespace shoptuner::data
