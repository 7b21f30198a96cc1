// Bridges safetensors views and libtorch tensors (include only from engine sources).
#pragma once

#include "engine/formats/safetensors.h"

#include <torch/types.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace shoptuner::engine {

torch::ScalarType toScalarType(DType type);
DType toDType(torch::ScalarType type);

// Copies a view into a new CPU tensor of its own dtype.
torch::Tensor toTensor(const TensorView &view);

// Writes named tensors (any device, any layout) to a safetensors file, atomically.
void saveTensors(const std::filesystem::path &path, const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
    const std::map<std::string, std::string> &metadata = {{"format", "pt"}});

} // namespace shoptuner::engine
