// The SentencePiece bridge module: the only code that links libsentencepiece (see spm_bridge_abi.h).
#include "spm_bridge_abi.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct ShopTunerSpm
{
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

void copyError(const std::string &message, char *err, size_t capacity)
{
    if (!err || capacity == 0)
        return;
    const size_t n = std::min(capacity - 1, message.size());
    std::memcpy(err, message.data(), n);
    err[n] = '\0';
}

long copyOut(const std::string &text, char *out, size_t capacity)
{
    if (out && text.size() <= capacity)
        std::memcpy(out, text.data(), text.size());
    return static_cast<long>(text.size());
}

} // namespace

extern "C" {

int shoptuner_spm_abi_version(void)
{
    return SHOPTUNER_SPM_ABI_VERSION;
}

ShopTunerSpm *shoptuner_spm_load(const char *path, char *err, size_t errCapacity)
{
    auto spm = std::make_unique<ShopTunerSpm>();
    const auto status = spm->processor.Load(path);
    if (!status.ok()) {
        copyError(status.ToString(), err, errCapacity);
        return nullptr;
    }
    return spm.release();
}

void shoptuner_spm_free(ShopTunerSpm *spm)
{
    delete spm;
}

long shoptuner_spm_encode(const ShopTunerSpm *spm, const char *text, size_t length, int32_t *ids, size_t capacity)
{
    std::vector<int> out;
    if (!spm->processor.Encode(std::string_view(text, length), &out).ok())
        return -1;
    for (size_t i = 0; i < out.size() && i < capacity; ++i)
        ids[i] = out[i];
    return static_cast<long>(out.size());
}

long shoptuner_spm_decode(const ShopTunerSpm *spm, const int32_t *ids, size_t count, char *out, size_t capacity)
{
    std::vector<int> in(ids, ids + count);
    std::string text;
    if (!spm->processor.Decode(in, &text).ok())
        return -1;
    return copyOut(text, out, capacity);
}

int shoptuner_spm_piece_count(const ShopTunerSpm *spm)
{
    return spm->processor.GetPieceSize();
}

long shoptuner_spm_id_to_piece(const ShopTunerSpm *spm, int id, char *out, size_t capacity)
{
    if (id < 0 || id >= spm->processor.GetPieceSize())
        return -1;
    return copyOut(spm->processor.IdToPiece(id), out, capacity);
}

int shoptuner_spm_piece_to_id(const ShopTunerSpm *spm, const char *piece, size_t length)
{
    return spm->processor.PieceToId(std::string_view(piece, length));
}

float shoptuner_spm_score(const ShopTunerSpm *spm, int id)
{
    return spm->processor.GetScore(id);
}

int shoptuner_spm_piece_kind(const ShopTunerSpm *spm, int id)
{
    const auto &p = spm->processor;
    if (p.IsUnknown(id))
        return 1;
    if (p.IsControl(id))
        return 2;
    if (p.IsByte(id))
        return 4;
    if (p.IsUnused(id))
        return 5;
    return 0;
}

int shoptuner_spm_bos_id(const ShopTunerSpm *spm)
{
    return spm->processor.bos_id();
}

int shoptuner_spm_eos_id(const ShopTunerSpm *spm)
{
    return spm->processor.eos_id();
}

int shoptuner_spm_unk_id(const ShopTunerSpm *spm)
{
    return spm->processor.unk_id();
}

int shoptuner_spm_pad_id(const ShopTunerSpm *spm)
{
    return spm->processor.pad_id();
}

int shoptuner_spm_train(const char *flags, char *err, size_t errCapacity)
{
    const auto status = sentencepiece::SentencePieceTrainer::Train(flags);
    if (!status.ok()) {
        copyError(status.ToString(), err, errCapacity);
        return 1;
    }
    return 0;
}

} // extern "C"
