// The project file: creation, schema version and migrations, refusing foreign or newer files,
// transactions that roll back.
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/run_tables.h"
#include "store/schema.h"
#include "store/shop_tables.h"
#include "test_helpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shoptuner::store;

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("shop.shoptuner");
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            QCOMPARE(store.schemaVersion(), currentSchemaVersion());
            QCOMPARE(store.scalar("PRAGMA journal_mode").toString(), QString("wal"));
            QCOMPARE(store.scalar("PRAGMA foreign_keys").toInt(), 1);
            store.setInfo("name", "Kettle & Loom");
        }
        ProjectStore again(path);
        QCOMPARE(again.info("name"), QString("Kettle & Loom"));
        QCOMPARE(again.info("missing", "fallback"), QString("fallback"));
    }

    void refusesMissingForeignAndNewerFiles()
    {
        QTemporaryDir dir;
        EXPECT_THROW_WITH(ProjectStore(dir.filePath("none.shoptuner")), StoreError, "does not exist");

        const QString text = dir.filePath("notes.shoptuner");
        testing::writeFile(text.toStdString(), "this is not a database, just some text that is long enough\n");
        EXPECT_THROW_WITH(ProjectStore probe(text), StoreError, "not a ShopTuner project");

        const QString other = dir.filePath("other.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other");
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec("CREATE TABLE t (x)");
            db.close();
        }
        QSqlDatabase::removeDatabase("other");
        EXPECT_THROW_WITH(ProjectStore probe(other), StoreError, "not a ShopTuner project");

        const QString newer = dir.filePath("newer.shoptuner");
        {
            ProjectStore store(newer, ProjectStore::OpenMode::CreateIfMissing);
            store.exec(QString("PRAGMA user_version=%1").arg(currentSchemaVersion() + 1));
        }
        EXPECT_THROW_WITH(ProjectStore probe(newer), StoreError, "newer ShopTuner");
    }

    // Every older version, filled with data, opens with this version and keeps its data.
    void migratesFromEveryOlderVersion()
    {
        for (const Migration &m : migrations()) {
            if (m.version >= currentSchemaVersion())
                continue;
            QTemporaryDir dir;
            const QString path = dir.filePath("old.shoptuner");
            {
                ProjectStore old(path, m.version);
                QCOMPARE(old.schemaVersion(), m.version);
                old.setInfo("name", "old shop");
                // A training run as every version since 1 can hold it.
                old.exec("INSERT INTO training_runs (created_at, model_path, params_json, status)"
                         " VALUES ('2026-01-01T00:00:00Z', '/models/smol', '{}', 'finished')");
            }
            ProjectStore upgraded(path);
            QCOMPARE(upgraded.schemaVersion(), currentSchemaVersion());
            QCOMPARE(upgraded.info("name"), QString("old shop"));
            const auto runs = listTrainingRuns(upgraded);
            QCOMPARE(runs.size(), std::size_t(1));
            QCOMPARE(runs[0].modelPath, QString("/models/smol"));
            QCOMPARE(runs[0].status, QString("finished"));
            QCOMPARE(runs[0].tasksJson, QString("[]"));
            QVERIFY(runPoints(upgraded, runs[0].id).empty());
        }
        // The migration steps are numbered 1, 2, 3, ... without gaps.
        for (qsizetype i = 0; i < migrations().size(); ++i)
            QCOMPARE(migrations()[i].version, int(i + 1));
    }

    // Version 7 lets a review have no stars: reviews of a version 6 project keep theirs, and a
    // review without stars can be added after.
    void reviewsWithoutStarsAfterMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.shoptuner");
        {
            ProjectStore old(path, 6);
            old.exec("INSERT INTO imports (id, kind, file_name, imported_at) VALUES (1, 'reviews', 'r.csv', 'x')");
            old.exec("INSERT INTO reviews (import_id, review_key, product_key, rating, text, author)"
                     " VALUES (1, 'r1', 'mug', 4, 'Lovely', 'Ana')");
            EXPECT_THROW_WITH(
                old.exec("INSERT INTO reviews (import_id, product_key, rating, text) VALUES (1, 'mug', NULL, 'x')"),
                StoreError, "NOT NULL");
        }
        ProjectStore store(path);
        {
            ShopWriter writer(store, 1);
            writer.add(Review {"r2", "mug", 0, "", "No stars, just a comment", "", ""});
        }
        const auto reviews = loadReviews(store);
        QCOMPARE(reviews.size(), std::size_t(2));
        QCOMPARE(reviews[0].rating, 4);
        QCOMPARE(reviews[0].author, QString("Ana"));
        QCOMPARE(reviews[1].rating, 0);
        EXPECT_THROW_WITH(
            store.exec("INSERT INTO reviews (import_id, product_key, rating, text) VALUES (1, 'mug', 6, 'x')"),
            StoreError, "CHECK");
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath("p.shoptuner"), ProjectStore::OpenMode::CreateIfMissing);
        {
            Transaction tx(store);
            ImportInfo info;
            info.kind = DataKind::Catalog;
            info.fileName = "catalog.csv";
            const auto id = addImport(store, info);
            ShopWriter w(store, id);
            Product p;
            p.key = "A1";
            p.title = "Mug";
            w.add(p);
            // no commit
        }
        QCOMPARE(shopCounts(store).products, 0);
        QCOMPARE(store.scalar("SELECT count(*) FROM imports").toInt(), 0);
        {
            Transaction tx(store);
            ImportInfo info;
            info.kind = DataKind::Reviews;
            info.fileName = "reviews.csv";
            const auto id = addImport(store, info);
            ShopWriter w(store, id);
            w.add(Review {"r1", "A1", 5, "Great", "Lovely mug", "2025-01-02"});
            tx.commit();
        }
        QCOMPARE(shopCounts(store).reviews, 1);
        const auto reviews = loadReviews(store);
        QCOMPARE(reviews.front().rating, 5);
        QCOMPARE(reviews.front().text, QString("Lovely mug"));
        // Deleting the import removes its rows (foreign keys cascade).
        deleteImport(store, listImports(store).front().id);
        QCOMPARE(shopCounts(store).reviews, 0);
    }

    void productsUpsertAndRoundTrip()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath("p.shoptuner"), ProjectStore::OpenMode::CreateIfMissing);
        Transaction tx(store);
        ImportInfo info;
        info.kind = DataKind::Catalog;
        info.fileName = "c.csv";
        ShopWriter w(store, addImport(store, info));
        Product p;
        p.key = "KL-1";
        p.title = "Old title";
        p.features = QStringList {"stoneware", "350 ml"};
        p.category = QStringList {"Home", "Kitchen", "Mugs"};
        p.attributes.insert("color", "sage green");
        p.price = 24.9;
        w.add(p);
        p.title = "New title";
        w.add(p);
        tx.commit();
        const auto products = loadProducts(store);
        QCOMPARE(products.size(), std::size_t(1));
        QCOMPARE(products[0].title, QString("New title"));
        QCOMPARE(products[0].features, p.features);
        QCOMPARE(products[0].category, p.category);
        QCOMPARE(products[0].attributes.value("color"), QString("sage green"));
        QCOMPARE(*products[0].price, 24.9);
    }

    void trainingRunsKeepTheirCurves()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath("p.shoptuner"), ProjectStore::OpenMode::CreateIfMissing);
        TrainingRun run;
        run.modelPath = "/m";
        run.paramsJson = "{\"rank\":8}";
        run.status = "running";
        run.outputDir = "/out";
        run.id = addTrainingRun(store, run);
        for (int step = 1; step <= 4; ++step)
            addRunPoint(store, run.id, {step, 0.1 * step, 2.0 / step, std::nullopt, 1e-4, 100.0});
        addRunPoint(store, run.id, {4, 0.4, std::nullopt, 0.9, std::nullopt, std::nullopt});
        deleteRunPointsAfter(store, run.id, 2); // a resume from step 2 redoes 3 and 4
        const auto points = runPoints(store, run.id);
        QCOMPARE(points.size(), std::size_t(2));
        QCOMPARE(*points[1].trainLoss, 1.0);
        QVERIFY(!points[1].valLoss);
        run.status = "finished";
        run.bestValLoss = 0.9;
        run.stepsDone = 4;
        updateTrainingRun(store, run);
        const auto back = trainingRun(store, run.id);
        QCOMPARE(back->status, QString("finished"));
        QCOMPARE(*back->bestValLoss, 0.9);
        QCOMPARE(back->stepsDone, 4);
        QVERIFY(!trainingRun(store, run.id + 1));
    }

    void recordsFilterAndCount()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath("p.shoptuner"), ProjectStore::OpenMode::CreateIfMissing);
        const auto build = replaceTaskBuild(store, 7, "{}");
        RecordWriter w(store, RecordWriter::Owner::Build, build);
        for (int i = 0; i < 5; ++i) {
            InstructionRow r;
            r.task = i < 3 ? "Sentiment_Analysis" : "Product_Matching";
            r.setting = "IND_Diverse_Instruction";
            r.split = i % 2 ? "test" : "train";
            r.instruction = "i";
            r.input = "x";
            r.optionsJson = "null";
            r.output = "y";
            w.add(r);
        }
        int seen = 0;
        forEachRecord(store, {{"Sentiment_Analysis"}, {"train"}, {}, {}}, [&](const InstructionRow &r) {
            ++seen;
            return r.task == "Sentiment_Analysis" && r.split == "train";
        });
        QCOMPARE(seen, 2);
        QCOMPARE(recordCounts(store).size(), std::size_t(4));
        // A new build replaces the old one's records.
        replaceTaskBuild(store, 8, "{}");
        QCOMPARE(store.scalar("SELECT count(*) FROM records").toInt(), 0);
        QCOMPARE(latestTaskBuild(store)->seed, 8);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_project_store.moc"
