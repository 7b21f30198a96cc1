// The review table of a "Put it to work" job: one row per suggestion the model made (the item,
// the field, the suggested value the owner may edit, the model's confidence, the decision),
// read from the project file; every decision and edit is written back at once, so nothing is
// lost by closing the app. A filter model beside it searches and shows one decision at a time.
#pragma once

#include "store/work_tables.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace shoptuner::ui {

class SuggestionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, FieldColumn, SuggestionColumn, ConfidenceColumn, DecisionColumn, ColumnCount };
    static constexpr int DecisionRole = Qt::UserRole + 1; // store::Suggestion::Decision as int

    explicit SuggestionModel(QObject *parent = nullptr);

    // The job's suggestions (those with something to suggest); false when the project could not be read.
    bool load(const QString &projectPath, std::int64_t jobId, const QString &kind);
    void clear();
    std::int64_t jobId() const { return m_jobId; }
    const store::Suggestion &suggestion(int row) const { return m_rows[std::size_t(row)]; }
    int nothingFound() const { return m_nothing; } // items the model had nothing to suggest for
    int unusable() const { return m_unusable; } // of them, answers that could not be read at all

    // Decisions, written to the project file at once; false when that failed.
    bool decide(int row, store::Suggestion::Decision decision);
    int acceptAbove(double confidence); // every suggestion still to review with at least it; returns how many
    int count(store::Suggestion::Decision decision) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override; // an edited suggestion
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void decisionsChanged();

private:
    QString itemText(const store::Suggestion &s) const;
    QString valueText(const store::Suggestion &s) const;
    void changed(int row);

    QString m_projectPath;
    QString m_kind;
    std::int64_t m_jobId = 0;
    std::vector<store::Suggestion> m_rows;
    std::vector<QString> m_items; // each row's item as shown (from its context)
    int m_nothing = 0;
    int m_unusable = 0;
};

// Search and "show only": all, to review, accepted or rejected.
class SuggestionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setDecision(int decision); // -1: all
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_decision = -1;
    QString m_search;
};

// The sentiment an option stands for in the owner's words ("very negative" for "E: very negative").
QString sentimentWords(const QString &option);

} // namespace shoptuner::ui
