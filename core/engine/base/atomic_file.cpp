#include "engine/base/atomic_file.h"

#include "engine/base/error.h"
#include "engine/base/system_info.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#define WIN32_LEAN_AND_MEAN
#include <io.h>
#include <process.h>
#include <windows.h>
#else
#include <signal.h>
#include <unistd.h>
#endif

namespace shoptuner::engine {
namespace {

int processId()
{
#ifdef _WIN32
    return _getpid();
#else
    return ::getpid();
#endif
}

// Flushes the file's data to the disk before it is renamed into place.
int syncToDisk(std::FILE *file)
{
#ifdef _WIN32
    return _commit(_fileno(file));
#else
    return ::fsync(::fileno(file));
#endif
}

// A failed write or flush, with what the user can do about it.
EngineError diskFull(const std::filesystem::path &path, int error)
{
    return EngineError(writeFailure(path, error), "free some space or choose another disk; the old file is unchanged");
}

} // namespace

bool processIsRunning(long pid)
{
#ifdef _WIN32
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#endif
}

std::string writeFailure(const std::filesystem::path &path, int error)
{
    std::string message = path.string() + ": cannot be written: " + std::strerror(error);
    std::error_code ec;
    const auto space = std::filesystem::space(std::filesystem::absolute(path, ec).parent_path(), ec);
    if (!ec)
        message += " (" + readableBytes(space.available) + " free on that disk)";
    return message;
}

std::string temporaryName(const std::string &prefix)
{
    std::random_device rd;
    return prefix + std::to_string(processId()) + "-" + std::to_string(rd() % 1000000);
}

int removeStaleTemporaries(const std::filesystem::path &folder, const std::string &prefix)
{
    std::error_code ec;
    int removed = 0;
    for (std::filesystem::directory_iterator it(folder.empty() ? "." : folder, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
            continue;
        char *stop = nullptr;
        const long pid = std::strtol(name.c_str() + prefix.size(), &stop, 10);
        if (stop == name.c_str() + prefix.size() || *stop != '-' || processIsRunning(pid))
            continue;
        std::error_code removeError;
        if (std::filesystem::remove_all(it->path(), removeError) > 0)
            ++removed;
    }
    return removed;
}

AtomicFile::AtomicFile(std::filesystem::path finalPath)
    : m_final(std::move(finalPath))
{
    const std::string prefix = m_final.filename().string() + ".tmp-";
    removeStaleTemporaries(m_final.parent_path(), prefix); // left by a killed run
    m_temp = m_final.parent_path() / temporaryName(prefix);
#ifdef _WIN32
    m_file = _wfopen(m_temp.c_str(), L"wb");
#else
    m_file = std::fopen(m_temp.c_str(), "wb");
#endif
    if (!m_file)
        throw EngineError(m_final.string() + ": cannot create: " + std::strerror(errno),
            "check that the folder exists and is writable");
}

AtomicFile::~AtomicFile()
{
    if (m_file)
        std::fclose(m_file);
    if (!m_committed) {
        std::error_code ec;
        std::filesystem::remove(m_temp, ec);
    }
}

void AtomicFile::write(const char *data, std::size_t size)
{
    if (size > 0 && std::fwrite(data, 1, size, m_file) != size)
        throw diskFull(m_final, errno);
}

void AtomicFile::commit()
{
    if (std::fflush(m_file) != 0 || syncToDisk(m_file) != 0)
        throw diskFull(m_final, errno);
    const int closed = std::fclose(m_file);
    m_file = nullptr;
    if (closed != 0)
        throw diskFull(m_final, errno);
    std::error_code ec;
    std::filesystem::rename(m_temp, m_final, ec);
    if (ec)
        throw EngineError(m_final.string() + ": cannot move into place: " + ec.message());
    m_committed = true;
}

void writeFileAtomically(const std::filesystem::path &path, std::string_view text)
{
    AtomicFile file(path);
    file.write(text);
    file.commit();
}

} // namespace shoptuner::engine
