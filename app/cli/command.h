// The command registry of shoptuner-cli: each command declares its options and a run function.
#pragma once

#include "args.h"

#include <functional>
#include <string>
#include <vector>

namespace shoptuner::cli {

struct Command
{
    std::string name; // "info", "bench generate", ...
    std::string summary;
    std::vector<OptionSpec> options;
    std::function<int(const Args &)> run;
};

class CommandRegistry
{
public:
    void add(Command command) { m_commands.push_back(std::move(command)); }
    const std::vector<Command> &commands() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

void registerModelCommands(CommandRegistry &registry);
void registerTokenizerCommands(CommandRegistry &registry);
void registerGenerateCommands(CommandRegistry &registry);
void registerBenchCommands(CommandRegistry &registry);
void registerTrainCommands(CommandRegistry &registry);
void registerScoreCommands(CommandRegistry &registry);
void registerProjectCommands(CommandRegistry &registry); // only in builds with Qt Sql
void registerResultCommands(CommandRegistry &registry); // only in builds with Qt Sql

} // namespace shoptuner::cli
