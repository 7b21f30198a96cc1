// The fault suite: hostile files, full disks, killed processes and odd paths, each case one that
// once crashed, hung, lost data or gave an unreadable error. Every case checks for the clear error
// or the right result, and that nothing existing was replaced.
#include "test_helpers.h"

#include "engine/formats/safetensors.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

using nlohmann::json;
using namespace shoptuner::engine;
namespace fs = std::filesystem;

namespace {

using Run = testing::CliRun;

Run cli(const QStringList &args, int timeoutMs = 120000)
{
    return testing::runCli(args, timeoutMs);
}

QString path(const fs::path &p)
{
    return QString::fromStdString(p.string());
}

bool contains(const std::string &text, const std::string &needle)
{
    return text.find(needle) != std::string::npos;
}

// A clear error: the process ended by itself, said what was wrong, and printed no libtorch or
// C++ internals.
#define QVERIFY_CLEAR_ERROR(run, needle)                                                                               \
    do {                                                                                                               \
        QVERIFY2((run).exitCode == 1 || (run).exitCode == 2,                                                           \
            ("exit " + std::to_string((run).exitCode) + ": " + (run).err).c_str());                                    \
        QVERIFY2(contains((run).err, needle), (run).err.c_str());                                                      \
        QVERIFY2(!contains((run).err, "frame #") && !contains((run).err, "Exception raised from")                      \
                && !contains((run).err, "unexpected error"),                                                           \
            (run).err.c_str());                                                                                        \
    } while (false)

std::vector<json> events(const std::string &out)
{
    std::vector<json> all;
    for (const QString &line : QString::fromStdString(out).split('\n', Qt::SkipEmptyParts))
        if (line.startsWith('{'))
            all.push_back(json::parse(line.toStdString()));
    return all;
}

// A small tmpfs mounted for one test (root only: CI runs as root), unmounted at the end.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=" + size, "tmpfs", m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute("umount", {"-l", m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    fs::path path() const { return m_dir.path().toStdString(); }
    // Fills what is left with one file, so the next write of more than a few bytes fails.
    void fill()
    {
        std::FILE *f = std::fopen((path() / "filler").c_str(), "wb");
        std::vector<char> block(4096, 'x');
        while (f && std::fwrite(block.data(), 1, block.size(), f) == block.size() && std::fflush(f) == 0) { }
        if (f)
            std::fclose(f);
    }
    bool remountReadOnly() { return QProcess::execute("mount", {"-o", "remount,ro", m_dir.path()}) == 0; }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

std::string fileBytes(const fs::path &p)
{
    return testing::readFile(p);
}

QStringList leftovers(const fs::path &folder)
{
    QStringList names;
    for (const auto &entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (contains(name, ".tmp-") || contains(name, ".shoptuner-export-") || contains(name, ".partial"))
            names << QString::fromStdString(name);
    }
    return names;
}

void setSql(const QString &project, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "edit");
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase("edit");
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    fs::path m_dir;
    fs::path m_model; // a tiny seeded model with a tokenizer
    QString m_project; // a project with a finished evaluation

    void writeTrainingData(const fs::path &file, const std::string &answerPrefix)
    {
        std::string data;
        for (int i = 0; i < 40; ++i)
            data += json {{"instruction", "Repeat the word."}, {"input", i % 2 ? "shirt" : "dress"},
                        {"output", answerPrefix + (i % 2 ? "shirt" : "dress")}, {"split", i % 10 ? "train" : "val"}}
                        .dump()
                + "\n";
        testing::writeFile(file, data);
    }

    QStringList trainArgs(const fs::path &model, const fs::path &data, const fs::path &out)
    {
        return {"train", "--data", path(data), "--model", path(model), "--out", path(out), "--max-steps", "2",
            "--save-every", "1", "--val-every", "100", "--micro-batch", "4", "--threads", "1", "--quant", "none"};
    }

    fs::path copyModel(const std::string &name)
    {
        const fs::path copy = m_dir / name;
        fs::copy(m_model, copy, fs::copy_options::recursive);
        return copy;
    }

    void editConfig(const fs::path &model, const std::string &key, const json &value)
    {
        json config = json::parse(fileBytes(model / "config.json"));
        config[key] = value;
        testing::writeFile(model / "config.json", config.dump());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = fs::temp_directory_path() / ("shoptuner-test-faults-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        testing::writeFile(m_dir / "tokenizer.json", testing::byteLevelTokenizerJson());
        m_model = m_dir / "model";
        Run r = cli({"make-model", "--preset", "tiny", "--tokenizer", path(m_dir / "tokenizer.json"), "--out",
            path(m_model), "--seed", "3"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());

        const QString demo = QStringLiteral(SHOPTUNER_DEMO_SHOP);
        m_project = path(m_dir / "shop.shoptuner");
        r = cli(
            {"import", "--project", m_project, "--catalog", demo + "/catalog.csv", "--reviews", demo + "/reviews.csv"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        r = cli({"build-tasks", "--project", m_project, "--tasks", "SA"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        r = cli({"eval", "--project", m_project, "--model", path(m_model), "--tasks", "SA", "--setting", "IND",
            "--limit", "2", "--bootstrap", "10", "--threads", "1"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
    }

    void cleanupTestCase() { fs::remove_all(m_dir); }

    // 1. A name is a file name, never a path out of the chosen folder.
    void exportNamesCannotLeaveTheFolder()
    {
        const fs::path out = m_dir / "exports";
        fs::create_directories(out);
        testing::writeFile(m_dir / "victim.gguf", "keep me");
        Run r = cli({"export", "--model", path(m_model), "--format", "ollama", "--out", path(out / "o"), "--name",
            "../victim"});
        QVERIFY_CLEAR_ERROR(r, "path separator");
        QCOMPARE(fileBytes(m_dir / "victim.gguf"), std::string("keep me"));
        r = cli({"export", "--model", path(m_model), "--format", "lmstudio", "--out", path(out / "lms"), "--name",
            "../../../escaped"});
        QVERIFY_CLEAR_ERROR(r, "path separator");
        QVERIFY(!fs::exists(m_dir / "escaped-GGUF") && !fs::exists(m_dir.parent_path() / "escaped-GGUF"));
        r = cli({"export", "--model", path(m_model), "--format", "gguf", "--out", path(out / "a.gguf"), "--name",
            path(m_dir / "absolute")});
        QVERIFY_CLEAR_ERROR(r, "path separator");
        r = cli({"export", "--model", path(m_model), "--format", "ollama", "--out", path(out / "o"), "--name", ".."});
        QVERIFY_CLEAR_ERROR(r, "not a name");
        r = cli({"export", "--model", path(m_model), "--format", "ollama", "--out", path(out / "good"), "--name",
            "kettle-1.0"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(fs::exists(out / "good" / "kettle-1.0.gguf"));
    }

    // 2. A full disk while writing a report is an error naming the file and the free space; the
    // report that was there stays as it was.
    void fullDiskKeepsTheOldReport()
    {
        SmallDisk disk("64k");
        if (!disk.mounted())
            QSKIP("needs root to mount a small tmpfs (CI runs as root)");
        const fs::path report = disk.path() / "report.html";
        Run r = cli({"report", "--project", m_project, "--out", path(report)});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const std::string before = fileBytes(report);
        QVERIFY(before.size() > 1000);
        disk.fill();
        r = cli({"report", "--project", m_project, "--out", path(report), "--overwrite"});
        QVERIFY_CLEAR_ERROR(r, "No space left on device");
        QVERIFY2(contains(r.err, "report.html") && contains(r.err, "free on that disk"), r.err.c_str());
        QCOMPARE(fileBytes(report), before);
        r = cli({"compare", "--project", m_project, "--format", "html", "--out", path(disk.path() / "compare.html")});
        QVERIFY_CLEAR_ERROR(r, "No space left on device");
        QVERIFY(!fs::exists(disk.path() / "compare.html"));
        QVERIFY2(leftovers(disk.path()).isEmpty(), qPrintable(leftovers(disk.path()).join(", ")));
    }

    // 3. Nothing finished is replaced without being asked.
    void finishedWorkIsNeverReplacedSilently()
    {
        const fs::path report = m_dir / "kept.html";
        testing::writeFile(report, "an earlier report");
        Run r = cli({"report", "--project", m_project, "--out", path(report)});
        QVERIFY_CLEAR_ERROR(r, "already exists");
        QCOMPARE(fileBytes(report), std::string("an earlier report"));
        r = cli({"report", "--project", m_project, "--out", path(report), "--overwrite"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(fileBytes(report) != "an earlier report");

        const std::string weights = fileBytes(m_model / "model.safetensors");
        r = cli({"make-model", "--preset", "tiny", "--tokenizer", path(m_dir / "tokenizer.json"), "--out",
            path(m_model), "--seed", "9"});
        QVERIFY_CLEAR_ERROR(r, "already exists");
        QVERIFY(fileBytes(m_model / "model.safetensors") == weights);

        writeTrainingData(m_dir / "same.jsonl", "");
        const fs::path run = m_dir / "finished-run";
        r = cli(trainArgs(m_model, m_dir / "same.jsonl", run));
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const std::string adapter = fileBytes(run / "adapter" / "adapter_model.safetensors");
        r = cli(trainArgs(m_model, m_dir / "same.jsonl", run) << "--seed"
                                                              << "5");
        QVERIFY_CLEAR_ERROR(r, "already holds a training run");
        QVERIFY(fileBytes(run / "adapter" / "adapter_model.safetensors") == adapter);
        r = cli(trainArgs(m_model, m_dir / "same.jsonl", run) << "--seed"
                                                              << "5"
                                                              << "--overwrite");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(fileBytes(run / "adapter" / "adapter_model.safetensors") != adapter);
    }

    // 4. Resuming checks what the run learns from, not only its settings.
    void resumeNoticesAnotherModelOrOtherData()
    {
        writeTrainingData(m_dir / "data.jsonl", "");
        writeTrainingData(m_dir / "changed.jsonl", "a "); // every answer changed, same count
        const fs::path run = m_dir / "resumable";
        Run r = cli(trainArgs(m_model, m_dir / "data.jsonl", run));
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const fs::path other = m_dir / "other-model";
        r = cli({"make-model", "--preset", "tiny", "--tokenizer", path(m_dir / "tokenizer.json"), "--out", path(other),
            "--seed", "4"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QStringList args = trainArgs(other, m_dir / "data.jsonl", run);
        args[args.indexOf("--max-steps") + 1] = "3";
        r = cli(args << "--resume");
        QVERIFY_CLEAR_ERROR(r, "base model's weights");
        args = trainArgs(m_model, m_dir / "changed.jsonl", run);
        args[args.indexOf("--max-steps") + 1] = "3";
        r = cli(args << "--resume");
        QVERIFY_CLEAR_ERROR(r, "training data changed");
        args = trainArgs(m_model, m_dir / "data.jsonl", run);
        args[args.indexOf("--max-steps") + 1] = "3";
        r = cli(args << "--resume");
        QVERIFY2(r.exitCode == 0, r.err.c_str()); // the same model and data continue
        QCOMPARE(events(r.out).front()["step"].get<int>(), 3);
    }

    // 5. A full disk while a checkpoint is saved ends the run with a message, not an abort, and
    // leaves no half-written checkpoint.
    void fullDiskDuringACheckpoint()
    {
        SmallDisk disk("96k");
        if (!disk.mounted())
            QSKIP("needs root to mount a small tmpfs (CI runs as root)");
        writeTrainingData(m_dir / "data.jsonl", "");
        const Run r = cli(trainArgs(m_model, m_dir / "data.jsonl", disk.path() / "run"));
        QVERIFY_CLEAR_ERROR(r, "could not be saved");
        QVERIFY2(contains(r.err, "No space left on device"), r.err.c_str());
        QVERIFY(!fs::exists(disk.path() / "run" / "checkpoint.partial"));
    }

    // 6. Hostile nesting is refused before a parser or a walker recurses into it.
    void deeplyNestedJsonIsRefused()
    {
        const std::string deep = "{\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}\n";
        testing::writeFile(m_dir / "deep.jsonl", deep);
        Run r = cli({"preview", "--file", path(m_dir / "deep.jsonl")});
        QVERIFY_CLEAR_ERROR(r, "nests more than");
        r = cli({"import", "--project", path(m_dir / "deep.shoptuner"), "--reviews", path(m_dir / "deep.jsonl")});
        QVERIFY_CLEAR_ERROR(r, "nests more than");

        json tokenizer = json::parse(testing::byteLevelTokenizerJson());
        std::string normalizer = "{\"type\": \"Lowercase\"}";
        for (int i = 0; i < 50000; ++i)
            normalizer = "{\"type\": \"Sequence\", \"normalizers\": [" + normalizer + "]}";
        std::string text = tokenizer.dump();
        text.replace(text.find("\"normalizer\":null"), 17, "\"normalizer\":" + normalizer);
        fs::create_directories(m_dir / "deep-tokenizer");
        testing::writeFile(m_dir / "deep-tokenizer" / "tokenizer.json", text);
        r = cli({"tokenize", "--model", path(m_dir / "deep-tokenizer"), "--text", "hello"});
        QVERIFY_CLEAR_ERROR(r, "nests more than");
        writeTrainingData(m_dir / "deep-train.jsonl", "");
        std::string records = fileBytes(m_dir / "deep-train.jsonl");
        records += "{\"x\": " + std::string(5000, '[') + std::string(5000, ']') + "}\n";
        testing::writeFile(m_dir / "deep-train.jsonl", records);
        r = cli(trainArgs(m_model, m_dir / "deep-train.jsonl", m_dir / "deep-run"));
        QVERIFY_CLEAR_ERROR(r, "nests more than");
    }

    // 7. A FIFO where a file belongs is refused at once instead of blocking forever.
    void aPipeInsteadOfAFileDoesNotBlock()
    {
        const fs::path model = m_dir / "fifo-model";
        fs::create_directories(model);
        fs::copy_file(m_model / "config.json", model / "config.json");
        QCOMPARE(::mkfifo((model / "model.safetensors").c_str(), 0600), 0);
        Run r = cli({"info", "--model", path(model)}, 20000);
        QVERIFY_CLEAR_ERROR(r, "not a regular file");
        QCOMPARE(::mkfifo((m_dir / "pipe.csv").c_str(), 0600), 0);
        r = cli({"preview", "--file", path(m_dir / "pipe.csv")}, 20000);
        QVERIFY_CLEAR_ERROR(r, "not an ordinary file");
    }

    // 8. Absurd sizes are refused before anything is allocated.
    void absurdSizesAreRefusedBeforeAllocating()
    {
        const std::vector<std::pair<std::string, json>> cases = {{"hidden_size", 1000000000LL},
            {"vocab_size", 2147483648LL}, {"intermediate_size", 1000000000000LL}, {"num_hidden_layers", 1000000}};
        for (const auto &[key, value] : cases) {
            const fs::path model = copyModel("absurd-" + key);
            editConfig(model, key, value);
            const Run r = cli({"info", "--model", path(model)}, 30000);
            QVERIFY_CLEAR_ERROR(r, "far larger than any real model");
            QVERIFY2(!contains(r.err, "can't allocate"), r.err.c_str());
        }
        // Plausible, but not what the weights hold.
        const fs::path wider = copyModel("wider");
        editConfig(wider, "intermediate_size", 256);
        Run r = cli({"info", "--model", path(wider)});
        QVERIFY_CLEAR_ERROR(r, "config.json implies");
        const fs::path deeper = copyModel("deeper");
        editConfig(deeper, "num_hidden_layers", 40);
        r = cli({"info", "--model", path(deeper)});
        QVERIFY_CLEAR_ERROR(r, "the weights hold 2");

        const fs::path adapter = m_dir / "finished-run" / "adapter";
        QVERIFY(fs::exists(adapter / "adapter_config.json"));
        const fs::path huge = m_dir / "huge-adapter";
        fs::copy(adapter, huge, fs::copy_options::recursive);
        json config = json::parse(fileBytes(huge / "adapter_config.json"));
        config["r"] = 1000000000;
        testing::writeFile(huge / "adapter_config.json", config.dump());
        r = cli({"info", "--model", path(m_model), "--adapter", path(huge)}, 30000);
        QVERIFY_CLEAR_ERROR(r, "rank");
        config["r"] = 512; // plausible, but not the weights' rank
        testing::writeFile(huge / "adapter_config.json", config.dump());
        r = cli({"info", "--model", path(m_model), "--adapter", path(huge)}, 30000);
        QVERIFY_CLEAR_ERROR(r, "says rank 512");
        r = cli({"train", "--data", path(m_dir / "data.jsonl"), "--model", path(m_model), "--out",
            path(m_dir / "r-huge"), "--rank", "1000000000"});
        QVERIFY_CLEAR_ERROR(r, "far beyond any useful rank");
    }

    // 9. Ids outside the vocabulary are refused when the tokenizer loads; a damaged optimizer
    // state is named, not dumped as a stack trace.
    void damagedIdsAndStatesAreNamed()
    {
        for (const std::int64_t id : {std::int64_t(2147483647), std::int64_t(-1)}) {
            json tokenizer = json::parse(testing::byteLevelTokenizerJson());
            tokenizer["added_tokens"].push_back({{"id", id}, {"content", "<|bad|>"}, {"special", true}});
            const fs::path model = copyModel("bad-id-" + std::to_string(id));
            testing::writeFile(model / "tokenizer.json", tokenizer.dump());
            const Run r = cli({"generate", "--model", path(model), "--prompt", "the", "--max-new-tokens", "2"});
            QVERIFY_CLEAR_ERROR(r, "outside any vocabulary");
        }
        writeTrainingData(m_dir / "data.jsonl", "");
        const fs::path run = m_dir / "truncated-run";
        Run r = cli(trainArgs(m_model, m_dir / "data.jsonl", run));
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const std::string optimizer = fileBytes(run / "checkpoint" / "optimizer.pt");
        testing::writeFile(run / "checkpoint" / "optimizer.pt", optimizer.substr(0, optimizer.size() / 2));
        QStringList args = trainArgs(m_model, m_dir / "data.jsonl", run);
        args[args.indexOf("--max-steps") + 1] = "3";
        r = cli(args << "--resume");
        QVERIFY_CLEAR_ERROR(r, "optimizer.pt: is damaged or incomplete");
        QVERIFY2(!contains(r.err, "PytorchStreamReader"), r.err.c_str());
    }

    // 10. Read-only disks, long paths, names in other encodings and damaged format versions.
    void projectsInOddPlaces()
    {
        // Deep enough that the absolute path passes SQLite's 512 bytes.
        fs::path deep = m_dir;
        for (int i = 0; i < 4; ++i)
            deep /= std::string(150, char('a' + i));
        fs::create_directories(deep);
        Run r = cli({"stats", "--project", path(deep / "p.shoptuner")});
        QVERIFY_CLEAR_ERROR(r, "bytes long");
        r = cli({"import", "--project", path(deep / "p.shoptuner"), "--reviews",
            QStringLiteral(SHOPTUNER_DEMO_SHOP) + "/reviews.csv"});
        QVERIFY_CLEAR_ERROR(r, "shorter path");

        // A Latin-1 byte in a file name: shown as typed, not as a replacement character.
        const std::string latin = (m_dir / "lat").string() + "\xe9" + "in.csv";
        testing::writeFile(latin, "title,text\na,b\n");
        const Run odd = testing::runProgram("/bin/sh",
            {"-c", QStringLiteral("exec \"$0\" preview --file \"$1\"$(printf '\\351')in.csv"), SHOPTUNER_CLI,
                path(m_dir / "lat")},
            30000);
        QVERIFY_CLEAR_ERROR(odd, "lat\\xe9in.csv");
        QVERIFY2(!contains(odd.err, "\xef\xbf\xbd"), odd.err.c_str());

        // user_version damaged to 0 and -1.
        for (const int version : {0, -1}) {
            const QString copy = path(m_dir / ("version" + std::to_string(version + 1) + ".shoptuner"));
            QFile::remove(copy);
            QVERIFY(QFile::copy(m_project, copy));
            setSql(copy, QStringLiteral("PRAGMA user_version=%1").arg(version));
            r = cli({"stats", "--project", copy});
            QVERIFY_CLEAR_ERROR(r, "is damaged: its format version");
            QVERIFY2(!contains(r.err, "already exists"), r.err.c_str());
        }

        SmallDisk disk("8m");
        if (!disk.mounted())
            QSKIP("needs root to mount a read-only tmpfs (CI runs as root)");
        const QString onDisk = path(disk.path() / "shop.shoptuner");
        QVERIFY(QFile::copy(m_project, onDisk));
        QVERIFY(disk.remountReadOnly());
        r = cli({"stats", "--project", onDisk});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(json::parse(r.out)["shop"]["reviews"].get<int>(), 1500);
        r = cli({"report", "--project", onDisk, "--format", "csv", "--out", path(m_dir / "from-ro.csv")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        r = cli({"build-tasks", "--project", onDisk, "--tasks", "SA"});
        QVERIFY(r.exitCode != 0); // writing is refused, with SQLite's reason
        QVERIFY2(!contains(r.err, "is not a ShopTuner project"), r.err.c_str());
    }

    // 11a. Integer tensors are not weights.
    void integerWeightsAreRefused()
    {
        const fs::path model = copyModel("int-weights");
        const SafetensorsFile source = SafetensorsFile::open(m_model / "model.safetensors");
        std::vector<std::string> bytes;
        bytes.reserve(source.tensors().size());
        std::vector<TensorWrite> writes;
        for (const TensorView &t : source.tensors()) {
            bytes.emplace_back(reinterpret_cast<const char *>(t.data), t.byteSize);
            const DType dtype = t.name == "model.embed_tokens.weight" ? DType::I32 : t.dtype;
            writes.push_back({t.name, dtype, t.shape, bytes.back().data(), t.byteSize});
        }
        fs::remove(model / "model.safetensors");
        writeSafetensors(model / "model.safetensors", writes);
        const Run r = cli({"info", "--model", path(model)});
        QVERIFY_CLEAR_ERROR(r, "stored as I32");
    }

    // 11b. layers_to_transform is honoured: adapters only on the listed layers.
    void adapterLayersAreHonoured()
    {
        const fs::path adapter = m_dir / "finished-run" / "adapter";
        const fs::path partial = m_dir / "layer0-adapter";
        fs::create_directories(partial);
        const SafetensorsFile source = SafetensorsFile::open(adapter / "adapter_model.safetensors");
        std::vector<TensorWrite> writes;
        for (const TensorView &t : source.tensors())
            if (contains(t.name, ".layers.0."))
                writes.push_back({t.name, t.dtype, t.shape, t.data, t.byteSize});
        QVERIFY(!writes.empty());
        writeSafetensors(partial / "adapter_model.safetensors", writes);
        json config = json::parse(fileBytes(adapter / "adapter_config.json"));
        config["layers_to_transform"] = json::array({0});
        testing::writeFile(partial / "adapter_config.json", config.dump());
        Run r = cli({"info", "--model", path(m_model), "--adapter", path(partial)});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        // Tensors for a layer the config leaves out belong to no adapter of this config.
        fs::copy_file(adapter / "adapter_model.safetensors", partial / "adapter_model.safetensors",
            fs::copy_options::overwrite_existing);
        r = cli({"info", "--model", path(m_model), "--adapter", path(partial)});
        QVERIFY_CLEAR_ERROR(r, "matches no layer");
    }

    // 11c. A test whose process died is shown as stopped, not as finished.
    void aKilledEvaluationShowsAsUnfinished()
    {
        const QString copy = path(m_dir / "killed-eval.shoptuner");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_project, copy));
        setSql(copy,
            "UPDATE evaluations SET status = 'running', finished_at = '', params_json = "
            "json_set(params_json, '$.pid', 999999999, '$.host', '"
                + QSysInfo::machineHostName() + "')");
        const Run r = cli({"report", "--project", copy, "--evaluation", "1", "--out", path(m_dir / "killed.html")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(events(r.out).back()["finished"], json(false));
        QVERIFY2(contains(r.err, "stopped before it finished"), r.err.c_str());
        QVERIFY(contains(fileBytes(m_dir / "killed.html"), "This test is not finished"));
    }

    // 11d. What a killed run left behind is cleaned up by the next run of the same command.
    void leftoversOfKilledRunsAreCleaned()
    {
        const fs::path out = m_dir / "cleanup";
        fs::create_directories(out / ".shoptuner-export-999999999-1-old.gguf.merged");
        testing::writeFile(out / ".shoptuner-export-999999999-1-old.gguf.merged" / "model.safetensors", "x");
        testing::writeFile(out / "a.gguf.tmp-999999999-7", "half a file");
        const std::string live = "a.gguf.tmp-" + std::to_string(::getpid()) + "-7"; // a running process's
        testing::writeFile(out / live, "in use");
        const Run r = cli(
            {"export", "--model", path(m_model), "--format", "gguf", "--type", "f32", "--out", path(out / "a.gguf")});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(!fs::exists(out / ".shoptuner-export-999999999-1-old.gguf.merged"));
        QVERIFY(!fs::exists(out / "a.gguf.tmp-999999999-7"));
        QVERIFY(fs::exists(out / live));
    }

    // 11e. Random bytes inside a project are found when it opens, with a plain message.
    void aDamagedProjectIsNoticedAtOnce()
    {
        const QString copy = path(m_dir / "damaged.shoptuner");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_project, copy));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 64 * 1024);
        for (qint64 page = 4; page < 12; ++page) { // b-tree pages, past the header page
            f.seek(page * 4096 + 16);
            f.write(QByteArray(512, char(0x5a)));
        }
        f.close();
        const Run r = cli({"stats", "--project", copy});
        QVERIFY_CLEAR_ERROR(r, "is damaged");
        QVERIFY2(contains(r.err, "backup"), r.err.c_str());
    }
};

QTEST_MAIN(TestFaults)
#include "test_faults.moc"
