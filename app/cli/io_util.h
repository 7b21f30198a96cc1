// Small input helpers shared by the CLI commands.
#pragma once

#include "args.h"

#include "engine/language_model.h"

#include <string>
#include <vector>

namespace shoptuner::cli {

// "1,2,3" -> ids; throws UsageError naming the bad item.
std::vector<engine::TokenId> parseIdList(const std::string &text);

// The options every model-loading command takes, followed by `extra`.
std::vector<OptionSpec> modelLoadOptions(std::vector<OptionSpec> extra);
engine::LoadOptions modelLoadOptionsFrom(const Args &args);

} // namespace shoptuner::cli
