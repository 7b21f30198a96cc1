// What a training run reports as it goes: each optimizer step, each validation, each checkpoint,
// warnings and the end. The engine's trainer fills it; the job hands the same struct to the GUI
// (a queued Qt signal) and the CLI prints it, so the figures are written down once.
#pragma once

#include <cstdint>
#include <string>

namespace shoptuner {

struct TrainEvent
{
    enum class Kind { Step, Eval, Checkpoint, Warning, Done };
    Kind kind = Kind::Step;
    std::int64_t step = 0;
    std::int64_t totalSteps = 0;
    double epoch = 0;
    double loss = 0; // Step: the optimizer step's mean training loss
    double learningRate = 0;
    double tokensPerSecond = 0; // Step: real tokens (no padding) per second, this session
    double paddingFraction = 0; // Step: the share of the batches' positions that were padding, this session
    double etaSeconds = 0;
    double elapsedSeconds = 0; // Step: time spent training this run, earlier sessions included
    double valLoss = 0; // Eval: NaN when there is no validation split
    std::int64_t peakMemoryBytes = 0;
    std::string path; // Checkpoint, Done: where it was written
    std::string message; // Warning, in English (the CLI's log)
    // Warning: what it is about, for an app to say in its own words, with its figures.
    enum class Note { None, Truncated, Unusable, ReplicasDiffer };
    Note note = Note::None;
    std::int64_t count = 0; // Truncated, Unusable: how many examples
    std::int64_t of = 0; // Truncated: out of how many
    std::int64_t limit = 0; // Truncated, Unusable: the longest example in tokens
};

} // namespace shoptuner
