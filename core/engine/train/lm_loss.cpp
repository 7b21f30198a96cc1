#include "engine/train/lm_loss.h"

#include "engine/model/linear_layers.h"
#include "engine/model/llama_model.h"
#include "engine/train/trainer.h"

#include <torch/torch.h>

#include <algorithm>

namespace shoptuner::engine {
namespace {

// Cross-entropy summed over rows of hidden states against a frozen head, its gradient for the
// hidden states made block by block in the forward pass.
struct HeadCrossEntropy : public torch::autograd::Function<HeadCrossEntropy>
{
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &hidden,
        const torch::Tensor &weight, const torch::Tensor &targets)
    {
        const torch::ScalarType accumulate = accumulateType(hidden.scalar_type());
        const bool wantGradient = hidden.requires_grad();
        const std::int64_t rows = hidden.size(0);
        torch::Tensor gradient = wantGradient ? torch::empty_like(hidden) : torch::Tensor();
        torch::Tensor total = torch::zeros({}, hidden.options().dtype(accumulate));
        // Blocks below the mmap size reuse freed heap memory instead of faulting fresh pages.
        for (std::int64_t begin = 0; begin < rows; begin += kLossRowsPerBlock) {
            const std::int64_t n = std::min(kLossRowsPerBlock, rows - begin);
            const torch::Tensor h = hidden.narrow(0, begin, n);
            const torch::Tensor target = targets.narrow(0, begin, n).unsqueeze(1);
            // As the model's forward: the product in the compute type, then the accumulate type.
            const torch::Tensor logits = torch::linear(h, weight).to(accumulate); // (n, V)
            const torch::Tensor logNormaliser = torch::logsumexp(logits, 1, true); // (n, 1)
            total += (logNormaliser - logits.gather(1, target)).sum();
            if (wantGradient) {
                // d/dlogits of the summed loss: softmax minus the one-hot target.
                torch::Tensor dLogits = (logits - logNormaliser).exp_();
                dLogits.scatter_add_(1, target, torch::full_like(target, -1.0, dLogits.options()));
                gradient.narrow(0, begin, n).copy_(torch::mm(dLogits.to(weight.scalar_type()), weight));
            }
        }
        ctx->saved_data["gradient"] = gradient; // made here, not an input: kept as data
        return total;
    }

    static torch::autograd::variable_list backward(
        torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads)
    {
        const torch::Tensor gradient = ctx->saved_data["gradient"].toTensor();
        return {gradient * grads[0].to(gradient.scalar_type()), torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

torch::Tensor nextTokenLossSum(
    LlamaForCausalLMImpl &model, const torch::Tensor &ids, const torch::Tensor &labels, std::int64_t ignoreLabel)
{
    KvCache cache = LlamaForCausalLMImpl::statelessCache();
    const torch::Tensor hidden = model.hiddenStates(ids, cache); // (B, T, C)
    const std::int64_t B = hidden.size(0), T = hidden.size(1), C = hidden.size(2);
    // Position t predicts label t + 1; only labelled positions go on to the head.
    const torch::Tensor next = labels.narrow(1, 1, T - 1).reshape({-1}).to(hidden.device());
    const torch::Tensor keep = (next != ignoreLabel).nonzero().squeeze(1);
    const torch::Tensor rows = hidden.narrow(1, 0, T - 1).reshape({B * (T - 1), C}).index_select(0, keep);
    const torch::Tensor targets = next.index_select(0, keep);
    const torch::Tensor weight = model.headWeight();
    if (weight.defined() && !weight.requires_grad())
        return HeadCrossEntropy::apply(rows, weight, targets);
    // A head with its own trainable parts: its full logits for the labelled rows.
    const torch::Tensor logits = model.lm_head->forward(rows).to(accumulateType(hidden.scalar_type()));
    return torch::nn::functional::cross_entropy(
        logits, targets, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
}

} // namespace shoptuner::engine
