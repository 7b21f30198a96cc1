#include "mapping_editor.h"

#include "wheel_guard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace shoptuner::ui {

QString fieldLabel(const data::FieldSpec &spec)
{
    static const QMap<QString, const char *> labels = {
        {"product_id", QT_TRANSLATE_NOOP("MappingEditor", "Product ID")},
        {"title", QT_TRANSLATE_NOOP("MappingEditor", "Title")},
        {"description", QT_TRANSLATE_NOOP("MappingEditor", "Description")},
        {"features", QT_TRANSLATE_NOOP("MappingEditor", "Features")},
        {"brand", QT_TRANSLATE_NOOP("MappingEditor", "Brand")},
        {"price", QT_TRANSLATE_NOOP("MappingEditor", "Price")},
        {"category", QT_TRANSLATE_NOOP("MappingEditor", "Category")},
        {"gtin", QT_TRANSLATE_NOOP("MappingEditor", "GTIN / EAN / UPC")},
        {"mpn", QT_TRANSLATE_NOOP("MappingEditor", "Part number (MPN)")},
        {"rating", QT_TRANSLATE_NOOP("MappingEditor", "Rating")},
        {"text", QT_TRANSLATE_NOOP("MappingEditor", "Review text")},
        {"date", QT_TRANSLATE_NOOP("MappingEditor", "Date")},
        {"review_id", QT_TRANSLATE_NOOP("MappingEditor", "Review ID")},
        {"question", QT_TRANSLATE_NOOP("MappingEditor", "Question")},
        {"answer", QT_TRANSLATE_NOOP("MappingEditor", "Answer")},
        {"question_id", QT_TRANSLATE_NOOP("MappingEditor", "Question ID")},
        {"query", QT_TRANSLATE_NOOP("MappingEditor", "Search query")},
        {"session_id", QT_TRANSLATE_NOOP("MappingEditor", "Search ID")},
        {"position", QT_TRANSLATE_NOOP("MappingEditor", "Position")},
        {"clicked", QT_TRANSLATE_NOOP("MappingEditor", "Clicked")},
        {"added", QT_TRANSLATE_NOOP("MappingEditor", "Added to cart")},
        {"purchased", QT_TRANSLATE_NOOP("MappingEditor", "Purchased")},
        {"customer_id", QT_TRANSLATE_NOOP("MappingEditor", "Customer or session")},
        {"order_id", QT_TRANSLATE_NOOP("MappingEditor", "Order ID")},
        {"quantity", QT_TRANSLATE_NOOP("MappingEditor", "Quantity")},
        {"sku", QT_TRANSLATE_NOOP("MappingEditor", "SKU")},
        {"parent_id", QT_TRANSLATE_NOOP("MappingEditor", "Parent product")},
        {"author", QT_TRANSLATE_NOOP("MappingEditor", "Reviewer name")},
    };
    const char *label = labels.value(spec.id);
    return label ? QCoreApplication::translate("MappingEditor", label) : spec.label;
}

QString fieldHelp(const data::FieldSpec &spec, data::DataKind kind)
{
    static const QMap<QString, const char *> help = {
        {"product_id", QT_TRANSLATE_NOOP("MappingEditor", "Your shop's own id or SKU for the product")},
        {"title", QT_TRANSLATE_NOOP("MappingEditor", "The product name as shown in the shop")},
        {"description", QT_TRANSLATE_NOOP("MappingEditor", "The long product text (HTML is cleaned up)")},
        {"features", QT_TRANSLATE_NOOP("MappingEditor", "Bullet points, separated by | or on separate lines")},
        {"brand", QT_TRANSLATE_NOOP("MappingEditor", "Brand or manufacturer")},
        {"price", QT_TRANSLATE_NOOP("MappingEditor", "Price as a number")},
        {"category", QT_TRANSLATE_NOOP("MappingEditor", "Category path such as Home > Kitchen > Mugs")},
        {"gtin", QT_TRANSLATE_NOOP("MappingEditor", "The barcode number")},
        {"mpn", QT_TRANSLATE_NOOP("MappingEditor", "Manufacturer part number or model")},
        {"rating", QT_TRANSLATE_NOOP("MappingEditor", "Stars from 1 to 5; none for reviews without stars")},
        {"text", QT_TRANSLATE_NOOP("MappingEditor", "What the customer wrote")},
        {"date", QT_TRANSLATE_NOOP("MappingEditor", "When it happened")},
        {"question", QT_TRANSLATE_NOOP("MappingEditor", "What the customer asked")},
        {"answer", QT_TRANSLATE_NOOP("MappingEditor", "The answer given")},
        {"query", QT_TRANSLATE_NOOP("MappingEditor", "What the customer typed into the search box")},
        {"session_id", QT_TRANSLATE_NOOP("MappingEditor", "Groups the products shown for one search")},
        {"position", QT_TRANSLATE_NOOP("MappingEditor", "Where the product was shown (1 = top)")},
        {"clicked", QT_TRANSLATE_NOOP("MappingEditor", "1 if the customer clicked the product")},
        {"added", QT_TRANSLATE_NOOP("MappingEditor", "1 if it went into the cart")},
        {"purchased", QT_TRANSLATE_NOOP("MappingEditor", "1 if it was bought")},
        {"customer_id", QT_TRANSLATE_NOOP("MappingEditor", "Who ordered: any stable id, no names needed")},
        {"order_id", QT_TRANSLATE_NOOP("MappingEditor", "Groups the lines of one order")},
        {"quantity", QT_TRANSLATE_NOOP("MappingEditor", "How many were ordered")},
        {"sku",
            QT_TRANSLATE_NOOP("MappingEditor",
                "The stock-keeping unit; where products have variants, the variant's. Other files may name "
                "products by it")},
        {"parent_id",
            QT_TRANSLATE_NOOP(
                "MappingEditor", "For variant rows: the product they belong to. Variants are added to that product")},
        {"author",
            QT_TRANSLATE_NOOP("MappingEditor",
                "Who wrote the review. Only used to remove their name from the text; never trained on")},
    };
    if (kind == data::DataKind::Reviews && spec.id == QLatin1String("order_id"))
        return QCoreApplication::translate("MappingEditor",
            "The order the review is about (Etsy's reviews name no product): the review is linked to that order's "
            "product when the orders file has the order with one product");
    const char *text = help.value(spec.id);
    return text ? QCoreApplication::translate("MappingEditor", text) : spec.help;
}

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_attributes(new QListWidget(this))
    , m_attributesLabel(new QLabel(tr("Keep these columns as product attributes (colour, size, material, …):"), this))
    , m_problems(new QLabel(this))
    , m_layout(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setObjectName(QStringLiteral("recognisedLayout"));
    m_layout->setWordWrap(true);
    m_layout->setVisible(false);
    layout->addWidget(m_layout);
    layout->addLayout(m_form);
    layout->addWidget(m_attributesLabel);
    layout->addWidget(m_attributes);
    layout->addWidget(m_problems);
    m_attributesLabel->setWordWrap(true);
    m_attributes->setObjectName(QStringLiteral("attributeColumns"));
    m_attributes->setAccessibleName(tr("Attribute columns"));
    m_attributes->setMaximumHeight(110);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(link);"));
    connect(m_attributes, &QListWidget::itemChanged, this, [this] {
        updateProblems();
        Q_EMIT mappingChanged();
    });
}

QString MappingEditor::sampleOf(int column) const
{
    QStringList values;
    for (const QStringList &row : m_sample) {
        const QString v = column < row.size() ? row[column].simplified() : QString();
        if (!v.isEmpty() && !values.contains(v))
            values << (v.size() > 40 ? v.left(39) + QChar(0x2026) : v);
        if (values.size() == 3)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

void MappingEditor::setFile(
    const QStringList &columns, const QList<QStringList> &sample, const data::ColumnMapping &mapping)
{
    m_columns = columns;
    m_sample = sample;
    m_base = mapping;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_combos.clear();
    for (const data::FieldSpec &spec : data::fieldSpecs(mapping.kind)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("field_") + spec.id);
        // Long sample values must not widen the form beyond the window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        ignoreWheelUnlessFocused(combo);
        combo->addItem(spec.required ? tr("— choose a column —") : tr("— not in this file —"), QString());
        for (int c = 0; c < columns.size(); ++c) {
            const QString sample = sampleOf(c);
            combo->addItem(
                sample.isEmpty() ? columns[c] : QStringLiteral("%1   (%2)").arg(columns[c], sample), columns[c]);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.column(spec.id))));
        QString tip = fieldHelp(spec, mapping.kind);
        if (mapping.reasons.contains(spec.id))
            tip += QLatin1Char('\n') + tr("Suggested because %1.").arg(mapping.reasons.value(spec.id));
        if (spec.id == QLatin1String("product_id") && !mapping.productFallbacks.isEmpty())
            tip += QLatin1Char('\n')
                + tr("Rows where it names no product in your catalog are linked by \"%1\".")
                      .arg(mapping.productFallbacks.join(QStringLiteral("\", \"")));
        combo->setToolTip(tip);
        const QString label = fieldLabel(spec) + (spec.required ? QStringLiteral(" *") : QString());
        combo->setAccessibleName(fieldLabel(spec));
        m_form->addRow(label, combo);
        m_combos.append({spec.id, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            const data::ColumnMapping current = this->mapping();
            rebuildAttributes(current.attributeColumns, current.attributePairs);
            updateProblems();
            Q_EMIT mappingChanged();
        });
    }
    rebuildAttributes(mapping.attributeColumns, mapping.attributePairs);
    m_layout->setText(mapping.layout.isEmpty()
            ? QString()
            : tr("Recognised as a %1: its columns are read the way that platform writes them.").arg(mapping.layout));
    m_layout->setVisible(!mapping.layout.isEmpty());
    updateProblems();
}

QString MappingEditor::sampleOfPair(const data::AttributePair &pair) const
{
    const qsizetype name = m_columns.indexOf(pair.nameColumn);
    const qsizetype value = m_columns.indexOf(pair.valueColumn);
    QStringList examples;
    for (const QStringList &row : m_sample) {
        const QString n = name < row.size() ? row[name].simplified() : QString();
        const QString v = value < row.size() ? row[value].simplified() : QString();
        const QString example = QStringLiteral("%1 = %2").arg(n, v.left(30));
        if (!n.isEmpty() && !v.isEmpty() && !examples.contains(example))
            examples << example;
        if (examples.size() == 2)
            break;
    }
    return examples.join(QStringLiteral(" · "));
}

void MappingEditor::rebuildAttributes(const QStringList &checked, const QList<data::AttributePair> &checkedPairs)
{
    const bool catalog = m_base.kind == data::DataKind::Catalog;
    m_attributes->setVisible(catalog);
    m_attributesLabel->setVisible(catalog);
    // Cleared for every kind: a catalog's attribute choice must never reach another file's mapping.
    QSignalBlocker block(m_attributes);
    m_attributes->clear();
    if (!catalog)
        return;
    QStringList used;
    for (const auto &[field, combo] : m_combos)
        used << combo->currentData().toString();
    for (const data::AttributePair &pair : data::findAttributePairs(m_columns)) {
        if (used.contains(pair.nameColumn) || used.contains(pair.valueColumn))
            continue;
        used << pair.nameColumn << pair.valueColumn;
        const QString example = sampleOfPair(pair);
        auto *item = new QListWidgetItem(
            tr("%1 names the attribute, %2 holds its value").arg(pair.nameColumn, pair.valueColumn)
                + (example.isEmpty() ? QString() : QStringLiteral("   (%1)").arg(example)),
            m_attributes);
        item->setData(Qt::UserRole, QStringList {pair.nameColumn, pair.valueColumn});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedPairs.contains(pair) ? Qt::Checked : Qt::Unchecked);
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        if (used.contains(m_columns[c]))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1   (%2)").arg(m_columns[c], sampleOf(c)), m_attributes);
        item->setData(Qt::UserRole, m_columns[c]);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(m_columns[c]) ? Qt::Checked : Qt::Unchecked);
    }
}

data::ColumnMapping MappingEditor::mapping() const
{
    data::ColumnMapping m;
    m.kind = m_base.kind;
    m.layout = m_base.layout;
    for (const auto &[field, combo] : m_combos) {
        const QString column = combo->currentData().toString();
        if (!column.isEmpty())
            m.fields.insert(field, column);
    }
    if (m.kind != data::DataKind::Catalog) {
        // The columns that name products where the product column does not, unless one of them
        // is now the product column itself.
        for (const QString &fallback : m_base.productFallbacks)
            if (fallback != m.column(QStringLiteral("product_id")))
                m.productFallbacks << fallback;
        return m;
    }
    for (const QString &alias : m_base.aliasColumns)
        if (!m.fields.values().contains(alias))
            m.aliasColumns << alias;
    for (int i = 0; i < m_attributes->count(); ++i) {
        const QListWidgetItem *item = m_attributes->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QStringList columns = item->data(Qt::UserRole).toStringList();
        if (columns.size() == 2)
            m.attributePairs.append({columns[0], columns[1]});
        else
            m.attributeColumns << columns.value(0);
    }
    return m;
}

QStringList MappingEditor::problems() const
{
    return mapping().problems(m_columns);
}

void MappingEditor::updateProblems()
{
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.isEmpty());
}

QComboBox *MappingEditor::comboFor(const QString &field) const
{
    for (const auto &[f, combo] : m_combos)
        if (f == field)
            return combo;
    return nullptr;
}

} // namespace shoptuner::ui
