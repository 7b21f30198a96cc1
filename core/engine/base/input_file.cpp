#include "engine/base/input_file.h"

#include "engine/base/error.h"
#include "shoptuner/json_nesting.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace shoptuner::engine {
namespace fs = std::filesystem;

void requireRegularFile(const fs::path &path)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw FormatError(path.string() + ": does not exist");
    if (fs::is_directory(status))
        throw FormatError(path.string() + ": is a folder, not a file");
    if (!fs::is_regular_file(status))
        throw FormatError(path.string() + ": is not a regular file (a pipe, socket or device)",
            "point to the file itself; ShopTuner reads only ordinary files");
}

std::string readTextFile(const fs::path &path)
{
    requireRegularFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FormatError(path.string() + ": cannot be read", "check that you may read it");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw FormatError(path.string() + ": reading failed");
    return std::move(text).str();
}

nlohmann::json parseJsonText(std::string_view text, const std::string &label)
{
    if (const auto at = jsonNestingExceeded(text))
        throw FormatError(label + ": nests more than " + std::to_string(kMaxJsonNesting) + " levels deep (at byte "
                + std::to_string(*at) + ")",
            "no real file nests this deep; the file is damaged or was made to crash programs");
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception &e) {
        throw FormatError(label + ": not valid JSON: " + e.what());
    }
}

nlohmann::json readJsonFile(const fs::path &path)
{
    return parseJsonText(readTextFile(path), path.string());
}

} // namespace shoptuner::engine
