// "Put it to work": the tuned model's suggestions for the shop's own rows, reviewed and written
// back. The write-back is checked byte for byte against the files it came from (the demo shop,
// a Shopify export with a byte-order mark, WooCommerce's Windows-1252 file with attribute
// pairs), and again through the importer; the job is cancelled, killed and resumed; a project
// of the previous schema migrates.
#include "test_helpers.h"

#include "data/builders/builders.h"
#include "data/column_mapping.h"
#include "data/importer.h"
#include "data/table_patch.h"
#include "data/table_reader.h"
#include "data/text_decoder.h"
#include "jobs/demo_model_job.h"
#include "jobs/import_job.h"
#include "jobs/work_job.h"
#include "services/work/work_export.h"
#include "services/work/work_kind.h"
#include "store/project_store.h"
#include "store/schema.h"
#include "store/shop_tables.h"
#include "store/work_tables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

using namespace shoptuner;
using jobs::Job;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Imports a file with the mapping ShopTuner proposes, as the demo shop and the wizard do.
std::int64_t importProposed(const QString &project, const QString &file, store::DataKind kind)
{
    jobs::ImportJob job({project, file, {}, kind});
    job.runHere();
    if (job.outcome() != Job::Outcome::Succeeded)
        qWarning("import failed: %s", qPrintable(job.error().message));
    return job.result().importId;
}

// Every cell of a CSV file, read by the project's own reader (not the code under test).
struct Table
{
    QStringList columns;
    QList<QStringList> rows;
};
Table readTable(const QString &path)
{
    const data::FilePreview preview = data::previewFile(path, 100000);
    return {preview.columns, preview.rows};
}

// The model's answer to an attribute prompt, as a trained model writes it: the value in lower
// case from the title, or "None" where the text does not say.
QString aveAnswer(const services::WorkPrompt &prompt, const QMap<QString, QString> &values)
{
    QJsonArray list;
    for (const QString &field : prompt.fields) {
        const QString v = values.value(prompt.itemKey + QLatin1Char('\t') + field);
        list.append(QJsonObject {{"attribute", field}, {"value", v.isEmpty() ? QStringLiteral("None") : v.toLower()},
            {"source", v.isEmpty() ? QStringLiteral("None") : QStringLiteral("product title")}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

// A job of `kind` whose answers come from `answer` instead of a model: the job's bookkeeping
// and the export are what is tested here, not what a random model says.
std::int64_t answeredJob(const QString &project, const QString &kind,
    const std::function<QString(const services::WorkPrompt &)> &answer, double confidence = 0.9)
{
    store::ProjectStore store(project);
    const services::WorkKind *k = services::workKind(kind);
    store::WorkJobRow row;
    row.kind = kind;
    row.modelPath = QStringLiteral("scripted");
    row.status = QStringLiteral("finished");
    row.id = store::addWorkJob(store, row);
    QList<store::Suggestion> all;
    for (const services::WorkPrompt &p : k->prompts(store, {}))
        for (store::Suggestion s : k->read(p, answer(p), confidence)) {
            s.jobId = row.id;
            all << s;
        }
    store::addSuggestions(store, all);
    return row.id;
}

void decide(const QString &project, std::int64_t jobId,
    const std::function<store::Suggestion::Decision(const store::Suggestion &)> &decision)
{
    store::ProjectStore store(project);
    for (const store::Suggestion &s : store::suggestions(store, jobId))
        if (s.decision == store::Suggestion::Decision::Pending)
            store::setDecision(store, s.id, decision(s));
}

} // namespace

class TestWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Cells filled in place: quoting, line ends, the byte-order mark, Shopify's variant rows under
    // one key and a short row stay as they were; a value with a comma is quoted; a cell with a
    // value now, a missing row and a missing column are reported, not written.
    void patchChangesOnlyTheCellsNamed()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath("in.csv"), out = dir.filePath("out.csv");
        const QByteArray original = "\xEF\xBB\xBFHandle,Title,Color,Size\r\n"
                                    "mug,\"Mug, \"\"big\"\"\",,L\r\n"
                                    "mug,,Red,M\r\n"
                                    "towel,\"Tea towel\nlinen\",Blue,\r\n"
                                    "short,Short row\r\n";
        writeAll(in, original);
        const data::PatchResult r = data::patchCsvFile(in, out, QLatin1Char(','), QStringLiteral("Handle"),
            {{"mug", "Color", "color", "Sage, light"}, {"towel", "Color", "color", "Green"},
                {"towel", "Size", "size", "M"}, {"short", "Size", "size", "S"}, {"nothing", "Color", "color", "Red"},
                {"mug", "Material", "material", "Linen"}});
        QCOMPARE(r.written, 3);
        QCOMPARE(r.outcomes[0].status, data::PatchOutcome::Status::Written);
        QCOMPARE(r.outcomes[1].status, data::PatchOutcome::Status::NotEmpty);
        QCOMPARE(r.outcomes[4].status, data::PatchOutcome::Status::NoRow);
        QCOMPARE(r.outcomes[5].status, data::PatchOutcome::Status::NoColumn);
        const QByteArray expected = "\xEF\xBB\xBFHandle,Title,Color,Size\r\n"
                                    "mug,\"Mug, \"\"big\"\"\",\"Sage, light\",L\r\n"
                                    "mug,,Red,M\r\n"
                                    "towel,\"Tea towel\nlinen\",Blue,M\r\n"
                                    "short,Short row,,S\r\n";
        QCOMPARE(readAll(out), expected);
        QCOMPARE(readAll(in), original); // the source is never touched
    }

    // WooCommerce: ';'-separated Windows-1252 with attributes in name/value pairs. A value goes
    // beside the pair naming its attribute, or into the first empty pair with its name; every
    // other byte of the file is as it was. A value with a character the code page lacks is
    // reported instead of being written as "?".
    void patchWritesWindows1252AndAttributePairs()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath("wc.csv"), out = dir.filePath("wc-out.csv");
        const QByteArray original
            = "ID;Name;Attribute 1 name;Attribute 1 value(s);Attribute 2 name;Attribute 2 value(s)\n"
              "1;Gr\xFC"
              "ner Becher \x96 gro\xDF;Farbe;;;\n"
              "2;M\xFCtze;Farbe;Rot;;\n"
              "3;Schal;Farbe;;;\n";
        writeAll(in, original);
        const data::PatchResult r = data::patchCsvFile(in, out, QLatin1Char(';'), QStringLiteral("ID"),
            {{"1", {}, "farbe", QString::fromUtf8("Grün – hell")}, {"2", {}, "material", "Wolle"},
                {"3", {}, "farbe", QString::fromUtf8("Żółty")}},
            {{"Attribute 1 name", "Attribute 1 value(s)"}, {"Attribute 2 name", "Attribute 2 value(s)"}});
        QCOMPARE(r.written, 2);
        QCOMPARE(r.outcomes[1].column, QStringLiteral("Attribute 2 value(s)"));
        // "Ż" has no byte in Windows-1252: reported, not written as "?".
        QCOMPARE(r.outcomes[2].status, data::PatchOutcome::Status::Unencodable);
        QCOMPARE(r.outcomes[2].character, QString::fromUtf8("Ż"));
        const QByteArray expected
            = "ID;Name;Attribute 1 name;Attribute 1 value(s);Attribute 2 name;Attribute 2 value(s)\n"
              "1;Gr\xFC"
              "ner Becher \x96 gro\xDF;Farbe;Gr\xFCn \x96 hell;;\n"
              "2;M\xFCtze;Farbe;Rot;Material;Wolle\n"
              "3;Schal;Farbe;;;\n";
        QCOMPARE(readAll(out), expected);
    }

    // Shopify's category metafields take only the entries the shop has set up: a value is written
    // as the handle of an entry the file already uses ("Rose Gold" -> "rose-gold"), lists joined
    // as Shopify writes them, and a value no product uses is reported, not written.
    void patchShopifyCategoryFields()
    {
        QCOMPARE(data::metaobjectHandle(QString::fromUtf8("Crème  Brûlée / 2")), QStringLiteral("creme-brulee-2"));
        QCOMPARE(data::metaobjectHandle(QStringLiteral("Rose Gold")), QStringLiteral("rose-gold"));
        QVERIFY(data::isShopifyCategoryField(QStringLiteral("Color (product.metafields.shopify.color-pattern)")));
        QVERIFY(!data::isShopifyCategoryField(QStringLiteral("Material (product.metafields.custom.material)")));
        QTemporaryDir dir;
        const QString in = dir.filePath("products_export.csv"), out = dir.filePath("out.csv");
        const QString color = QStringLiteral("Color (product.metafields.shopify.color-pattern)");
        const QString material = QStringLiteral("Material (product.metafields.custom.material)");
        writeAll(in,
            "Handle,Title,Color (product.metafields.shopify.color-pattern),"
            "Material (product.metafields.custom.material)\n"
            "mug,Mug,rose-gold; sage,Stoneware\n"
            "cup,Cup,,\n"
            "bowl,Bowl,,\n"
            "plate,Plate,,\n");
        const data::PatchResult r = data::patchCsvFile(in, out, QLatin1Char(','), QStringLiteral("Handle"),
            {{"cup", color, "color", "Rose Gold"}, {"bowl", color, "color", "sage | rose gold"},
                {"plate", color, "color", "Sage, Forest"}, {"plate", material, "material", "Porcelain"}});
        QCOMPARE(r.written, 3);
        QCOMPARE(r.outcomes[0].value, QStringLiteral("rose-gold"));
        QCOMPARE(r.outcomes[1].value, QStringLiteral("sage; rose-gold"));
        QCOMPARE(r.outcomes[2].status, data::PatchOutcome::Status::NotAnEntry);
        QCOMPARE(r.outcomes[2].missing, QStringLiteral("Forest"));
        QCOMPARE(r.outcomes[2].entries, (QStringList {"rose-gold", "sage"}));
        // A metafield of the shop's own namespace takes free text.
        QCOMPARE(r.outcomes[3].status, data::PatchOutcome::Status::Written);
        QCOMPARE(readAll(out),
            QByteArray("Handle,Title,Color (product.metafields.shopify.color-pattern),"
                       "Material (product.metafields.custom.material)\n"
                       "mug,Mug,rose-gold; sage,Stoneware\n"
                       "cup,Cup,rose-gold,\n"
                       "bowl,Bowl,sage; rose-gold,\n"
                       "plate,Plate,,Porcelain\n"));
    }

    // The demo shop with attribute cells blanked at known rows: exactly the empty cells are asked
    // about; accepted values are written, a rejected one leaves its cell empty, every other byte
    // equals the original's, the change list names each change, and the written catalog imports
    // again with the same mapping and the accepted values.
    void fillAttributesOnTheDemoShop()
    {
        QTemporaryDir dir;
        const QString demo = QStringLiteral(SHOPTUNER_DEMO_SHOP "/catalog.csv");
        const QByteArray original = readAll(demo);
        QList<QByteArray> lines = original.split('\n');
        // Blank the last fields (color, size, material) of three rows whose values are plain.
        struct Blank
        {
            int line;
            int field; // 0 color, 1 size, 2 material
            QString key, column, value;
        };
        QList<Blank> blanks;
        const QStringList columns = {"color", "size", "material"};
        for (int i = 1; i < lines.size() && blanks.size() < 3; ++i) {
            QList<QByteArray> parts = lines[i].split(',');
            if (parts.size() < 4 || lines[i].right(60).contains('"'))
                continue;
            const int field = blanks.size() == 1 ? 2 : 0; // color, material, color
            const QByteArray value = parts[parts.size() - 3 + field];
            const QByteArray title = lines[i].split(',').value(1);
            if (value.isEmpty() || !QString::fromUtf8(lines[i]).contains(QString::fromUtf8(value), Qt::CaseInsensitive))
                continue;
            blanks << Blank {i, field, QString::fromUtf8(parts[0]), columns[field], QString::fromUtf8(value)};
            parts[parts.size() - 3 + field].clear();
            lines[i] = parts.join(',');
        }
        QCOMPARE(blanks.size(), 3);
        const QString copy = dir.filePath("catalog.csv");
        writeAll(copy, lines.join('\n'));

        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, copy, store::DataKind::Catalog) > 0);

        // Exactly the empty attribute cells of the copy are asked about.
        const Table table = readTable(copy);
        QSet<QString> empty;
        const int key = int(table.columns.indexOf("product_id"));
        for (const QStringList &row : table.rows)
            for (const QString &c : columns)
                if (row.value(int(table.columns.indexOf(c))).trimmed().isEmpty())
                    empty.insert(row[key] + '\t' + c);
        QSet<QString> asked;
        {
            store::ProjectStore store(project);
            for (const services::WorkPrompt &p : services::workKind("fill-attributes")->prompts(store, {}))
                for (const QString &f : p.fields)
                    asked.insert(p.itemKey + '\t' + f);
        }
        QCOMPARE(asked, empty);
        for (const Blank &b : blanks)
            QVERIFY(asked.contains(b.key + '\t' + b.column));

        // The model finds the blanked values (and nothing for cells empty in the original).
        QMap<QString, QString> values;
        for (const Blank &b : blanks)
            values.insert(b.key + '\t' + b.column, b.value);
        const std::int64_t jobId = answeredJob(
            project, "fill-attributes", [&](const services::WorkPrompt &p) { return aveAnswer(p, values); });
        const Blank &rejected = blanks[2];
        decide(project, jobId, [&](const store::Suggestion &s) {
            return s.itemKey == rejected.key ? store::Suggestion::Decision::Rejected
                                             : store::Suggestion::Decision::Accepted;
        });
        {
            store::ProjectStore store(project);
            int pending = 0;
            for (const store::Suggestion &s : store::suggestions(store, jobId)) {
                pending += s.decision == store::Suggestion::Decision::Pending;
                if (s.decision == store::Suggestion::Decision::Accepted)
                    QCOMPARE(s.suggested, values.value(s.itemKey + '\t' + s.field)); // as the title writes it
            }
            QCOMPARE(pending, 0);
        }

        const QString out = dir.filePath("catalog-filled.csv");
        services::WorkExportResult result;
        {
            store::ProjectStore store(project);
            result = services::exportWork(store, jobId, out);
        }
        QCOMPARE(result.accepted, 2);
        QCOMPARE(result.written, 2);
        QVERIFY(result.notes.isEmpty());
        QList<QByteArray> expected = lines;
        for (int i = 0; i < 2; ++i)
            expected[blanks[i].line] = original.split('\n')[blanks[i].line];
        QCOMPARE(readAll(out), expected.join('\n')); // plain UTF-8: byte for byte

        // The change list names each change.
        const Table changes = readTable(dir.filePath("catalog-filled-changes.csv"));
        QCOMPARE(changes.rows.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(changes.rows[i][0], blanks[i].key);
            QCOMPARE(changes.rows[i][2], blanks[i].column);
            QCOMPARE(changes.rows[i][5], blanks[i].value);
            QCOMPARE(changes.rows[i][7], QStringLiteral("written"));
        }

        // Round trip: the written catalog imports with the same mapping, the values present.
        const QString again = dir.filePath("again.shoptuner");
        QVERIFY(importProposed(again, out, store::DataKind::Catalog) > 0);
        store::ProjectStore store(again);
        QHash<QString, store::Product> products;
        for (store::Product &p : store::loadProducts(store))
            products.insert(p.key, p);
        QCOMPARE(products.value(blanks[0].key).attributes.value("color"), blanks[0].value);
        QCOMPARE(products.value(blanks[1].key).attributes.value("material"), blanks[1].value);
        QVERIFY(products.value(rejected.key).attributes.value("color").isEmpty());
    }

    // A real Shopify export (byte-order mark, quoted HTML, variant rows under one Handle): its
    // colour category metafield filled for a product without one with an entry the shop uses
    // ("sage", set on the aprons); a colour no product uses is not written (Shopify's import would
    // refuse it) and the change list says why; the file otherwise unchanged.
    void shopifyExportStaysImportable()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("products_export.csv");
        QVERIFY(QFile::copy(QStringLiteral(SHOPTUNER_SHOPS "/shopify/products_export.csv"), file));
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, file, store::DataKind::Catalog) > 0);
        QStringList targets;
        {
            store::ProjectStore store(project);
            for (const services::WorkPrompt &p : services::workKind("fill-attributes")->prompts(store, {}))
                if (p.fields.contains(QStringLiteral("color")))
                    targets << p.itemKey;
            QVERIFY2(targets.size() >= 2, "the Shopify fixture has products without a colour");
        }
        const std::int64_t jobId = answeredJob(project, "fill-attributes", [&](const services::WorkPrompt &p) {
            return aveAnswer(p,
                {{targets[0] + "\tcolor", QStringLiteral("sage")}, {targets[1] + "\tcolor", QStringLiteral("forest")}});
        });
        decide(project, jobId, [](const store::Suggestion &) { return store::Suggestion::Decision::Accepted; });
        const QString out = dir.filePath("filled.csv");
        {
            store::ProjectStore store(project);
            const services::WorkExportResult r = services::exportWork(store, jobId, out);
            QCOMPARE(r.accepted, 2);
            QCOMPARE(r.written, 1);
            QCOMPARE(r.notes.size(), 1); // "1 of 2 accepted values could not be written ..."
        }
        const Table changes = readTable(dir.filePath("filled-changes.csv"));
        QCOMPARE(changes.rows.size(), 2);
        for (const QStringList &row : changes.rows) {
            if (row[0] == targets[0])
                QCOMPARE(row[7], QStringLiteral("written"));
            else {
                QCOMPARE(row[0], targets[1]);
                QVERIFY2(row[7].startsWith("not written: Shopify takes only values set up in your shop")
                        && row[7].contains(QString::fromUtf8("\u201cforest\u201d"))
                        && row[7].endsWith(": sage, sand, charcoal"),
                    qPrintable(row[7]));
            }
        }
        const Table before = readTable(file), after = readTable(out);
        QCOMPARE(after.columns, before.columns);
        QCOMPARE(after.rows.size(), before.rows.size());
        int changed = 0;
        for (int r = 0; r < before.rows.size(); ++r)
            for (int c = 0; c < before.columns.size(); ++c)
                if (before.rows[r].value(c) != after.rows[r].value(c)) {
                    ++changed;
                    QCOMPARE(before.rows[r].value(0), targets[0]);
                    QVERIFY(before.columns[c].contains("product.metafields.shopify.color-pattern"));
                    QVERIFY(before.rows[r].value(c).isEmpty());
                    QCOMPARE(after.rows[r].value(c), QStringLiteral("sage"));
                }
        QCOMPARE(changed, 1);
        QVERIFY(readAll(out).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(readAll(out).size() - readAll(file).size(), qsizetype(4)); // "sage", nothing else
    }

    // A file changed on disk since the import is not written without the owner's word; a JSON
    // catalog is not written back, and the owner is told so and gets the change list.
    void changedSourceAndJsonCatalog()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("catalog.csv");
        writeAll(file, "sku,title,colour\nA1,Blue mug,\nA2,Red mug,Red\n");
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, file, store::DataKind::Catalog) > 0);
        const std::int64_t jobId = answeredJob(project, "fill-attributes", [](const services::WorkPrompt &p) {
            return aveAnswer(p, {{p.itemKey + "\tcolour", "Blue"}});
        });
        decide(project, jobId, [](const store::Suggestion &) { return store::Suggestion::Decision::Accepted; });
        writeAll(file, "sku,title,colour\nA1,Blue mug,\nA2,Red mug,Red\nA3,Green mug,\n"); // the shop's own edit
        store::ProjectStore store(project);
        QVERIFY_THROWS_EXCEPTION(services::SourceChanged, services::exportWork(store, jobId, dir.filePath("out.csv")));
        QVERIFY(!QFile::exists(dir.filePath("out.csv")));
        services::WorkExportOptions force;
        force.writeChanged = true;
        const services::WorkExportResult r = services::exportWork(store, jobId, dir.filePath("out.csv"), force);
        QCOMPARE(r.written, 1);
        QCOMPARE(readAll(dir.filePath("out.csv")),
            QByteArray("sku,title,colour\nA1,Blue mug,Blue\nA2,Red mug,Red\nA3,Green mug,\n"));

        const QString json = dir.filePath("catalog.json");
        writeAll(json,
            R"([{"sku": "B1", "title": "Green jug", "colour": ""}, {"sku": "B2", "title": "Red jug", "colour": "Red"}])");
        const QString jsonProject = dir.filePath("json.shoptuner");
        QVERIFY(importProposed(jsonProject, json, store::DataKind::Catalog) > 0);
        const std::int64_t jsonJob = answeredJob(jsonProject, "fill-attributes", [](const services::WorkPrompt &p) {
            return aveAnswer(p, {{p.itemKey + "\tcolour", "Green"}});
        });
        decide(jsonProject, jsonJob, [](const store::Suggestion &) { return store::Suggestion::Decision::Accepted; });
        store::ProjectStore jsonStore(jsonProject);
        const services::WorkExportResult j = services::exportWork(jsonStore, jsonJob, dir.filePath("json-out.csv"));
        QCOMPARE(j.written, 0);
        QCOMPARE(j.files, QStringList {dir.filePath("json-out.csv")});
        QVERIFY(j.notes.join(' ').contains("JSON file"));
        const Table list = readTable(dir.filePath("json-out.csv"));
        QCOMPARE(list.rows.size(), 1);
        QCOMPARE(list.rows[0][0], QStringLiteral("B1"));
        QCOMPARE(list.rows[0][5], QStringLiteral("Green"));
    }

    // Triage: the model's sentiment for each review, the negative ones first in the list.
    void triageListsNegativeReviewsFirst()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/catalog.csv", store::DataKind::Catalog) > 0);
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/reviews.csv", store::DataKind::Reviews) > 0);
        int n = 0;
        const std::int64_t jobId = answeredJob(project, "triage-reviews", [&n](const services::WorkPrompt &) {
            return QStringList {"A: very positive", "E: very negative", "C: neutral", "no idea"}[n++ % 4];
        });
        store::ProjectStore store(project);
        const auto all = store::suggestions(store, jobId);
        QVERIFY(all.size() > 20);
        QCOMPARE(std::count_if(all.begin(), all.end(),
                     [](const store::Suggestion &s) { return s.decision == store::Suggestion::Decision::None; }),
            qsizetype(all.size() / 4));
        const services::WorkExportResult r = services::exportWork(store, jobId, dir.filePath("triage.csv"));
        const Table list = readTable(dir.filePath("triage.csv"));
        QCOMPARE(list.rows.size(), r.written);
        QCOMPARE(list.rows.first()[0], QStringLiteral("very negative"));
        QCOMPARE(list.rows.last()[0], QStringLiteral("very positive"));
    }

    // Triage asks about the reviews the owner chose: those without stars, those from a day on,
    // or both.
    void triageChoosesItsRows()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/catalog.csv", store::DataKind::Catalog) > 0);
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/reviews.csv", store::DataKind::Reviews) > 0);
        // Comments from a contact form: no star column at all.
        const QString comments = dir.filePath("comments.csv");
        writeAll(comments,
            "review_id,product_id,comment,date\n"
            "C-1,KL-10001,The throw arrived quickly and smells a bit of the factory,2024-07-01\n"
            "C-2,KL-10241,Not the colour in the photo at all,2024-01-15\n"
            "C-3,KL-10241,\"Soft, and the size is right\",2024-08-30\n");
        QVERIFY(importProposed(project, comments, store::DataKind::Reviews) > 0);
        store::ProjectStore store(project);
        QSet<QString> unrated, recent, both;
        for (const store::Review &r : store::loadReviews(store)) {
            if (r.text.trimmed().isEmpty())
                continue;
            if (r.rating == 0)
                unrated.insert(r.key);
            if (r.date >= QLatin1String("2024-06-01"))
                recent.insert(r.key);
            if (r.rating == 0 && r.date >= QLatin1String("2024-06-01"))
                both.insert(r.key);
        }
        QCOMPARE(unrated, QSet<QString>({"C-1", "C-2", "C-3"}));
        QVERIFY(!both.isEmpty() && both.size() < unrated.size() && both.size() < recent.size());
        const services::WorkKind *triage = services::workKind("triage-reviews");
        const auto keys = [&](const services::WorkOptions &o) {
            QSet<QString> out;
            for (const services::WorkPrompt &p : triage->prompts(store, o))
                out.insert(p.itemKey);
            return out;
        };
        services::WorkOptions o;
        o.withoutStars = true;
        QCOMPARE(keys(o), unrated);
        o.since = QStringLiteral("2024-06-01");
        QCOMPARE(keys(o), both);
        o.withoutStars = false;
        QCOMPARE(keys(o), recent);
    }

    // Draft answers: each open question is asked whether its reviews answer it and for the answer;
    // the list puts the answerable ones first with their drafts, and a rejected draft is left out.
    void draftAnswersForOpenQuestions()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/catalog.csv", store::DataKind::Catalog) > 0);
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/reviews.csv", store::DataKind::Reviews) > 0);
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/questions.csv", store::DataKind::Questions) > 0);
        QSet<QString> open;
        {
            store::ProjectStore store(project);
            for (const store::Question &q : store::loadQuestions(store))
                if (q.answer.trimmed().isEmpty())
                    open.insert(q.key);
            QVERIFY2(!open.isEmpty(), "the demo shop has open questions");
            QSet<QString> asked;
            for (const services::WorkPrompt &p : services::workKind("draft-answers")->prompts(store, {})) {
                QVERIFY(open.contains(p.itemKey));
                asked.insert(p.itemKey + '\t' + p.task);
            }
            QVERIFY(asked.size() >= 2);
            QVERIFY(asked.size() % 2 == 0); // both tasks for every question asked
        }
        int n = 0;
        const std::int64_t jobId = answeredJob(project, "draft-answers", [&n](const services::WorkPrompt &p) {
            if (p.task == "Answerability_Prediction")
                return QString(n++ % 2 ? "no" : "yes");
            return QStringLiteral("Yes, it is machine washable at 40 degrees.");
        });
        decide(project, jobId, [](const store::Suggestion &) { return store::Suggestion::Decision::Accepted; });
        store::ProjectStore store(project);
        const services::WorkExportResult r = services::exportWork(store, jobId, dir.filePath("answers.csv"));
        const Table list = readTable(dir.filePath("answers.csv"));
        QCOMPARE(list.rows.size(), r.written);
        QCOMPARE(list.rows.first()[4], QStringLiteral("yes"));
        QCOMPARE(list.rows.last()[4], QStringLiteral("no"));
        QCOMPARE(list.rows.first()[5], QStringLiteral("Yes, it is machine washable at 40 degrees."));
        QVERIFY(open.contains(list.rows.first()[0]));
    }

    // Duplicates: candidate pairs from blocking (same brand, titles alike), never all pairs; each
    // asked as matching and as substitute; the list puts the same product listed twice first.
    void duplicatePairsFromBlocking()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/catalog.csv", store::DataKind::Catalog) > 0);
        qsizetype products = 0;
        QSet<QString> pairs;
        {
            store::ProjectStore store(project);
            products = qsizetype(store::loadProducts(store).size());
            QHash<QString, QString> brand;
            for (const store::Product &p : store::loadProducts(store))
                brand.insert(p.key, p.brand);
            const auto prompts = services::workKind("duplicates")->prompts(store, {});
            QVERIFY(!prompts.isEmpty());
            QCOMPARE(prompts.size() % 2, 0);
            for (const services::WorkPrompt &p : prompts) {
                pairs.insert(p.itemKey);
                const QStringList keys = p.itemKey.split('\t');
                QCOMPARE(keys.size(), 2);
                QCOMPARE(brand.value(keys[0]), brand.value(keys[1]));
            }
            QCOMPARE(qsizetype(pairs.size()) * 2, prompts.size());
            QVERIFY2(pairs.size() <= products * 5 && pairs.size() < products * (products - 1) / 20,
                qPrintable(QString("%1 pairs of %2 products").arg(pairs.size()).arg(products)));
        }
        const QString duplicate = *pairs.begin();
        const std::int64_t jobId = answeredJob(project, "duplicates", [&](const services::WorkPrompt &p) {
            return QString(p.itemKey == duplicate && p.fields.value(0) == "same" ? "yes" : "no");
        });
        store::ProjectStore store(project);
        services::exportWork(store, jobId, dir.filePath("pairs.csv"));
        const Table list = readTable(dir.filePath("pairs.csv"));
        QCOMPARE(list.rows.size(), pairs.size());
        QCOMPARE(list.rows.first()[0] + '\t' + list.rows.first()[2], duplicate);
        QCOMPARE(list.rows.first()[4], QStringLiteral("yes"));
    }

    // Search ranking: the most frequent queries, each with the products it showed in the shop's
    // order; a ranking naming every product once is a suggestion, the list shows both orders.
    void searchRankingOfFrequentQueries()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/catalog.csv", store::DataKind::Catalog) > 0);
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/searches.csv", store::DataKind::Searches) > 0);
        QList<services::WorkPrompt> prompts;
        {
            store::ProjectStore store(project);
            prompts = services::workKind("search-ranking")->prompts(store, {});
        }
        QCOMPARE(prompts.size(), 50);
        int before = INT_MAX;
        for (const services::WorkPrompt &p : prompts) {
            const int searches = p.context.value("searches").toInt();
            QVERIFY(searches <= before); // most frequent first
            before = searches;
            const int shown = int(p.current.value(0).split(',').size());
            QVERIFY(shown >= 2 && shown <= 4);
        }
        int n = 0; // every other answer names a product twice, which is no ranking
        const std::int64_t jobId = answeredJob(project, "search-ranking", [&n](const services::WorkPrompt &p) {
            QStringList letters;
            for (qsizetype i = p.current.value(0).split(',').size(); i > 0; --i)
                letters << QString(QChar('A' + int(i) - 1));
            return n++ % 2 ? QStringLiteral("A,A,B") : letters.join(',');
        });
        store::ProjectStore store(project);
        int pending = 0;
        for (const store::Suggestion &s : store::suggestions(store, jobId))
            if (s.decision == store::Suggestion::Decision::Pending) {
                ++pending;
                QStringList reversed = s.currentValue.split(',');
                std::reverse(reversed.begin(), reversed.end());
                QCOMPARE(s.suggested.split(','), reversed); // "D,C,B,A": the shop's last first
            }
        QCOMPARE(pending, 25);
        const services::WorkExportResult r = services::exportWork(store, jobId, dir.filePath("ranking.csv"));
        QVERIFY(r.written >= 2 * pending && r.written <= 4 * pending); // one line per place
    }

    // With a model: the job asks every prompt once, keeps each batch as it comes, stops when
    // cancelled with what it answered, and resumes where it stopped, also after its process was
    // killed; "new rows only" then finds nothing left.
    void jobCancelsKillsAndResumes()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("shop.shoptuner");
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/catalog.csv", store::DataKind::Catalog) > 0);
        QVERIFY(importProposed(project, SHOPTUNER_DEMO_SHOP "/reviews.csv", store::DataKind::Reviews) > 0);
        const QString model = dir.filePath("model");
        jobs::DemoModelJob demo(project, model);
        demo.runHere();
        QVERIFY2(demo.outcome() == Job::Outcome::Succeeded, qPrintable(demo.error().message));

        jobs::WorkJobParams p;
        p.projectPath = project;
        p.kind = QStringLiteral("triage-reviews");
        p.modelDir = model;
        p.options.limit = 12;
        p.batch = 4;
        p.threads = 1;
        std::int64_t jobId = 0;
        {
            jobs::WorkJob job(p);
            QObject::connect(
                &job, &jobs::WorkJob::answersKept, [&job] { job.requestCancel(); }); // after the first batch
            job.runHere();
            QCOMPARE(job.outcome(), Job::Outcome::Cancelled);
            jobId = job.result().jobId;
            QCOMPARE(job.result().prompts, 4);
        }
        {
            store::ProjectStore store(project);
            QCOMPARE(store::workJob(store, jobId)->status, QStringLiteral("cancelled"));
            QCOMPARE(store::suggestions(store, jobId).size(), std::size_t(4));
            // Even this barely trained model names an option for every review: a choice is read
            // from the first token, picked among the options' own.
            for (const store::Suggestion &s : store::suggestions(store, jobId)) {
                QVERIFY(s.confidence && *s.confidence > 0 && *s.confidence <= 1);
                QVERIFY2(!services::unreadableAnswer(s), qPrintable(s.contextJson));
                QVERIFY2(data::builders::sentimentOptions().contains(s.value()), qPrintable(s.value()));
            }
        }
        jobs::WorkJobParams resume;
        resume.projectPath = project;
        resume.resumeJobId = jobId;
        resume.threads = 1;
        jobs::WorkJob second(resume);
        second.runHere();
        QCOMPARE(second.outcome(), Job::Outcome::Succeeded);
        QCOMPARE(second.result().prompts, 8);
        {
            store::ProjectStore store(project);
            const auto row = store::workJob(store, jobId);
            QCOMPARE(row->status, QStringLiteral("finished"));
            QCOMPARE(row->itemsDone, 12);
            QCOMPARE(store::suggestions(store, jobId).size(), std::size_t(12));
        }

        // The CLI killed in the middle of a job, then resumed.
        QProcess cli;
        cli.start(SHOPTUNER_CLI,
            {"apply", "--project", project, "--job", "triage-reviews", "--model", model, "--only-new", "--limit", "600",
                "--batch", "1", "--threads", "1", "--out", dir.filePath("killed.csv")});
        QVERIFY(cli.waitForStarted());
        cli.setReadChannel(QProcess::StandardError); // progress goes there; stdout only at the end
        QByteArray err;
        while (!err.contains("\"fraction\":0.") && cli.waitForReadyRead(60000))
            err += cli.readAllStandardError();
        QVERIFY2(err.contains("\"fraction\":0."), err.constData());
        cli.kill();
        cli.waitForFinished();
        std::int64_t killed = 0;
        qsizetype kept = 0;
        {
            store::ProjectStore store(project);
            killed = store::listWorkJobs(store, "triage-reviews").front().id;
            QVERIFY(killed != jobId);
            kept = qsizetype(store::suggestions(store, killed).size());
            QVERIFY2(kept >= 1 && kept < 600, qPrintable(QString::number(kept)));
            QCOMPARE(store::workJob(store, killed)->status, QStringLiteral("running")); // as a kill leaves it
        }
        QProcess again;
        again.start(SHOPTUNER_CLI,
            {"apply", "--project", project, "--resume", QString::number(killed), "--threads", "1", "--out",
                dir.filePath("resumed.csv")});
        QVERIFY(again.waitForFinished(120000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        const QJsonObject summary = QJsonDocument::fromJson(again.readAllStandardOutput().trimmed()).object();
        QCOMPARE(summary.value("asked").toInt(), 600 - int(kept));
        QVERIFY(summary.value("rows_per_second").toDouble() > 0);
        store::ProjectStore store(project);
        QCOMPARE(store::suggestions(store, killed).size(), std::size_t(600));
        QCOMPARE(store::workJob(store, killed)->status, QStringLiteral("finished"));
        // Every review looked at once over both jobs: none twice.
        QSet<QString> items;
        for (const std::int64_t id : {jobId, killed})
            for (const store::Suggestion &s : store::suggestions(store, id)) {
                QVERIFY2(!items.contains(s.itemKey), qPrintable(s.itemKey));
                items.insert(s.itemKey);
            }
    }

    // A project of the schema before work jobs (5) opens with the new tables, its imports
    // unchanged and their source files unknown (so an export asks for the file).
    void previousSchemaMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.shoptuner");
        {
            store::ProjectStore old(path, 5);
            old.exec(QStringLiteral("INSERT INTO imports (kind, file_name, file_size, imported_at)"
                                    " VALUES ('catalog', 'catalog.csv', 10, '2026-11-01T10:00:00Z')"));
        }
        store::ProjectStore store(path);
        QCOMPARE(store.schemaVersion(), store::currentSchemaVersion());
        const auto imports = store::listImports(store);
        QCOMPARE(imports.size(), std::size_t(1));
        QCOMPARE(imports[0].fileName, QStringLiteral("catalog.csv"));
        QVERIFY(imports[0].filePath.isEmpty());
        QCOMPARE(services::sourceState(imports[0]).status, services::SourceState::Status::Unknown);
        QVERIFY(store::listWorkJobs(store).empty());
    }
};

QTEST_GUILESS_MAIN(TestWork)
#include "test_work.moc"
