// A Hugging Face Llama-family folder (config.json, model.safetensors, tokenizer.json,
// tokenizer_config.json) as one GGUF file that llama.cpp, Ollama and LM Studio load: the
// metadata keys, tensor names and Q/K row order of llama.cpp's own converter
// (convert_hf_to_gguf.py), the tokenizer with its merges and special ids, and the chat
// template. Then read back and compared with the source before success is reported.
#pragma once

#include "engine/formats/gguf.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace shoptuner::engine {

struct GgufExportOptions
{
    gguf::TensorType type = gguf::TensorType::F16; // of the matrices; norms stay F32 as llama.cpp keeps them
    std::string name; // general.name; empty: the folder's name
    std::function<void(std::size_t done, std::size_t total)> progress; // tensors written; may throw to abandon
};

struct GgufCheck
{
    std::size_t tensors = 0; // compared with the source
    double worstError = 0; // largest |exported - source| over all values
    double worstAllowed = 0; // the tolerance at that place (0 for exact types)
    std::size_t tokens = 0; // vocabulary entries compared exactly
    std::size_t merges = 0;
    std::vector<std::string> problems; // empty when the file matches
    bool ok() const { return problems.empty(); }
};

struct GgufExportReport
{
    std::filesystem::path path;
    std::uint64_t bytes = 0;
    std::string tokenizerModel; // "gpt2" or "llama"
    std::string preTokenizer; // tokenizer.ggml.pre
    std::vector<std::string> typesUsed; // e.g. {"F32", "Q8_0"}
    GgufCheck check;
};

// Writes `out` (atomically) and verifies it; throws EngineError (and leaves nothing under `out`)
// when the model cannot be exported or the written file does not match the source.
GgufExportReport exportGguf(
    const std::filesystem::path &modelDir, const std::filesystem::path &out, const GgufExportOptions &options = {});

// Compares a GGUF file with the model folder it was made from: every tensor within its type's
// tolerance (F32 exact; F16/BF16 the rounding of that type; Q8_0 0.57 of the block's scale),
// the vocabulary, token types and merges exactly, and the key hyper-parameters.
GgufCheck verifyGguf(const std::filesystem::path &modelDir, const std::filesystem::path &ggufPath);

// llama.cpp's Q/K row order for Hugging Face weights: within each head, HF keeps the two halves
// of the rotary pairs apart (rotate_half); llama.cpp wants them interleaved. Row h*d + 2i + j of
// the result is row h*d + j*d/2 + i of `rows` (d: head size; j in {0, 1}).
std::vector<float> permuteForRope(const std::vector<float> &rows, std::int64_t heads, std::int64_t columns);

} // namespace shoptuner::engine
