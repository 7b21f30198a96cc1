// QLoRA training end to end on a tiny seeded model: a learnable synthetic task drives validation
// loss down and exact-match accuracy up; an interrupted run resumes onto the same loss curve;
// bad settings and bad data get clear errors.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/model/language_model.h"
#include "engine/model/model_presets.h"
#include "engine/train/trainer.h"

#include <random>

using namespace shoptuner::engine;

namespace {

const std::vector<std::pair<std::string, std::string>> kColours {{"red", "warm"}, {"orange", "warm"},
    {"yellow", "warm"}, {"amber", "warm"}, {"blue", "cool"}, {"green", "cool"}, {"teal", "cool"}, {"cyan", "cool"}};

void writeSyntheticData(const std::filesystem::path &path, int records)
{
    std::mt19937 rng(0);
    std::string text;
    for (int i = 0; i < records; ++i) {
        const auto &[colour, family] = kColours[rng() % kColours.size()];
        nlohmann::json j = {{"task", "Colour_Family"}, {"setting", "IND"}, {"split", i % 10 == 0 ? "val" : "train"},
            {"instruction", "Is this colour warm or cool?"}, {"input", colour}, {"options", nullptr},
            {"output", family}};
        text += j.dump() + "\n";
    }
    testing::writeFile(path, text);
}

double exactMatch(const std::filesystem::path &model, const std::string &adapter, const std::string &dtype = "f32")
{
    const auto lm = LanguageModel::load(model, {.dtype = dtype, .device = "cpu", .quant = "nf4", .adapter = adapter});
    int correct = 0;
    for (const auto &[colour, family] : kColours) {
        const InstructionRecord r {"Colour_Family", "IND", "test", "Is this colour warm or cool?", colour, "", family};
        const auto prompt = instructionPromptIds(r, lm->tokenizer(), lm->chatTemplate());
        const std::string answer = lm->generate(prompt, {.maxNewTokens = 8}).text;
        if (!adapter.empty() && answer != family)
            qInfo("%s: expected %s, got %s", colour.c_str(), family.c_str(), answer.c_str());
        correct += answer == family ? 1 : 0;
    }
    return static_cast<double>(correct) / static_cast<double>(kColours.size());
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private:
    std::filesystem::path m_dir;
    TrainParams baseParams() const
    {
        TrainParams p;
        p.quant = "nf4";
        p.dtype = "f32";
        p.device = "cpu";
        p.lora = {.rank = 8, .alpha = 16, .dropout = 0.05};
        p.learningRate = 1e-2;
        p.microBatch = 8;
        p.maxSteps = 80;
        p.valEvery = 20;
        p.saveEvery = 20;
        p.maxLength = 512;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::filesystem::temp_directory_path() / "shoptuner-test-trainer";
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        testing::writeFile(m_dir / "tokenizer.json", testing::byteLevelTokenizerJson());
        // Larger initial weights than the default give the frozen head room for confident answers.
        makeRandomModel({.preset = "tiny",
            .tokenizer = m_dir / "tokenizer.json",
            .out = m_dir / "model",
            .seed = 1,
            .initStd = 0.3});
        writeSyntheticData(m_dir / "data.jsonl", 400);
    }
    void cleanupTestCase() { std::filesystem::remove_all(m_dir); }

    // In F32 and in BF16 (what "auto" computes in on processors with native BF16), to the same bounds.
    void learnsASyntheticTask_data()
    {
        QTest::addColumn<QString>("dtype");
        QTest::newRow("f32") << QStringLiteral("f32");
        QTest::newRow("bf16") << QStringLiteral("bf16");
    }

    void learnsASyntheticTask()
    {
        QFETCH(QString, dtype);
        const double before = exactMatch(m_dir / "model", "", dtype.toStdString());
        std::vector<double> stepLosses, valLosses;
        TrainParams params = baseParams();
        params.dtype = dtype.toStdString();
        const std::filesystem::path run = m_dir / ("run-" + dtype.toStdString());
        const TrainResult r = trainLora(
            m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), run, params, [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Kind::Step)
                    stepLosses.push_back(e.loss);
                if (e.kind == TrainEvent::Kind::Eval)
                    valLosses.push_back(e.valLoss);
            });
        QCOMPARE(r.steps, std::int64_t(80));
        QCOMPARE(valLosses.size(), std::size_t(4));
        const double after = exactMatch(m_dir / "model", r.adapter.string(), dtype.toStdString());
        qInfo("%s: training loss %.3f -> %.3f; validation loss %.3f -> %.3f; exact match %.0f%% -> %.0f%%",
            qPrintable(dtype), stepLosses.front(), stepLosses.back(), valLosses.front(), valLosses.back(), 100 * before,
            100 * after);
        QVERIFY(valLosses.back() < 0.1 * stepLosses.front());
        QVERIFY(valLosses.back() <= valLosses.front());
        QVERIFY(before <= 0.25);
        QVERIFY(after >= 0.875);
        for (const char *file : {"adapter/adapter_config.json", "best/adapter_model.safetensors",
                 "checkpoint/trainer_state.json", "checkpoint/optimizer.pt"})
            QVERIFY2(std::filesystem::exists(run / file), file);
    }

    void interruptedRunResumesOnTheSameCurve()
    {
        TrainParams p = baseParams();
        p.maxSteps = 16;
        p.saveEvery = 4;
        p.valEvery = 100;
        std::vector<double> straight;
        trainLora(
            m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "straight", p, [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Kind::Step)
                    straight.push_back(e.loss);
            });

        // Stop after step 7 (a checkpoint is written on the way out), then resume.
        std::atomic<bool> cancel {false};
        std::vector<double> interrupted;
        std::vector<double> elapsed; // training time, which goes on from where the first session left it
        const TrainResult first = trainLora(
            m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "resumed", p,
            [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Kind::Step) {
                    interrupted.push_back(e.loss);
                    elapsed.push_back(e.elapsedSeconds);
                    if (e.step == 7)
                        cancel = true;
                }
            },
            &cancel);
        QVERIFY(first.cancelled);
        QCOMPARE(first.steps, std::int64_t(7));
        p.resume = true;
        trainLora(
            m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "resumed", p, [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Kind::Step) {
                    interrupted.push_back(e.loss);
                    elapsed.push_back(e.elapsedSeconds);
                }
            });
        QCOMPARE(interrupted.size(), straight.size());
        QVERIFY(elapsed.front() > 0);
        for (std::size_t i = 1; i < elapsed.size(); ++i)
            QVERIFY2(elapsed[i] > elapsed[i - 1],
                qPrintable(QString("step %1: %2 s after %3 s").arg(i + 1).arg(elapsed[i]).arg(elapsed[i - 1])));
        double worst = 0;
        for (std::size_t i = 0; i < straight.size(); ++i)
            worst = std::max(worst, std::abs(straight[i] - interrupted[i]));
        qInfo("resumed vs uninterrupted loss curve over %zu steps: largest |difference| %.3g (tolerance 1e-5)",
            straight.size(), worst);
        QVERIFY(worst <= 1e-5);
    }

    // Step events count padding: two examples of one length in a micro-batch have none; two
    // of different lengths pad the shorter, at most half the batch's positions.
    void paddingIsCounted()
    {
        for (const bool sameLength : {true, false}) {
            std::string text;
            for (int i = 0; i < 2; ++i) {
                const std::string input = sameLength || i == 0 ? "teal" : "teal teal teal teal teal teal";
                text += nlohmann::json({{"task", "Colour_Family"}, {"setting", "IND"}, {"split", "train"},
                                           {"instruction", "Is this colour warm or cool?"}, {"input", input},
                                           {"options", nullptr}, {"output", "cool"}})
                            .dump()
                    + "\n";
            }
            testing::writeFile(m_dir / "two.jsonl", text);
            TrainParams p = baseParams();
            p.microBatch = 2;
            p.maxSteps = 1;
            std::vector<double> padding;
            trainLora(m_dir / "model", JsonlRecordSource(m_dir / "two.jsonl"), m_dir / "padding-run", p,
                [&](const TrainEvent &e) {
                    if (e.kind == TrainEvent::Kind::Step)
                        padding.push_back(e.paddingFraction);
                });
            std::filesystem::remove_all(m_dir / "padding-run");
            QCOMPARE(padding.size(), std::size_t(1));
            if (sameLength)
                QCOMPARE(padding[0], 0.0);
            else
                QVERIFY2(padding[0] > 0.0 && padding[0] < 0.5, qPrintable(QString::number(padding[0])));
        }
    }

    void divergenceIsAClearError()
    {
        // Weights so large that the logits overflow: the loss is not finite from the first step.
        makeRandomModel({.preset = "tiny",
            .tokenizer = m_dir / "tokenizer.json",
            .out = m_dir / "overflowing",
            .seed = 1,
            .initStd = 1e30});
        TrainParams p = baseParams();
        p.quant = "none";
        p.maxSteps = 3;
        EXPECT_THROW_WITH(
            trainLora(m_dir / "overflowing", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "diverged", p, {}),
            EngineError, "lower the learning rate");
    }

    // Examples longer than the maximum length: cut ones and left-out ones are reported with their
    // figures, so the app can say it in the owner's words.
    void longExamplesAreReportedWithFigures()
    {
        std::string text = testing::readFile(m_dir / "data.jsonl");
        const auto line = [](const std::string &input, const std::string &output) {
            return nlohmann::json {{"task", "Colour_Family"}, {"setting", "IND"}, {"split", "train"},
                       {"instruction", "Is this colour warm or cool?"}, {"input", input}, {"options", nullptr},
                       {"output", output}}
                       .dump()
                + "\n";
        };
        text += line(std::string(3000, 'r'), "warm"); // the prompt alone is longer than 400 tokens
        text += line("red", std::string(3000, 'w')); // the answer is cut
        testing::writeFile(m_dir / "long.jsonl", text);
        TrainParams p = baseParams();
        p.maxLength = 400;
        p.maxSteps = 1;
        std::vector<TrainEvent> warnings;
        trainLora(
            m_dir / "model", JsonlRecordSource(m_dir / "long.jsonl"), m_dir / "long", p, [&](const TrainEvent &e) {
                if (e.kind == TrainEvent::Kind::Warning)
                    warnings.push_back(e);
            });
        QCOMPARE(warnings.size(), std::size_t(2));
        QVERIFY(warnings[0].note == TrainEvent::Note::Truncated);
        QCOMPARE(warnings[0].count, std::int64_t(1));
        QCOMPARE(warnings[0].of, std::int64_t(401));
        QCOMPARE(warnings[0].limit, std::int64_t(400));
        QVERIFY(warnings[1].note == TrainEvent::Note::Unusable);
        QCOMPARE(warnings[1].count, std::int64_t(1));
        QCOMPARE(warnings[1].limit, std::int64_t(400));
        QVERIFY(warnings[1].message.find("1 records were skipped") == 0);
    }

    void badSettingsAndData()
    {
        TrainParams tooShort = baseParams();
        tooShort.maxLength = 32;
        EXPECT_THROW_WITH(
            trainLora(m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "short", tooShort, {}),
            EngineError, "raise the maximum length");
        TrainParams p = baseParams();
        p.lora.rank = 0;
        EXPECT_THROW_WITH(p.validate(), EngineError, "rank must be at least 1");
        p = baseParams();
        p.learningRate = 5;
        EXPECT_THROW_WITH(p.validate(), EngineError, "learning rate");
        testing::writeFile(m_dir / "bad.jsonl",
            "{\"instruction\": \"a\", \"input\": \"b\", \"output\": \"c\"}\n"
            "{\"instruction\": \"a\", \"output\": \"c\"}\n");
        EXPECT_THROW_WITH(
            JsonlRecordSource(m_dir / "bad.jsonl").records(), FormatError, "bad.jsonl:2: missing field 'input'");
        testing::writeFile(m_dir / "bad.jsonl", "not json\n");
        EXPECT_THROW_WITH(JsonlRecordSource(m_dir / "bad.jsonl").records(), FormatError, "bad.jsonl:1: not valid JSON");
        p = baseParams();
        p.resume = true;
        EXPECT_THROW_WITH(trainLora(m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "fresh", p, {}),
            EngineError, "no checkpoint to resume from");
        p.learningRate = 3e-3; // the run in "resumed" used 1e-2
        EXPECT_THROW_WITH(trainLora(m_dir / "model", JsonlRecordSource(m_dir / "data.jsonl"), m_dir / "resumed", p, {}),
            EngineError, "setting 'learning_rate'");
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
