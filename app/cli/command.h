// The command registry of shoptuner-cli: each command declares its options and a run function.
#pragma once

#include "args.h"

#ifdef SHOPTUNER_WITH_PROJECT
#include "engine/formats/model_export.h"
#endif

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

#ifdef SHOPTUNER_WITH_PROJECT
// The base model and adapter folders of training run --run in --project (cmd_results.cpp). It
// and exportThroughJob run inside withQt (project_args.h), as the export command is registered.
struct RunFolders
{
    std::string model, adapter;
};
RunFolders runFolders(const Args &args);
// Runs a checked export request through the app's export job, with --project's test questions
// as its checks when given; progress is printed as JSON lines (cmd_results.cpp).
engine::ExportResult exportThroughJob(const Args &args, const engine::ExportRequest &request);
#endif
void registerTokenizerCommands(CommandRegistry &registry);
void registerGenerateCommands(CommandRegistry &registry);
void registerBenchCommands(CommandRegistry &registry);
void registerTrainCommands(CommandRegistry &registry);
void registerScoreCommands(CommandRegistry &registry);
void registerProjectCommands(CommandRegistry &registry); // only in builds with Qt Sql
void registerResultCommands(CommandRegistry &registry); // only in builds with Qt Sql
void registerApplyCommands(CommandRegistry &registry); // only in builds with Qt Sql
void registerHubCommands(CommandRegistry &registry); // only in builds with Qt Sql

} // namespace shoptuner::cli
