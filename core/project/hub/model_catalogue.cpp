#include "model_catalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shoptuner::hub {

const QList<CatalogueModel> &modelCatalogue()
{
    // Sizes are the weight files as the Hub lists them (bf16 weights; roberta-large in f32),
    // plus a few MB of tokenizer files; shapes (layers, hidden, MLP, heads, vocabulary) from
    // each model's config.json.
    static const QList<CatalogueModel> models = {
        {QStringLiteral("HuggingFaceTB/SmolLM2-135M-Instruct"), QStringLiteral("SmolLM2 135M Instruct"), 0.135,
            272'000'000, QStringLiteral("Apache 2.0"), false,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "The quickest to train and try: good for sentiment and yes/no tasks, weak at writing answers.")),
            false, 30, 576, 1536, 9, 49152},
        {QStringLiteral("HuggingFaceTB/SmolLM2-360M-Instruct"), QStringLiteral("SmolLM2 360M Instruct"), 0.36,
            727'000'000, QStringLiteral("Apache 2.0"), false,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "A good first choice on an ordinary computer: trains in hours on a processor, and "
                "learns the shop's tasks well.")),
            false, 32, 960, 2560, 15, 49152},
        {QStringLiteral("Qwen/Qwen2.5-0.5B-Instruct"), QStringLiteral("Qwen2.5 0.5B Instruct"), 0.49, 999'000'000,
            QStringLiteral("Apache 2.0"), false,
            QString::fromUtf8(QT_TRANSLATE_NOOP(
                "Catalogue", "Small and multilingual: a good choice when reviews and questions are not in English.")),
            false, 24, 896, 4864, 14, 151936},
        {QStringLiteral("TinyLlama/TinyLlama-1.1B-Chat-v1.0"), QStringLiteral("TinyLlama 1.1B Chat"), 1.1,
            2'205'000'000, QStringLiteral("Apache 2.0"), false,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "A Llama-shaped model of 1.1 billion parameters; better answers than the small ones, "
                "slower to train without a graphics card.")),
            false, 22, 2048, 5632, 32, 32000},
        {QStringLiteral("meta-llama/Llama-3.2-1B-Instruct"), QStringLiteral("Llama 3.2 1B Instruct"), 1.24,
            2'480'000'000, QStringLiteral("Llama 3.2 Community Licence"), true,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "The model of the published results: strong on every task; needs a free Hugging Face "
                "account and Meta's licence accepted.")),
            false, 16, 2048, 8192, 32, 128256},
        {QStringLiteral("Qwen/Qwen2.5-1.5B-Instruct"), QStringLiteral("Qwen2.5 1.5B Instruct"), 1.54, 3'100'000'000,
            QStringLiteral("Apache 2.0"), false,
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("Catalogue", "Stronger multilingual answers; best trained on a graphics card.")),
            false, 28, 1536, 8960, 12, 151936},
        {QStringLiteral("HuggingFaceTB/SmolLM2-1.7B-Instruct"), QStringLiteral("SmolLM2 1.7B Instruct"), 1.7,
            3'430'000'000, QStringLiteral("Apache 2.0"), false,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "The strongest SmolLM2: the best answers of the open licences here; wants a graphics "
                "card to train in reasonable time.")),
            false, 24, 2048, 8192, 32, 49152},
        {QStringLiteral("meta-llama/Llama-3.2-3B-Instruct"), QStringLiteral("Llama 3.2 3B Instruct"), 3.2,
            6'440'000'000, QStringLiteral("Llama 3.2 Community Licence"), true,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "The largest here: the best answers, for a computer with a graphics card of 12 GB or "
                "more; needs a Hugging Face account and Meta's licence accepted.")),
            false, 28, 3072, 8192, 24, 128256},
        {QStringLiteral("FacebookAI/roberta-large"), QStringLiteral("RoBERTa large (BERTScore)"), 0.355, 1'425'000'000,
            QStringLiteral("MIT"), false,
            QString::fromUtf8(QT_TRANSLATE_NOOP("Catalogue",
                "Not a chat model: scores written answers with BERTScore, as the published figures "
                "are.")),
            true, 24, 1024, 4096, 16, 50265},
    };
    return models;
}

const CatalogueModel *findCatalogueModel(const QString &repoId)
{
    for (const CatalogueModel &m : modelCatalogue())
        if (m.repoId.compare(repoId, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

bool isNeededModelFile(const QString &file)
{
    if (file.contains(QLatin1Char('/'))) // original/ (Meta's own format), onnx/, ...
        return false;
    static const QStringList exact = {QStringLiteral("config.json"), QStringLiteral("generation_config.json"),
        QStringLiteral("tokenizer.json"), QStringLiteral("tokenizer.model"), QStringLiteral("tokenizer_config.json"),
        QStringLiteral("special_tokens_map.json"), QStringLiteral("added_tokens.json"), QStringLiteral("vocab.json"),
        QStringLiteral("merges.txt"), QStringLiteral("chat_template.jinja"), QStringLiteral("chat_template.json"),
        QStringLiteral("model.safetensors.index.json")};
    if (exact.contains(file))
        return true;
    static const QRegularExpression weights(QStringLiteral("^model(-\\d{5}-of-\\d{5})?\\.safetensors$"));
    return weights.match(file).hasMatch();
}

} // namespace shoptuner::hub
