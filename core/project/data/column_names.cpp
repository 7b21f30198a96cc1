// The table of known header names behind column_names.h.
#include "column_names.h"

namespace shoptuner::data {

const QList<FieldNames> &knownNames(DataKind kind)
{
    static const QStringList productId = {"productid", "product", "sku", "itemid", "item", "asin", "parentasin",
        "handle", "productcode", "itemnumber", "articlenumber", "artikelnummer", "artikelnr", "artnr", "produktid",
        "reference", "ref", "idproduit", "referenceproduit", "idproducto", "codigo", "codigoproducto", "codice",
        "codiceprodotto", "artikelcode", "productnummer", "variantsku", "producthandle", "productsku", "lineitemsku",
        "sellersku", "itemsku", "listingid"};
    static const QStringList date = {"date", "createdat", "created", "timestamp", "time", "datetime", "datum",
        "erstelltam", "fecha", "data", "reviewdate", "orderdate", "orderedat", "searchedat", "askedat", "submittedat",
        "publishedat", "dateajout", "zeitstempel"};
    static const QList<FieldNames> catalog = {
        {"product_id", productId + QStringList {"id"}},
        {"sku", {"sku", "variantsku", "sellersku", "itemsku", "productcodesku", "skuartikelnummer"}},
        {"parent_id", {"parent", "parentid", "parentsku", "parentproduct", "parentproductid", "parentitem"}},
        {"title",
            {"title", "name", "productname", "producttitle", "itemname", "titel", "produktname", "bezeichnung",
                "artikelbezeichnung", "artikelname", "nom", "nomduproduit", "titre", "nombre", "titulo",
                "nombredelproducto", "nome", "nomeprodotto", "naam", "productnaam"}},
        {"description",
            {"description", "body", "bodyhtml", "longdescription", "productdescription", "beschreibung",
                "produktbeschreibung", "langbeschreibung", "descriptif", "descriptionlongue", "descripcion",
                "descrizione", "beschrijving", "details"}},
        {"features",
            {"features", "bulletpoints", "bullets", "keyfeatures", "highlights", "shortdescription", "merkmale",
                "produktmerkmale", "kurzbeschreibung", "caracteristiques", "caracteristicas", "caratteristiche",
                "kenmerken", "aboutthisitem"}},
        {"brand",
            {"brand", "brands", "vendor", "manufacturer", "brandname", "marke", "hersteller", "marque", "fabricant",
                "marca", "fabricante", "merk", "produttore"}},
        {"price",
            {"price", "regularprice", "saleprice", "variantprice", "listprice", "preis", "verkaufspreis", "prix",
                "precio", "prezzo", "prijs"}},
        {"category",
            {"category", "categories", "categorypath", "producttype", "type", "productcategory", "breadcrumb",
                "googleproductcategory", "kategorie", "warengruppe", "categorie", "categoria", "rubrik"}},
        {"gtin",
            {"gtin", "ean", "upc", "barcode", "variantbarcode", "gtin13", "ean13", "gtin14", "gtin12", "isbn", "jan",
                "strichcode", "codebarre", "codigodebarras", "codiceabarre"}},
        {"mpn",
            {"mpn", "manufacturerpartnumber", "partnumber", "model", "modelnumber", "herstellernummer",
                "herstellerartikelnummer", "modellnummer", "referencefabricant", "modelo", "modello"}},
    };
    static const QList<FieldNames> reviews = {
        {"product_id", productId},
        {"rating",
            {"rating", "stars", "score", "starrating", "reviewrating", "overall", "bewertung", "sterne", "note",
                "evaluation", "puntuacion", "valoracion", "estrellas", "voto", "valutazione", "stelle", "beoordeling",
                "sterren"}},
        {"text",
            {"review", "reviewtext", "text", "body", "content", "comment", "reviewbody", "reviewcontent", "rezension",
                "bewertungstext", "kommentar", "avis", "commentaire", "texte", "resena", "comentario", "recensione",
                "commento", "tekst", "opmerking"}},
        {"title",
            {"title", "reviewtitle", "headline", "summary", "subject", "uberschrift", "titel", "titre", "titulo",
                "titolo"}},
        {"date", date},
        {"review_id", {"reviewid", "id"}},
        {"author",
            {"reviewername", "reviewer", "author", "authorname", "reviewerdisplayname", "displayname", "customername",
                "nickname", "username", "verfasser", "autor", "auteur", "nombredelcliente", "name"}},
        {"order_id", {"orderid", "ordernumber", "transactionid", "bestellnummer"}},
    };
    static const QList<FieldNames> questions = {
        {"product_id", productId},
        {"question", {"question", "questiontext", "frage", "pregunta", "domanda", "vraag", "query"}},
        {"answer",
            {"answer", "answers", "answertext", "antwort", "reponse", "respuesta", "risposta", "antwoord", "reply"}},
        {"date", date},
        {"question_id", {"questionid", "id"}},
    };
    static const QList<FieldNames> searches = {
        {"query",
            {"query", "searchterm", "searchquery", "keyword", "keywords", "search", "suchbegriff", "suchanfrage",
                "requete", "recherche", "busqueda", "consulta", "ricerca", "zoekterm"}},
        {"product_id", productId},
        {"session_id", {"sessionid", "session", "visitid", "searchid", "sitzung", "sitzungsid"}},
        {"position", {"position", "rank", "pos", "slot", "rang", "posicion", "posizione"}},
        {"clicked", {"clicked", "click", "clicks", "geklickt", "klick", "clic", "clique", "clicado"}},
        {"added",
            {"addedtocart", "addtocart", "added", "cart", "atc", "warenkorb", "indenwarenkorb", "ajouteaupanier",
                "panier", "carrito", "carrello"}},
        {"purchased",
            {"purchased", "purchase", "bought", "ordered", "converted", "conversion", "gekauft", "kauf", "achete",
                "comprado", "acquistato"}},
        {"date", date},
    };
    static const QList<FieldNames> orders = {
        {"customer_id",
            {"customerid", "customer", "userid", "user", "clientid", "client", "buyerid", "sessionid", "session",
                "kunde", "kundennummer", "kundenid", "cliente", "klant", "klantnummer", "email", "customeremail",
                "billingemail", "buyeremail", "emailaddress", "billingemailaddress", "buyer", "buyerusername",
                "customeremailaddress"}},
        {"product_id", productId},
        {"date", date},
        {"order_id",
            {"orderid", "order", "ordernumber", "ordername", "bestellnummer", "bestellung", "commande",
                "numerodecommande", "pedido", "numeropedido", "ordine", "bestelling"}},
        {"quantity",
            {"quantity", "qty", "lineitemquantity", "menge", "anzahl", "quantite", "cantidad", "quantita", "aantal"}},
    };
    static const QList<FieldNames> none;
    switch (kind) {
    case DataKind::Catalog:
        return catalog;
    case DataKind::Reviews:
        return reviews;
    case DataKind::Questions:
        return questions;
    case DataKind::Searches:
        return searches;
    case DataKind::Orders:
        return orders;
    case DataKind::EcInstruct:
        return none;
    }
    return none;
}

} // namespace shoptuner::data
