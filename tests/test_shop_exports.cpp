// Real shop exports: platform layouts recognised from their headers (Shopify, WooCommerce, Etsy,
// Amazon, Judge.me, Yotpo …), attributes from name/value column pairs, variants rolled up into
// their product, the other files linked to the catalog by key, SKU, barcode or title, and
// personal data (order numbers as people write them, reviewers' names) removed.
#include "data/column_mapping.h"
#include "data/importer.h"
#include "data/platform_layouts.h"
#include "data/product_links.h"
#include "data/shop_data.h"
#include "store/project_store.h"
#include "store/shop_tables.h"
#include "import_helpers.h"
#include "test_helpers.h"

#include <QTemporaryDir>

using namespace shoptuner;
using namespace shoptuner::data;
using store::DataKind;

namespace {

using testing::writeTempFile;

// Shopify's product CSV as it exports: the first row of a product carries its texts and the
// option names; further rows under the same Handle are variants with only their option values,
// SKU, price and barcode; an image-only row; a product with the "Default Title" option.
const QByteArray kShopifyProducts
    = "\xEF\xBB\xBFHandle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 "
      "Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Price,Variant Barcode,Image "
      "Src,Gift Card,Status\n"
      "linen-apron,Linen Apron,\"<p>Stonewashed linen, with a \"\"deep\"\" pocket.</p>\n<p>Machine "
      "washable.</p>\",Kettle & Loom,Apparel > Aprons,Apron,\"kitchen, linen\",TRUE,Color,Sage,Size,S/M,,,APR-SAG-SM,"
      "34.00,4006381333931,https://cdn.example/apron.jpg,FALSE,active\n"
      "linen-apron,,,,,,,,,Sage,,L/XL,,,APR-SAG-LX,36.00,4006381333948,,,\n"
      "linen-apron,,,,,,,,,Rust,,S/M,,,APR-RUS-SM,34.00,4006381333955,,,\n"
      "linen-apron,,,,,,,,,,,,,,,,,https://cdn.example/apron-2.jpg,,\n"
      "oak-board,Oak Serving Board,<p>Solid oak.</p>,Kettle & Loom,Home > Kitchen,Board,oak,TRUE,Title,Default "
      "Title,,,,,OAK-BRD,45.00,4006381333962,,FALSE,active\n"
      "stoneware-mug,Stoneware Mug in Blue,<p>350 ml.</p>,Hearth,Home > Kitchen,Mug,mug,FALSE,Color,Blue,,,,,"
      "MUG-BLU,12.50,,,FALSE,draft\n";

const QByteArray kJudgeMeReviews
    = "title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,"
      "reply_date,picture_urls,ip_address,location\n"
      "Lovely,\"Great apron. My order number was #798449 and it came fast. Thanks! – Maria K.\",5,2025-02-01 "
      "10:00:00 UTC,web,ok,Maria K.,maria@example.com,7719071,linen-apron,,,,,DE\n"
      "Solid,\"Heavy board, Jürgen here: Bestellnummer 884213 arrived with a crack, n° de commande 55123 was fine."
      " Grüße, Jürgen\",3,2025-02-03 11:00:00 UTC,web,ok,Jürgen Weber,j@example.de,7719072,oak-board,,,,,DE\n"
      "Nice,\"Nice mug, order no. 12345, call me on +49 30 1234567.\",4,2025-02-04 09:00:00 UTC,web,ok,Sam,"
      "sam@example.com,7719073,stoneware-mug,,,,,US\n"
      "Gone,\"Bought the old tea towel; ordine n. 44120.\",2,2025-02-05 09:00:00 UTC,web,ok,Ann,a@example.com,"
      "7719074,old-tea-towel,,,,,IT\n";

const QByteArray kShopifyOrders
    = "Name,Email,Financial Status,Paid at,Fulfillment Status,Created at,Lineitem quantity,Lineitem name,Lineitem "
      "price,Lineitem sku,Billing Name\n"
      "#1001,ana@example.com,paid,2025-01-02 10:00:00 +0100,fulfilled,2025-01-02 10:00:00 +0100,1,Linen Apron - Sage "
      "/ S/M,34.00,APR-SAG-SM,Ana Ruiz\n"
      "#1001,,,,,,2,Oak Serving Board,45.00,OAK-BRD,\n"
      "#1002,ben@example.com,paid,2025-01-03 10:00:00 +0100,fulfilled,2025-01-03 10:00:00 +0100,1,Stoneware Mug in "
      "Blue - Blue,12.50,MUG-BLU,Ben Ode\n"
      "#1003,ana@example.com,paid,2025-01-09 10:00:00 +0100,fulfilled,2025-01-09 10:00:00 +0100,1,Linen Apron - Rust "
      "/ S/M,34.00,APR-RUS-SM,Ana Ruiz\n"
      "#1003,,,,,,1,Gift wrapping,3.00,,\n";

store::ProjectStore newProject(const QTemporaryDir &dir)
{
    return store::ProjectStore(dir.filePath("shop.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
}

using testing::importAsProposed;

const store::Product *findProduct(const std::vector<store::Product> &products, const QString &key)
{
    for (const store::Product &p : products)
        if (p.key == key)
            return &p;
    return nullptr;
}

} // namespace

class TestShopExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesShopifyProductsWithAttributePairs()
    {
        QTemporaryDir dir;
        const FilePreview preview = previewFile(writeTempFile(dir, "products_export.csv", kShopifyProducts));
        QCOMPARE(guessDataKind(preview.columns, preview.rows), DataKind::Catalog);
        const ColumnMapping m = suggestMapping(DataKind::Catalog, preview.columns, preview.rows);
        QCOMPARE(m.layout, QString("Shopify product export"));
        QCOMPARE(m.column("product_id"), QString("Handle"));
        QCOMPARE(m.column("title"), QString("Title"));
        QCOMPARE(m.column("description"), QString("Body (HTML)"));
        QCOMPARE(m.column("sku"), QString("Variant SKU"));
        QCOMPARE(m.column("gtin"), QString("Variant Barcode"));
        QCOMPARE(m.column("category"), QString("Product Category"));
        const QList<AttributePair> pairs = {
            {"Option1 Name", "Option1 Value"}, {"Option2 Name", "Option2 Value"}, {"Option3 Name", "Option3 Value"}};
        QCOMPARE(m.attributePairs, pairs);
        // No option column, flag or bookkeeping column is an attribute of its own.
        QVERIFY2(m.attributeColumns.isEmpty(), qPrintable(m.attributeColumns.join(", ")));
        QVERIFY(m.problems(preview.columns).isEmpty());
        // The mapping survives being saved.
        const ColumnMapping back = ColumnMapping::fromJson(m.toJson());
        QCOMPARE(back.attributePairs, m.attributePairs);
        QCOMPARE(back.layout, m.layout);
    }

    void genericFilesFindPairsAndSkipFlags()
    {
        // Not a known layout: WooCommerce-style pairs and a TRUE/FALSE column in an unknown header.
        const QStringList columns = {"Artikel", "Name", "Published", "Attribute 1 name", "Attribute 1 value(s)",
            "Farbe", "Image URL"};
        QList<QStringList> rows;
        for (int i = 0; i < 6; ++i)
            rows << QStringList {QString("A%1").arg(i), QString("Mug %1").arg(i), i % 2 ? "TRUE" : "FALSE", "Size",
                i % 2 ? "S, M" : "L", i % 2 ? "Rot" : "Blau", QString("https://x.example/%1.jpg").arg(i % 2)};
        const ColumnMapping m = suggestMapping(DataKind::Catalog, columns, rows);
        QVERIFY(m.layout.isEmpty());
        QCOMPARE(m.attributePairs, QList<AttributePair>({{"Attribute 1 name", "Attribute 1 value(s)"}}));
        QCOMPARE(m.attributeColumns, QStringList({"Farbe"}));
    }

    void variantsRollUpIntoTheirProduct()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const ImportResult r
            = importAsProposed(project, writeTempFile(dir, "products_export.csv", kShopifyProducts), DataKind::Catalog);
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.products, 3);
        QCOMPARE(r.variantRows, 3);
        const auto products = store::loadProducts(project);
        QCOMPARE(products.size(), std::size_t(3));
        const store::Product *apron = findProduct(products, "linen-apron");
        QVERIFY(apron);
        QCOMPARE(apron->title, QString("Linen Apron"));
        QVERIFY(apron->description.contains("deep\" pocket"));
        QCOMPARE(apron->attributes.value("color"), QString("Sage | Rust"));
        QCOMPARE(apron->attributes.value("size"), QString("S/M | L/XL"));
        QCOMPARE(apron->attributes.size(), 2);
        QCOMPARE(apron->price, std::optional<double>(34.0));
        QCOMPARE(apron->gtin, QString("4006381333931"));
        // "Title: Default Title" is Shopify's way of saying "no options".
        QVERIFY(findProduct(products, "oak-board")->attributes.isEmpty());
        QCOMPARE(findProduct(products, "stoneware-mug")->attributes.value("color"), QString("Blue"));
        // Every variant's SKU and barcode names its product.
        QStringList aliases;
        for (const store::ProductAlias &a : store::loadProductAliases(project))
            aliases << a.alias + "=" + a.productKey;
        for (const QString &expected : {"APR-SAG-SM=linen-apron", "APR-SAG-LX=linen-apron", "APR-RUS-SM=linen-apron",
                 "4006381333948=linen-apron", "OAK-BRD=oak-board", "MUG-BLU=stoneware-mug"})
            QVERIFY2(aliases.contains(expected), qPrintable(expected + " not in " + aliases.join(", ")));
    }

    void variationsNamingTheirParentRollUp()
    {
        // WooCommerce: variations name their parent as "id:<ID>", also before the parent's row.
        QTemporaryDir dir;
        auto project = newProject(dir);
        const QString path = writeTempFile(dir, "wc-product-export.csv",
            "ID;Type;SKU;Name;Published;Short description;Description;Regular price;Categories;Parent;"
            "Attribute 1 name;Attribute 1 value(s);Attribute 1 visible;Attribute 1 global\n"
            "12;variation;HD-RED;Hoodie - Red;1;;;49,90;;id:10;Color;Red;;1\n"
            "10;variable;HD;Hoodie;1;Warm;A warm cotton hoodie.;;Clothing > Hoodies;;Color;Red, Blue;1;1\n"
            "11;variation;HD-BLU;Hoodie - Blue;1;;;49,90;;id:10;Color;Blue;;1\n"
            "20;simple;SC;Scarf;1;;Wool scarf.;19,90;Clothing;;;;;\n"
            "30;variation;XX-1;Lost - Red;1;;;9,90;;id:99;Color;Red;;1\n");
        const ImportResult r = importAsProposed(project, path, DataKind::Catalog);
        QCOMPARE(r.products, 3); // Hoodie, Scarf, and the orphan kept as a product of its own
        const auto products = store::loadProducts(project);
        const store::Product *hoodie = findProduct(products, "10");
        QVERIFY(hoodie);
        QCOMPARE(hoodie->attributes.value("color"), QString("Red | Blue"));
        QCOMPARE(hoodie->price, std::optional<double>(49.9));
        QVERIFY(findProduct(products, "30"));
        bool warned = false;
        for (const FileIssue &i : r.issues)
            warned = warned || i.message.contains("\"99\", which is not in the file");
        QVERIFY(warned);
        // Reviews by SKU, by variation id and by name all reach the parent.
        ProductResolver resolver = ProductResolver::fromStore(project);
        QCOMPARE(resolver.resolve("HD-RED"), QString("10"));
        QCOMPARE(resolver.resolve("11"), QString("10"));
        QCOMPARE(resolver.resolve("hoodie"), QString("10"));
        QCOMPARE(resolver.resolve("Hoodie - Blue"), QString("10"));
        QCOMPARE(resolver.resolve("nothing"), QString());
    }

    void reviewsAndOrdersLinkToTheCatalog()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        importAsProposed(project, writeTempFile(dir, "products_export.csv", kShopifyProducts), DataKind::Catalog);

        // Judge.me: product_id is Shopify's numeric id, which the product CSV does not have; the
        // handle column is the one that links.
        const QString reviewsPath = writeTempFile(dir, "judgeme.csv", kJudgeMeReviews);
        const FilePreview reviews = previewFile(reviewsPath);
        QCOMPARE(guessDataKind(reviews.columns, reviews.rows), DataKind::Reviews);
        const ColumnMapping rm = proposeMapping(project, DataKind::Reviews, reviews);
        QCOMPARE(rm.layout, QString("Judge.me review export"));
        QCOMPARE(rm.column("product_id"), QString("product_handle"));
        QCOMPARE(rm.column("author"), QString("reviewer_name"));
        const ImportResult rr = importFile(project, {reviewsPath, rm});
        QCOMPARE(rr.rows, 4);
        QCOMPARE(rr.linked, 3);
        QCOMPARE(rr.unlinked, 1);
        QCOMPARE(rr.unlinkedExamples, QStringList({"old-tea-towel"}));

        // Shopify orders: the line item's SKU is the variant's, the customer is the e-mail address
        // (kept as a pseudonym), the second line of an order inherits the order's customer and date.
        const QString ordersPath = writeTempFile(dir, "orders_export.csv", kShopifyOrders);
        const FilePreview orders = previewFile(ordersPath);
        QCOMPARE(guessDataKind(orders.columns, orders.rows), DataKind::Orders);
        const ColumnMapping om = proposeMapping(project, DataKind::Orders, orders);
        QCOMPARE(om.column("product_id"), QString("Lineitem sku"));
        QCOMPARE(om.column("customer_id"), QString("Email"));
        QCOMPARE(om.column("order_id"), QString("Name"));
        const ImportResult orr = importFile(project, {ordersPath, om});
        QCOMPARE(orr.rows, 4);
        QCOMPARE(orr.skipped, 1); // gift wrapping: no product at all
        QCOMPARE(orr.linked, 4);
        const auto lines = store::loadOrderLines(project);
        QCOMPARE(lines.size(), std::size_t(4));
        QSet<QString> customers;
        for (const store::OrderLine &l : lines) {
            QVERIFY2(!l.customerKey.contains('@'), qPrintable(l.customerKey));
            QVERIFY(!l.customerKey.isEmpty());
            QVERIFY(!l.date.isEmpty());
            customers.insert(l.customerKey);
        }
        QCOMPARE(customers.size(), 2); // ana (3 lines in two orders) and ben
        QMap<QString, QStringList> bought;
        for (const store::OrderLine &l : lines)
            bought[l.customerKey] << l.productKey;
        QStringList sequences = {bought.first().join(","), bought.last().join(",")};
        sequences.sort();
        QCOMPARE(sequences, QStringList({"linen-apron,oak-board,linen-apron", "stoneware-mug"}));
    }

    void aFileIsCheckedAgainstItsOwnColumnsOnly()
    {
        // A catalog's attributes in a reviews mapping (how the wizard blocked imports) are refused
        // when read back, and the problems name only the file's own columns.
        ColumnMapping m;
        m.kind = DataKind::Reviews;
        m.fields = {{"product_id", "product_handle"}, {"rating", "rating"}, {"text", "body"}};
        QVERIFY(m.problems({"product_handle", "rating", "body"}).isEmpty());
        m.attributeColumns = {"Tags", "Option1 Name"};
        QVERIFY(m.problems({"product_handle", "rating", "body"}).isEmpty());
        EXPECT_THROW_WITH(ColumnMapping::fromJson(
                              R"({"kind":"reviews","fields":{"product_id":"p"},"attributes":["Tags"]})"),
            ImportError, "only catalogs have attributes");
    }

    void orderNumbersAsPeopleWriteThemAreRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::newRow("hash") << "Still waiting for #798449, please help." << "798449";
        QTest::newRow("order number was") << "My order number was #798449 and it came fast." << "798449";
        QTest::newRow("order no.") << "Nice mug, order no. 12345, thanks." << "12345";
        QTest::newRow("order number colon") << "Order number: 1043 arrived broken." << "1043";
        QTest::newRow("invoice") << "See invoice INV-20931 for details." << "INV-20931";
        QTest::newRow("German") << "Meine Bestellnummer 884213 kam zu spät." << "884213";
        QTest::newRow("German Bestellung") << "Bestellung Nr. 55120 war unvollständig." << "55120";
        QTest::newRow("French") << "Mon n° de commande 55123 est arrivé." << "55123";
        QTest::newRow("French numéro") << "Numéro de commande : 99812, merci." << "99812";
        QTest::newRow("Spanish") << "Mi número de pedido 77812 llegó tarde." << "77812";
        QTest::newRow("Italian") << "Il mio ordine n. 44120 è arrivato." << "44120";
        QTest::newRow("Dutch") << "Mijn bestelnummer is 66120." << "66120";
        QTest::newRow("prefixed") << "Order #KL-483920 came late." << "KL-483920";
    }

    void orderNumbersAsPeopleWriteThemAreRemoved()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        CleaningReport report;
        const QString out = scrubPersonalData(text, report);
        QVERIFY2(!out.contains(number), qPrintable(out));
        QVERIFY2(out.contains("[order number]"), qPrintable(out));
        QCOMPARE(report.orderNumbers, 1);
    }

    void datesQuantitiesAndPricesAreNotOrderNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date") << "I ordered on 2025-03-14 and my order from 2024 was fine.";
        QTest::newRow("quantity") << "An order of 1000 pieces is possible.";
        QTest::newRow("price") << "It costs 24.90 and holds 350 ml.";
        QTest::newRow("hashtag") << "#1 mug in our house, #blessed";
        QTest::newRow("ordered") << "I ordered 2500 grams of beans.";
    }

    void datesQuantitiesAndPricesAreNotOrderNumbers()
    {
        QFETCH(QString, text);
        CleaningReport report;
        QCOMPARE(scrubPersonalData(text, report), text);
        QCOMPARE(report.orderNumbers, 0);
    }

    void reviewersNamesAreRemovedFromTheirReviews()
    {
        CleaningReport report;
        QCOMPARE(scrubAuthorName("Great apron. Thanks! – Maria K.", "Maria K.", report),
            QString("Great apron. Thanks! – [name]"));
        QCOMPARE(scrubAuthorName("Jürgen here: it cracked. Grüße, Jürgen", "Jürgen Weber", report),
            QString("[name] here: it cracked. Grüße, [name]"));
        // Names are words of their own: "Rose" the reviewer, not "rose" the scent or "Roseanne".
        QCOMPARE(scrubAuthorName("Smells of rose; Roseanne loved it. Rose", "Rose", report),
            QString("Smells of rose; Roseanne loved it. [name]"));
        QCOMPARE(report.names, 4);
    }

    void otherReviewersFullNamesAreRemovedToo()
    {
        KnownNames names;
        for (const QString &n : {"Katrin B.", "Clara Brandt", "Rose", "Clara B."})
            names.add(n);
        CleaningReport report;
        QCOMPARE(names.scrub("Tolle Qualität. LG Katrin B. aus Leipzig", report), QString("Tolle Qualität. LG [name] aus Leipzig"));
        QCOMPARE(names.scrub("Clara Brandtner und Clara Brandt.", report), QString("Clara Brandtner und [name]."));
        // A single word is not a known full name; nor is a name inside a longer word.
        QCOMPARE(names.scrub("Rose scent, MyClara B.", report), QString("Rose scent, MyClara B."));
        QCOMPARE(report.names, 2);
    }

    void theExportedDataHoldsNoPlantedPersonalData()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        importAsProposed(project, writeTempFile(dir, "products_export.csv", kShopifyProducts), DataKind::Catalog);
        importAsProposed(project, writeTempFile(dir, "judgeme.csv", kJudgeMeReviews), DataKind::Reviews);
        const ShopData shop = loadShopData(project);
        QString all;
        for (const store::Review &r : shop.reviews)
            all += r.title + "\n" + r.text + "\n";
        for (const QString &planted : {"798449", "884213", "55123", "12345", "44120", "1234567", "Maria", "Jürgen"})
            QVERIFY2(!all.contains(planted), qPrintable(planted + " is still in:\n" + all));
        QCOMPARE(shop.cleaning.orderNumbers, 5);
        QCOMPARE(shop.cleaning.phoneNumbers, 1);
        QCOMPARE(shop.cleaning.names, 3);
        QCOMPARE(shop.cleaning.reviewsWithoutProduct, 1);
    }
};

QTEST_GUILESS_MAIN(TestShopExports)
#include "test_shop_exports.moc"
