// Small input helpers shared by the CLI commands.
#pragma once

#include "args.h"

#include "engine/base/error.h"
#include "engine/model/language_model.h"

#include <string>
#include <vector>

namespace shoptuner::cli {

// Outputs are never replaced unless asked: an existing file or non-empty folder at `path` is a
// UsageError unless the command was given --overwrite.
void refuseExistingOutput(const Args &args, const std::string &path);
// refuseExistingOutput, then `text` written atomically: a full disk is an error naming the file and
// the free space, and whatever was there before stays.
void writeOutputFile(const Args &args, const std::string &path, const std::string &text);
// The option that allows it.
OptionSpec overwriteOption();

// An engine error as the CLI prints it: the message and hint, and for errors with a code the
// flags that act on them ("hint: lower the learning rate; --lr sets it").
std::string describeEngineError(const engine::EngineError &e);

// "1,2,3" -> ids; throws UsageError naming the bad item.
std::vector<engine::TokenId> parseIdList(const std::string &text);

// The options every model-loading command takes, followed by `extra`.
std::vector<OptionSpec> modelLoadOptions(std::vector<OptionSpec> extra);
engine::LoadOptions modelLoadOptionsFrom(const Args &args);

} // namespace shoptuner::cli
