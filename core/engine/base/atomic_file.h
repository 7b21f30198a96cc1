// Writes a file under a temporary name and renames it into place on commit(), so a crash
// or an error never leaves a half-written file under the final name.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace shoptuner::engine {

class AtomicFile
{
public:
    explicit AtomicFile(std::filesystem::path finalPath);
    ~AtomicFile(); // removes the temporary file unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    void write(const char *data, std::size_t size);
    void write(std::string_view text) { write(text.data(), text.size()); }
    void commit(); // flush, fsync, rename

private:
    std::filesystem::path m_final;
    std::filesystem::path m_temp;
    std::FILE *m_file = nullptr;
    bool m_committed = false;
};

// Convenience: writes `text` to `path` atomically.
void writeFileAtomically(const std::filesystem::path &path, std::string_view text);

// "<prefix><pid>-…": the name of a temporary that this process owns (the pid lets a later run
// tell a killed run's leftovers from a live one's).
std::string temporaryName(const std::string &prefix);

// Removes entries of `folder` named "<prefix><pid>-…" whose process is no longer running: what a
// killed run left behind. Returns how many were removed; errors are ignored (best effort).
int removeStaleTemporaries(const std::filesystem::path &folder, const std::string &prefix);

// Whether the process with this id still runs (on this computer).
bool processIsRunning(long pid);

// The error for a failed write: names the file and the free space left on its disk.
std::string writeFailure(const std::filesystem::path &path, int error);

} // namespace shoptuner::engine
