// Edits a column mapping: one combo box per field listing the file's columns with a sample
// value, and for catalogs the columns kept as product attributes. Problems show in plain words.
#pragma once

#include "data/column_mapping.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace shoptuner::ui {

class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);

    void setFile(const QStringList &columns, const QList<QStringList> &sample, const data::ColumnMapping &mapping);
    data::ColumnMapping mapping() const;
    QStringList problems() const;
    QComboBox *comboFor(const QString &field) const; // for tests

Q_SIGNALS:
    void mappingChanged();

private:
    void rebuildAttributes(const QStringList &checked, const QList<data::AttributePair> &checkedPairs);
    QString sampleOfPair(const data::AttributePair &pair) const;
    void updateProblems();
    QString sampleOf(int column) const;

    QFormLayout *m_form;
    QListWidget *m_attributes;
    QLabel *m_attributesLabel;
    QLabel *m_problems;
    QLabel *m_layout;
    QStringList m_columns;
    QList<QStringList> m_sample;
    data::ColumnMapping m_base;
    QList<std::pair<QString, QComboBox *>> m_combos;
};

QString fieldLabel(const data::FieldSpec &spec); // translated label
QString fieldHelp(const data::FieldSpec &spec);

} // namespace shoptuner::ui
