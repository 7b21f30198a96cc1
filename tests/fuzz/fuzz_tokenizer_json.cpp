// libFuzzer target for tokenizer.json: any byte string must load into a tokenizer that encodes and
// decodes, or throw FormatError/UnsupportedError; never crash, hang or exhaust the stack (the
// normalizer and pre-tokenizer Sequences nest).
#include "engine/tokenizer/bpe_tokenizer.h"
#include "engine/base/error.h"
#include "engine/base/input_file.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace shoptuner::engine;
    try {
        const nlohmann::json j = parseJsonText({reinterpret_cast<const char *>(data), size}, "fuzz");
        if (!j.is_object() || !j.contains("model"))
            return 0;
        const BpeTokenizer tokenizer(j);
        for (std::string_view text : {"Hello world", "  caf\xc3\xa9 <|im_end|>\n\t42", "\xf0\x9f\x98\x80!"}) {
            const std::vector<TokenId> ids = tokenizer.encode(text);
            (void)tokenizer.decode(ids);
        }
    } catch (const EngineError &) {
    } catch (const nlohmann::json::exception &) { // a field of the wrong type, as fromFile reports it
    }
    return 0;
}
