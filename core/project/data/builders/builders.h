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

} // namespace shoptuner::data::builders
