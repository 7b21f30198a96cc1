/* The C ABI of ShopTuner's SentencePiece bridge module (libshoptuner_spm.so).
 * libsentencepiece carries its own protobuf, which clashes with libtorch's; the engine
 * therefore never links it and reaches it only through this module, dlopen'ed with
 * RTLD_LOCAL | RTLD_DEEPBIND. Strings out are copied into caller buffers; a return value
 * larger than the capacity asks the caller to retry with that size. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#define SHOPTUNER_SPM_ABI_VERSION 1

/* The module exports these functions by name (Windows exports only what is marked). */
#if defined(_WIN32) && defined(SHOPTUNER_SPM_MODULE)
#define SHOPTUNER_SPM_API __declspec(dllexport)
#elif defined(__GNUC__) && defined(SHOPTUNER_SPM_MODULE)
#define SHOPTUNER_SPM_API __attribute__((visibility("default")))
#else
#define SHOPTUNER_SPM_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ShopTunerSpm ShopTunerSpm;

SHOPTUNER_SPM_API int shoptuner_spm_abi_version(void);
/* Loads a tokenizer.model; NULL on failure with the reason in err. */
SHOPTUNER_SPM_API ShopTunerSpm *shoptuner_spm_load(const char *path, char *err, size_t errCapacity);
SHOPTUNER_SPM_API void shoptuner_spm_free(ShopTunerSpm *spm);
/* Encodes UTF-8 text to ids; returns the number of ids (may exceed capacity), or -1 on error. */
SHOPTUNER_SPM_API long shoptuner_spm_encode(const ShopTunerSpm *spm, const char *text, size_t length, int32_t *ids, size_t capacity);
/* Decodes ids to UTF-8; returns the byte length (may exceed capacity), or -1 on error. */
SHOPTUNER_SPM_API long shoptuner_spm_decode(const ShopTunerSpm *spm, const int32_t *ids, size_t count, char *out, size_t capacity);
SHOPTUNER_SPM_API int shoptuner_spm_piece_count(const ShopTunerSpm *spm);
/* Copies piece `id`; returns its byte length (may exceed capacity), -1 for an invalid id. */
SHOPTUNER_SPM_API long shoptuner_spm_id_to_piece(const ShopTunerSpm *spm, int id, char *out, size_t capacity);
SHOPTUNER_SPM_API int shoptuner_spm_piece_to_id(const ShopTunerSpm *spm, const char *piece, size_t length); /* unk id if absent */
SHOPTUNER_SPM_API float shoptuner_spm_score(const ShopTunerSpm *spm, int id);
/* Piece kinds: 0 normal (or user defined), 1 unknown, 2 control, 4 byte, 5 unused. */
SHOPTUNER_SPM_API int shoptuner_spm_piece_kind(const ShopTunerSpm *spm, int id);
SHOPTUNER_SPM_API int shoptuner_spm_bos_id(const ShopTunerSpm *spm);
SHOPTUNER_SPM_API int shoptuner_spm_eos_id(const ShopTunerSpm *spm);
SHOPTUNER_SPM_API int shoptuner_spm_unk_id(const ShopTunerSpm *spm);
SHOPTUNER_SPM_API int shoptuner_spm_pad_id(const ShopTunerSpm *spm);
/* Runs the SentencePiece trainer with a flag string ("--input=... --model_prefix=..."); 0 on success. */
SHOPTUNER_SPM_API int shoptuner_spm_train(const char *flags, char *err, size_t errCapacity);

#ifdef __cplusplus
}
#endif
