#include "mapped_file.h"

#include "error.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace shoptuner::engine {

MappedFile MappedFile::open(const std::filesystem::path &path)
{
    const std::string label = path.string();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw EngineError(label + ": cannot open: " + std::strerror(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw EngineError(label + ": not a regular file");
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

} // namespace shoptuner::engine
