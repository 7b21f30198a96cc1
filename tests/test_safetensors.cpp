// safetensors reading and writing: round trips, sharded checkpoints, and a clear error for
// every kind of malformed header.
#include "test_helpers.h"

#include "engine/base/error.h"
#include "engine/formats/safetensors.h"

#include <nlohmann/json.hpp>

#include <cstring>

using namespace shoptuner::engine;

namespace {

// A file image with the given header JSON and `dataBytes` bytes of data.
std::string image(const std::string &header, std::size_t dataBytes)
{
    std::string out(8, '\0');
    const std::uint64_t n = header.size();
    for (int i = 0; i < 8; ++i)
        out[static_cast<std::size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xff);
    out += header;
    out.append(dataBytes, '\x01');
    return out;
}

void expectBad(const std::string &bytes, const char *needle)
{
    const auto *data = reinterpret_cast<const std::byte *>(bytes.data());
    EXPECT_THROW_WITH(SafetensorsFile::fromBytes({data, bytes.size()}, "bad.safetensors"), FormatError, needle);
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

private:
    std::filesystem::path m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::filesystem::temp_directory_path() / "shoptuner-test-safetensors";
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    void cleanupTestCase() { std::filesystem::remove_all(m_dir); }

    void roundTrip()
    {
        const std::vector<float> a {1.5f, -2.0f, 3.25f, 0.0f, 7.0f, -8.5f};
        const std::vector<std::uint16_t> b {0x3f80, 0x4000, 0xc040}; // BF16 1, 2, -3
        const std::vector<std::int64_t> c {42};
        const auto path = m_dir / "round.safetensors";
        writeSafetensors(path,
            {{"a", DType::F32, {2, 3}, a.data(), a.size() * 4}, {"b", DType::BF16, {3}, b.data(), b.size() * 2},
                {"c", DType::I64, {}, c.data(), 8}},
            {{"format", "pt"}});
        const SafetensorsFile file = SafetensorsFile::open(path);
        QCOMPARE(file.tensors().size(), std::size_t(3));
        QCOMPARE(file.metadata().at("format"), std::string("pt"));
        const TensorView *ta = file.find("a");
        QVERIFY(ta);
        QCOMPARE(ta->shape, (std::vector<std::int64_t> {2, 3}));
        QCOMPARE(std::memcmp(ta->data, a.data(), 24), 0);
        QCOMPARE(file.find("b")->dtype, DType::BF16);
        QCOMPARE(file.find("c")->shape.size(), std::size_t(0));
        QCOMPARE(file.find("c")->numel(), std::int64_t(1));
        // Data starts 8-byte aligned, as the format recommends.
        QCOMPARE(reinterpret_cast<std::uintptr_t>(ta->data) % 8, std::uintptr_t(0));
        // No temporary files are left behind.
        int files = 0;
        for ([[maybe_unused]] const auto &e : std::filesystem::directory_iterator(m_dir))
            ++files;
        QCOMPARE(files, 1);
    }

    void writerRejectsWrongSizes()
    {
        const float x = 1;
        EXPECT_THROW_WITH(
            writeSafetensors(m_dir / "w.safetensors", {{"x", DType::F32, {2}, &x, 4}}), EngineError, "shape needs 8");
        QVERIFY(!std::filesystem::exists(m_dir / "w.safetensors"));
    }

    void malformedHeaders()
    {
        expectBad("abc", "too short");
        expectBad(std::string("\xff\xff\xff\xff\xff\xff\x00\x00", 8) + "{}", "exceeds the 100 MB limit");
        expectBad(std::string("\x40\x00\x00\x00\x00\x00\x00\x00{}", 10), "runs past the end");
        expectBad(image("[1,2]", 0), "does not start with a JSON object");
        expectBad(image("{\"a\": ", 0), "not valid JSON");
        expectBad(image(R"({"x": 5e999})", 0), "not valid JSON"); // found by fuzz_safetensors: a number out of range
        expectBad(image(R"({"a": {"dtype": "F33", "shape": [1], "data_offsets": [0, 4]}})", 4), "unknown dtype 'F33'");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4]}})", 4),
            "F32 shape needs 8 bytes but data_offsets span 4");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}})", 2), "probably truncated");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}})", 4), "non-negative");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 0]}})", 4), "is after end");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [1]}})", 4), "has no 'data_offsets'");
        expectBad(
            image(
                R"({"a": {"dtype": "F32", "shape": [4294967296, 4294967296, 4294967296], "data_offsets": [0, 4]}})", 4),
            "overflows");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                           "b": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}})",
                      8),
            "overlaps");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}})", 8), "belong to no tensor");
        expectBad(image(R"({"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}})", 6), "trailing bytes");
        expectBad(image(R"({"__metadata__": {"k": 1}})", 0), "is not a string");
    }

    void truncatedFileOnDisk()
    {
        const float x[4] = {1, 2, 3, 4};
        const auto path = m_dir / "cut.safetensors";
        writeSafetensors(path, {{"x", DType::F32, {4}, x, 16}});
        std::filesystem::resize_file(path, std::filesystem::file_size(path) - 3);
        EXPECT_THROW_WITH(SafetensorsFile::open(path), FormatError, "cut.safetensors: tensor 'x'");
    }

    void shardedCheckpoint()
    {
        const auto dir = m_dir / "sharded";
        std::filesystem::create_directories(dir);
        const float one[2] = {1, 2}, two[3] = {3, 4, 5};
        writeSafetensors(dir / "model-00001-of-00002.safetensors", {{"w1", DType::F32, {2}, one, 8}});
        writeSafetensors(dir / "model-00002-of-00002.safetensors", {{"w2", DType::F32, {3}, two, 12}});
        nlohmann::json index = {{"metadata", {{"total_size", 20}}},
            {"weight_map", {{"w1", "model-00001-of-00002.safetensors"}, {"w2", "model-00002-of-00002.safetensors"}}}};
        testing::writeFile(dir / "model.safetensors.index.json", index.dump());
        const Checkpoint checkpoint = Checkpoint::openFolder(dir);
        QCOMPARE(checkpoint.tensors().size(), std::size_t(2));
        QCOMPARE(checkpoint.find("w2")->numel(), std::int64_t(3));

        index["weight_map"]["w3"] = "model-00002-of-00002.safetensors";
        testing::writeFile(dir / "model.safetensors.index.json", index.dump());
        EXPECT_THROW_WITH(Checkpoint::openFolder(dir), FormatError, "lists tensor 'w3'");
        index["weight_map"].erase("w3");
        index["weight_map"]["w2"] = "../outside.safetensors";
        testing::writeFile(dir / "model.safetensors.index.json", index.dump());
        EXPECT_THROW_WITH(Checkpoint::openFolder(dir), FormatError, "not a file in the model folder");
        EXPECT_THROW_WITH(Checkpoint::openFolder(m_dir / "nowhere"), FormatError, "no model.safetensors");
    }
};

QTEST_APPLESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
