// shoptuner-cli: every job the GUI runs, headless; JSON on stdout, messages on stderr.
#include "command.h"
#include "io_util.h"

#include "engine/base/error.h"

#include <cstdio>
#include <iostream>

#ifdef SHOPTUNER_WITH_PROJECT
#include "services/training_plan.h"
#endif

#ifndef SHOPTUNER_VERSION
#define SHOPTUNER_VERSION "unknown"
#endif

using namespace shoptuner;

namespace {

void printOverview(const cli::CommandRegistry &registry)
{
    std::cout
        << "usage: shoptuner-cli COMMAND [options]   (shoptuner-cli COMMAND --help for its options)\n\ncommands:\n";
    for (const cli::Command &c : registry.commands()) {
        std::string left = "  " + c.name;
        left.resize(std::max<std::size_t>(left.size() + 2, 22), ' ');
        std::cout << left << c.summary << "\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    cli::CommandRegistry registry;
    cli::registerModelCommands(registry);
    cli::registerTokenizerCommands(registry);
    cli::registerGenerateCommands(registry);
    cli::registerTrainCommands(registry);
    cli::registerScoreCommands(registry);
    cli::registerBenchCommands(registry);
#ifdef SHOPTUNER_WITH_PROJECT
    cli::registerProjectCommands(registry);
    cli::registerResultCommands(registry);
    cli::registerApplyCommands(registry);
    cli::registerHubCommands(registry);
#endif

    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printOverview(registry);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << "shoptuner-cli " << SHOPTUNER_VERSION << "\n";
        return 0;
    }
    // Longest command name first, so "bench generate" wins over a hypothetical "bench".
    const cli::Command *command = nullptr;
    std::size_t words = 0;
    for (const cli::Command &c : registry.commands()) {
        std::size_t n = 0;
        std::string joined;
        for (std::size_t i = 0; i < args.size(); ++i) {
            joined += (i ? " " : "") + args[i];
            if (joined == c.name) {
                n = i + 1;
                break;
            }
        }
        if (n > words) {
            command = &c;
            words = n;
        }
    }
    if (!command) {
        std::cerr << "shoptuner-cli: unknown command '" << args[0] << "'\n\n";
        printOverview(registry);
        return 2;
    }
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(words), args.end());
    for (const std::string &a : rest) {
        if (a == "--help" || a == "-h") {
            std::cout << cli::usageText(command->name, command->summary, command->options);
            return 0;
        }
    }
    try {
        return command->run(cli::Args(command->name, command->options, rest));
    } catch (const cli::UsageError &e) {
        std::cerr << "shoptuner-cli " << command->name << ": " << e.what() << "\n";
        return 2;
    } catch (const engine::EngineError &e) {
        std::cerr << "shoptuner-cli " << command->name << ": " << cli::describeEngineError(e) << "\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "shoptuner-cli " << command->name << ": unexpected error: " << e.what() << "\n";
        return 1;
    }
}
