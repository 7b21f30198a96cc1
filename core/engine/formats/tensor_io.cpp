#include "engine/formats/tensor_io.h"

#include "engine/base/error.h"

#include <cstring>

namespace shoptuner::engine {

torch::ScalarType toScalarType(DType type)
{
    switch (type) {
    case DType::F64:
        return torch::kFloat64;
    case DType::F32:
        return torch::kFloat32;
    case DType::F16:
        return torch::kFloat16;
    case DType::BF16:
        return torch::kBFloat16;
    case DType::I64:
        return torch::kInt64;
    case DType::I32:
        return torch::kInt32;
    case DType::I16:
        return torch::kInt16;
    case DType::I8:
        return torch::kInt8;
    case DType::U8:
        return torch::kUInt8;
    case DType::Bool:
        return torch::kBool;
    default:
        throw UnsupportedError("tensors of type " + std::string(dtypeName(type)) + " cannot be loaded into libtorch",
            "convert the checkpoint to F32, F16 or BF16");
    }
}

DType toDType(torch::ScalarType type)
{
    switch (type) {
    case torch::kFloat64:
        return DType::F64;
    case torch::kFloat32:
        return DType::F32;
    case torch::kFloat16:
        return DType::F16;
    case torch::kBFloat16:
        return DType::BF16;
    case torch::kInt64:
        return DType::I64;
    case torch::kInt32:
        return DType::I32;
    case torch::kInt16:
        return DType::I16;
    case torch::kInt8:
        return DType::I8;
    case torch::kUInt8:
        return DType::U8;
    case torch::kBool:
        return DType::Bool;
    default:
        throw UnsupportedError(std::string("cannot store tensors of type ") + c10::toString(type));
    }
}

torch::Tensor toTensor(const TensorView &view)
{
    torch::Tensor t = torch::empty(view.shape, torch::TensorOptions().dtype(toScalarType(view.dtype)));
    if (view.byteSize > 0)
        std::memcpy(t.data_ptr(), view.data, view.byteSize);
    return t;
}

void saveTensors(const std::filesystem::path &path, const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
    const std::map<std::string, std::string> &metadata)
{
    std::vector<torch::Tensor> keep; // contiguous CPU copies live until the file is written
    std::vector<TensorWrite> writes;
    keep.reserve(tensors.size());
    for (const auto &[name, tensor] : tensors) {
        keep.push_back(tensor.detach().to(torch::kCPU).contiguous());
        const torch::Tensor &t = keep.back();
        writes.push_back({name, toDType(t.scalar_type()), t.sizes().vec(), t.data_ptr(),
            static_cast<std::size_t>(t.numel()) * t.element_size()});
    }
    writeSafetensors(path, writes, metadata);
}

} // namespace shoptuner::engine
