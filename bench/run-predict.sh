#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end inference speed (files on disk -> probabilities), EfficientNet-B0 at 224x224, side
# by side in one run: the plain Python loop (1.0), tuned Python (channels-last, inference_mode,
# bf16 autocast where native), masklens-cli predict in fp32 and in bf16. Same threads and batch.
# Targets (issue #24): MaskLens bf16 >= 2x the plain loop and >= 1.2x the tuned one.
# Then the forward pass alone (bench_predict_step): MaskLens's inference kernels against
# LibTorch's operations on the same folded network, fp32 and bf16, and the depthwise stages.
# Usage: bench/run-predict.sh [PEOPLE] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
people=${1:-40}
threads=${2:-$(nproc)}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-predict-$people
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 --force >/dev/null
[ -f "$cache/b0.mlck" ] || "$build/cli/masklens-cli" model init --arch efficientnet_b0 --out "$cache/b0.mlck" >/dev/null
# The four alternate three times (this machine's speed drifts); each keeps its best.
batch=${BATCH:-4}  # the best batch for all on 2 cores
declare -A best=([fp32]=0 [bf16]=0 [plain]=0 [tuned]=0)
keep() { best[$1]=$(/usr/bin/python3 -c "print(max(float('$2'), float('${best[$1]}')))"); }
for round in 1 2 3; do
  for precision in fp32 bf16; do
    log=$("$build/cli/masklens-cli" predict --data "$cache/data" --model "$cache/b0.mlck" --out "$cache/pred-$precision.csv" --threads "$threads" --batch "$batch" --precision "$precision" 2>&1 | tail -1)
    echo "masklens $precision: $log"
    keep "$precision" "$(echo "$log" | sed -n 's/.* images in \([0-9.]*\) s (\([0-9.]*\) images\/s).*/\2/p')"
  done
  for mode in plain tuned; do
    ref=$(/usr/bin/python3 bench/reference_predict.py "$cache/data" "$threads" "$batch" "$mode")
    echo "python $mode: $ref"
    keep "$mode" "$(echo "$ref" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["images_per_s"])')"
  done
done
printf 'EfficientNet-B0 224x224 end to end, best of 3 (images/s; ratio to the plain loop):\n'
for k in plain tuned fp32 bf16; do
  /usr/bin/python3 -c "print(f'  {\"$k\":6} {${best[$k]}:7.1f}  {${best[$k]} / ${best[plain]}:.2f}x')"
done
/usr/bin/python3 -c "print(f'  MaskLens bf16 / tuned Python: {${best[bf16]} / ${best[tuned]}:.2f}x (targets: >= 2x plain, >= 1.2x tuned)')"
printf 'Forward pass alone, batch %s (images/s; the depthwise stages with their SiLUs in ms):\n' "$batch"
"$build/bench/bench_predict_step" "$batch" 3 "$threads"
