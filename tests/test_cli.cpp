// shoptuner-cli as scripts use it: its JSON contract, exit codes and error messages.
#include "test_helpers.h"

#include "engine/base/cpu_features.h"
#include "engine/formats/safetensors.h"

#include <QProcess>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

using nlohmann::json;
using namespace shoptuner::engine;

namespace {

using Run = testing::CliRun;

Run cli(const QStringList &args)
{
    return testing::runCli(args, 120000);
}

QString path(const std::filesystem::path &p)
{
    return QString::fromStdString(p.string());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::filesystem::path m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::filesystem::temp_directory_path() / "shoptuner-test-cli";
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        testing::writeFile(m_dir / "tokenizer.json", testing::byteLevelTokenizerJson());
    }
    void cleanupTestCase() { std::filesystem::remove_all(m_dir); }

    void version()
    {
        const Run r = cli({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.rfind("shoptuner-cli ", 0) == 0);
    }

    void tokenizeTextAndLines()
    {
        const Run r = cli({"tokenize", "--model", path(m_dir / "tokenizer.json"), "--text", "the<|im_end|>"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json::parse(r.out), json::parse("[116, 260, 258]"));
        const Run literal = cli({"tokenize", "--model", path(m_dir), "--text", "<|im_end|>", "--literal"});
        QCOMPARE(json::parse(literal.out).size(), std::size_t(10));

        testing::writeFile(m_dir / "lines.jsonl", "\"the\"\n\" the\"\n\"\\u00e9\"\n");
        const Run lines = cli({"tokenize", "--model", path(m_dir), "--lines", path(m_dir / "lines.jsonl")});
        QCOMPARE(lines.exitCode, 0);
        QCOMPARE(QString::fromStdString(lines.out).trimmed().split('\n').size(), 3);
        QCOMPARE(json::parse(QString::fromStdString(lines.out).split('\n')[1].toStdString()), json::parse("[261]"));

        const Run back = cli({"detokenize", "--model", path(m_dir), "--ids", "116,260,258", "--json"});
        QCOMPARE(json::parse(back.out), json("the<|im_end|>"));
    }

    void infoContract()
    {
        const Run r = cli({"info", "--model", path(testing::dataDir() / "models" / "llama-tiny")});
        QCOMPARE(r.exitCode, 0);
        const json info = json::parse(r.out);
        for (const char *key : {"architecture", "parameters", "dtype", "weight_bytes", "tokenizer", "chat_template",
                 "device", "blas", "threads"})
            QVERIFY2(info.contains(key), key);
        QCOMPARE(info["architecture"], json("LlamaForCausalLM"));
        QCOMPARE(info["parameters"], json(26784));
        // "auto" computes in BF16 on processors that do so natively, in F32 elsewhere.
        const std::string dtype = autoCpuComputeDtype();
        QCOMPARE(info["dtype"], json(dtype));
        QCOMPARE(info["weight_bytes"], json(26784 * (dtype == "bf16" ? 2 : 4)));
        QCOMPARE(info["device"], json("cpu"));
        // What distributed training can use in this build: Gloo always (Debian's libtorch), NCCL with CUDA.
        QVERIFY2(
            info["distributed_backends"].get<std::string>().find("gloo") != std::string::npos, info.dump().c_str());
    }

    // SHOPTUNER_MAX_ISA makes the engine see a processor with fewer instructions: the kernels it
    // runs and what "auto" computes in follow (F32 without native BF16, whatever this CPU has).
    void processorCapDecidesKernelsAndDtype()
    {
        const std::string native
            = json::parse(cli({"info", "--model", path(testing::dataDir() / "models" / "llama-tiny")}).out)
                  .at("cpu_features")
                  .get<std::string>();
        const std::map<QByteArray, std::string> kernels {{"generic", "generic"},
            {"avx2", native.find("avx2") != std::string::npos ? "avx2" : "generic"},
            {"avx512",
                native.find("avx512f") != std::string::npos    ? "avx512"
                    : native.find("avx2") != std::string::npos ? "avx2"
                                                               : "generic"}};
        for (const auto &[cap, expected] : kernels) {
            qputenv("SHOPTUNER_MAX_ISA", cap);
            const Run r = cli({"info", "--model", path(testing::dataDir() / "models" / "llama-tiny")});
            qunsetenv("SHOPTUNER_MAX_ISA");
            QCOMPARE(r.exitCode, 0);
            const json info = json::parse(r.out);
            qInfo("SHOPTUNER_MAX_ISA=%s: features \"%s\", kernels %s, dtype %s", cap.constData(),
                info["cpu_features"].get<std::string>().c_str(), info["decode_kernels"].get<std::string>().c_str(),
                info["dtype"].get<std::string>().c_str());
            QCOMPARE(info["decode_kernels"], json(expected));
            QCOMPARE(info["dtype"], json("f32"));
            QVERIFY(info["cpu_features"].get<std::string>().find("avx512_bf16") == std::string::npos);
        }
    }

    void logitsMatchTheReferencePrefix()
    {
        const auto model = testing::dataDir() / "models" / "llama-tiny";
        const auto out = m_dir / "logits.safetensors";
        const Run r = cli({"logits", "--model", path(model), "--ids", "1,5,17", "--dtype", "f32", "--out", path(out)});
        QCOMPARE(r.exitCode, 0);
        const SafetensorsFile file = SafetensorsFile::open(out);
        const TensorView *logits = file.find("logits");
        QVERIFY(logits);
        QCOMPARE(logits->shape, (std::vector<std::int64_t> {3, 128}));
        // Causal attention: the first three positions of reference sequence A start with 1, 5, 17.
        const SafetensorsFile ref = SafetensorsFile::open(model / "reference_logits.safetensors");
        const auto *want = reinterpret_cast<const float *>(ref.find("logits_a")->data);
        const auto *got = reinterpret_cast<const float *>(logits->data);
        float worst = 0;
        for (int i = 0; i < 3 * 128; ++i)
            worst = std::max(worst, std::abs(got[i] - want[i]));
        qInfo("CLI logits vs reference: largest |difference| %.3g (tolerance 1e-4)", worst);
        QVERIFY(worst < 1e-4f);
    }

    void makeModelThenGenerate()
    {
        const Run made = cli({"make-model", "--preset", "tiny", "--tokenizer", path(m_dir / "tokenizer.json"), "--out",
            path(m_dir / "tiny"), "--seed", "4"});
        QCOMPARE(made.exitCode, 0);
        for (const char *file : {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"})
            QVERIFY2(std::filesystem::exists(m_dir / "tiny" / file), file);
        const QStringList args {"generate", "--model", path(m_dir / "tiny"), "--prompt", "the tee", "--chat",
            "--max-new-tokens", "8", "--json"};
        const Run a = cli(args), b = cli(args);
        QCOMPARE(a.exitCode, 0);
        const json result = json::parse(a.out);
        QCOMPARE(result, json::parse(b.out));
        QVERIFY(result["prompt_ids"].size() > 3);
        QVERIFY(result["ids"].size() <= 8);
        QVERIFY(result.contains("text"));
        // Streaming mode prints the same text.
        QStringList streamArgs = args;
        streamArgs.removeLast();
        const Run streamed = cli(streamArgs);
        QCOMPARE(streamed.out, result["text"].get<std::string>() + "\n");
    }

    void adapterThenMerge()
    {
        // An adapter written by hand in PEFT's layout (as another tool would), for the tiny preset.
        const Run made = cli({"make-model", "--preset", "tiny", "--tokenizer", path(m_dir / "tokenizer.json"), "--out",
            path(m_dir / "base"), "--seed", "5"});
        QCOMPARE(made.exitCode, 0);
        const auto adapter = m_dir / "adapter";
        std::filesystem::create_directories(adapter);
        testing::writeFile(adapter / "adapter_config.json",
            R"({"peft_type": "LORA", "task_type": "CAUSAL_LM", "r": 2, "lora_alpha": 4,
                               "lora_dropout": 0.0, "target_modules": ["q_proj", "v_proj"],
                               "base_model_name_or_path": "tiny"})");
        std::vector<std::vector<float>> storage;
        storage.reserve(8); // the writes point into these vectors
        std::vector<TensorWrite> tensors;
        auto add = [&](const std::string &name, std::int64_t rows, std::int64_t cols, float scale) {
            storage.emplace_back(static_cast<std::size_t>(rows * cols));
            for (std::size_t i = 0; i < storage.back().size(); ++i)
                storage.back()[i] = scale * static_cast<float>(std::sin(1.7 * static_cast<double>(i) + rows));
            tensors.push_back({name, DType::F32, {rows, cols}, storage.back().data(), storage.back().size() * 4});
        };
        for (int layer = 0; layer < 2; ++layer) {
            const std::string p = "base_model.model.model.layers." + std::to_string(layer) + ".self_attn.";
            add(p + "q_proj.lora_A.weight", 2, 64, 0.5f);
            add(p + "q_proj.lora_B.weight", 64, 2, 2.0f);
            add(p + "v_proj.lora_A.weight", 2, 64, 0.5f);
            add(p + "v_proj.lora_B.weight", 32, 2, 2.0f);
        }
        writeSafetensors(adapter / "adapter_model.safetensors", tensors);

        const Run info = cli({"info", "--model", path(m_dir / "base"), "--adapter", path(adapter)});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(json::parse(info.out)["adapter_rank"], json(2));

        const QStringList prompt {"--prompt", "the tee", "--max-new-tokens", "12", "--json"};
        const Run base = cli(QStringList {"generate", "--model", path(m_dir / "base")} + prompt);
        const Run tuned
            = cli(QStringList {"generate", "--model", path(m_dir / "base"), "--adapter", path(adapter)} + prompt);
        QVERIFY2(tuned.exitCode == 0, tuned.err.c_str());
        QVERIFY(json::parse(base.out)["ids"] != json::parse(tuned.out)["ids"]); // the adapter changes the answer

        const Run merged = cli(
            {"merge", "--model", path(m_dir / "base"), "--adapter", path(adapter), "--out", path(m_dir / "merged")});
        QCOMPARE(merged.exitCode, 0);
        for (const char *file : {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"})
            QVERIFY2(std::filesystem::exists(m_dir / "merged" / file), file);
        const Run fromMerged = cli(QStringList {"generate", "--model", path(m_dir / "merged")} + prompt);
        QCOMPARE(json::parse(fromMerged.out)["ids"], json::parse(tuned.out)["ids"]);

        // The same adapter on a base of another shape is refused with a reason.
        const Run wrong
            = cli({"info", "--model", path(testing::dataDir() / "models" / "llama-tiny"), "--adapter", path(adapter)});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.find("different base model") != std::string::npos);
        const Run again = cli(
            {"merge", "--model", path(m_dir / "base"), "--adapter", path(adapter), "--out", path(m_dir / "merged")});
        QCOMPARE(again.exitCode, 2); // the user's choice of folder: a usage error, like export's
        QVERIFY(again.err.find("already exists") != std::string::npos);
    }

    void killedTrainingResumes()
    {
        // Train twice on the same data: once straight through, once killed (SIGKILL) after its
        // second checkpoint and resumed. The resumed steps must follow the straight run's losses.
        const Run made = cli({"make-model", "--preset", "tiny", "--tokenizer", path(m_dir / "tokenizer.json"), "--out",
            path(m_dir / "trainable"), "--seed", "2", "--init-std", "0.3"});
        QCOMPARE(made.exitCode, 0);
        std::string data;
        for (int i = 0; i < 200; ++i)
            data += json {{"instruction", "Repeat the word."}, {"input", i % 2 ? "shirt" : "dress"},
                        {"output", i % 2 ? "shirt" : "dress"}, {"split", i % 10 ? "train" : "val"}}
                        .dump()
                + "\n";
        testing::writeFile(m_dir / "train.jsonl", data);
        const QStringList common {"train", "--data", path(m_dir / "train.jsonl"), "--model", path(m_dir / "trainable"),
            "--max-steps", "24", "--save-every", "4", "--val-every", "100", "--micro-batch", "4", "--lr", "5e-3",
            "--dtype", "f32", "--threads", "1"};
        auto losses = [](const std::string &out) {
            std::map<std::int64_t, double> byStep;
            for (const QString &line : QString::fromStdString(out).split('\n', Qt::SkipEmptyParts)) {
                const json j = json::parse(line.toStdString());
                if (j["event"] == "step")
                    byStep[j["step"].get<std::int64_t>()] = j["loss"].get<double>();
            }
            return byStep;
        };
        const Run straight = cli(QStringList(common) << "--out" << path(m_dir / "straight"));
        QCOMPARE(straight.exitCode, 0);
        const auto expected = losses(straight.out);
        QCOMPARE(expected.size(), std::size_t(24));

        QProcess victim;
        victim.start(QStringLiteral(SHOPTUNER_CLI), QStringList(common) << "--out" << path(m_dir / "killed"));
        QVERIFY(victim.waitForStarted());
        int checkpoints = 0;
        QByteArray seen;
        while (checkpoints < 2 && victim.waitForReadyRead(60000)) {
            seen += victim.readAllStandardOutput();
            checkpoints = static_cast<int>(seen.count("\"event\":\"checkpoint\""));
        }
        QCOMPARE(checkpoints, 2);
        victim.kill(); // SIGKILL: no chance to write anything more
        victim.waitForFinished();

        const Run resumed = cli(QStringList(common) << "--out" << path(m_dir / "killed") << "--resume");
        QVERIFY2(resumed.exitCode == 0, resumed.err.c_str());
        const auto after = losses(resumed.out);
        QVERIFY(!after.empty());
        QVERIFY(after.begin()->first > 1); // it continued, not restarted
        double worst = 0;
        for (const auto &[step, loss] : after)
            worst = std::max(worst, std::abs(loss - expected.at(step)));
        qInfo("killed at step >= 8, resumed from step %lld: largest loss difference from the straight run %.3g "
              "(tolerance 1e-5)",
            static_cast<long long>(after.begin()->first - 1), worst);
        QVERIFY(worst <= 1e-5);
    }

    void errorsAreClear()
    {
        Run r = cli({"info", "--model", path(m_dir / "missing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.find("not a folder") != std::string::npos);
        r = cli({"info", "--modle", "x"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.find("unknown option --modle") != std::string::npos);
        r = cli({"detokenize", "--model", path(m_dir), "--ids", "1,x"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.find("'x' is not a token id") != std::string::npos);
        r = cli({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        r = cli({"make-model", "--preset", "huge", "--tokenizer", path(m_dir), "--out", path(m_dir / "x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.find("choose one of tiny") != std::string::npos);
    }
};

QTEST_MAIN(TestCli)
#include "test_cli.moc"
