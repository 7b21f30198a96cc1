#include "engine/model/llama_model.h"

#include "engine/base/error.h"
#include "engine/formats/safetensors.h"
#include "engine/formats/tensor_io.h"
#include "engine/model/decode_attention.h"
#include "engine/model/inference_ops.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <set>

namespace shoptuner::engine {

// ---- RMSNorm -----------------------------------------------------------------------------

RmsNormImpl::RmsNormImpl(std::int64_t size, double epsilon, const torch::TensorOptions &options)
    : eps(epsilon)
{
    weight = register_parameter("weight", torch::ones({size}, options), false);
}

bool isWithin(const std::string &name, const std::set<std::string> &paths)
{
    for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1)) {
        if (paths.count(name.substr(0, dot)))
            return true;
    }
    return false;
}

std::vector<std::pair<std::string, LinearBase *>> outermostProjections(torch::nn::Module &model)
{
    std::vector<std::pair<std::string, LinearBase *>> out;
    std::set<std::string> seen;
    for (const auto &item : model.named_modules()) { // parents come before their children
        auto *linear = dynamic_cast<LinearBase *>(item.value().get());
        if (!linear || isWithin(item.key(), seen))
            continue;
        seen.insert(item.key());
        out.emplace_back(item.key(), linear);
    }
    return out;
}

torch::ScalarType accumulateType(torch::ScalarType computeType)
{
    return computeType == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;
}

void replaceProjection(torch::nn::Module &owner, const std::string &name, LinearPtr layer)
{
    auto *projections = dynamic_cast<ProjectionOwner *>(&owner);
    LinearPtr *slot = projections ? projections->projectionSlot(name) : nullptr;
    if (!slot)
        throw EngineError("module '" + owner.name() + "' has no projection '" + name + "'");
    owner.replace_module(name, layer);
    *slot = std::move(layer);
}

torch::Tensor RmsNormImpl::forward(const torch::Tensor &x)
{
    if (fusedInferenceApplies(x) && weight.scalar_type() == x.scalar_type())
        return fusedRmsNorm(x, weight, eps);
    const torch::Tensor x32 = x.to(accumulateType(x.scalar_type()));
    const torch::Tensor normed = x32 * torch::rsqrt(x32.pow(2).mean(-1, true) + eps);
    return weight * normed.to(x.scalar_type());
}

// ---- Rotary embedding --------------------------------------------------------------------

RotaryEmbedding::RotaryEmbedding(const ModelConfig &config)
{
    const std::int64_t half = config.headDim / 2;
    std::vector<float> inv(static_cast<std::size_t>(half));
    const RopeScaling &rs = config.ropeScaling;
    for (std::int64_t i = 0; i < half; ++i) {
        double freq
            = 1.0 / std::pow(config.ropeTheta, static_cast<double>(2 * i) / static_cast<double>(config.headDim));
        if (rs.type == RopeScaling::Type::Linear) {
            freq /= rs.factor;
        } else if (rs.type == RopeScaling::Type::Llama3) {
            // Llama 3.1: keep high frequencies, divide low ones by `factor`, blend in between.
            const double orig = static_cast<double>(rs.originalMaxPositions);
            const double wavelen = 2.0 * std::numbers::pi / freq;
            const double highFreqWavelen = orig / rs.highFreqFactor;
            const double lowFreqWavelen = orig / rs.lowFreqFactor;
            if (wavelen > lowFreqWavelen) {
                freq /= rs.factor;
            } else if (wavelen >= highFreqWavelen) {
                const double smooth = (orig / wavelen - rs.lowFreqFactor) / (rs.highFreqFactor - rs.lowFreqFactor);
                freq = (1.0 - smooth) * freq / rs.factor + smooth * freq;
            }
        }
        inv[static_cast<std::size_t>(i)] = static_cast<float>(freq);
    }
    m_invFreq = torch::tensor(inv, torch::kFloat32);
}

std::pair<torch::Tensor, torch::Tensor> RotaryEmbedding::cosSin(
    const torch::Tensor &positions, torch::ScalarType dtype) const
{
    const torch::Tensor freqs
        = positions.to(torch::kFloat32).unsqueeze(-1) * m_invFreq.to(positions.device()); // (B, T, D/2)
    const torch::Tensor emb = torch::cat({freqs, freqs}, -1).unsqueeze(1); // (B, 1, T, D)
    return {emb.cos().to(dtype), emb.sin().to(dtype)};
}

namespace {

// (x1, x2) -> (-x2, x1) over the two halves of the last dimension.
torch::Tensor rotateHalf(const torch::Tensor &x)
{
    const std::int64_t half = x.size(-1) / 2;
    return torch::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
}

torch::Tensor applyRope(const torch::Tensor &x, const AttentionContext &c)
{
    if (fusedInferenceApplies(x)) {
        if (torch::Tensor fused = fusedRope(x, c.cos, c.sin); fused.defined())
            return fused;
    }
    return x * c.cos + rotateHalf(x) * c.sin;
}

} // namespace

// ---- Attention ---------------------------------------------------------------------------

LlamaAttentionImpl::LlamaAttentionImpl(const ModelConfig &config, const LinearFactory &linears, const std::string &path)
    : m_heads(config.numHeads)
    , m_kvHeads(config.numKvHeads)
    , m_headDim(config.headDim)
    , m_window(config.slidingWindow ? *config.slidingWindow : 0)
{
    const std::int64_t c = config.hiddenSize;
    q_proj = register_module("q_proj", linears(path + ".q_proj", c, m_heads * m_headDim, config.attentionBias));
    k_proj = register_module("k_proj", linears(path + ".k_proj", c, m_kvHeads * m_headDim, config.attentionBias));
    v_proj = register_module("v_proj", linears(path + ".v_proj", c, m_kvHeads * m_headDim, config.attentionBias));
    o_proj = register_module("o_proj", linears(path + ".o_proj", m_heads * m_headDim, c, false));
}

torch::Tensor LlamaAttentionImpl::forward(
    const torch::Tensor &x, const AttentionContext &context, KvCache &cache, std::size_t layer)
{
    const std::int64_t B = x.size(0), T = x.size(1), D = m_headDim;
    const std::int64_t groups = m_heads / m_kvHeads;
    torch::Tensor q = q_proj->forward(x).view({B, T, m_heads, D}).transpose(1, 2); // (B, H, T, D)
    torch::Tensor k = k_proj->forward(x).view({B, T, m_kvHeads, D}).transpose(1, 2); // (B, KVH, T, D)
    torch::Tensor v = v_proj->forward(x).view({B, T, m_kvHeads, D}).transpose(1, 2); // (B, KVH, T, D)
    q = applyRope(q, context);
    k = applyRope(k, context);

    const std::int64_t start = cache.length, total = start + T;
    torch::Tensor keys = k, values = v; // (B, KVH, Tk, D)
    if (!cache.stateless) {
        cache.keys[layer].narrow(2, start, T).copy_(k);
        cache.values[layer].narrow(2, start, T).copy_(v);
        keys = cache.keys[layer].narrow(2, 0, total);
        values = cache.values[layer].narrow(2, 0, total);
    }

    // Grouped-query attention: query heads g*KVH.. share key head g, so fold the group into rows.
    const torch::Tensor qg = q.reshape({B, m_kvHeads, groups * T, D});
    if (T == 1 && !cache.stateless && !cache.rowStart.empty())
        return o_proj->forward(decodeAttention(qg, cache.keys[layer], cache.values[layer], cache, total));
    torch::Tensor scores
        = torch::matmul(qg, keys.transpose(2, 3)) * (1.0 / std::sqrt(static_cast<double>(D))); // (B, KVH, G*T, Tk)
    if (context.additiveMask.defined())
        scores = (scores.view({B, m_kvHeads, groups, T, total}) + context.additiveMask.unsqueeze(1))
                     .view({B, m_kvHeads, groups * T, total});
    const torch::Tensor probs = torch::softmax(scores, -1, accumulateType(q.scalar_type())).to(q.scalar_type());
    const torch::Tensor out = torch::matmul(probs, values) // (B, KVH, G*T, D)
                                  .view({B, m_heads, T, D}) // (B, H, T, D)
                                  .transpose(1, 2)
                                  .reshape({B, T, m_heads * D}); // (B, T, H*D)
    return o_proj->forward(out);
}

torch::Tensor LlamaAttentionImpl::decodeAttention(const torch::Tensor &qg, const torch::Tensor &keys,
    const torch::Tensor &values, const KvCache &cache, std::int64_t total) const
{
    const std::int64_t B = qg.size(0), D = m_headDim, groups = m_heads / m_kvHeads;
    std::vector<std::int64_t> first(cache.rowStart);
    if (m_window > 0) {
        for (std::int64_t &f : first)
            f = std::max(f, total - m_window);
    }
    const torch::Tensor &k = keys, &v = values; // (B, KVH, capacity, D), the whole cache
    const auto type = k.scalar_type();
    torch::Tensor out;
    if (k.device().is_cpu() && k.is_contiguous() && v.is_contiguous()
        && (type == torch::kFloat32 || type == torch::kBFloat16)) {
        // Each row's query heads against its own keys, without a tensor operation per row.
        const torch::Tensor q = qg.to(torch::kFloat32).contiguous();
        out = torch::empty({B, m_kvHeads, groups, D}, q.options());
        DecodeAttentionArgs a;
        a.keys = k.data_ptr();
        a.values = v.data_ptr();
        a.bf16 = type == torch::kBFloat16;
        a.query = q.data_ptr<float>();
        a.out = out.data_ptr<float>();
        a.batch = B;
        a.kvHeads = m_kvHeads;
        a.groups = groups;
        a.headDim = D;
        a.capacity = k.size(2);
        a.first = first.data();
        a.total = total;
        a.scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(D)));
        engine::decodeAttention(a);
        out = out.to(qg.scalar_type());
    } else {
        const double scale = 1.0 / std::sqrt(static_cast<double>(D));
        std::vector<torch::Tensor> rows;
        for (std::int64_t b = 0; b < B; ++b) {
            const std::int64_t from = std::min(first[static_cast<std::size_t>(b)], total - 1);
            const torch::Tensor kb = k.narrow(0, b, 1).narrow(2, from, total - from);
            const torch::Tensor vb = v.narrow(0, b, 1).narrow(2, from, total - from);
            const torch::Tensor scores = torch::matmul(qg.narrow(0, b, 1), kb.transpose(2, 3)) * scale;
            const torch::Tensor probs
                = torch::softmax(scores, -1, accumulateType(qg.scalar_type())).to(qg.scalar_type());
            rows.push_back(torch::matmul(probs, vb)); // (1, KVH, G, D)
        }
        out = torch::cat(rows, 0);
    }
    return out.view({B, m_heads, 1, D}).transpose(1, 2).reshape({B, 1, m_heads * D});
}

LinearPtr *LlamaAttentionImpl::projectionSlot(const std::string &name)
{
    if (name == "q_proj")
        return &q_proj;
    if (name == "k_proj")
        return &k_proj;
    if (name == "v_proj")
        return &v_proj;
    if (name == "o_proj")
        return &o_proj;
    return nullptr;
}

// ---- MLP and decoder layer ---------------------------------------------------------------

LlamaMlpImpl::LlamaMlpImpl(const ModelConfig &config, const LinearFactory &linears, const std::string &path)
{
    const std::int64_t c = config.hiddenSize, f = config.intermediateSize;
    gate_proj = register_module("gate_proj", linears(path + ".gate_proj", c, f, config.mlpBias));
    up_proj = register_module("up_proj", linears(path + ".up_proj", c, f, config.mlpBias));
    down_proj = register_module("down_proj", linears(path + ".down_proj", f, c, config.mlpBias));
}

torch::Tensor LlamaMlpImpl::forward(const torch::Tensor &x)
{
    return down_proj->forward(torch::silu(gate_proj->forward(x)) * up_proj->forward(x));
}

LinearPtr *LlamaMlpImpl::projectionSlot(const std::string &name)
{
    if (name == "gate_proj")
        return &gate_proj;
    if (name == "up_proj")
        return &up_proj;
    if (name == "down_proj")
        return &down_proj;
    return nullptr;
}

LlamaDecoderLayerImpl::LlamaDecoderLayerImpl(const ModelConfig &config, const torch::TensorOptions &options,
    const LinearFactory &linears, const std::string &path)
{
    self_attn = register_module("self_attn", LlamaAttention(config, linears, path + ".self_attn"));
    mlp = register_module("mlp", LlamaMlp(config, linears, path + ".mlp"));
    input_layernorm = register_module("input_layernorm", RmsNorm(config.hiddenSize, config.rmsNormEps, options));
    post_attention_layernorm
        = register_module("post_attention_layernorm", RmsNorm(config.hiddenSize, config.rmsNormEps, options));
}

torch::Tensor LlamaDecoderLayerImpl::forward(
    const torch::Tensor &x, const AttentionContext &context, KvCache &cache, std::size_t layer)
{
    const torch::Tensor h = x + self_attn->forward(input_layernorm->forward(x), context, cache, layer);
    return h + mlp->forward(post_attention_layernorm->forward(h));
}

// ---- Gradient checkpointing ------------------------------------------------------------

// Runs a decoder layer without keeping its activations; backward recomputes it (with the same
// dropout draws) and backpropagates through the recomputation.
torch::Tensor CheckpointedLayer::forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
    const torch::Tensor &cos, const torch::Tensor &sin, const torch::Tensor &mask, LlamaDecoderLayerImpl *layer)
{
    ctx->saved_data["layer"] = reinterpret_cast<std::int64_t>(layer);
    ctx->saved_data["rng"] = at::detail::getDefaultCPUGenerator().get_state();
    ctx->saved_data["has_mask"] = mask.defined();
    ctx->save_for_backward({x, cos, sin, mask.defined() ? mask : torch::Tensor()});
    torch::NoGradGuard noGrad;
    KvCache cache = LlamaForCausalLMImpl::statelessCache();
    return layer->forward(x, AttentionContext {cos, sin, mask}, cache, 0);
}

torch::autograd::variable_list CheckpointedLayer::backward(
    torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads)
{
    auto *layer = reinterpret_cast<LlamaDecoderLayerImpl *>(ctx->saved_data["layer"].toInt());
    const auto saved = ctx->get_saved_variables();
    const torch::Tensor x = saved[0].detach().requires_grad_(true);
    const torch::Tensor mask = ctx->saved_data["has_mask"].toBool() ? saved[3] : torch::Tensor();
    at::Generator generator = at::detail::getDefaultCPUGenerator();
    const torch::Tensor current = generator.get_state();
    generator.set_state(ctx->saved_data["rng"].toTensor());
    torch::Tensor y;
    {
        torch::AutoGradMode enable(true);
        KvCache cache = LlamaForCausalLMImpl::statelessCache();
        y = layer->forward(x, AttentionContext {saved[1], saved[2], mask}, cache, 0);
    }
    generator.set_state(current);
    torch::autograd::backward({y}, {grads[0]});
    return {x.grad(), torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
}

// ---- Whole model -------------------------------------------------------------------------

TokenEmbeddingImpl::TokenEmbeddingImpl(std::int64_t vocab, std::int64_t size, const torch::TensorOptions &options)
{
    weight = register_parameter("weight", torch::empty({vocab, size}, options), false);
}

torch::Tensor TokenEmbeddingImpl::forward(const torch::Tensor &ids)
{
    return torch::embedding(weight, ids);
}

LlamaBodyImpl::LlamaBodyImpl(
    const ModelConfig &config, const torch::TensorOptions &options, const LinearFactory &linears)
{
    embed_tokens = register_module("embed_tokens", TokenEmbedding(config.vocabSize, config.hiddenSize, options));
    layers = register_module("layers", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < config.numLayers; ++i)
        layers->push_back(LlamaDecoderLayer(config, options, linears, "model.layers." + std::to_string(i)));
    norm = register_module("norm", RmsNorm(config.hiddenSize, config.rmsNormEps, options));
}

LlamaForCausalLMImpl::LlamaForCausalLMImpl(
    ModelConfig config, const torch::TensorOptions &options, LinearFactory linears)
    : m_config(std::move(config))
    , m_rope(m_config)
    , m_dtype(options.dtype().toScalarType())
    , m_device(options.device())
{
    if (!linears)
        linears = denseLinearFactory(options);
    model = register_module("model", LlamaBody(m_config, options, linears));
    if (!m_config.tieWordEmbeddings)
        lm_head = register_module("lm_head", linears("lm_head", m_config.hiddenSize, m_config.vocabSize, false));
}

KvCache LlamaForCausalLMImpl::makeCache(std::int64_t batch, std::int64_t capacity) const
{
    KvCache cache;
    const auto options = torch::TensorOptions().dtype(m_dtype).device(m_device);
    for (std::int64_t i = 0; i < m_config.numLayers; ++i) {
        cache.keys.push_back(torch::zeros({batch, m_config.numKvHeads, capacity, m_config.headDim}, options));
        cache.values.push_back(torch::zeros({batch, m_config.numKvHeads, capacity, m_config.headDim}, options));
    }
    cache.mask = torch::zeros({batch, capacity}, torch::TensorOptions().dtype(torch::kBool).device(m_device));
    cache.nextPosition = torch::zeros({batch}, torch::TensorOptions().dtype(torch::kInt64).device(m_device));
    return cache;
}

KvCache LlamaForCausalLMImpl::statelessCache()
{
    KvCache cache;
    cache.stateless = true;
    return cache;
}

void LlamaForCausalLMImpl::ensureCapacity(KvCache &cache, std::int64_t needed) const
{
    if (cache.stateless)
        return;
    const std::int64_t capacity = cache.capacity();
    if (needed <= capacity)
        return;
    const std::int64_t grown = std::max({needed, 2 * capacity, std::int64_t {64}});
    const std::int64_t batch = cache.mask.size(0);
    KvCache bigger = makeCache(batch, grown);
    for (std::size_t l = 0; l < cache.keys.size(); ++l) {
        bigger.keys[l].narrow(2, 0, cache.length).copy_(cache.keys[l].narrow(2, 0, cache.length));
        bigger.values[l].narrow(2, 0, cache.length).copy_(cache.values[l].narrow(2, 0, cache.length));
    }
    bigger.mask.narrow(1, 0, cache.length).copy_(cache.mask.narrow(1, 0, cache.length));
    bigger.nextPosition = cache.nextPosition;
    bigger.length = cache.length;
    bigger.padded = cache.padded;
    bigger.rowStart = cache.rowStart;
    cache = std::move(bigger);
}

AttentionContext LlamaForCausalLMImpl::prepare(
    KvCache &cache, const torch::Tensor &mask, std::int64_t batch, std::int64_t steps) const
{
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(m_device);
    const torch::Tensor real = mask.defined() ? mask.to(m_device, torch::kBool)
                                              : torch::ones({batch, steps}, longOptions.dtype(torch::kBool));
    if (mask.defined() && !real.all().item<bool>())
        cache.padded = true;
    const std::int64_t start = cache.length, total = start + steps;
    if (cache.stateless) {
        cache.mask = real;
        cache.nextPosition = torch::zeros({batch}, longOptions);
    } else {
        cache.mask.narrow(1, start, steps).copy_(real);
    }

    // Rotary positions count real tokens only, so left padding does not shift a row.
    const torch::Tensor counted = real.to(torch::kInt64).cumsum(1); // (B, T)
    const torch::Tensor positions = (cache.nextPosition.unsqueeze(1) + counted - 1).clamp_min(0); // (B, T)
    cache.nextPosition = cache.nextPosition + counted.select(1, steps - 1);

    AttentionContext context;
    std::tie(context.cos, context.sin) = m_rope.cosSin(positions, m_dtype);
    if (!cache.padded && steps == 1 && !m_config.slidingWindow)
        return context; // one new token, no padding: it may see every key
    const torch::Tensor keyIndex = torch::arange(total, longOptions).unsqueeze(0); // (1, Tk)
    const torch::Tensor queryIndex = torch::arange(start, total, longOptions).unsqueeze(1); // (T, 1)
    torch::Tensor allowed = keyIndex <= queryIndex; // (T, Tk)
    if (m_config.slidingWindow)
        allowed = allowed & (keyIndex > queryIndex - *m_config.slidingWindow);
    allowed = allowed.unsqueeze(0) & cache.mask.narrow(1, 0, total).unsqueeze(1); // (B, T, Tk)
    allowed = allowed | (keyIndex == queryIndex).unsqueeze(0); // padding rows attend to themselves: no empty rows
    context.additiveMask = torch::zeros({batch, steps, total}, torch::TensorOptions().dtype(m_dtype).device(m_device))
                               .masked_fill(allowed.logical_not(), -std::numeric_limits<float>::infinity())
                               .unsqueeze(1); // (B, 1, T, Tk)
    return context;
}

torch::Tensor LlamaForCausalLMImpl::forward(
    const torch::Tensor &ids, KvCache &cache, const torch::Tensor &mask, bool lastOnly)
{
    const torch::Tensor h = hiddenStates(ids, cache, mask, lastOnly);
    const torch::Tensor logits = lm_head ? lm_head->forward(h) : denseForward(h, model->embed_tokens->weight, {});
    return logits.to(accumulateType(m_dtype)); // (B, T, V)
}

torch::Tensor LlamaForCausalLMImpl::headWeight() const
{
    if (!lm_head)
        return model->embed_tokens->weight;
    const auto *dense = dynamic_cast<const DenseLinear *>(lm_head.get());
    return dense && !dense->bias.defined() ? dense->weight : torch::Tensor();
}

torch::Tensor LlamaForCausalLMImpl::hiddenStates(
    const torch::Tensor &ids, KvCache &cache, const torch::Tensor &mask, bool lastOnly)
{
    const std::int64_t B = ids.size(0), T = ids.size(1);
    ensureCapacity(cache, cache.length + T);
    const AttentionContext context = prepare(cache, mask, B, T);
    torch::Tensor h = model->embed_tokens->forward(ids.to(m_device)); // (B, T, C)
    const bool checkpoint = m_checkpointing && cache.stateless && is_training() && torch::GradMode::is_enabled();
    if (checkpoint && !h.requires_grad())
        h = h.detach().requires_grad_(true); // the checkpointed layers hold the adapters: keep the graph alive
    for (std::size_t i = 0; i < model->layers->size(); ++i) {
        auto *layer = model->layers->ptr<LlamaDecoderLayerImpl>(i).get();
        h = checkpoint ? CheckpointedLayer::apply(h, context.cos, context.sin, context.additiveMask, layer)
                       : layer->forward(h, context, cache, i);
    }
    if (!cache.stateless)
        cache.length += T;
    if (lastOnly)
        h = h.narrow(1, T - 1, 1);
    return model->norm->forward(h);
}

// ---- Loading -----------------------------------------------------------------------------

std::int64_t loadLlamaWeights(LlamaForCausalLMImpl &model, const Checkpoint &checkpoint)
{
    torch::NoGradGuard noGrad;
    auto require = [&](const std::string &name) -> const TensorView & {
        const TensorView *view = checkpoint.find(name);
        if (!view)
            throw FormatError("the checkpoint has no tensor '" + name + "'",
                "the weights do not match config.json; is the download complete?");
        return *view;
    };
    std::int64_t bytes = 0;
    std::set<std::string> projections;
    for (const auto &[path, linear] : outermostProjections(model)) {
        const TensorView &weight = require(path + ".weight");
        linear->load(weight, checkpoint.find(path + ".bias"));
        releaseMappedPages(weight);
        bytes += linear->residentBytes();
        projections.insert(path);
    }
    for (auto &item : model.named_parameters(true)) {
        const std::string &name = item.key();
        if (isWithin(name, projections))
            continue; // loaded with its layer above, or an adapter's own tensor
        const TensorView &view = require(name);
        torch::Tensor &param = item.value();
        if (view.shape != param.sizes().vec())
            throw FormatError("tensor '" + name + "' has shape " + c10::str(c10::IntArrayRef(view.shape))
                    + " but config.json implies " + c10::str(param.sizes()),
                "the weights do not belong to this config.json");
        param.copy_(torch::from_blob(const_cast<std::byte *>(view.data), view.shape, toScalarType(view.dtype)));
        releaseMappedPages(view);
        bytes += param.numel() * param.element_size();
    }
    return bytes;
}

} // namespace shoptuner::engine
