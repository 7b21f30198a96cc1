#include "args.h"

#include <cstdlib>

namespace shoptuner::cli {

Args::Args(const std::string &command, const std::vector<OptionSpec> &specs, const std::vector<std::string> &argv)
    : m_command(command)
{
    auto find = [&](const std::string &name) -> const OptionSpec * {
        for (const OptionSpec &s : specs) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    };
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string &arg = argv[i];
        if (arg.rfind("--", 0) != 0 || arg.size() == 2) {
            m_positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const OptionSpec *spec = find(name);
        if (!spec)
            throw UsageError(
                "unknown option --" + name + " for '" + command + "' (see shoptuner-cli " + command + " --help)");
        if (!spec->takesValue) {
            m_flags.insert(name);
            continue;
        }
        if (inlineValue) {
            m_values[name] = *inlineValue;
        } else {
            if (i + 1 >= argv.size())
                throw UsageError("option --" + name + " needs a value");
            m_values[name] = argv[++i];
        }
    }
}

bool Args::has(const std::string &name) const
{
    return m_flags.count(name) || m_values.count(name);
}

std::string Args::get(const std::string &name, const std::string &fallback) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::string Args::require(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        throw UsageError("'" + m_command + "' needs --" + name);
    return it->second;
}

long long Args::getInt(const std::string &name, long long fallback) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    char *end = nullptr;
    const long long v = std::strtoll(it->second.c_str(), &end, 10);
    if (end == it->second.c_str() || *end != '\0')
        throw UsageError("--" + name + " needs a whole number, got '" + it->second + "'");
    return v;
}

double Args::getDouble(const std::string &name, double fallback) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fallback;
    char *end = nullptr;
    const double v = std::strtod(it->second.c_str(), &end);
    if (end == it->second.c_str() || *end != '\0')
        throw UsageError("--" + name + " needs a number, got '" + it->second + "'");
    return v;
}

std::string usageText(const std::string &command, const std::string &summary, const std::vector<OptionSpec> &specs)
{
    std::string text = "usage: shoptuner-cli " + command + " [options]\n" + summary + "\n\noptions:\n";
    for (const OptionSpec &s : specs) {
        std::string left = "  --" + s.name + (s.takesValue ? " VALUE" : "");
        left.resize(std::max<std::size_t>(left.size() + 2, 28), ' ');
        text += left + s.help + "\n";
    }
    return text;
}

} // namespace shoptuner::cli
