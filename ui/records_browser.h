// Browses the project's instruction records: filter by task, split and setting, search the
// text, and read the selected record in full. Reads page by page from the project file.
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSqlQueryModel;
class QTableView;
class QTextBrowser;

namespace shoptuner::store {
class ProjectStore;
}

namespace shoptuner::ui {

class ProjectContext;

class RecordsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsBrowser(ProjectContext *project, QWidget *parent = nullptr);
    ~RecordsBrowser() override;

    QTableView *table() const { return m_table; }
    QComboBox *taskFilter() const { return m_task; }
    QComboBox *splitFilter() const { return m_split; }
    QLineEdit *searchBox() const { return m_search; }
    QTextBrowser *detail() const { return m_detail; }
    int matchCount() const { return m_matches; }

private:
    void reopen();
    void requery();
    void showCurrent();

    ProjectContext *m_project;
    std::unique_ptr<store::ProjectStore> m_store;
    QComboBox *m_task;
    QComboBox *m_split;
    QComboBox *m_setting;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QSqlQueryModel *m_model;
    int m_matches = 0;
};

} // namespace shoptuner::ui
