#include "engine/base/mapped_file.h"

#include "engine/base/error.h"

#include <cerrno>
#include <cstdint>
#include <cstring>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace shoptuner::engine {

#ifdef _WIN32

MappedFile MappedFile::open(const std::filesystem::path &path)
{
    const std::string label = path.string();
    const auto fail = [&](const char *what) {
        return EngineError(label + ": " + what + " (Windows error " + std::to_string(GetLastError()) + ")");
    };
    HANDLE file = CreateFileW(
        path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        throw fail("cannot open");
    LARGE_INTEGER size {};
    if (!GetFileSizeEx(file, &size)) {
        CloseHandle(file);
        throw fail("cannot read its size");
    }
    MappedFile mapped;
    mapped.size = static_cast<std::size_t>(size.QuadPart);
    if (mapped.size == 0) {
        CloseHandle(file);
        return mapped;
    }
    HANDLE mapping = CreateFileMappingW(file, nullptr, PAGE_READONLY, 0, 0, nullptr);
    CloseHandle(file); // the mapping keeps the file open
    if (!mapping)
        throw fail("cannot map into memory");
    const void *view = MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0);
    CloseHandle(mapping); // the view keeps the mapping
    if (!view)
        throw fail("cannot map into memory");
    mapped.data = std::shared_ptr<const void>(view, [](const void *p) { UnmapViewOfFile(p); });
    return mapped;
}

#else

MappedFile MappedFile::open(const std::filesystem::path &path)
{
    const std::string label = path.string();
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw EngineError(label + ": cannot open: " + std::strerror(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw FormatError(label + ": is not a regular file (a folder, pipe or device)",
            "point to the file itself; ShopTuner reads only ordinary files");
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    void *addr = nullptr;
    if (size > 0) {
        addr = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (addr == MAP_FAILED) {
            ::close(fd);
            throw EngineError(label + ": cannot map into memory: " + std::strerror(errno));
        }
    }
    ::close(fd);
    MappedFile file;
    file.size = size;
    file.data = std::shared_ptr<const void>(addr, [size](const void *p) {
        if (p)
            ::munmap(const_cast<void *>(p), size);
    });
    return file;
}

#endif

void releaseMappedRange(const void *data, std::size_t size)
{
#ifdef _WIN32
    (void)data; // Windows trims a read-only view's pages itself under memory pressure
    (void)size;
#else
    static const auto pageSize = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + pageSize - 1) / pageSize * pageSize; // whole pages only
    const std::uintptr_t last = (begin + size) / pageSize * pageSize;
    if (last > first)
        ::madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#endif
}

} // namespace shoptuner::engine
