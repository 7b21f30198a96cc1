// Attention for one new token per answer, straight from the key/value cache: each answer's
// query heads against its own keys only (from where its prompt begins), with no per-answer
// tensor operations. The same code runs for one answer or a batch, and an answer's result does
// not depend on the others in its batch. No torch here.
#pragma once

#include <cstdint>

namespace shoptuner::engine {

struct DecodeAttentionArgs
{
    const void *keys = nullptr; // one layer's cache: (batch, kvHeads, capacity, headDim)
    const void *values = nullptr; // the same layout
    bool bf16 = false; // cache in bfloat16 (else float32)
    const float *query = nullptr; // (batch, kvHeads, groups, headDim): query head g*kvHeads.. share key head
    float *out = nullptr; // (batch, kvHeads, groups, headDim)
    std::int64_t batch = 0, kvHeads = 0, groups = 0, headDim = 0, capacity = 0;
    const std::int64_t *first = nullptr; // per answer: its first key
    std::int64_t total = 0; // keys first[b] .. total-1 are attended
    float scale = 1; // 1 / sqrt(headDim)
};

// out = softmax(q K^T * scale) V for every answer and key head, in float32.
void decodeAttention(const DecodeAttentionArgs &a);

} // namespace shoptuner::engine
