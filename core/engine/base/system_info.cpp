#include "engine/base/system_info.h"

#include <cstdio>

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#elif defined(__APPLE__)
#include <mach/mach.h>
#include <sys/sysctl.h>
#include <unistd.h>
#else
#include <fstream>
#include <string>
#include <unistd.h>
#endif

namespace shoptuner::engine {

SystemMemory systemMemory()
{
    SystemMemory m;
#if defined(_WIN32)
    MEMORYSTATUSEX status {};
    status.dwLength = sizeof status;
    if (GlobalMemoryStatusEx(&status)) {
        m.totalBytes = static_cast<std::int64_t>(status.ullTotalPhys);
        m.availableBytes = static_cast<std::int64_t>(status.ullAvailPhys);
    }
#elif defined(__APPLE__)
    std::uint64_t total = 0;
    std::size_t size = sizeof total;
    if (sysctlbyname("hw.memsize", &total, &size, nullptr, 0) == 0)
        m.totalBytes = static_cast<std::int64_t>(total);
    vm_statistics64_data_t vm {};
    mach_msg_type_number_t count = HOST_VM_INFO64_COUNT;
    if (host_statistics64(mach_host_self(), HOST_VM_INFO64, reinterpret_cast<host_info64_t>(&vm), &count)
        == KERN_SUCCESS)
        m.availableBytes = static_cast<std::int64_t>(vm.free_count + vm.inactive_count) * sysconf(_SC_PAGESIZE);
#else
    // /proc/meminfo's MemAvailable is the kernel's own estimate of what can be used without swapping.
    std::ifstream meminfo("/proc/meminfo");
    std::string key, unit;
    std::int64_t kb = 0;
    while (meminfo >> key >> kb) {
        std::getline(meminfo, unit);
        if (key == "MemTotal:")
            m.totalBytes = kb * 1024;
        else if (key == "MemAvailable:")
            m.availableBytes = kb * 1024;
    }
    if (m.totalBytes == 0)
        m.totalBytes = static_cast<std::int64_t>(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGE_SIZE);
#endif
    return m;
}

std::string readableBytes(std::uint64_t bytes)
{
    char text[32];
    if (bytes >= 1024ull * 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f GB", double(bytes) / (1024.0 * 1024 * 1024));
    else if (bytes >= 1024ull * 1024)
        std::snprintf(text, sizeof text, "%.1f MB", double(bytes) / (1024.0 * 1024));
    else
        std::snprintf(text, sizeof text, "%llu KB", static_cast<unsigned long long>(bytes / 1024));
    return text;
}

} // namespace shoptuner::engine
