// Golden token ids for ShopTuner's tokenizer tests, computed with Hugging Face's Rust
// `tokenizers` (through the npm native binding @anush008/tokenizers) as an independent
// reference. Writes tests/data/tokenizers/golden-{smollm2,gpt2,llama3style}.json from the
// strings in tests/reference/tokenizer_strings.json.
//
// Run (the npm package is installed OUTSIDE the repository; the module is resolved from the
// current directory):
//   mkdir -p /tmp/golden && cd /tmp/golden && npm install @anush008/tokenizers@0.6.0
//   SHOPTUNER_FIXTURES=/work/shared/fixtures node /path/to/repo/tests/reference/golden_tokens.mjs
// SHOPTUNER_FIXTURES defaults to ../shared/fixtures relative to the repository root.

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const fixtures = process.env.SHOPTUNER_FIXTURES
  ? path.resolve(process.env.SHOPTUNER_FIXTURES)
  : path.resolve(repoRoot, '..', 'shared', 'fixtures');
const outDir = path.join(repoRoot, 'tests', 'data', 'tokenizers');

// Resolve the binding from the current directory first, then from next to this script.
let req = createRequire(path.join(process.cwd(), 'noop.js'));
let pkgDir;
try {
  pkgDir = path.dirname(req.resolve('@anush008/tokenizers/package.json'));
} catch {
  req = createRequire(import.meta.url);
  pkgDir = path.dirname(req.resolve('@anush008/tokenizers/package.json'));
}
const { Tokenizer } = req('@anush008/tokenizers');
const pkgVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const cargo = fs.readFileSync(path.join(pkgDir, 'Cargo.toml'), 'utf8');
const rustVersion = (cargo.match(/^tokenizers\s*=\s*"([^"]+)"/m) || [])[1] || 'unknown';
const reference = `@anush008/tokenizers ${pkgVersion} (Hugging Face tokenizers Rust crate ${rustVersion})`;

const strings = JSON.parse(
  fs.readFileSync(path.join(here, 'tokenizer_strings.json'), 'utf8')).strings;

// Llama 3 style variant of the SmolLM2 tokenizer, as an RFC 6902 JSON Patch on the fixture.
const LLAMA3_REGEX =
  "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
const LLAMA3_VARIANT = {
  base: 'smollm2/tokenizer.json',
  format: 'RFC 6902 JSON Patch, applied to the parsed base tokenizer.json',
  patch: [
    {
      op: 'replace',
      path: '/pre_tokenizer',
      value: {
        type: 'Sequence',
        pretokenizers: [
          { type: 'Split', pattern: { Regex: LLAMA3_REGEX }, behavior: 'Isolated', invert: false },
          { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false },
        ],
      },
    },
    { op: 'replace', path: '/model/ignore_merges', value: true },
  ],
};

function applyPatch(doc, patch) {
  for (const { op, path: p, value } of patch) {
    if (op !== 'replace' && op !== 'add') throw new Error(`unsupported op ${op}`);
    const keys = p.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let obj = doc;
    for (const k of keys.slice(0, -1)) obj = obj[k];
    obj[keys[keys.length - 1]] = structuredClone(value);
  }
  return doc;
}

async function run(name, fixtureRel, variant, withSpecial) {
  const doc = JSON.parse(fs.readFileSync(path.join(fixtures, fixtureRel), 'utf8'));
  if (variant) applyPatch(doc, variant.patch);
  const tok = Tokenizer.fromString(JSON.stringify(doc));
  const cases = [];
  let mismatches = 0;
  for (const text of strings) {
    const enc = await tok.encode(text, null, { addSpecialTokens: false });
    const ids = Array.from(enc.getIds());
    const decoded = await tok.decode(ids, false);
    if (decoded !== text) {
      mismatches++;
      console.error(`[${name}] decode differs: ${JSON.stringify(text)} -> ${JSON.stringify(decoded)}`);
    }
    cases.push({ text, ids, decoded });
  }
  const header = {
    tokenizer: fixtureRel,
    reference,
    variant: variant || null,
    add_special_tokens: false,
  };
  if (withSpecial) {
    const enc = await tok.encode(withSpecial, null, { addSpecialTokens: true });
    header.with_special = { text: withSpecial, ids: Array.from(enc.getIds()) };
  }
  let out = '{\n';
  for (const [k, v] of Object.entries(header)) out += `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  out += '  "cases": [\n';
  out += cases.map((c) => '    ' + JSON.stringify(c)).join(',\n');
  out += '\n  ]\n}\n';
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `golden-${name}.json`);
  fs.writeFileSync(file, out);
  console.log(`${file}: ${cases.length} cases, ${mismatches} decode mismatches`);
}

await run('smollm2', 'smollm2/tokenizer.json', null, 'Hello world');
await run('gpt2', 'gpt2/tokenizer.json', null, 'Hello world');
await run('llama3style', 'smollm2/tokenizer.json', LLAMA3_VARIANT, null);
