// The benchmark report without a display: published baselines read from the bundled file, an
// evaluation's rows beside them with verdicts that respect the interval, and the HTML and CSV
// exports built from the same rows.
#include "engine/base/cpu_features.h"
#include "engine/train/trainer.h"
#include "services/comparison.h"
#include "services/report.h"
#include "services/training_plan.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/shop_tables.h"
#include "test_helpers.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace shoptuner;

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The app's training settings start from the engine's defaults (the CLI's too): one definition.
    void trainSettingsStartFromTheEngineDefaults()
    {
        const services::TrainSettings s;
        const engine::TrainParams d;
        QCOMPARE(qint64(s.rank), d.lora.rank);
        QCOMPARE(s.alpha, d.lora.alpha);
        QCOMPARE(s.learningRate, d.learningRate);
        QCOMPARE(s.microBatch, d.microBatch);
        QCOMPARE(s.maxLength, qint64(d.maxLength));
        QCOMPARE(s.valEvery, qint64(d.valEvery));
        QCOMPARE(s.saveEvery, qint64(d.saveEvery));
        QCOMPARE(s.patience, d.patience);
        QCOMPARE(s.quant.toStdString(), d.quant);
        QCOMPARE(s.seed, quint64(d.seed));
        // The presets are named changes: Thorough trains longer with larger adapters.
        const services::TrainSettings thorough = services::presetSettings(services::PlanPreset::Thorough);
        QCOMPARE(thorough.epochs, 3);
        QCOMPARE(thorough.rank, 32);
        QCOMPARE(services::TrainSettings::fromJson(thorough.toJson()).patience, thorough.patience);
    }

    // The memory a plan needs grows with the model, for every preset, on a laptop and on a large
    // workstation alike: "auto" checkpointing keeps a 360M model from needing more than a 1.7B one.
    void memoryEstimatesGrowWithTheModel()
    {
        const QList<services::ModelCandidate> smol
            = {services::modelShape("SmolLM2-135M", 134'515'008, 30, 576, 1536, 9, 49152),
                services::modelShape("SmolLM2-360M", 361'821'120, 32, 960, 2560, 15, 49152),
                services::modelShape("SmolLM2-1.7B", 1'711'376'384, 24, 2048, 8192, 32, 49152)};
        for (const qint64 freeGiB : {6, 60}) {
            services::HardwareInfo computer;
            computer.cores = 8;
            computer.ramBytes = (freeGiB + 2) << 30;
            computer.ramAvailableBytes = freeGiB << 30;
            for (const auto &[preset, dtype] :
                {std::pair {services::PlanPreset::Quick, "f32"}, std::pair {services::PlanPreset::Balanced, "f32"},
                    std::pair {services::PlanPreset::Thorough, "f32"}, std::pair {services::PlanPreset::Quick, "bf16"},
                    std::pair {services::PlanPreset::Balanced, "bf16"},
                    std::pair {services::PlanPreset::Thorough, "bf16"}}) {
                services::TrainSettings s = services::presetSettings(preset);
                s.dtype = dtype; // both, whatever this processor's "auto" picks
                qint64 previous = 0;
                for (const services::ModelCandidate &m : smol) {
                    const qint64 need = services::estimateTrainingMemory(m, s, computer);
                    QVERIFY2(need > previous,
                        qPrintable(QString("%1, preset %2 %6, %3 GiB free: %4 after %5")
                                       .arg(m.name)
                                       .arg(int(preset))
                                       .arg(freeGiB)
                                       .arg(services::formatBytes(need), services::formatBytes(previous))
                                       .arg(dtype)));
                    previous = need;
                }
            }
        }
        // Checkpointing as asked, whatever the computer.
        services::TrainSettings off = services::presetSettings(services::PlanPreset::Balanced);
        off.gradientCheckpointing = "off";
        services::HardwareInfo small;
        small.ramAvailableBytes = 4ll << 30;
        QVERIFY(!services::useGradientCheckpointing(smol[2], off, small));
        QVERIFY(services::useGradientCheckpointing(
            smol[1], services::presetSettings(services::PlanPreset::Balanced), small));
    }

    // The plan's memory figure against the peak a real training step reaches: `bench train` (NF4,
    // random tokens at the full length, as the longest batch of a run) in its own process for the
    // SmolLM2-135M and -360M shapes, with and without checkpointing, in F32 and (where the processor
    // computes it natively) BF16. The formula was fitted within 6% on 17 such F32 runs and within
    // 8.2% on 10 BF16 ones; 15% allows for another machine's runtime and BLAS buffers.
    void memoryEstimateMatchesMeasuredPeaks()
    {
        const std::filesystem::path fixtures = testing::fixturesDir();
        if (fixtures.empty())
            QSKIP("SHOPTUNER_FIXTURES is not set (the SmolLM2 tokenizer gives the models their vocabulary)");
        QTemporaryDir dir;
        struct Point
        {
            const char *preset;
            int batch;
            int length;
            bool checkpointing;
            const char *dtype;
        };
        // BF16 where "auto" picks it (a processor with native BF16); elsewhere it would only be slow.
        const Point points[] = {{"smollm2-135m", 1, 256, false, "f32"}, {"smollm2-135m", 2, 256, true, "f32"},
            {"smollm2-360m", 1, 192, false, "f32"}, {"smollm2-360m", 2, 192, true, "f32"},
            {"smollm2-135m", 1, 256, false, "bf16"}, {"smollm2-135m", 2, 256, true, "bf16"}};
        services::HardwareInfo cpu;
        cpu.ramAvailableBytes = 64ll << 30;
        for (const Point &p : points) {
            if (QByteArray(p.dtype) == "bf16" && !shoptuner::engine::cpuFeatures().avx512bf16) {
                qInfo("%s BF16: skipped, this processor has no native BF16", p.preset);
                continue;
            }
            const QString model = dir.filePath(p.preset);
            if (!QFileInfo::exists(model)) {
                const testing::CliRun r = testing::runCli({"make-model", "--preset", p.preset, "--tokenizer",
                    QString::fromStdString((fixtures / "smollm2").string()), "--out", model});
                QVERIFY2(r.exitCode == 0, r.err.c_str());
            }
            QStringList args = {"bench", "train", "--model", model, "--quant", "nf4", "--dtype", p.dtype, "--seq",
                QString::number(p.length), "--batch", QString::number(p.batch), "--steps", "1"};
            if (p.checkpointing)
                args << "--gradient-checkpointing";
            const testing::CliRun r = testing::runCli(args, 600000);
            QVERIFY2(r.exitCode == 0, r.err.c_str());
            const double measured = nlohmann::json::parse(r.out).at("peak_rss_bytes").get<double>();

            services::TrainSettings s = services::presetSettings(services::PlanPreset::Quick);
            s.rank = 8; // bench train's adapters
            s.microBatch = p.batch;
            s.maxLength = p.length;
            s.quant = "nf4";
            s.dtype = p.dtype;
            s.gradientCheckpointing = p.checkpointing ? "on" : "off";
            const double estimated = double(
                services::estimateTrainingMemory(services::inspectModel(model, QStringLiteral("test")), s, cpu));
            const QString what = QString("%1 %7, batch %2 x %3 tokens%4: estimated %5 MiB, measured %6 MiB")
                                     .arg(p.preset)
                                     .arg(p.batch)
                                     .arg(p.length)
                                     .arg(p.checkpointing ? ", checkpointing" : "")
                                     .arg(estimated / 1048576, 0, 'f', 0)
                                     .arg(measured / 1048576, 0, 'f', 0)
                                     .arg(p.dtype);
            qInfo().noquote() << what;
            QVERIFY2(std::abs(estimated / measured - 1.0) <= 0.15, qPrintable(what));
        }
    }

    // A plan's speed: measured for this model here before; else the formula, corrected by how far
    // off it was for the nearest-sized model measured with the same setup; else the formula alone.
    void planSpeedComesFromExperience()
    {
        const auto formula = [](const services::MeasuredSpeed &s) { return 1e9 / double(s.linearParameters); };
        services::MeasuredSpeed wanted;
        wanted.linearParameters = 300'000'000;
        wanted.hidden = 960;
        wanted.vocab = 49152;
        wanted.quant = "nf4";
        wanted.device = "cpu";
        wanted.threads = 1;
        services::SpeedChoice c = services::chooseTrainingSpeed(wanted, {}, formula);
        QVERIFY(c.basis == services::SpeedBasis::Formula);
        QCOMPARE(c.tokensPerSecond, 1e9 / 300e6);
        services::MeasuredSpeed small = wanted, other = wanted, huge = wanted;
        small.linearParameters = 100'000'000; // the formula says 10 tokens/s; 2 were measured
        small.tokensPerSecond = 2;
        huge.linearParameters = 3'000'000'000; // farther in size
        huge.tokensPerSecond = 1;
        other.device = "cuda:0"; // another setup: not used
        other.tokensPerSecond = 1000;
        c = services::chooseTrainingSpeed(wanted, {other, huge, small}, formula);
        QVERIFY(c.basis == services::SpeedBasis::Corrected);
        QVERIFY(qAbs(c.tokensPerSecond - 1e9 / 300e6 * 0.2) < 1e-12);
        services::MeasuredSpeed same = wanted;
        same.tokensPerSecond = 1.5;
        c = services::chooseTrainingSpeed(wanted, {small, same}, formula);
        QVERIFY(c.basis == services::SpeedBasis::Measured);
        QCOMPARE(c.tokensPerSecond, 1.5);

        // Kept in the user's settings, the newest measurement of a model and setup replacing the last.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("trainingSpeeds");
        services::rememberTrainingSpeed(small);
        services::rememberTrainingSpeed(same);
        same.tokensPerSecond = 1.75;
        services::rememberTrainingSpeed(same);
        const QList<services::MeasuredSpeed> kept = services::rememberedTrainingSpeeds();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].tokensPerSecond, 1.75);
        QCOMPARE(kept[1].linearParameters, small.linearParameters);
        QSettings().remove("trainingSpeeds");
    }

    void bundledBaselinesHoldThePublishedTables()
    {
        const services::Baselines b = services::bundledBaselines();
        QCOMPARE(b.models.size(), 13);
        QCOMPARE(b.models.first(), QString("GPT-4 Turbo"));
        // Spot checks against the eCeLLM tables (in-domain and out-of-domain).
        QCOMPARE(*b.score("GPT-4 Turbo", "IND", "Sentiment_Analysis"), 0.516);
        QCOMPARE(*b.score("eCeLLM-M", "IND", "Query_Product_Rank"), 0.876);
        QCOMPARE(*b.score("Llama-2 13B-chat", "IND", "Product_Relation_Prediction"), 0.333);
        QCOMPARE(*b.score("SmolLM2-1.7B-EC", "OOD", "Answerability_Prediction"), 0.885);
        QVERIFY(!b.score("SmolLM2-360M-EC", "IND", "Product_Substitute_Identification")); // not reported
        QVERIFY(!b.score("Llama3.2-1B-EC", "OOD", "Sentiment_Analysis"));
        QVERIFY(!b.score("GPT-4 Turbo", "OOD", "Product_Matching")); // no OOD table for PM
        QCOMPARE(b.metricOf.value("Sequential_Recommendation"), QString("hr@1"));
        QVERIFY(b.sourceOf.value("SmolLM2-360M-EC").contains("inflated"));
        EXPECT_THROW_WITH(services::parseBaselines("{\"format_version\": 7}"), std::runtime_error, "not format 1");
    }

    void rowsVerdictsAndExports()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("p.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        store::Evaluation e;
        e.modelPath = "/models/SmolLM2-360M";
        e.adapterPath = "/runs/run-1/best";
        e.status = "finished";
        e.paramsJson = R"({"dtype":"bf16","device":"cpu"})";
        const auto id = store::addEvaluation(project, e);
        // SA well above GPT-4 Turbo's .516 with a tight interval; MPC below .611 but within the
        // margin; AG scored with ROUGE-L, which the published BERTScore cannot be compared with.
        store::addEvalResult(
            project, {id, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", 0.70, 200, 3, 0.64, 0.76, "{}"});
        store::addEvalResult(project,
            {id, "Multiclass_Product_Classification", "IND_Diverse_Instruction", "accuracy", 0.58, 50, 2, 0.45, 0.71,
                "{}"});
        store::addEvalResult(
            project, {id, "Answer_Generation", "OOD_Diverse_Instruction", "rouge_l_f1", 0.31, 40, 0, 0.27, 0.35, "{}"});
        store::addEvalResult(
            project, {id, "Product_Matching", "OOD_Diverse_Instruction", "f1", 0.9, 10, 0, 0.8, 1.0, "{}"});
        // Far above GPT-4 Turbo's .333, but on 12 questions: too few to tell.
        store::addEvalResult(project,
            {id, "Product_Relation_Prediction", "IND_Diverse_Instruction", "macro_f1", 0.9, 12, 0, 0.7, 1.0, "{}"});

        // Two SA test items: one answered right (case and space do not matter), one wrong.
        const auto build = store::replaceTaskBuild(project, 1, "{}");
        store::RecordWriter writer(project, store::RecordWriter::Owner::Build, build);
        for (const char *text : {"Lovely mug", "Chipped on arrival"}) {
            store::InstructionRow row;
            row.task = "Sentiment_Analysis";
            row.setting = "IND_Diverse_Instruction";
            row.split = "test";
            row.instruction = "How does it feel?";
            row.input = text;
            row.optionsJson = "null";
            row.output = text[0] == 'L' ? "A: very positive" : "E: very negative";
            writer.add(row);
        }
        // The base model alone, tested after the tuned one: the report stays on the tuned model and
        // shows the base model's score beside it.
        store::Evaluation base;
        base.modelPath = e.modelPath;
        base.status = "finished";
        const auto baseId = store::addEvaluation(project, base);
        store::addEvalResult(project,
            {baseId, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", 0.40, 200, 9, 0.35, 0.45, "{}"});
        store::addPrediction(project, id, 1, " a: Very Positive ");
        store::addPrediction(project, id, 2, "B: positive");
        store::setPredictionScores(project, id, {{1, 1.0}, {2, 0.0}});
        store::addPrediction(project, baseId, 1, "C");
        store::addPrediction(project, baseId, 2, "C");
        store::setPredictionScores(project, baseId, {{1, 0.0}, {2, 0.0}});
        const services::Baselines b = services::bundledBaselines();
        const services::Report r = services::buildReport(project, 0, b);
        QCOMPARE(r.rows[0].mistakes.size(), 1);
        QCOMPARE(r.rows[0].mistakes[0][0], QString("Chipped on arrival"));
        QCOMPARE(r.rows[0].mistakes[0][2], QString("B: positive"));
        QVERIFY(r.rows[1].mistakes.isEmpty());
        QCOMPARE(r.evaluationId, id);
        QCOMPARE(r.baseEvaluationId, baseId);
        QCOMPARE(*r.rows[0].baseValue, 0.40);
        QVERIFY(!r.rows[1].baseValue);
        QCOMPARE(r.rows.size(), 5);
        QVERIFY(r.rows[0].good);
        QCOMPARE(*r.rows[0].reference, 0.516);
        QCOMPARE(r.rows[0].verdict, QString("Clearly above GPT-4 Turbo (52%)"));
        // The answers with full marks, before and after training, and the unusable ones explained.
        QCOMPARE(r.rows[0].right, 1);
        QCOMPARE(*r.rows[0].baseRight, 0);
        QCOMPARE(r.rows[0].plain,
            QString("Right on 1 of 200 questions, up from 0 before training. 3 of 200 answers could not be used (they "
                    "matched none of the allowed answers) and count as wrong."));
        QVERIFY(!r.rows[1].good);
        QCOMPARE(r.rows[1].verdict, QString("About level with GPT-4 Turbo (61%): the difference could be chance"));
        // An evaluation without each answer's score: the figure itself, as a percentage.
        QCOMPARE(r.rows[1].right, -1);
        QVERIFY2(
            r.rows[1].plain.startsWith("Scored 58% over 50 questions. 2 of 50 answers"), qPrintable(r.rows[1].plain));
        QVERIFY(!r.rows[2].comparable);
        QVERIFY(r.rows[2].verdict.startsWith("Not compared") && r.rows[2].verdict.contains("BERTScore"));
        QCOMPARE(r.rows[2].plain, QString("Its answers share 31% of their wording with the shop's own answers."));
        QVERIFY(!r.rows[3].reference); // PM has no out-of-domain table
        QCOMPARE(r.rows[3].verdict, QString("GPT-4 Turbo published no score for this"));
        // 12 questions: no "clearly", however large the gap.
        QVERIFY(r.rows[4].tooFew);
        QCOMPARE(r.rows[4].verdict,
            QString("Too few questions to tell how it compares with GPT-4 Turbo (12 tested, at least 30 needed)"));

        const services::Report other = services::buildReport(project, id, b, "eCeLLM-S");
        QCOMPARE(*other.rows[0].reference, 0.596);
        QCOMPARE(other.rows[0].verdict, QString("Clearly above eCeLLM-S (60%)")); // .64 > .596

        // The headline: what training changed on the same questions first; the published model
        // only as a rough guide on the shop's own questions, like for like on ECInstruct's.
        QVERIFY(!r.publicBenchmark);
        QCOMPARE(services::reportHeadline(r),
            QString("Training made the model better on 1 of 1 tests, on the same questions (on 1 of them by more than "
                    "chance explains). As a rough guide only: GPT-4 Turbo's published scores come from ECInstruct's "
                    "questions, not your shop's; on 1 of 2 tests yours is at or above them. Tests with too few "
                    "questions (under 30) to compare with the published scores: 1."));
        QVERIFY(services::reportHtml(r, b).contains("Training made the model better on 1 of 1 tests"));
        store::ImportInfo benchmark;
        benchmark.kind = store::DataKind::EcInstruct;
        benchmark.fileName = "test_IND.json";
        store::addImport(project, benchmark);
        const services::Report onBenchmark = services::buildReport(project, id, b);
        QVERIFY(onBenchmark.publicBenchmark);
        QVERIFY2(services::reportHeadline(onBenchmark)
                     .contains("On ECInstruct's public test, the questions of the published table, it is at or above "
                               "GPT-4 Turbo on 1 of 2 tests."),
            qPrintable(services::reportHeadline(onBenchmark)));
        services::Report untested = r;
        for (auto &row : untested.rows)
            row.baseValue.reset();
        QVERIFY(services::reportHeadline(untested).startsWith("Test the model before training too"));

        const QStringList csv = services::reportCsv(r, b).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 6);
        QVERIFY(
            csv[0].startsWith("task,setting,metric,value,ci95_low,ci95_high,n,invalid,before_training,GPT-4 Turbo,"));
        QVERIFY2(csv[1].startsWith("SA,IND_Diverse_Instruction,macro_f1,0.7,0.64,0.76,200,3,0.4,0.516,0.47,"),
            qPrintable(csv[1]));
        QVERIFY2(csv[3].startsWith("AG,OOD_Diverse_Instruction,rouge_l_f1,0.31,0.27,0.35,40,0,,,"), qPrintable(csv[3]));
        const QString html = services::reportHtml(r, b);
        QVERIFY(html.contains("<table>") && html.contains("<td class=\"l\">Read how a review feels (SA)</td>"));
        QVERIFY(html.contains("<td class=\"l\">your products (IND_Diverse_Instruction)</td>"));
        QVERIFY(html.contains("SmolLM2-360M") && html.contains("run-1/best"));
        QVERIFY(html.contains("eCeLLM: Generalizing Large Language Models"));
        // The report, two tables of published scores, and the one wrong answer under its header.
        QCOMPARE(html.count("<tr"), 6 + 2 * (1 + 13) + 2);
        QVERIFY(html.contains("The worst answers") && html.contains("Chipped on arrival"));
        QVERIFY(html.contains("<th>GPT-4 Turbo</th>"));
        // What the answers were computed in, for an analyst comparing tests (older tests say nothing).
        QVERIFY2(html.contains("Computed in: BF16 on the processor"), qPrintable(html.left(600)));
        services::Report older = r;
        older.computedIn.clear();
        QVERIFY(!services::reportHtml(older, b).contains("Computed in:"));

        QTemporaryDir empty;
        store::ProjectStore none(empty.filePath("n.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        QCOMPARE(services::buildReport(none, 0, b).evaluationId, 0);
    }

    void answerGenerationByBertScoreAndWorstAnswersFirst()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("p.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        const auto build = store::replaceTaskBuild(project, 1, "{}");
        store::RecordWriter writer(project, store::RecordWriter::Owner::Build, build);
        for (const char *text : {"Is it oven safe?", "Does it rust?", "Is it heavy?"}) {
            store::InstructionRow row;
            row.task = "Answer_Generation";
            row.setting = "IND_Diverse_Instruction";
            row.split = "test";
            row.instruction = "Answer the question.";
            row.input = text;
            row.optionsJson = "null";
            row.output = "Yes.";
            writer.add(row);
        }
        store::Evaluation e;
        e.modelPath = "/models/m";
        e.status = "finished";
        const auto id = store::addEvaluation(project, e);
        // roberta-large at layer 17: compared with the published BERTScore; another encoder is not.
        store::addEvalResult(project,
            {id, "Answer_Generation", "IND_Diverse_Instruction", "bertscore_f1", 0.87, 3, 0, 0.85, 0.89, "{}"});
        store::addEvalResult(project,
            {id, "Answer_Generation", "OOD_Diverse_Instruction", "bertscore_roberta-base_l10_f1", 0.9, 3, 0, 0.8, 1.0,
                "{}"});
        const char *answers[] = {"Yes, up to 220 C.", "No.", "Yes."};
        for (int i = 0; i < 3; ++i)
            store::addPrediction(project, id, i + 1, answers[i]);
        store::setPredictionScores(project, id, {{1, 0.91}, {2, 0.62}, {3, 1.0}});
        const services::Baselines b = services::bundledBaselines();
        const services::Report r = services::buildReport(project, id, b);
        QVERIFY(r.rows[0].comparable);
        QCOMPARE(*r.rows[0].reference, 0.858);
        QVERIFY2(r.rows[0].plain.startsWith("Its answers are 87% close in meaning"), qPrintable(r.rows[0].plain));
        QVERIFY(!r.rows[1].comparable);
        // The worst answer first; a perfect one is no mistake.
        QCOMPARE(r.rows[0].mistakes.size(), 2);
        QCOMPARE(r.rows[0].mistakes[0][2], QString("No."));
        QCOMPARE(r.rows[0].mistakes[1][2], QString("Yes, up to 220 C."));
        QVERIFY(services::reportHtml(r, b).contains("scored with BERTScore F1 (roberta-large, layer 17)"));
    }

    // A model whose every answer matched no allowed answer: said in the row and first in the
    // headline, not left as a row of zeros.
    void unusableAnswersAreSaid()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("p.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        store::Evaluation e;
        e.modelPath = "/models/m";
        e.adapterPath = "/runs/run-1/best";
        e.status = "finished";
        const auto id = store::addEvaluation(project, e);
        store::addEvalResult(
            project, {id, "Answerability_Prediction", "IND_Diverse_Instruction", "f1", 0, 31, 31, 0, 0, "{}"});
        const services::Report r = services::buildReport(project, id, services::bundledBaselines());
        QVERIFY2(r.rows[0].plain.endsWith("None of its answers could be used: each matched none of the answers this "
                                          "question allows."),
            qPrintable(r.rows[0].plain));
        QVERIFY2(services::reportHeadline(r).startsWith("None of the model's 31 answers could be used"),
            qPrintable(services::reportHeadline(r)));
    }

    // The names and stored text a shop owner reads.
    void plainWordsForInternalNames()
    {
        QCOMPARE(services::taskTitle("Sentiment_Analysis"), QString("Read how a review feels"));
        QCOMPARE(services::taskTitle("SA"), QString("Read how a review feels"));
        QCOMPARE(services::taskTitle("Gift_Wrapping"), QString("Gift Wrapping"));
        QCOMPARE(services::taskAbbreviation("Query_Product_Rank"), QString("QPR"));
        QCOMPARE(services::settingWords("OOD_Diverse_Instruction"), QString("new categories"));
        QCOMPARE(services::settingWords("IND_Unseen_Instruction"), QString("new wording"));
        QCOMPARE(services::splitWords("val"), QString("Checking during training"));
        QCOMPARE(services::metricName("ndcg"), QString("ranking (NDCG)"));
        QVERIFY(!services::metricExplanation("macro_f1").isEmpty());
        // Python's JSON escapes, as the records keep them: decoded for display, a surrogate pair
        // included; an escaped backslash and a broken escape stay as written.
        QCOMPARE(services::readableText(R"({"brand": "M\u00fcller & S\u00f6hne", "size": "2\u20133 cm"})"),
            QString::fromUtf8(R"({"brand": "Müller & Söhne", "size": "2–3 cm"})"));
        QCOMPARE(services::readableText(R"(mug \ud83d\ude00)"), QString::fromUtf8("mug 😀"));
        QCOMPARE(services::readableText(R"(C:\\users and \u12)"), QString(R"(C:\\users and \u12)"));
        QCOMPARE(services::readableText(R"(\u00zz)"), QString(R"(\u00zz)"));
        QCOMPARE(services::storedEscapes(QString::fromUtf8("Müller")), QString(R"(M\u00fcller)"));
        QCOMPARE(services::percentText(0.516), QString("52%"));
    }

    void comparisonSetsEvaluationsSideBySide()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("p.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        store::Evaluation base;
        base.modelPath = "/cache/models--HuggingFaceTB--SmolLM2-360M/snapshots/abc123";
        base.status = "finished";
        const auto baseId = store::addEvaluation(project, base);
        store::Evaluation tuned = base;
        tuned.adapterPath = "/runs/run-1/best";
        const auto tunedId = store::addEvaluation(project, tuned);
        store::Evaluation other = base;
        other.adapterPath = "/elsewhere/adapter";
        const auto otherId = store::addEvaluation(project, other);
        store::addEvalResult(project,
            {baseId, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", 0.30, 100, 20, 0.25, 0.35, "{}"});
        store::addEvalResult(project,
            {baseId, "Answer_Generation", "IND_Diverse_Instruction", "rouge_l_f1", 0.10, 20, 0, 0.05, 0.15, "{}"});
        store::addEvalResult(project,
            {tunedId, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", 0.62, 100, 1, 0.55, 0.69, "{}"});
        store::addEvalResult(project,
            {tunedId, "Sentiment_Analysis", "OOD_Diverse_Instruction", "macro_f1", 0.50, 40, 0, 0.40, 0.60, "{}"});
        store::addEvalResult(project,
            {tunedId, "Answer_Generation", "IND_Diverse_Instruction", "bertscore_f1", 0.86, 20, 0, 0.84, 0.88, "{}"});
        store::addEvalResult(project,
            {tunedId, "Attribute_Value_Extraction", "IND_Diverse_Instruction", "f1", 0.40, 30, 2, 0.3, 0.5, "{}"});
        store::addEvalResult(project,
            {otherId, "Sentiment_Analysis", "IND_Diverse_Instruction", "macro_f1", 0.62, 100, 0, 0.55, 0.69, "{}"});
        const services::Baselines b = services::bundledBaselines();

        const services::Comparison c
            = services::buildComparison(project, {baseId, tunedId, 999}, b, {"GPT-4 Turbo", "nobody"});
        QCOMPARE(c.evaluations.size(), 2); // 999 does not exist
        QCOMPARE(c.evaluations[0].label, QString("#1 SmolLM2-360M (base)"));
        QCOMPARE(c.evaluations[1].label, QString("#2 SmolLM2-360M + adapter best"));
        QCOMPARE(c.publishedModels, QStringList {"GPT-4 Turbo"});
        // Paper order (AVE, SA, AG), in-domain before out-of-domain; AG's two metrics stay apart.
        QCOMPARE(c.rows.size(), 5);
        QCOMPARE(c.rows[0].task, QString("Attribute_Value_Extraction"));
        QVERIFY(!c.rows[0].cells[0].value);
        QCOMPARE(*c.rows[0].cells[1].value, 0.40);
        QCOMPARE(c.rows[0].best, -1); // one model scored it: nothing to compare
        QCOMPARE(c.rows[1].task, QString("Sentiment_Analysis"));
        QCOMPARE(c.rows[1].group, QString("IND"));
        QCOMPARE(c.rows[1].best, 1);
        QCOMPARE(*c.rows[1].published[0], 0.516);
        QCOMPARE(c.rows[2].group, QString("OOD"));
        QCOMPARE(*c.rows[2].published[0], 0.510);
        QCOMPARE(c.rows[3].metric, QString("bertscore_f1"));
        QCOMPARE(*c.rows[3].published[0], 0.858);
        QCOMPARE(c.rows[4].metric, QString("rouge_l_f1"));
        QVERIFY(!c.rows[4].comparable && !c.rows[4].published[0]);

        const services::Comparison ood = services::buildComparison(project, {baseId, tunedId}, b, {}, "OOD");
        QCOMPARE(ood.rows.size(), 1);
        QCOMPARE(ood.rows[0].setting, QString("OOD_Diverse_Instruction"));
        // A tie at the top marks no row as best.
        const services::Comparison tie = services::buildComparison(project, {tunedId, otherId}, b, {}, "IND");
        QCOMPARE(tie.rows[1].task, QString("Sentiment_Analysis"));
        QCOMPARE(tie.rows[1].best, -1);

        const QStringList csv = services::comparisonCsv(c).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 6);
        QCOMPARE(csv[0],
            QString("task,setting,metric,#1 SmolLM2-360M (base),#1 SmolLM2-360M (base) ci95_low,"
                    "#1 SmolLM2-360M (base) ci95_high,#1 SmolLM2-360M (base) n,#1 SmolLM2-360M (base) invalid,"
                    "#2 SmolLM2-360M + adapter best,#2 SmolLM2-360M + adapter best ci95_low,"
                    "#2 SmolLM2-360M + adapter best ci95_high,#2 SmolLM2-360M + adapter best n,"
                    "#2 SmolLM2-360M + adapter best invalid,GPT-4 Turbo"));
        QCOMPARE(
            csv[2], QString("SA,IND_Diverse_Instruction,macro_f1,0.3,0.25,0.35,100,20,0.62,0.55,0.69,100,1,0.516"));
        QCOMPARE(csv[1], QString("AVE,IND_Diverse_Instruction,f1,,,,,,0.4,0.3,0.5,30,2,0.495"));
        const QString html = services::comparisonHtml(c, b, "chart.png");
        QVERIFY(html.contains("<img src=\"chart.png\""));
        QCOMPARE(html.count("<tr>"), 1 + 5);
        QVERIFY(html.contains("<td class=\"best\">0.620 <small>(0.550–0.690)</small></td>"));
        QVERIFY(html.contains("eCeLLM: Generalizing Large Language Models"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
