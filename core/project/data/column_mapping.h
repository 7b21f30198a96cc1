// Which column of an imported file holds which field: suggested from header names (English and
// common German, French, Spanish, Italian and Dutch names) and from the values themselves (a
// column of 13-digit numbers is a GTIN, whole numbers 1..5 beside text are ratings), then
// confirmed or edited by the user and saved for the next import of the same shop.
#pragma once

#include "store/entities.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace shoptuner::data {

using store::DataKind;

struct FieldSpec
{
    QString id; // "product_id", "rating", ...
    QString label; // for people: "Product ID"
    QString help; // one line: what belongs there
    bool required = false;
};

// The fields a file of this kind can fill, required ones first.
QList<FieldSpec> fieldSpecs(DataKind kind);

// Two columns that hold one attribute per row: the name column says which attribute ("Size"), the
// value column its value ("M"). Shopify's "Option1 Name/Value", WooCommerce's "Attribute 1
// name/value(s)", Etsy's "Variation 1 name/values".
struct AttributePair
{
    QString nameColumn;
    QString valueColumn;
    bool operator==(const AttributePair &) const = default;
};

struct ColumnMapping
{
    DataKind kind = DataKind::Catalog;
    QMap<QString, QString> fields; // field id -> column name
    QStringList attributeColumns; // catalog: columns kept as product attributes (colour, size, ...)
    QList<AttributePair> attributePairs; // catalog: name/value column pairs
    QStringList aliasColumns; // catalog: other ids of the product (ASIN, listing id) other files may use
    // Other files: columns tried in order when the product column is empty or names no catalog
    // product (a question app's variant SKU beside its handle, Etsy's SKU beside the item name).
    QStringList productFallbacks;
    QString layout; // the platform export recognised from the header ("Shopify products"); empty if none
    QMap<QString, QString> reasons; // field id (or column for attributes) -> why it was suggested

    QString column(const QString &field) const { return fields.value(field); }
    QString toJson() const;
    static ColumnMapping fromJson(const QString &json); // throws ImportError on malformed JSON
    // What is missing or contradictory, in plain words; empty when the mapping can be used.
    QStringList problems(const QStringList &columns) const;
    // Whether this mapping must fill the field (a review's product may come from its order).
    bool isRequired(const FieldSpec &spec) const;
};

// columns: the file's header; sample: its first rows (values aligned with columns).
ColumnMapping suggestMapping(DataKind kind, const QStringList &columns, const QList<QStringList> &sample);

// Name/value column pairs in a header: "Option1 Name" + "Option1 Value", "Attribute 1 name" +
// "Attribute 1 value(s)", "Variation 2 Name" + "Variation 2 Values".
QList<AttributePair> findAttributePairs(const QStringList &columns);

// Guesses which kind of shop file this is from its columns; nullopt when nothing fits.
std::optional<DataKind> guessDataKind(const QStringList &columns, const QList<QStringList> &sample);

// Identifies "the same kind of file" for reusing a saved mapping: the sorted, normalised header.
QString headerSignature(const QStringList &columns);

// Lower case, letters and digits only: "Body (HTML)" -> "bodyhtml".
QString normalizedHeader(const QString &header);

// The attribute a column (or a name cell) stands for: "color_name" (Amazon) and "Colour" become
// "color" and "colour", in lower case, as the project keeps attribute names.
QString attributeName(const QString &header);

// True for 8-, 12-, 13- or 14-digit codes whose GS1 check digit is right.
bool isValidGtin(const QString &digits);

} // namespace shoptuner::data
