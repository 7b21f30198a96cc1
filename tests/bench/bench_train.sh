#!/usr/bin/env bash
# Benchmark (not a test): LoRA training speed of SmolLM2-135M- and 360M-shaped random models,
# ShopTuner's `bench train` (NF4, F32 and BF16 compute) beside the eager PyTorch reference
# (tests/bench/reference_lora_step.py, F32 and BF16 autocast; needs Debian's python3-torch), one
# after another on this machine, and the ratio of the best of each. Then `train` on the demo
# shop's real records (135M), whose tokens/s counts real tokens only. Never fails on time.
# usage: tests/bench/bench_train.sh [build dir] [tokenizer folder] [seq] [batch]
set -euo pipefail
build=${1:-build}
tokenizer=${2:-${SHOPTUNER_FIXTURES:-../shared/fixtures}/smollm2}
seq=${3:-256}
batch=${4:-1}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/bin/shoptuner-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
field() { /usr/bin/python3 -c "import json,sys; print(round(json.loads(sys.stdin.readline())['$1'], 1))"; }
echo "BLAS: $("$cli" info --model "$here/../data/models/llama-tiny" | sed 's/.*"blas":"\([^"]*\)".*/\1/')" \
     "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}, seq $seq, batch $batch"
reference=yes
/usr/bin/python3 -c "import torch" 2>/dev/null || reference=
[ -n "$reference" ] || echo "python3-torch is not installed: the reference column stays empty"
for preset in smollm2-135m smollm2-360m; do
  "$cli" make-model --preset "$preset" --tokenizer "$tokenizer" --out "$work/$preset" >/dev/null
  ours_f32=$("$cli" bench train --model "$work/$preset" --quant nf4 --dtype f32 --seq "$seq" --batch "$batch" --steps 3 2>/dev/null | field tokens_per_s)
  ours_bf16=$("$cli" bench train --model "$work/$preset" --quant nf4 --dtype bf16 --seq "$seq" --batch "$batch" --steps 3 2>/dev/null | field tokens_per_s)
  line="$preset: ShopTuner nf4+f32 $ours_f32, nf4+bf16 $ours_bf16 tokens/s"
  if [ -n "$reference" ]; then
    ref_f32=$(/usr/bin/python3 "$here/reference_lora_step.py" --config "$work/$preset/config.json" --seq "$seq" --batch "$batch" | field tokens_per_s)
    ref_bf16=$(/usr/bin/python3 "$here/reference_lora_step.py" --config "$work/$preset/config.json" --seq "$seq" --batch "$batch" --bf16 | field tokens_per_s)
    ratio=$(/usr/bin/python3 -c "print(round(max($ours_f32, $ours_bf16) / max($ref_f32, $ref_bf16), 2))")
    line="$line; PyTorch eager LoRA f32 $ref_f32, bf16 autocast $ref_bf16; best/best ${ratio}x"
  fi
  echo "$line"
  if [ "$preset" = smollm2-135m ]; then
    demo="$here/../../resources/demo/shop"
    "$cli" import --project "$work/demo.shoptuner" --catalog "$demo/catalog.csv" --reviews "$demo/reviews.csv" \
      --questions "$demo/questions.csv" --searches "$demo/searches.csv" --orders "$demo/orders.csv" >/dev/null
    "$cli" build-tasks --project "$work/demo.shoptuner" --seed 7 --ood-categories Candles >/dev/null
    last=$("$cli" train --project "$work/demo.shoptuner" --model "$work/$preset" --out "$work/run" --max-steps 8 \
      --val-every 1000 --max-val-examples 8 --save-every 1000 --gradient-checkpointing on 2>/dev/null \
      | grep '"event":"step"' | tail -1)
    real=$(echo "$last" | field tokens_per_s)
    padding=$(echo "$last" | /usr/bin/python3 -c "import json,sys; print(round(100 * json.loads(sys.stdin.readline())['padding_fraction'], 1))")
    echo "$preset: train on the demo shop's records (micro-batch 4, checkpointing): $real tokens/s (real tokens), $padding% of positions padding"
  fi
  rm -rf "${work:?}/$preset"
done
