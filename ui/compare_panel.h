// The analyst's results view: pick any evaluations of the project (base models, trained runs,
// other models) and see them task by task beside published models, as a bar chart with the
// published scores as reference lines and as a table, for in-domain, out-of-domain or all test
// sets; export what is shown as CSV, HTML or PDF.
#pragma once

#include "services/comparison.h"
#include "services/report.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLayout;
class QListWidget;
class QMenu;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace shoptuner::ui {

class ProjectContext;

class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(ProjectContext *project, QWidget *parent = nullptr);

    void reload(); // re-reads the project's evaluations, keeping the choices that still exist
    bool exportTo(const QString &path); // .csv, .html or .pdf
    QListWidget *evaluationList() const { return m_evaluations; }
    QComboBox *groupBox() const { return m_group; }
    QMenu *publishedMenu() const { return m_publishedMenu; }
    QTableWidget *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }
    int chartPlottables() const; // bars per compared test plus a line per published model
    const services::Comparison &comparison() const { return m_comparison; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildControls();
    void buildPublishedMenu(); // loads the bundled published scores and lists their models
    QLayout *buildTopBar();
    QLayout *buildExportRow(); // test sets, published models and the export buttons
    void buildLayout();
    void connectSignals();
    void rebuild(); // from the current choices
    void fillTable();
    void drawChart();

    ProjectContext *m_project;
    services::Baselines m_baselines;
    QListWidget *m_evaluations;
    QComboBox *m_group;
    QToolButton *m_published;
    QMenu *m_publishedMenu;
    QLabel *m_hint;
    QTableWidget *m_table;
    QCustomPlot *m_chart;
    QList<QPushButton *> m_exports;
    services::Comparison m_comparison;
    bool m_filling = false;
};

} // namespace shoptuner::ui
