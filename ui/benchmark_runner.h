// "Test on the public benchmark": ECInstruct's own test questions (the ones the published table
// was measured on) fetched from the Hugging Face Hub once, imported into a benchmark project
// beside the shop's, and the trained model tested on them: the one like-for-like comparison
// with the published models. Download, import and test run as jobs, one after the other, with
// the page's progress and Cancel; the result opens as a report.
#pragma once

#include "jobs/eval_job.h"
#include "services/report.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace shoptuner::ui {

class JobProgress;
class ProjectContext;

class BenchmarkRunner : public QWidget
{
    Q_OBJECT

public:
    // `trainedModel`: what to test (the shop project's params; empty when nothing is trained).
    BenchmarkRunner(ProjectContext *project, std::function<std::optional<jobs::EvalJobParams>()> trainedModel,
        QWidget *parent = nullptr);
    ~BenchmarkRunner() override;

    static QString benchmarkProjectPath(const QString &projectPath); // "<shop> public benchmark.shoptuner"
    void start(const QString &referenceModel);
    void setReferenceModel(const QString &name) { m_reference = name; } // the published model to compare with
    bool isRunning() const { return !m_job.isNull(); }
    QString resultText() const;
    const services::Report &report() const { return m_report; }
    void showReport(); // the benchmark's report in a window

Q_SIGNALS:
    void finished();

private:
    bool hasTestSet() const;
    void fetch();
    void importTestSet(const QString &file);
    void evaluate();
    void follow(jobs::Job *job, const std::function<void(jobs::Job *)> &then);
    void fail(const QString &title, const jobs::Job &job);

    ProjectContext *m_project;
    std::function<std::optional<jobs::EvalJobParams>()> m_trainedModel;
    QPushButton *m_start;
    QPushButton *m_show;
    QLabel *m_result;
    JobProgress *m_progress;
    QPointer<jobs::Job> m_job;
    jobs::EvalJobParams m_params;
    QString m_reference;
    services::Baselines m_baselines;
    services::Report m_report;
};

} // namespace shoptuner::ui
