#include "engine/base/shared_library.h"

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <dlfcn.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif
#endif

#include <cstdint>
#include <vector>

namespace shoptuner::engine {

std::filesystem::path executableDirectory()
{
#if defined(_WIN32)
    std::wstring buffer(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (n == 0 || n >= buffer.size())
        return {};
    buffer.resize(n);
    return std::filesystem::path(buffer).parent_path();
#elif defined(__APPLE__)
    std::uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::vector<char> buffer(size + 1, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0)
        return {};
    std::error_code ec;
    const auto resolved = std::filesystem::canonical(buffer.data(), ec);
    return (ec ? std::filesystem::path(buffer.data()) : resolved).parent_path();
#else
    char buffer[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0)
        return {};
    return std::filesystem::path(std::string(buffer, static_cast<std::size_t>(n))).parent_path();
#endif
}

SharedLibrary::~SharedLibrary() = default;

bool SharedLibrary::open(const std::filesystem::path &path, std::string *error)
{
#ifdef _WIN32
    HMODULE module = LoadLibraryExW(path.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (!module) {
        if (error)
            *error = "Windows error " + std::to_string(GetLastError());
        return false;
    }
    m_handle = reinterpret_cast<void *>(module);
#else
#if defined(RTLD_DEEPBIND)
    const int flags = RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#else
    const int flags = RTLD_NOW | RTLD_LOCAL;
#endif
    m_handle = ::dlopen(path.c_str(), flags);
    if (!m_handle) {
        if (error)
            *error = ::dlerror();
        return false;
    }
#endif
    return true;
}

void *SharedLibrary::symbol(const char *name) const
{
    if (!m_handle)
        return nullptr;
#ifdef _WIN32
    return reinterpret_cast<void *>(GetProcAddress(reinterpret_cast<HMODULE>(m_handle), name));
#else
    return ::dlsym(m_handle, name);
#endif
}

void SharedLibrary::close()
{
    if (!m_handle)
        return;
#ifdef _WIN32
    FreeLibrary(reinterpret_cast<HMODULE>(m_handle));
#else
    ::dlclose(m_handle);
#endif
    m_handle = nullptr;
}

} // namespace shoptuner::engine
