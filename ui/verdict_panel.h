// The verdict: scores the trained model on the project's test examples and shows, task by task,
// how it does beside the published models (a reference model the user picks), in plain words,
// with exports to HTML, CSV and PDF made from the same report.
#pragma once

#include "jobs/eval_job.h"
#include "services/report.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QTextBrowser;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace shoptuner::ui {

class JobProgress;
class ModelDownloads;
class BenchmarkRunner;
class ProjectContext;

class VerdictPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(ProjectContext *project, QWidget *parent = nullptr);

    void evaluate(); // the latest finished training run's best adapter
    void exportModel(); // opens the export dialog for that run
    bool isEvaluating() const { return !m_job.isNull(); }
    bool exportTo(const QString &path); // .html, .csv or .pdf, by the suffix
    QTableWidget *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }
    int chartBars() const; // this model's bars (one per in-domain task)
    QTextBrowser *mistakesView() const { return m_mistakes; }
    QSpinBox *limitBox() const { return m_limit; }
    BenchmarkRunner *benchmark() const { return m_benchmark; }
    QCheckBox *withBaseBox() const { return m_withBase; }
    const services::Report &report() const { return m_report; }

Q_SIGNALS:
    void evaluated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    enum class Stage { TrainedOnly, TrainedThenBase, Base };
    void startEvaluation(const jobs::EvalJobParams &params, Stage stage);
    void drawChart();
    std::optional<jobs::EvalJobParams> trainedModelParams();
    void buildTable();
    void buildEncoderRow();
    void showEncoderOffer();
    void showMistakes();
    void showNumbersHelp();
    void chooseExport(const QString &filter, const QString &suffix);

    ProjectContext *m_project;
    services::Baselines m_baselines;
    QLabel *m_summary;
    QLabel *m_help; // "What do these numbers mean?"
    QWidget *m_encoderRow; // shown while answer generation can only be scored with ROUGE-L
    ModelDownloads *m_encoder;
    BenchmarkRunner *m_benchmark; // the like-for-like test on ECInstruct's own questions
    QPushButton *m_evaluate;
    QPushButton *m_exportModel;
    QSpinBox *m_limit;
    QComboBox *m_reference;
    JobProgress *m_progress;
    QTableWidget *m_table;
    QCustomPlot *m_chart;
    QTextBrowser *m_mistakes;
    QCheckBox *m_withBase;
    QList<QPushButton *> m_exports;
    services::Report m_report;
    QPointer<jobs::EvalJob> m_job;
};

// "What do these numbers mean?": the Verdict's columns, metrics and words explained (HTML).
QString verdictNumbersHelp();

} // namespace shoptuner::ui
