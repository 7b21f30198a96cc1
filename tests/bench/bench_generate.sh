#!/usr/bin/env bash
# Benchmark (not a test): decode and prefill speed of SmolLM2-135M- and 360M-shaped models with
# random weights, F32, BF16 and NF4 (with F32 and with BF16 compute), against the memory-bandwidth
# ceiling. Prints one JSON line per configuration (see `shoptuner-cli bench generate`) and a
# summary table at the end. Never fails on time.
# usage: [KERNELS=avx512|avx2|generic] tests/bench/bench_generate.sh [build dir] [tokenizer.json]
set -euo pipefail
build=${1:-build}
tokenizer=${2:-${SHOPTUNER_FIXTURES:-../shared/fixtures}/smollm2/tokenizer.json}
cli="$build/bin/shoptuner-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
info=$("$cli" info --model "$(dirname "$0")/../data/models/llama-tiny")
field() { echo "$info" | sed "s/.*\"$1\":\"\([^\"]*\)\".*/\1/"; }
kernels=${KERNELS:-$(field decode_kernels)}
echo "decode kernels $kernels; CPU: $(field cpu_features); BLAS: $(field blas); OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}; $(nproc) cores" >&2
summary=""
for preset in smollm2-135m smollm2-360m; do
  "$cli" make-model --preset "$preset" --tokenizer "$tokenizer" --out "$work/$preset" --seed 1 >/dev/null
  for config in "f32 none" "bf16 none" "f32 nf4" "bf16 nf4"; do
    set -- $config
    line=$("$cli" bench generate --model "$work/$preset" --dtype "$1" --quant "$2" --kernels "$kernels" 2>/dev/null)
    echo "$line"
    summary+=$(echo "$line" | python3 -c "import json, sys; j = json.load(sys.stdin); print('%-13s %-5s %-4s prefill %7.1f tok/s  decode %6.1f tok/s' % ('$preset', '$1', '$2', j['prefill_tokens_per_s'], j['decode_tokens_per_s']))")$'\n'
  done
  rm -rf "${work:?}/$preset"
done
printf '%s' "$summary" >&2
