// The models ShopTuner offers to download, with what a shop owner needs to choose: the size to
// download, the licence, whether an account is needed, and what each is good for.
#pragma once

#include <QList>
#include <QString>

namespace shoptuner::hub {

struct CatalogueModel
{
    QString repoId; // "HuggingFaceTB/SmolLM2-360M-Instruct"
    QString name; // "SmolLM2 360M Instruct"
    double parametersB = 0; // billions
    qint64 downloadBytes = 0; // the weights and tokenizer files, roughly
    QString licence; // "Apache 2.0"
    bool gated = false; // an account and the licence accepted on the Hub
    QString goodFor; // one plain sentence, in English; QCoreApplication::translate("Catalogue", …) gives it translated
    bool encoder = false; // a BERTScore encoder, not a model to train
    // The shape from its config.json, for the memory it needs to train before it is here.
    int layers = 0, hidden = 0, intermediate = 0, heads = 0, vocab = 0;
};

// The curated list, smallest first.
const QList<CatalogueModel> &modelCatalogue();
const CatalogueModel *findCatalogueModel(const QString &repoId);
// The files ShopTuner needs of a model repository: configuration, tokenizer and safetensors
// weights (never pickled *.bin weights, ONNX, GGUF or other formats' copies).
bool isNeededModelFile(const QString &file);

} // namespace shoptuner::hub
