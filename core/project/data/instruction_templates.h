// ShopTuner's own instruction wordings for the ten tasks, six per task in the spirit of
// ECInstruct's diverse instructions: 0 is the seed wording, 1-4 paraphrase it and 5 is held back
// for the unseen-instruction test variant.
#pragma once

#include <QString>
#include <QStringList>

namespace shoptuner::data {

inline constexpr int kWordingsPerTask = 6;
inline constexpr int kUnseenWording = 5;

// The six wordings of an ECInstruct task name ("Sentiment_Analysis"); empty for an unknown task.
QStringList instructionWordings(const QString &task);

} // namespace shoptuner::data
