#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Label-issue detection against known injected errors: a synthetic dataset with 3% noise, a
# CNN (face crop, three heads: mask, gender and age band pooled over every mask state)
# trained with person-level folds for out-of-fold probabilities, then
# masklens-cli issues --truth: precision and recall per kind of error, beside the plain
# baseline "the prediction differs from the label". Then the speed on the full-size dataset.
# Usage: bench/run-issues.sh [PEOPLE] [EPOCHS] [ARCH] [SIZE] [TRAIN OPTIONS...]
#   ARCH: small | medium | medium_hires (default medium_hires, the best detector measured).
#   SIZE: WxH of the face crop fed to the CNN ("" or default: the architecture's own).
#   Further options go to masklens-cli train
#   (e.g. --ema 0.999) and name the run folder. SEED=N (environment) generates another dataset
#   (default 11), to check on fresh data what was tuned on the first.
#   ISSUES_OPTIONS (environment) go to the first masklens-cli issues; the second runs with
#   --person-threshold PERSON_THRESHOLD (environment, default 0.98).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
people=${1:-1200}
epochs=${2:-30}
arch=${3:-medium_hires}
size=${4:-}
[ "$size" = default ] && size=
shift $(($# < 4 ? $# : 4))
extra=("$@")
tag=$(printf '%s' "${extra[*]:-}" | tr -c 'a-zA-Z0-9.' '-')
seed=${SEED:-11}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-issues-$people${SEED:+-s$seed}
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 --noise 0.03 --seed "$seed" --force >/dev/null
run=$cache/run-$arch-$epochs${size:+-$size}${tag:+-$tag}
[ -f "$run/oof_predictions.csv" ] || "$build/cli/masklens-cli" train --data "$cache/data" --out "$run" \
  --arch "$arch" ${size:+--size "$size"} --face-crop --outputs three_heads --epochs "$epochs" --batch 64 --lr 3e-3 --folds 3 \
  --original-labels "${extra[@]}" > "$run.jsonl"
"$build/cli/masklens-cli" issues --data "$cache/data" --pred "$run/oof_predictions.csv" \
  --out "$run/issues.csv" --truth "$cache/data/train/noise_truth.csv" --original-labels ${ISSUES_OPTIONS:-}
# The stricter person threshold, chosen on seed 11 and checked on seed 12 (README, Benchmarks).
strict=${PERSON_THRESHOLD:-0.98}
echo "with --person-threshold $strict:"
"$build/cli/masklens-cli" issues --data "$cache/data" --pred "$run/oof_predictions.csv" \
  --out "$run/issues-strict.csv" --truth "$cache/data/train/noise_truth.csv" --original-labels \
  --person-threshold "$strict" | grep -E '^(gender_flip|mask_swap)'

full=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-full
[ -f "$full/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$full" --people 2700 --eval-people 0 --force >/dev/null
echo "speed: $("$build/bench/bench_issues" "$full") (target: < 50 ms)"
