// The ten ECInstruct tasks (Peng et al. 2024, "eCeLLM"), written once: the ECInstruct name, the
// short code, the headline metric eCeLLM reports, in the paper's order. Header-only and free of
// Qt and torch, so the task builders, the metrics, the reports and the UI all read this table.
#pragma once

#include <array>
#include <string_view>

namespace shoptuner {

struct TaskInfo
{
    std::string_view name; // ECInstruct's task name: "Sentiment_Analysis"
    std::string_view code; // "SA"
    std::string_view metric; // the headline figure: "macro_f1"
};

inline constexpr std::array<TaskInfo, 10> kTasks = {{
    {"Attribute_Value_Extraction", "AVE", "f1"}, {"Product_Relation_Prediction", "PRP", "macro_f1"},
    {"Product_Matching", "PM", "f1"}, {"Sentiment_Analysis", "SA", "macro_f1"},
    {"Sequential_Recommendation", "SR", "hr@1"}, {"Multiclass_Product_Classification", "MPC", "accuracy"},
    {"Product_Substitute_Identification", "PSI", "f1"}, {"Query_Product_Rank", "QPR", "ndcg"},
    {"Answerability_Prediction", "AP", "f1"},
    {"Answer_Generation", "AG", "rouge_l_f1"}, // BERTScore F1 when an encoder is installed
}};

// The position of a task (by its ECInstruct name or code, exact case) in the paper's order; -1
// when it is none of the ten.
constexpr int taskIndex(std::string_view nameOrCode)
{
    for (std::size_t i = 0; i < kTasks.size(); ++i)
        if (kTasks[i].name == nameOrCode || kTasks[i].code == nameOrCode)
            return static_cast<int>(i);
    return -1;
}

// The task's entry, or nullptr.
constexpr const TaskInfo *findTaskInfo(std::string_view nameOrCode)
{
    const int i = taskIndex(nameOrCode);
    return i < 0 ? nullptr : &kTasks[static_cast<std::size_t>(i)];
}

} // namespace shoptuner
