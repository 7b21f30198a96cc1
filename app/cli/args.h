// Command-line options for shoptuner-cli: "--name value" and "--flag", checked against
// what each command declares, with messages that name the bad option.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace shoptuner::cli {

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec
{
    std::string name; // without "--"
    bool takesValue = true;
    std::string help;
};

class Args
{
public:
    Args(const std::string &command, const std::vector<OptionSpec> &specs, const std::vector<std::string> &argv);

    bool has(const std::string &name) const;
    std::string get(const std::string &name, const std::string &fallback = {}) const;
    std::string require(const std::string &name) const;
    long long getInt(const std::string &name, long long fallback) const;
    double getDouble(const std::string &name, double fallback) const;
    std::vector<std::string> positional() const { return m_positional; }

private:
    std::string m_command;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

std::string usageText(const std::string &command, const std::string &summary, const std::vector<OptionSpec> &specs);

} // namespace shoptuner::cli
