#!/usr/bin/env bash
# Benchmark (not a test): how long the Verdict's default test takes on the demo shop with
# SmolLM2-135M- and 360M-shaped random models (F32 checkpoints), one question at a time and in
# batches of 8, and whether the answers are the same both ways (they must be: a batch never
# changes an answer). Random models answer up to the length limit, so decoding weighs more than
# for a tuned model. DTYPE=f32|bf16 sets the compute dtype (default auto: BF16 where the processor
# computes it natively, F32 elsewhere; the first line says which).
# usage: [DTYPE=f32|bf16] tests/bench/bench_verdict.sh [build dir] [tokenizer.json] [presets...]
set -euo pipefail
build=${1:-build}
tokenizer=${2:-${SHOPTUNER_FIXTURES:-../shared/fixtures}/smollm2/tokenizer.json}
shift $(( $# < 2 ? $# : 2 ))
presets=${*:-smollm2-135m smollm2-360m}
cli="$build/bin/shoptuner-cli"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dtype=${DTYPE:-auto}
info=$("$cli" info --model "$here/../data/models/llama-tiny" --dtype "$dtype")
field() { echo "$info" | sed "s/.*\"$1\":\"\([^\"]*\)\".*/\1/"; }
echo "compute dtype $(field dtype) ($dtype); decode kernels $(field decode_kernels); CPU: $(field cpu_features); BLAS: $(field blas); OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}; $(nproc) cores" >&2
demo="$here/../../resources/demo/shop"
"$cli" import --project "$work/demo.shoptuner" --catalog "$demo/catalog.csv" --reviews "$demo/reviews.csv" \
  --questions "$demo/questions.csv" --searches "$demo/searches.csv" --orders "$demo/orders.csv" >/dev/null
"$cli" build-tasks --project "$work/demo.shoptuner" --seed 7 --ood-categories Candles >/dev/null
for preset in $presets; do
  "$cli" make-model --preset "$preset" --tokenizer "$tokenizer" --out "$work/$preset" --seed 1 >/dev/null
  for batch in 8 1; do
    cp "$work/demo.shoptuner" "$work/$preset-$batch.shoptuner"
    start=$(date +%s.%N)
    "$cli" eval --project "$work/$preset-$batch.shoptuner" --model "$work/$preset" --batch "$batch" --dtype "$dtype" --encoder none \
      --bootstrap 100 >/dev/null 2>&1
    end=$(date +%s.%N)
    questions=$(sqlite3 "$work/$preset-$batch.shoptuner" "select count(*) from eval_predictions")
    awk -v p="$preset" -v b="$batch" -v q="$questions" -v s="$start" -v e="$end" \
      'BEGIN { printf "%s, batch %s: %d questions in %.1f s (%.2f questions/s)\n", p, b, q, e - s, q / (e - s) }'
  done
  same=$(sqlite3 "$work/$preset-8.shoptuner" "attach '$work/$preset-1.shoptuner' as one;
    select count(*) from eval_predictions a join one.eval_predictions b using (record_id) where a.prediction = b.prediction")
  echo "$preset: $same of $questions answers the same in batches of 8 as one at a time"
  rm -rf "${work:?}/$preset"
done
