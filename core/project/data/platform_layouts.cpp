#include "platform_layouts.h"

#include "column_mapping.h"

#include <QSet>

namespace shoptuner::data {

using store::DataKind;

// Headers are written normalised (lower case, letters and digits only: "Body (HTML)" is
// "bodyhtml"). Each layout follows the platform's documented export; tests/data/shops/README.md
// names the documents and the fixtures that follow them.
const QList<PlatformLayout> &platformLayouts()
{
    static const QList<PlatformLayout> all = {
        // Shopify product CSV: variants are further rows with the same Handle and an empty Title;
        // options are "OptionN Name"/"OptionN Value" pairs (found as pairs by the mapping).
        {"Shopify product export", DataKind::Catalog, {"handle", "title", "bodyhtml", "variantsku"},
            {{"product_id", "handle"}, {"title", "title"}, {"description", "bodyhtml"}, {"brand", "vendor"},
                {"price", "variantprice"}, {"category", "productcategory"}, {"category", "type"},
                {"gtin", "variantbarcode"}, {"sku", "variantsku"}},
            {}, {}},
        // The same export with the names Shopify's Help Center documents since 2025 ("URL handle",
        // "Description", "SKU", "Option1 name"/"Option1 value").
        {"Shopify product export (2025 names)", DataKind::Catalog, {"urlhandle", "title", "description", "sku", "option1value"},
            {{"product_id", "urlhandle"}, {"title", "title"}, {"description", "description"}, {"brand", "vendor"},
                {"price", "price"}, {"category", "productcategory"}, {"category", "type"}, {"gtin", "barcode"},
                {"sku", "sku"}},
            {}, {}},
        // Shopify order export: one row per line item; "Name" is the order number (#1001), the
        // line item's SKU is the variant's.
        {"Shopify order export", DataKind::Orders, {"name", "email", "lineitemsku", "lineitemname", "createdat"},
            {{"order_id", "name"}, {"customer_id", "email"}, {"product_id", "lineitemsku"}, {"date", "createdat"},
                {"quantity", "lineitemquantity"}},
            {}, {}},
        // WooCommerce's own product CSV exporter: variations are rows of Type "variation" whose
        // Parent is "id:<ID>"; attributes are "Attribute N name"/"Attribute N value(s)" pairs.
        {"WooCommerce product export", DataKind::Catalog, {"id", "type", "sku", "name", "parent", "regularprice"},
            {{"product_id", "id"}, {"sku", "sku"}, {"title", "name"}, {"description", "description"},
                {"features", "shortdescription"}, {"price", "regularprice"}, {"category", "categories"},
                {"parent_id", "parent"}, {"brand", "brands"}, {"gtin", "gtinupceanorisbn"}},
            {}, {}},
        // WooCommerce orders through "Advanced Order Export For WooCommerce" (its default fields): one
        // row per line item with the order's fields repeated; the SKU is the variation's or product's.
        {"WooCommerce order export (Advanced Order Export)", DataKind::Orders,
            {"ordernumber", "orderdate", "emailbilling", "sku", "quantity"},
            {{"order_id", "ordernumber"}, {"customer_id", "emailbilling"}, {"product_id", "sku"}, {"date", "orderdate"},
                {"quantity", "quantity"}},
            {}, {}},
        // Etsy's listings download has no listing id: the title is the key other Etsy files use.
        {"Etsy listings download", DataKind::Catalog, {"title", "description", "price", "currencycode", "tags"},
            {{"product_id", "title"}, {"title", "title"}, {"description", "description"}, {"price", "price"},
                {"sku", "sku"}},
            {"materials"}, {}},
        {"Etsy sold order items", DataKind::Orders, {"saledate", "itemname", "buyer", "orderid", "listingid"},
            {{"order_id", "orderid"}, {"customer_id", "buyer"}, {"product_id", "itemname"}, {"date", "saledate"},
                {"quantity", "quantity"}},
            {}, {}},
        // Amazon Seller Central "All Listings Report" (tab-separated).
        {"Amazon all listings report", DataKind::Catalog, {"itemname", "sellersku", "asin1"},
            {{"product_id", "sellersku"}, {"title", "itemname"}, {"description", "itemdescription"},
                {"price", "price"}},
            {}, {"asin1", "listingid", "productid"}},
        // Amazon category flat file (inventory template): children name their parent_sku.
        {"Amazon flat file", DataKind::Catalog, {"itemsku", "itemname", "parentchild"},
            {{"product_id", "itemsku"}, {"title", "itemname"}, {"brand", "brandname"},
                {"description", "productdescription"}, {"price", "standardprice"}, {"gtin", "externalproductid"},
                {"parent_id", "parentsku"}, {"category", "itemtype"}},
            {"colorname", "sizename", "materialtype", "stylename", "patternname"}, {}},
        // BigCommerce's product export (bulk edit layout): "Product" rows, then "SKU" rows with an
        // empty Product ID whose Product Name holds the options ("[S]Finish=Copper,[RB]Size=M"),
        // and "Rule" rows (price rules of option combinations) that are not products.
        {kBigCommerceLayout, DataKind::Catalog, {"itemtype", "productid", "productname", "productcodesku"},
            {{"product_id", "productid"}, {"title", "productname"}, {"description", "productdescription"},
                {"brand", "brandname"}, {"price", "price"}, {"category", "category"}, {"sku", "productcodesku"},
                {"gtin", "productupcean"}, {"mpn", "manufacturerpartnumber"}},
            {}, {}},
        // Magento 2 / Adobe Commerce catalog_product export: attributes packed in one cell
        // ("color=Red,size=M"), a configurable product lists its simple children in
        // configurable_variations, and rows with a store_view_code translate a product's texts.
        {kMagentoLayout, DataKind::Catalog, {"sku", "storeviewcode", "producttype", "name", "additionalattributes"},
            {{"product_id", "sku"}, {"title", "name"}, {"description", "description"},
                {"features", "shortdescription"}, {"price", "price"}, {"category", "categories"}},
            {"additionalattributes"}, {}},
        // Judge.me review export: product_id is Shopify's numeric id, product_handle the Handle.
        {"Judge.me review export", DataKind::Reviews, {"body", "rating", "reviewdate", "reviewername", "producthandle"},
            {{"product_id", "producthandle"}, {"rating", "rating"}, {"text", "body"}, {"title", "title"},
                {"date", "reviewdate"}, {"author", "reviewername"}},
            {}, {}},
        // Etsy's "Download your reviews" (JSON): a review names the order, not the listing; it is
        // linked through the sold order items when that order had one listing.
        {"Etsy reviews download", DataKind::Reviews, {"reviewer", "starrating", "message", "orderid"},
            {{"order_id", "orderid"}, {"rating", "starrating"}, {"text", "message"}, {"date", "datereviewed"},
                {"author", "reviewer"}},
            {}, {}},
        {"Yotpo review export", DataKind::Reviews, {"reviewcontent", "reviewscore", "productid"},
            {{"product_id", "productid"}, {"rating", "reviewscore"}, {"text", "reviewcontent"},
                {"title", "reviewtitle"}, {"date", "date"}, {"date", "createdat"}, {"author", "reviewerdisplayname"},
                {"author", "displayname"}},
            {}, {}},
    };
    return all;
}

std::optional<PlatformLayout> recognizeLayout(const QStringList &columns)
{
    QSet<QString> present;
    for (const QString &c : columns)
        present.insert(normalizedHeader(c));
    for (const PlatformLayout &layout : platformLayouts()) {
        bool all = true;
        for (const QString &h : layout.signature)
            all = all && present.contains(h);
        if (all)
            return layout;
    }
    return std::nullopt;
}

} // namespace shoptuner::data
