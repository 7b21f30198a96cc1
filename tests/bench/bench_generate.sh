#!/usr/bin/env bash
# Benchmark (not a test): decode and prefill speed of SmolLM2-135M- and 360M-shaped models in
# F32 and BF16, with random weights, against the memory-bandwidth ceiling. Prints one JSON line
# per configuration (see `shoptuner-cli bench generate`). Never fails on time.
# usage: tests/bench/bench_generate.sh [build dir] [tokenizer.json]
set -euo pipefail
build=${1:-build}
tokenizer=${2:-${SHOPTUNER_FIXTURES:-../shared/fixtures}/smollm2/tokenizer.json}
cli="$build/bin/shoptuner-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "matrix-vector kernels and BLAS: $("$cli" info --model "$(dirname "$0")/../data/models/llama-tiny" | sed 's/.*"blas":"\([^"]*\)".*/\1/')" >&2
for preset in smollm2-135m smollm2-360m; do
  for dtype in f32 bf16; do
    "$cli" make-model --preset "$preset" --tokenizer "$tokenizer" --out "$work/$preset-$dtype" --dtype "$dtype" --seed 1 >/dev/null
    "$cli" bench generate --model "$work/$preset-$dtype" --dtype "$dtype"
    rm -rf "${work:?}/$preset-$dtype"
  done
done
