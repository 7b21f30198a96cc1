#include "atomic_file.h"

#include "error.h"

#include <cerrno>
#include <cstring>
#include <random>

#ifdef _WIN32
#include <io.h>
#include <process.h>
#else
#include <unistd.h>
#endif

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

} // namespace

namespace shoptuner::engine {

AtomicFile::AtomicFile(std::filesystem::path finalPath)
    : m_final(std::move(finalPath))
{
    std::random_device rd;
    m_temp = m_final;
    m_temp += ".tmp-" + std::to_string(processId()) + "-" + std::to_string(rd() % 100000);
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
        throw EngineError(m_final.string() + ": write failed: " + std::strerror(errno), "is the disk full?");
}

void AtomicFile::commit()
{
    if (std::fflush(m_file) != 0 || syncToDisk(m_file) != 0)
        throw EngineError(m_final.string() + ": write failed: " + std::strerror(errno), "is the disk full?");
    std::fclose(m_file);
    m_file = nullptr;
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
