#include "engine/tokenizer/post_processor.h"

#include "engine/base/error.h"

#include <nlohmann/json.hpp>

namespace shoptuner::engine {
namespace {

using nlohmann::json;

TokenId checkedId(const json &id)
{
    if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() >= kMaxVocabulary)
        throw FormatError(
            "tokenizer.json: the post-processor names the token id " + id.dump() + ", outside any vocabulary",
            "the file is damaged; use the tokenizer.json that came with the model");
    return id.get<TokenId>();
}

void readTemplate(const json &node, PostProcessor &out)
{
    const json &single = node.at("single");
    const json &specials = node.value("special_tokens", json::object());
    bool seenSequence = false;
    for (const json &item : single) {
        if (item.contains("Sequence")) {
            seenSequence = true;
            continue;
        }
        if (!item.contains("SpecialToken"))
            throw FormatError("tokenizer.json: TemplateProcessing item is neither Sequence nor SpecialToken");
        const std::string name = item["SpecialToken"].at("id").get<std::string>();
        if (!specials.contains(name))
            throw FormatError(
                "tokenizer.json: TemplateProcessing uses '" + name + "', which special_tokens does not define");
        for (const json &id : specials[name].at("ids"))
            (seenSequence ? out.suffix : out.prefix).push_back(checkedId(id));
    }
}

void read(const json &node, PostProcessor &out)
{
    if (node.is_null())
        return;
    const std::string type = node.value("type", "");
    if (type == "Sequence") {
        for (const json &child : node.at("processors"))
            read(child, out);
    } else if (type == "TemplateProcessing") {
        readTemplate(node, out);
    } else if (type == "RobertaProcessing" || type == "BertProcessing") {
        out.prefix.push_back(checkedId(node.at("cls").at(1)));
        out.suffix.push_back(checkedId(node.at("sep").at(1)));
    } else if (type != "ByteLevel") {
        throw UnsupportedError("tokenizer.json: post-processor '" + type + "' is not supported",
            "supported: TemplateProcessing, RobertaProcessing, BertProcessing, ByteLevel, Sequence");
    }
}

} // namespace

std::vector<TokenId> PostProcessor::apply(std::vector<TokenId> ids) const
{
    ids.insert(ids.begin(), prefix.begin(), prefix.end());
    ids.insert(ids.end(), suffix.begin(), suffix.end());
    return ids;
}

PostProcessor makePostProcessor(const json &node)
{
    PostProcessor processor;
    read(node, processor);
    return processor;
}

} // namespace shoptuner::engine
