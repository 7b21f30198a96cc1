// The commands that fetch from the Hugging Face Hub: pull (a model, or a dataset's files, into
// the shared Hugging Face cache, checked) and models (what is on this computer and in the
// catalogue).
#include "command.h"
#include "project_args.h"

#include "hub/model_catalogue.h"
#include "jobs/download_job.h"
#include "services/training_plan.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <iostream>

namespace shoptuner::cli {
namespace {

using nlohmann::json;

hub::HubSettings hubSettings(const Args &args)
{
    hub::HubSettings s = hub::HubSettings::fromEnvironment();
    if (args.has("token-file")) {
        s.token = hub::readTokenFile(q(args.get("token-file")));
        if (s.token.isEmpty())
            throw UsageError("--token-file " + args.get("token-file") + " cannot be read or is empty");
    }
    if (args.has("endpoint"))
        s.endpoint = q(args.get("endpoint"));
    return s;
}

int pull(const Args &args)
{
    if (args.positional().size() != 1)
        throw UsageError("name one repository, e.g. shoptuner-cli pull HuggingFaceTB/SmolLM2-360M-Instruct");
    jobs::DownloadJobParams p;
    p.repoId = q(args.positional().front());
    p.revision = q(args.get("revision", "main"));
    p.settings = hubSettings(args);
    if (args.has("dataset")) {
        p.type = hub::RepoType::Dataset;
        p.files = listOption(args, "files");
        if (p.files.isEmpty())
            throw UsageError("--dataset needs --files, the dataset files to fetch (e.g. --files dataset.json)");
    } else if (args.has("files")) {
        throw UsageError("--files goes with --dataset; a model's files are chosen by ShopTuner");
    }
    jobs::DownloadJob job(p);
    if (!runJob(job))
        throw std::runtime_error("the download was stopped; what arrived is kept and the next pull resumes it");
    const jobs::DownloadJobResult &r = job.result();
    std::cout << json {{"event", "pulled"}, {"repository", s(p.repoId)}, {"folder", s(r.folder)},
        {"commit", s(r.commit)}, {"files", strings(r.files)}, {"bytes", r.bytes},
        {"downloaded_bytes", r.downloadedBytes}, {"verified", strings(r.verified)}}
                     .dump()
              << std::endl;
    return 0;
}

int models(const Args &)
{
    json here = json::array();
    static const QRegularExpression cached(QStringLiteral("/models--([^/]+)/snapshots/"));
    for (const services::ModelCandidate &m : services::findModels({})) {
        const QRegularExpressionMatch match = cached.match(m.path);
        here.push_back({{"repository", match.hasMatch() ? s(match.captured(1).replace(QStringLiteral("--"), "/")) : ""},
            {"folder", s(m.path)}, {"name", s(m.name)}, {"parameters", m.parameters}, {"disk_bytes", m.diskBytes},
            {"usable", m.problem.isEmpty()}, {"problem", s(m.problem)}});
    }
    json catalogue = json::array();
    for (const hub::CatalogueModel &m : hub::modelCatalogue())
        catalogue.push_back({{"repository", s(m.repoId)}, {"name", s(m.name)}, {"parameters_billion", m.parametersB},
            {"download_bytes", m.downloadBytes}, {"licence", s(m.licence)}, {"gated", m.gated},
            {"good_for", s(m.goodFor)}, {"bertscore_encoder", m.encoder}});
    std::cout << json {{"on_this_computer", here}, {"catalogue", catalogue}}.dump(2) << std::endl;
    return 0;
}

} // namespace

void registerHubCommands(CommandRegistry &registry)
{
    registry.add({"pull",
        "download a model (or --dataset files) from the Hugging Face Hub into its cache, checked against the "
        "Hub's checksums; resumes an interrupted download",
        {{"revision", true, "branch, tag or commit (default main)"},
            {"token-file", true,
                "a file holding a Hugging Face access token (default: HF_TOKEN, else <HF home>/token)"},
            {"endpoint", true, "a Hub mirror's address (default: HF_ENDPOINT, else https://huggingface.co)"},
            {"dataset", false, "the repository is a dataset"},
            {"files", true, "with --dataset: the files to fetch, separated by commas"}},
        withQt(pull)});
    registry.add({"models", "the models on this computer (Hugging Face cache) and in ShopTuner's catalogue, as JSON",
        {}, withQt(models)});
}

} // namespace shoptuner::cli
