// Reads a GGUF file with Hugging Face's independent GGUF parser (@huggingface/gguf, the one the
// Hub uses) and prints its metadata and tensor table as JSON, to check ShopTuner's writer against
// a reader it shares no code with. Not part of the test suite (nothing is downloaded at test time).
//
//   mkdir -p /tmp/npmgguf && cd /tmp/npmgguf && npm install @huggingface/gguf
//   build/bin/shoptuner-cli export --model DIR --format gguf --type q8_0 --out /tmp/m.gguf
//   cd /tmp/npmgguf && node /path/to/repo/tests/reference/gguf_layout.mjs /tmp/m.gguf
//
// Expected: version 3, general.architecture "llama", tensor dims innermost-first (token_embd.weight
// [hidden, vocab]), ggml type codes 0 (F32), 1 (F16), 8 (Q8_0), 30 (BF16), offsets multiples of 32.
import process from 'node:process';
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const { gguf } = await import(require.resolve('@huggingface/gguf'));
const file = process.argv[2];
const { metadata, tensorInfos } = await gguf(file, { allowLocalFile: true });
const plain = (v) => (typeof v === 'bigint' ? Number(v) : v);
const summary = { metadata: {}, tensors: [] };
for (const [key, value] of Object.entries(metadata)) {
  if (Array.isArray(value)) summary.metadata[key] = { length: value.length, first: value.slice(0, 3).map(plain) };
  else summary.metadata[key] = plain(value);
}
for (const t of tensorInfos)
  summary.tensors.push({ name: t.name, dims: t.shape.map(Number), type: t.dtype, offset: Number(t.offset) });
console.log(JSON.stringify(summary, null, 1));
