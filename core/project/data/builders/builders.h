// Factories for the ten ECInstruct task builders, one per file in this folder; taskBuilders()
// lists them in ECInstruct's order.
#pragma once

#include "data/task_builder.h"

#include <memory>

namespace shoptuner::data::builders {

std::unique_ptr<TaskBuilder> makeAttributeValueExtraction();
std::unique_ptr<TaskBuilder> makeProductRelationPrediction();
std::unique_ptr<TaskBuilder> makeProductMatching();
std::unique_ptr<TaskBuilder> makeSentimentAnalysis();
std::unique_ptr<TaskBuilder> makeSequentialRecommendation();
std::unique_ptr<TaskBuilder> makeMulticlassProductClassification();
std::unique_ptr<TaskBuilder> makeProductSubstituteIdentification();
std::unique_ptr<TaskBuilder> makeQueryProductRank();
std::unique_ptr<TaskBuilder> makeAnswerabilityPrediction();
std::unique_ptr<TaskBuilder> makeAnswerGeneration();

// The input of an attribute extraction record: the product's texts and the target attributes,
// as JSON. The "Put it to work" job asks the model about missing attributes in this same form.
QString attributeExtractionInput(const store::Product &p, const QStringList &targets);
// The inputs of product matching (two listings) and substitute identification (a query and a
// product's title), for asking about pairs of the shop's own products.
QString productMatchingInput(const store::Product &a, const store::Product &b);
QString productSubstituteInput(const QString &query, const QString &productTitle);
// The input of query product rank: a query and two to four product titles, lettered A, B, ...
QString queryProductRankInput(const QString &query, const QStringList &titles);
// The five options of sentiment analysis, "A: very positive" to "E: very negative".
const QStringList &sentimentOptions();

} // namespace shoptuner::data::builders
