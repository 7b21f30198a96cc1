// The words a shop owner reads for the project's internal names: the ten tasks, the test
// settings, the splits and the metrics, each translated, plus stored text made readable (the
// records keep Python's JSON escapes, as ECInstruct has them). The app, the reports and the
// jobs' progress lines all take their wording from here.
#pragma once

#include <QString>

namespace shoptuner::services {

// "Read how a review feels" for Sentiment_Analysis (a name or a code); an unknown name with its
// underscores as spaces.
QString taskTitle(const QString &task);
// "SA" for Sentiment_Analysis; the name itself when it is none of the ten.
QString taskAbbreviation(const QString &task);
// For a tooltip: "SA, Sentiment_Analysis in ECInstruct and the published tables".
QString taskReference(const QString &task);

// Where the test questions come from: "your products", "new wording", "new categories".
QString settingWords(const QString &setting);
QString settingExplanation(const QString &setting); // one sentence, for a tooltip
// "Training", "Checking during training", "Test" for train, val, test.
QString splitWords(const QString &split);

// "F1", "accuracy", "ranking quality (NDCG)", …, translated; the stored name when unknown.
QString metricName(const QString &metric);
// What the figure measures, in a sentence a shop owner can follow.
QString metricExplanation(const QString &metric);

// Stored text with its \uXXXX escapes (surrogate pairs included) turned into the characters
// they stand for; an escaped backslash stays as written. For display only.
QString readableText(const QString &stored);
// The form in which `text` is stored when it appears inside the records' JSON (non-ASCII as
// \uXXXX in lower-case hex), so a search for "Müller" finds "M\u00fcller".
QString storedEscapes(const QString &text);

} // namespace shoptuner::services
