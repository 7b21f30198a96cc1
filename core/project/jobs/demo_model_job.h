// Making the demo model: a tokenizer learned from the shop's own texts and a tiny randomly
// initialised Llama-shaped model, for trying every step; it knows nothing yet.
#pragma once

#include "job.h"

namespace shoptuner::jobs {

class DemoModelJob : public Job
{
    Q_OBJECT

public:
    ~DemoModelJob() override;
    DemoModelJob(QString projectPath, QString outDir, QObject *parent = nullptr);
    QString modelDir() const { return m_outDir; }

protected:
    bool execute() override;

private:
    QString m_projectPath;
    QString m_outDir;
};

} // namespace shoptuner::jobs
