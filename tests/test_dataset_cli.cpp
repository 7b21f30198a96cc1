// The shop-data commands of shoptuner-cli end to end: the demo shop from files to records,
// ECInstruct round trips, clear errors for bad input, and a project file that survives a kill
// in the middle of an import.
#include "test_helpers.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

using Run = testing::CliRun;

Run cli(const QStringList &args)
{
    return testing::runCli(args, 300000);
}

// The JSON lines of stdout that are not progress events.
std::vector<json> events(const std::string &out)
{
    std::vector<json> result;
    for (const QString &line : QString::fromStdString(out).split('\n', Qt::SkipEmptyParts)) {
        json j = json::parse(line.toStdString());
        if (j.value("event", "") != "progress")
            result.push_back(j);
    }
    return result;
}

QString demo(const char *file)
{
    return QStringLiteral(SHOPTUNER_DEMO_SHOP "/") + QLatin1String(file);
}

// Opens a project file with plain SQLite, as a recovery tool would.
QVariant sqlScalar(const QString &path, const QString &sql)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("check");
    return v;
}

} // namespace

class TestDatasetCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShopFromFilesToRecords()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("demo.shoptuner");
        Run r = cli({"import", "--project", project, "--catalog", demo("catalog.csv"), "--reviews", demo("reviews.csv"),
            "--questions", demo("questions.csv"), "--searches", demo("searches.csv"), "--orders", demo("orders.csv")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const auto imported = events(r.out);
        QCOMPARE(imported.size(), std::size_t(5));
        for (const json &e : imported) {
            QVERIFY2(e["rows"].get<int>() > 250, e.dump().c_str());
            QCOMPARE(e["skipped"].get<int>(), 0);
        }
        QCOMPARE(imported[0]["mapping"]["fields"]["features"], json("bullet_points"));
        QCOMPARE(imported[1]["mapping"]["fields"]["text"], json("review_text"));

        r = cli({"build-tasks", "--project", project, "--seed", "7", "--ood-categories", "Candles"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json report = events(r.out).back();
        QCOMPARE(report["tasks"].size(), std::size_t(10));
        for (const json &t : report["tasks"]) {
            QVERIFY2(t["available"].get<bool>(), t.dump().c_str());
            QVERIFY2(t["counts"].value("train", 0) > 0, t.dump().c_str());
            QCOMPARE(t["samples"].size(), std::min<std::size_t>(3, t["counts"].value("train", 0)));
        }
        QCOMPARE(report["cleaning"]["emails"].get<int>(), 30);
        QCOMPARE(report["cleaning"]["phone_numbers"].get<int>(), 20);
        QVERIFY(report["cleaning"]["order_numbers"].get<int>() >= 20);
        // The generator planted 15 exact and 15 near duplicates (some only differ in punctuation,
        // which counts as exact here).
        const int dups = report["cleaning"]["exact_duplicate_reviews"].get<int>()
            + report["cleaning"]["near_duplicate_reviews"].get<int>();
        QVERIFY2(dups >= 28 && dups <= 34, report["cleaning"].dump().c_str());

        r = cli({"stats", "--project", project});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json stats = json::parse(r.out);
        QCOMPARE(stats["imports"].size(), std::size_t(5));
        QCOMPARE(stats["shop"]["reviews"].get<int>(), 1500);
        QCOMPARE(stats["latest_build"]["seed"].get<int>(), 7);

        const QString out = dir.filePath("records.jsonl");
        r = cli({"export-dataset", "--project", project, "--out", out, "--splits", "train"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const QStringList lines
            = QString::fromStdString(testing::readFile(out.toStdString())).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(qint64(lines.size()), json::parse(r.out)["records"].get<qint64>());
        for (const QString &line : lines) {
            const ordered_json j = ordered_json::parse(line.toStdString());
            QCOMPARE(j["split"], ordered_json("train"));
            QVERIFY(j["instruction"].is_string() && j["input"].is_string() && j["output"].is_string());
            QVERIFY(j["options"].is_null() || j["options"].is_string());
        }
        // Building again with the same seed gives the same records.
        cli({"build-tasks", "--project", project, "--seed", "7", "--ood-categories", "Candles"});
        const QString again = dir.filePath("again.jsonl");
        cli({"export-dataset", "--project", project, "--out", again, "--splits", "train"});
        QCOMPARE(testing::readFile(again.toStdString()), testing::readFile(out.toStdString()));
    }

    // A project's records train a model directly, and the search-label mapping changes the labels.
    void trainsFromAProjectFile()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("demo.shoptuner");
        QCOMPARE(cli({"import", "--project", project, "--catalog", demo("catalog.csv"), "--reviews",
                         demo("reviews.csv"), "--searches", demo("searches.csv"), "--questions", demo("questions.csv")})
                     .exitCode,
            0);
        Run r = cli({"build-tasks", "--project", project, "--tasks", "SA,MPC", "--search-labels", "clicked=C,added=C"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json report = events(r.out).back();
        QCOMPARE(report["tasks"].size(), std::size_t(2));
        const json mpcLabels = report["tasks"][1]["labels"];
        QVERIFY2(!mpcLabels.contains(
                     "B: The product is somewhat relevant. It fails to fulfill some aspects of the query but "
                     "the product can be used as a functional substitute."),
            mpcLabels.dump().c_str());
        r = cli({"build-tasks", "--project", project, "--tasks", "SA", "--search-labels", "clicked=X"});
        QCOMPARE(r.exitCode, 2);

        testing::writeFile((dir.filePath("tokenizer.json")).toStdString(), testing::byteLevelTokenizerJson());
        r = cli({"make-model", "--preset", "tiny", "--tokenizer", dir.filePath("tokenizer.json"), "--out",
            dir.filePath("model")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        r = cli({"train", "--project", project, "--tasks", "SA", "--model", dir.filePath("model"), "--out",
            dir.filePath("run"), "--max-steps", "2", "--micro-batch", "2", "--max-length", "640", "--val-every", "2",
            "--threads", "1"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const auto trained = events(r.out);
        // The run goes through the app's training job: it is recorded in the project, with its
        // settings and loss curve, and shows in the app's run history.
        QCOMPARE(trained.back()["event"], json("run"));
        QCOMPARE(trained.back()["status"], json("finished"));
        QCOMPARE(trained[trained.size() - 2]["event"], json("done"));
        QVERIFY(std::any_of(trained.begin(), trained.end(), [](const json &e) { return e["event"] == "eval"; }));
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM training_runs").toInt(), 1);
        QCOMPARE(
            sqlScalar(project, "SELECT id FROM training_runs").toLongLong(), trained.back()["run_id"].get<qint64>());
        QCOMPARE(sqlScalar(project, "SELECT status FROM training_runs").toString(), QString("finished"));
        QCOMPARE(sqlScalar(project, "SELECT steps_done FROM training_runs").toInt(), 2);
        QVERIFY(sqlScalar(project, "SELECT params_json FROM training_runs").toString().contains("\"max_length\":640"));
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM run_points WHERE train_loss IS NOT NULL").toInt(), 2);
        // --resume continues the project's run that trains into --out; a folder with no run is refused.
        r = cli({"train", "--project", project, "--model", dir.filePath("model"), "--out", dir.filePath("nowhere"),
            "--resume"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("no run training into") != std::string::npos, r.err.c_str());
        r = cli({"train", "--project", project, "--data", "x.jsonl", "--model", dir.filePath("model"), "--out",
            dir.filePath("run2")});
        QCOMPARE(r.exitCode, 2);

        // The tuned model is scored on the same first test items as any other model would be.
        r = cli({"eval", "--project", project, "--model", dir.filePath("model"), "--adapter", dir.filePath("run/best"),
            "--tasks", "SA,MPC", "--setting", "IND", "--limit", "5", "--bootstrap", "50", "--dtype", "f32", "--out",
            dir.filePath("report.json")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json scored = events(r.out).back();
        QCOMPARE(scored["event"], json("evaluated"));
        QCOMPARE(scored["tasks"].size(), std::size_t(2));
        for (const json &t : scored["tasks"]) {
            QCOMPARE(t["n"].get<int>(), 5);
            QVERIFY(t["invalid"].get<int>() >= 0 && t["invalid"].get<int>() <= 5);
            QVERIFY(t["ci95"][0].get<double>() <= t["value"].get<double>() + 1e-12);
            QVERIFY(t["ci95"][1].get<double>() >= t["value"].get<double>() - 1e-12);
        }
        QCOMPARE(scored["tasks"][0]["task"], json("Multiclass_Product_Classification"));
        QCOMPARE(scored["tasks"][0]["metric"], json("accuracy"));
        QCOMPARE(scored["tasks"][1]["metric"], json("macro_f1"));
        QCOMPARE(json::parse(testing::readFile(dir.filePath("report.json").toStdString()))["tasks"], scored["tasks"]);
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM eval_predictions").toInt(), 10);
        QCOMPARE(sqlScalar(project, "SELECT status FROM evaluations").toString(), QString("finished"));
        // What the answers were computed in is kept with them.
        const QJsonObject evalParams
            = QJsonDocument::fromJson(sqlScalar(project, "SELECT params_json FROM evaluations").toByteArray()).object();
        QCOMPARE(evalParams.value("dtype").toString(), QString("f32"));
        QCOMPARE(evalParams.value("device").toString(), QString("cpu"));
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM eval_predictions WHERE score IS NULL").toInt(), 0);

        // The tuned model as one GGUF file: the adapter merged in, every tensor checked.
        r = cli({"export", "--model", dir.filePath("model"), "--adapter", dir.filePath("run/best"), "--format", "gguf",
            "--type", "q8_0", "--out", dir.filePath("tuned.gguf")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json exported = events(r.out).back();
        QCOMPARE(exported["event"], json("exported"));
        QVERIFY2(exported["verified"][0].get<std::string>().find("tensors read back") != std::string::npos,
            exported.dump().c_str());
        QVERIFY(QFileInfo(dir.filePath("tuned.gguf")).size() > 0);
        QCOMPARE(QDir(dir.path()).entryList({".shoptuner-*"}, QDir::AllEntries | QDir::Hidden).size(), 0);

        // Ollama: the GGUF beside a Modelfile with the ChatML template, its stop token and the
        // system prompt used in training; merged and PEFT folders checked by running prompts.
        r = cli({"export", "--model", dir.filePath("model"), "--adapter", dir.filePath("run/best"), "--format",
            "ollama", "--out", dir.filePath("ollama"), "--name", "kettle"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const QString modelfile
            = QString::fromStdString(testing::readFile(dir.filePath("ollama/Modelfile").toStdString()));
        QVERIFY2(modelfile.contains("FROM ./kettle.gguf\n"), qPrintable(modelfile));
        QVERIFY(modelfile.contains("TEMPLATE \"\"\"{{- if .System }}<|im_start|>system"));
        QVERIFY(modelfile.contains("PARAMETER stop \"<|im_end|>\""));
        QVERIFY(QFileInfo(dir.filePath("ollama/kettle.gguf")).size() > 0);
        r = cli({"export", "--model", dir.filePath("model"), "--adapter", dir.filePath("run/best"), "--format",
            "merged", "--type", "f32", "--out", dir.filePath("merged")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY2(
            events(r.out).back()["verified"][1].get<std::string>().find("answered identically") != std::string::npos,
            r.out.c_str());
        QVERIFY(QFileInfo::exists(dir.filePath("merged/generation_config.json")));
        QVERIFY(QFileInfo::exists(dir.filePath("merged/tokenizer.json")));
        r = cli({"export", "--model", dir.filePath("model"), "--adapter", dir.filePath("run/best"), "--format", "peft",
            "--out", dir.filePath("peft")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(QFileInfo::exists(dir.filePath("peft/README.md")));
        QVERIFY(QFileInfo::exists(dir.filePath("peft/adapter_model.safetensors")));
        // A run of the project by its id, as the app exports it: the export job checks the adapter
        // on the project's own test questions and puts the run's scores into the model card.
        const QString runId = QString::number(trained.back()["run_id"].get<qint64>());
        r = cli(
            {"export", "--project", project, "--run", runId, "--format", "peft", "--out", dir.filePath("peft-run")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY2(r.out.find("{\"event\":\"progress\"") == 0, r.out.c_str()); // the job's progress lines
        QCOMPARE(events(r.out).back()["event"], json("exported"));
        const QString card
            = QString::fromStdString(testing::readFile(dir.filePath("peft-run/README.md").toStdString()));
        QVERIFY2(card.contains("- Training run: " + runId), qPrintable(card));
        QVERIFY2(card.contains("| SA |"), qPrintable(card));
        r = cli({"export", "--project", project, "--run", "99", "--format", "peft", "--out", dir.filePath("p3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("no training run 99") != std::string::npos, r.err.c_str());
        r = cli({"export", "--model", dir.filePath("model"), "--format", "lmstudio", "--out", dir.filePath("lms"),
            "--type", "f16", "--name", "kettle"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(QFileInfo::exists(dir.filePath("lms/shoptuner/kettle-GGUF/kettle-f16.gguf")));
        r = cli({"export", "--model", dir.filePath("model"), "--format", "peft", "--out", dir.filePath("p2")});
        QCOMPARE(r.exitCode, 2); // the adapter alone needs an adapter
        QCOMPARE(QDir(dir.path()).entryList({".shoptuner-*"}, QDir::AllEntries | QDir::Hidden).size(), 0);
        r = cli({"export", "--model", dir.filePath("model"), "--format", "gguf", "--out", dir.filePath("tuned.gguf")});
        QCOMPARE(r.exitCode, 2); // never overwrites
        r = cli({"export", "--model", dir.filePath("model"), "--format", "gguf", "--type", "q4", "--out",
            dir.filePath("x.gguf")});
        QCOMPARE(r.exitCode, 2);

        // Answer generation by BERTScore with the encoder given (the tiny test encoder is not
        // roberta-large, so its figures carry its name and are never compared with the tables),
        // and by ROUGE-L without one.
        const QString encoder = QString::fromStdString((testing::dataDir() / "models" / "roberta-tiny").string());
        r = cli({"build-tasks", "--project", project, "--tasks", "AG"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        r = cli({"eval", "--project", project, "--model", dir.filePath("model"), "--tasks", "AG", "--limit", "2",
            "--bootstrap", "20", "--encoder", encoder});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        json answered = events(r.out).back();
        QCOMPARE(answered["answer_generation_scored_with"], json("BERTScore F1 (roberta-tiny, layer 3)"));
        QVERIFY(!answered["tasks"].empty());
        for (const json &t : answered["tasks"]) {
            QCOMPARE(t["metric"], json("bertscore_roberta-tiny_l3_f1"));
            QVERIFY(t["figures"].contains("rouge_l_f1"));
            QCOMPARE(t["figures"]["scored_with"], json("BERTScore F1 (roberta-tiny, layer 3)"));
            QVERIFY(t["value"].get<double>() >= -1.0 && t["value"].get<double>() <= 1.0);
        }
        r = cli({"eval", "--project", project, "--model", dir.filePath("model"), "--tasks", "AG", "--limit", "2",
            "--bootstrap", "20", "--encoder", "none"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        answered = events(r.out).back();
        QCOMPARE(answered["answer_generation_scored_with"], json("ROUGE-L F1"));
        QCOMPARE(answered["tasks"][0]["metric"], json("rouge_l_f1"));

        // The three evaluations side by side: AG's two metrics on separate rows.
        r = cli({"compare", "--project", project, "--published", "GPT-4 Turbo,eCeLLM-S", "--group", "IND"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const QStringList rows = QString::fromStdString(r.out).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(rows[0].startsWith("task,setting,metric,#1 model + adapter best,"), qPrintable(rows[0]));
        QVERIFY(rows[0].endsWith(",GPT-4 Turbo,eCeLLM-S"));
        QVERIFY(rows.filter("AG,IND_Diverse_Instruction,rouge_l_f1,").size() == 1);
        QVERIFY(rows.filter("AG,IND_Diverse_Instruction,bertscore_roberta-tiny_l3_f1,").size() == 1);
        QVERIFY(rows.filter("SA,IND_Diverse_Instruction,macro_f1,").size() == 1);
        r = cli({"compare", "--project", project, "--evaluations", "1,x"});
        QCOMPARE(r.exitCode, 2);
    }

    void ecInstructRoundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        // Key orders differ per line; options come as a string, null and a list; extra fields stay.
        const ordered_json lines[] = {
            {{"instruction", "Say how the review feels."}, {"input", "Great mug \u2013 love it"},
                {"options", "[\"A: very positive\", \"B: positive\"]"}, {"output", "A: very positive"},
                {"task", "Sentiment_Analysis"}, {"setting", "IND_Diverse_Instruction"}, {"split", "train"},
                {"few_shot_example", nullptr}},
            {{"task", "Product_Matching"}, {"split", "test"}, {"setting", "IND_Diverse_Instruction"},
                {"instruction", "Same product?"}, {"input", "{\"product 1\": {}}"}, {"options", nullptr},
                {"output", "yes"}},
            {{"instruction", "Rank."}, {"input", "q"}, {"options", {"A: x", "B: y"}}, {"output", "B,A"},
                {"task", "Query_Product_Rank"}, {"setting", "IND_Diverse_Instruction"}, {"split", "val"},
                {"extra", {{"k", {1, 2}}}}},
        };
        std::string input;
        for (const ordered_json &l : lines)
            input += l.dump() + "\n\n";
        const QString in = dir.filePath("in.jsonl");
        testing::writeFile(in.toStdString(), input);
        const QString project = dir.filePath("bench.shoptuner");
        Run r = cli({"import-ecinstruct", "--project", project, "--jsonl", in});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(events(r.out).back()["records"].get<int>(), 3);
        const QString out = dir.filePath("out.jsonl");
        r = cli({"export-dataset", "--project", project, "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        std::vector<ordered_json> a, b;
        for (const QString &l : QString::fromStdString(input).split('\n', Qt::SkipEmptyParts))
            a.push_back(ordered_json::parse(l.toStdString()));
        for (const QString &l :
            QString::fromStdString(testing::readFile(out.toStdString())).split('\n', Qt::SkipEmptyParts))
            b.push_back(ordered_json::parse(l.toStdString()));
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(a[i] == b[i] && a[i].dump() == b[i].dump(), (a[i].dump() + "\n!=\n" + b[i].dump()).c_str());
    }

    void badInputGetsClearMessages()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.shoptuner");
        const QString reviews = dir.filePath("reviews.csv");
        testing::writeFile(reviews.toStdString(), "item,feeling\nA,good\n");
        Run r = cli({"import", "--project", project, "--reviews", reviews});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("Choose the column that holds \"Review text\"") != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("suggested mapping") != std::string::npos, r.err.c_str());

        // With a mapping the user wrote, the file imports; a bad rating is reported by line.
        testing::writeFile(reviews.toStdString(), "item,stars,feeling\nA,5,good\nB,7,odd\nC,4,fine\n");
        r = cli({"import", "--project", project, "--reviews", reviews, "--mapping",
            "{\"kind\":\"reviews\",\"fields\":{\"product_id\":\"item\",\"rating\":\"stars\",\"text\":\"feeling\"}}"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY2(r.err.find("reviews.csv:3, column \"stars\": expected a rating from 1 to 5") != std::string::npos,
            r.err.c_str());

        const QString broken = dir.filePath("broken.jsonl");
        testing::writeFile(broken.toStdString(),
            "{\"instruction\": \"i\", \"input\": \"x\", \"output\": \"y\"}\n{\"instruction\": 5}\n");
        r = cli({"import-ecinstruct", "--project", project, "--jsonl", broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("broken.jsonl:2, column \"instruction\": expected a string") != std::string::npos,
            r.err.c_str());
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM records").toInt(), 0);

        r = cli({"build-tasks", "--project", project, "--tasks", "Astrology"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("not one of the ten tasks") != std::string::npos, r.err.c_str());
        r = cli({"stats", "--project", dir.filePath("missing.shoptuner")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("does not exist") != std::string::npos, r.err.c_str());
    }

    // A kill in the middle of an import leaves the project file as it was before the import.
    void killDuringImportLeavesTheFileConsistent()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.shoptuner");
        const QString small = dir.filePath("small.csv");
        testing::writeFile(small.toStdString(), "product_id,title\nA,Mug\nB,Cup\n");
        QCOMPARE(cli({"import", "--project", project, "--catalog", small}).exitCode, 0);

        std::string big = "product_id,title,description,color\n";
        for (int i = 0; i < 400000; ++i)
            big += "P" + std::to_string(i) + ",Product " + std::to_string(i) + ",\"A long, quoted\ndescription\",red\n";
        const QString bigPath = dir.filePath("big.csv");
        testing::writeFile(bigPath.toStdString(), big);
        QProcess p;
        p.start(QStringLiteral(SHOPTUNER_CLI), {"import", "--project", project, "--catalog", bigPath});
        // Wait until rows are being written, then kill without warning.
        bool writing = false;
        for (int i = 0; i < 600 && !writing; ++i) {
            p.waitForReadyRead(100);
            writing = p.readAllStandardOutput().contains("\"fraction\":0.");
        }
        QVERIFY2(writing, "the import never reported progress");
        p.kill();
        p.waitForFinished();
        QCOMPARE(sqlScalar(project, "PRAGMA integrity_check").toString(), QString("ok"));
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM products").toInt(), 2);
        QCOMPARE(sqlScalar(project, "SELECT count(*) FROM imports").toInt(), 1);
        // And the project keeps working.
        const Run r = cli({"stats", "--project", project});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(json::parse(r.out)["shop"]["products"].get<int>(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatasetCli)
#include "test_dataset_cli.moc"
