// The shop's data as the project file keeps it: one struct per table row, keyed by the shop's
// own identifiers (product_key is the shop's product id, so files can be imported in any order).
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace shoptuner::store {

enum class DataKind { Catalog, Reviews, Questions, Searches, Orders, EcInstruct };

QString dataKindName(DataKind kind); // "catalog", "reviews", ...
std::optional<DataKind> dataKindFromName(const QString &name);

struct Product
{
    QString key; // the shop's product id
    QString title;
    QString description;
    QStringList features;
    QString brand;
    std::optional<double> price;
    QStringList category; // path from the root, e.g. {"Home", "Kitchen", "Mugs"}
    QString gtin;
    QString mpn;
    QMap<QString, QString> attributes; // colour, size, material, ... as the shop names them
    std::int64_t importId = 0; // the catalog file it came from (set when loaded from the project)
};

struct Review
{
    QString key;
    QString productKey;
    int rating = 0; // 1..5; 0: no stars (a comment)
    QString title;
    QString text;
    QString date;
    QString author; // the reviewer's name as the file gives it; only used to remove it from the text
};

// Another name of a product in the shop's files: a variant's SKU, a barcode, a platform's own id.
struct ProductAlias
{
    QString alias;
    QString productKey;
    QString source; // "sku", "gtin", "id", "variant" ...
};

struct Question
{
    QString key;
    QString productKey;
    QString question;
    QString answer;
    QString date;
};

struct SearchEvent
{
    QString sessionKey;
    QString query;
    QString productKey;
    int position = 0; // 1-based; 0 when unknown
    bool clicked = false;
    bool added = false;
    bool purchased = false;
    QString date;
};

struct OrderLine
{
    QString orderKey;
    QString customerKey;
    QString productKey;
    int quantity = 1;
    QString date; // ISO 8601; orders of one customer are sorted by it
};

// One ECInstruct-style instruction record. options is kept as the JSON text it came as (a list of
// strings, a string or null) so that exported files say exactly what was imported.
struct InstructionRow
{
    std::int64_t id = 0;
    QString task;
    QString setting; // IND, OOD
    QString split; // train, val, test
    QString instruction;
    QString input;
    QString optionsJson;
    QString output;
    QString extraJson; // fields beyond the seven, as a JSON object; empty when none
    QString groupKey; // what the split was decided by (product, query, customer)
};

struct ImportInfo
{
    std::int64_t id = 0;
    DataKind kind = DataKind::Catalog;
    QString fileName;
    QString filePath; // absolute, as imported; empty for imports made before it was kept
    QString fileSha256; // hex; empty when unknown
    qint64 fileSize = 0;
    QString encoding;
    QString delimiter;
    QString mappingJson;
    qint64 rowCount = 0;
    qint64 skippedCount = 0;
    QString issuesJson;
    QString importedAt;
};

} // namespace shoptuner::store
