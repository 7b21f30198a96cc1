// Reading the files a user points the engine at: only regular files are opened (a FIFO or a
// device would block or never end), and JSON is checked for hostile nesting before it is parsed.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace shoptuner::engine {

// Throws FormatError when `path` is missing or is not a regular file (a link to one is fine).
void requireRegularFile(const std::filesystem::path &path);

// The whole file as bytes; throws FormatError naming the file.
std::string readTextFile(const std::filesystem::path &path);

// Parses `text` (named `label` in errors) as JSON, refusing nesting deeper than kMaxJsonNesting.
nlohmann::json parseJsonText(std::string_view text, const std::string &label);

// readTextFile + parseJsonText.
nlohmann::json readJsonFile(const std::filesystem::path &path);

} // namespace shoptuner::engine
