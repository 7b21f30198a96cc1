// Loading a module of our own at run time and finding our own executable, on Linux, macOS and
// Windows. The SentencePiece bridge is the one user (see spm/spm_bridge_abi.h).
#pragma once

#include <filesystem>
#include <string>

namespace shoptuner::engine {

// The folder of the running program (empty when the system cannot tell).
std::filesystem::path executableDirectory();

class SharedLibrary
{
public:
    SharedLibrary() = default;
    SharedLibrary(const SharedLibrary &) = delete;
    SharedLibrary &operator=(const SharedLibrary &) = delete;
    ~SharedLibrary(); // leaves the library loaded unless close() was called: modules are never unloaded in use

    // Loads `path` with its own symbol namespace (Linux: RTLD_LOCAL | RTLD_DEEPBIND, so the
    // module's dependencies bind to their own copies; macOS and Windows keep modules' symbols
    // apart by themselves). Returns false with the system's reason in *error.
    bool open(const std::filesystem::path &path, std::string *error);
    void *symbol(const char *name) const;
    void close();

private:
    void *m_handle = nullptr;
};

} // namespace shoptuner::engine
