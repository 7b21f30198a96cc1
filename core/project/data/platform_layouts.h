// The export layouts of shop platforms and review apps (Shopify, WooCommerce, Etsy, Amazon,
// Judge.me, Yotpo, …), recognised from a file's header so that its mapping is the platform's own:
// which column is the product's key, which name/value columns hold attributes, which are variants.
#pragma once

#include "store/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoptuner::data {

struct PlatformLayout
{
    QString name; // for people: "Shopify product export"
    store::DataKind kind = store::DataKind::Catalog;
    QStringList signature; // normalised headers that all must be present
    QList<std::pair<QString, QString>> fields; // field id -> normalised header (first present one wins)
    QStringList attributes; // normalised headers kept as single-column attributes
    QStringList aliases; // normalised headers of other ids of the product (ASIN, listing id, …)
};

// Layouts whose rows need more than the mapping (see the importer).
inline constexpr QLatin1String kBigCommerceLayout("BigCommerce product export");
inline constexpr QLatin1String kMagentoLayout("Magento product export");
// Its "Attribute N name/value(s)" pairs are the product's attributes, which a product may lack
// and gain; Shopify's options and Etsy's variations make variants, and are not filled in.
inline constexpr QLatin1String kWooCommerceLayout("WooCommerce product export");

// The layouts this build knows, most specific first.
const QList<PlatformLayout> &platformLayouts();

// The layout whose signature the header carries; nullopt for a header no platform writes.
std::optional<PlatformLayout> recognizeLayout(const QStringList &columns);

} // namespace shoptuner::data
