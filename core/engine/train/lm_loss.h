// The training loss of a causal language model without its full logits: only positions with a
// label reach the head, and the head's products and cross-entropy run a block of rows at a time.
#pragma once

#include <torch/types.h>

#include <cstdint>

namespace shoptuner::engine {

class LlamaForCausalLMImpl;

// Summed next-token cross-entropy of `ids` (B, T) over the positions whose next label in `labels`
// (B, T; `ignoreLabel` elsewhere) is set, as cross_entropy(..., reduction sum) over the model's
// logits gives it. The head's (rows, V) logits exist one block of rows at a time: with a frozen
// head the gradient for the hidden states is made in the same pass and kept (rows x C), so
// neither memory nor page faults grow with rows x vocabulary. Works with and without grad mode.
torch::Tensor nextTokenLossSum(
    LlamaForCausalLMImpl &model, const torch::Tensor &ids, const torch::Tensor &labels, std::int64_t ignoreLabel);

} // namespace shoptuner::engine
