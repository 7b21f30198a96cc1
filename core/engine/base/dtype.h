// Element types of tensors on disk (safetensors names) and their sizes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace shoptuner::engine {

enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U64, U32, U16, U8, Bool, F8E4M3, F8E5M2 };

std::size_t dtypeSize(DType type);
std::string_view dtypeName(DType type); // "F32", "BF16", ... as safetensors spells them
std::optional<DType> parseDType(std::string_view name);

} // namespace shoptuner::engine
