// Helpers of the commands that work on project files (they run on Qt): arguments as QStrings,
// task and list options, running a job with JSON-lines progress, a QCoreApplication per command.
#pragma once

#include "args.h"

#include "jobs/job.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace shoptuner::cli {

// The argument as UTF-16; a name in another encoding is a UsageError that shows it as typed
// (bytes that are not UTF-8 as \xNN), since Qt could not reach such a file.
QString q(const std::string &s);
std::string s(const QString &q);
nlohmann::json strings(const QStringList &list);
nlohmann::json toJson(const QString &compactJson);
QStringList listOption(const Args &args, const std::string &name); // "a,b" -> {a, b}
QStringList taskOption(const Args &args); // --tasks, names or abbreviations
struct RunJobOptions
{
    // What Ctrl+C (or SIGTERM) does; null: ask the job to stop. Called in the signal handler, so
    // it may only set the job's atomic flags (a training run's pause, say).
    void (*onInterrupt)(jobs::Job &job) = nullptr;
    bool printProgress = true; // the job's progress as JSON lines on stdout
    bool progressOnStderr = false; // ... or on stderr, leaving stdout to the command's result
};
// Runs a job here; Ctrl+C interrupts it as the options say. False when it was cancelled; a job
// that failed throws its error (an engine error with its code).
bool runJob(jobs::Job &job, const RunJobOptions &options = {});
// The command with a QCoreApplication (Qt's SQL plug-ins want one) and the project errors
// (import, store) printed as such.
std::function<int(const Args &)> withQt(int (*run)(const Args &));

} // namespace shoptuner::cli
