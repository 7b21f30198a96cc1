#include "io_util.h"

#include <cstdlib>

namespace shoptuner::cli {

std::vector<engine::TokenId> parseIdList(const std::string &text)
{
    std::vector<engine::TokenId> ids;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, end - start);
        char *stop = nullptr;
        const long v = std::strtol(item.c_str(), &stop, 10);
        if (item.empty() || *stop != '\0' || v < 0 || v > INT32_MAX)
            throw UsageError("'" + item + "' is not a token id (expected comma-separated whole numbers)");
        ids.push_back(static_cast<engine::TokenId>(v));
        start = end + 1;
    }
    return ids;
}

} // namespace shoptuner::cli
