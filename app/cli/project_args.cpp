#include "project_args.h"

#include "data/importer.h"
#include "data/task_builder.h"
#include "jobs/job.h"
#include "store/project_store.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

std::atomic<void (*)(jobs::Job &)> g_onInterrupt {nullptr};
std::atomic<jobs::Job *> g_job {nullptr};

// The argument as the user typed it, with bytes that are not UTF-8 shown as \xNN.
std::string typedAs(const std::string &s)
{
    const auto valid = [](const QByteArray &bytes) { return QString::fromUtf8(bytes).toUtf8() == bytes; };
    const QByteArray bytes = QByteArray::fromStdString(s);
    std::string out;
    for (qsizetype i = 0; i < bytes.size();) {
        qsizetype length = 0; // of the UTF-8 character starting at i, 0 when there is none
        for (qsizetype n = 1; n <= 4 && i + n <= bytes.size() && length == 0; ++n)
            length = valid(bytes.mid(i, n)) ? n : 0;
        if (length > 0) {
            out += bytes.mid(i, length).toStdString();
            i += length;
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(bytes[i]));
            out += hex;
            ++i;
        }
    }
    return out;
}

} // namespace

// Qt holds text as UTF-16, so a file name in another encoding (a Latin-1 byte) cannot reach the
// file: refuse it by name rather than report a file that "does not exist".
QString q(const std::string &s)
{
    const QString text = QString::fromStdString(s);
    if (text.toStdString() != s)
        throw UsageError("'" + typedAs(s)
            + "' is not UTF-8 text; ShopTuner reads names and file names in UTF-8 "
              "(rename the file, e.g. with convmv, or copy it to a name without the marked bytes)");
    return text;
}

std::string s(const QString &q)
{
    return q.toStdString();
}

json strings(const QStringList &list)
{
    json out = json::array();
    for (const QString &item : list)
        out.push_back(item.toStdString());
    return out;
}

QStringList listOption(const Args &args, const std::string &name)
{
    QStringList out;
    for (const QString &item : q(args.get(name)).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << item.trimmed();
    return out;
}

// Task names as stored: abbreviations (SA, AVE, ...) become ECInstruct's names.
QStringList taskOption(const Args &args)
{
    QStringList out;
    for (const QString &t : listOption(args, "tasks")) {
        const data::TaskBuilder *b = data::findTaskBuilder(t);
        out << (b ? b->task() : t);
    }
    return out;
}

json toJson(const QString &compactJson)
{
    return json::parse(compactJson.toStdString());
}

bool runJob(jobs::Job &job, const RunJobOptions &options)
{
    if (options.printProgress) {
        std::ostream &out = options.progressOnStderr ? std::cerr : std::cout;
        QObject::connect(&job, &jobs::Job::progress, [&out](const jobs::JobProgress &p) {
            json line {{"event", "progress"}, {"fraction", p.fraction}, {"message", s(p.message)}};
            if (p.etaSeconds >= 0)
                line["eta_seconds"] = p.etaSeconds;
            out << line.dump() << std::endl;
        });
    }
    g_job = &job;
    g_onInterrupt = options.onInterrupt;
    const auto interrupted = [](int) {
        if (jobs::Job *j = g_job.load()) {
            if (const auto act = g_onInterrupt.load())
                act(*j);
            else
                j->requestCancel();
        }
    };
    std::signal(SIGINT, interrupted);
    std::signal(SIGTERM, interrupted);
    job.runHere();
    g_job = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (job.outcome() == jobs::Job::Outcome::Failed) {
        if (job.exception())
            std::rethrow_exception(job.exception()); // engine errors keep their codes for main()
        throw std::runtime_error(s(job.error().message));
    }
    return !job.isCancelRequested();
}

// Qt's SQL plug-ins want an application object; the data commands make one.
std::function<int(const Args &)> withQt(int (*run)(const Args &))
{
    return [run](const Args &args) {
        int argc = 1;
        char name[] = "shoptuner-cli";
        char *argv[] = {name, nullptr};
        QCoreApplication app(argc, argv);
        try {
            return run(args);
        } catch (const data::ImportError &e) {
            std::cerr << "shoptuner-cli: " << e.what() << "\n";
            return 1;
        } catch (const store::StoreError &e) {
            std::cerr << "shoptuner-cli: " << e.what() << "\n";
            return 1;
        }
    };
}

} // namespace shoptuner::cli
