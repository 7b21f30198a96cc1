// Writing a shop's CSV file back with some cells changed and every other byte as it was: the
// same columns, order, delimiter, quoting, line endings and encoding, so the file imports into
// the shop system exactly as the one it exported. Rows are found by their key column; a key
// that names several rows (Shopify's variant rows under one Handle) means its first row.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shoptuner::data {

// One cell to fill: the row whose key column holds `key`, the column named `column`. Where the
// file keeps attributes as name/value column pairs (WooCommerce's "Attribute 1 name" and
// "Attribute 1 value(s)"), `pairs` lists them and the value goes beside the attribute's name, or
// into the first empty pair.
struct CellChange
{
    QString key;
    QString column; // a single column; empty when only pairs can take it
    QString attribute; // the attribute's name, for pairs
    QString value;
};

struct ColumnPair
{
    QString nameColumn, valueColumn;
};

struct PatchOutcome
{
    // Unencodable: the file is in a one-byte encoding (Windows-1252, Latin-1) that has no byte for
    // a character of the value, which would otherwise turn into "?".
    // NotAnEntry: the column is one of Shopify's category metafields ("Color
    // (product.metafields.shopify.color-pattern)"), which take only entries the shop has set up,
    // and no product in the file uses an entry for the value; Shopify's import would refuse it.
    enum class Status { Written, NoRow, NoColumn, NotEmpty, Unencodable, NotAnEntry };
    Status status = Status::Written;
    QString column; // the column written, or looked for
    QString value; // Written: what the cell holds now (a Shopify entry's handle: "Rose gold" -> "rose-gold")
    QString character; // Unencodable: the first character the encoding lacks
    QString missing; // NotAnEntry: the part of the value that names no entry
    QStringList entries; // NotAnEntry: the entries the column uses in the file, first seen first
};

struct PatchResult
{
    QList<PatchOutcome> outcomes; // aligned with the changes
    int written = 0;
};

// Reads `source` (raw bytes; the delimiter as imported), changes only the cells named, and
// writes `target` atomically. Only empty cells are filled: a cell that has a value in the file
// now is left as it is and reported (NotEmpty), as is a value the file's encoding cannot hold
// (Unencodable). In a Shopify category metafield column a value is written as the handles of the
// entries the file already uses for it, or not at all (NotAnEntry). Throws ImportError when the
// file cannot be read
// or written, or has no such key column.
PatchResult patchCsvFile(const QString &source, const QString &target, QChar delimiter, const QString &keyColumn,
    const QList<CellChange> &changes, const QList<ColumnPair> &pairs = {});

// Quotes a value for a CSV field as RFC 4180 asks: only when it holds the delimiter, a quote, a
// line break or edge spaces, or when `always` (a file that quotes every field).
QByteArray csvField(const QString &value, QChar delimiter, bool always = false);

// Whether a header names one of Shopify's standard category metafields, whose values are
// references to metaobject entries ("Color (product.metafields.shopify.color-pattern)").
bool isShopifyCategoryField(const QString &header);

// The entry handles a Shopify category metafield cell holds: "rose-gold; sage" -> rose-gold, sage.
QStringList metafieldEntries(const QString &cell);

// The handle Shopify gives an entry named `name`: "Rose Gold" -> "rose-gold", "Crème" -> "creme".
QString metaobjectHandle(const QString &name);

} // namespace shoptuner::data
