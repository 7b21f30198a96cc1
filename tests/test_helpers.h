// Shared helpers for the test suites: locating test data and the shared fixtures.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace testing {

// How long the event loop goes without answering, sampled by a 10 ms timer while the watch runs.
// A GUI that stays responsive answers nearly every tick on time; judging the 99th percentile (and
// a generous ceiling for the single worst gap) separates real stalls (work on the GUI thread)
// from the scheduler pausing the process once on a loaded 2-core machine.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { m_gaps.push_back(m_sinceLast.restart()); });
    }
    void start()
    {
        m_gaps.clear();
        m_sinceLast.start();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    qint64 percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())))];
    }
    qint64 worst() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    std::size_t samples() const { return m_gaps.size(); }
    // Nearly every tick within `limitMs`: at most 1% of them beyond it (and at least one may be,
    // since in a short watch the 99th percentile is the worst gap itself), none beyond five times it.
    bool responsive(qint64 limitMs) const
    {
        const auto late = std::count_if(m_gaps.begin(), m_gaps.end(), [&](qint64 g) { return g >= limitMs; });
        qInfo("event-loop gaps over %zu ticks: p50 %lld ms, p99 %lld ms, worst %lld ms, %lld at or over %lld ms",
            samples(), percentile(50), percentile(99), worst(), qint64(late), limitMs);
        return samples() >= 20 && std::size_t(late) <= std::max<std::size_t>(1, samples() / 100)
            && worst() < 5 * limitMs;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceLast;
    std::vector<qint64> m_gaps;
};

inline std::filesystem::path dataDir()
{
    return SHOPTUNER_TEST_DATA;
}

// The shared tokenizer fixtures, or an empty path when SHOPTUNER_FIXTURES is not set.
inline std::filesystem::path fixturesDir()
{
    const QByteArray env = qgetenv("SHOPTUNER_FIXTURES");
    return env.isEmpty() ? std::filesystem::path() : std::filesystem::path(env.toStdString());
}

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const std::filesystem::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// Writes bytes to a file in a temporary folder and returns its path.
inline QString writeTempFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    writeFile(path.toStdString(), bytes.toStdString());
    return path;
}

// What a run of shoptuner-cli gave back.
struct CliRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program and waits for it. One that does not finish in time is killed and reported
// with exit code -1 and "timed out" (a hang is a failure, not a success with partial output);
// one that crashed gets -2.
inline CliRun runProgram(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput().toStdString(),
            p.readAllStandardError().toStdString() + "\ntimed out after " + std::to_string(timeoutMs) + " ms"};
    }
    const int code = p.exitStatus() == QProcess::CrashExit ? -2 : p.exitCode();
    return {code, p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

// Runs shoptuner-cli (the build's, from SHOPTUNER_CLI) and waits for it.
inline CliRun runCli(const QStringList &args, int timeoutMs = 300000)
{
    return runProgram(QStringLiteral(SHOPTUNER_CLI), args, timeoutMs);
}

} // namespace testing

// Fails the test unless `expr` throws an exception of `Type` whose message contains `needle`.
#define EXPECT_THROW_WITH(expr, Type, needle)                                                                          \
    do {                                                                                                               \
        bool thrown_ = false;                                                                                          \
        try {                                                                                                          \
            expr;                                                                                                      \
        } catch (const Type &e_) {                                                                                     \
            thrown_ = true;                                                                                            \
            if (std::string(e_.what()).find(needle) == std::string::npos)                                              \
                QFAIL(qPrintable(QStringLiteral("message '%1' lacks '%2'").arg(e_.what(), QString(needle))));          \
        }                                                                                                              \
        if (!thrown_)                                                                                                  \
            QFAIL("expected " #Type " from " #expr);                                                                   \
    } while (false)

#include <nlohmann/json.hpp>

namespace testing {

// A minimal byte-level BPE tokenizer.json: the 256 byte characters, a few merges and ChatML
// markers as special added tokens (ids 256..258). Tokenizes any text; no fixture needed.
inline std::string byteLevelTokenizerJson()
{
    // GPT-2's byte-to-character table.
    auto charFor = [](int b) {
        int cp = b;
        if (!((b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF))) {
            int n = 0;
            for (int x = 0; x < b; ++x)
                n += !((x >= 0x21 && x <= 0x7E) || (x >= 0xA1 && x <= 0xAC) || (x >= 0xAE && x <= 0xFF));
            cp = 256 + n;
        }
        std::string s;
        if (cp < 0x80)
            s += static_cast<char>(cp);
        else {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
        return s;
    };
    nlohmann::json vocab = nlohmann::json::object();
    for (int b = 0; b < 256; ++b)
        vocab[charFor(b)] = b;
    const std::string space = charFor(' ');
    vocab[space + "t"] = 259;
    vocab["he"] = 260;
    vocab[space + "the"] = 261;
    nlohmann::json added = nlohmann::json::array();
    const char *specials[] = {"<|endoftext|>", "<|im_start|>", "<|im_end|>"};
    for (int i = 0; i < 3; ++i)
        added.push_back({{"id", 256 + i}, {"content", specials[i]}, {"special", true}});
    nlohmann::json j = {{"version", "1.0"}, {"added_tokens", added}, {"normalizer", nullptr},
        {"pre_tokenizer", {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"use_regex", true}}},
        {"post_processor", {{"type", "ByteLevel"}}}, {"decoder", {{"type", "ByteLevel"}}},
        {"model",
            {{"type", "BPE"}, {"vocab", vocab},
                {"merges", nlohmann::json::array({space + " t", "h e", space + "t he"})}}}};
    return j.dump();
}

} // namespace testing
