// Training records straight from the project file: the engine's RecordSource over the records
// table (training and validation splits; test records are left for evaluation).
#pragma once

#include "engine/train/instruction_data.h"

#include <QStringList>

namespace shoptuner::services {

class ProjectRecordSource : public engine::RecordSource
{
public:
    // tasks: ECInstruct names or abbreviations; empty: every task in the project.
    explicit ProjectRecordSource(QString projectPath, QStringList tasks = {});
    std::vector<engine::InstructionRecord> records() const override;
    std::string describe() const override;

private:
    QString m_path;
    QStringList m_tasks;
};

} // namespace shoptuner::services
