#!/usr/bin/env bash
# Training speed, EfficientNet-B0 at 224x224 with the users' augmentations: masklens-cli train
# (packed cache, augmentations as tensor ops, channels-last) against the same recipe in plain
# PyTorch (DataLoader over the JPEGs), same threads, one run, as a ratio.
# Usage: bench/run-train.sh [PEOPLE] [THREADS] [BATCHES]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
people=${1:-40}
threads=${2:-$(nproc)}
batches=${3:-8}
batch=16
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-train-$people
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 --force >/dev/null
rm -rf "$cache/run"
# The image cache is built once per dataset and size (timed separately below); the epoch's
# speed is what repeats every epoch.
start=$(date +%s.%N)
"$build/cli/masklens-cli" train --data "$cache/data" --out "$cache/run" --arch efficientnet_b0 \
  --size 224x224 --epochs 1 --batch "$batch" --threads "$threads" --limit-batches "$((batches + 1))" \
  >"$cache/train.jsonl" 2>"$cache/train.err"
end=$(date +%s.%N)
ref=$(/usr/bin/python3 bench/reference_train.py "$cache/data" "$threads" "$batch" "$batches" 1)
/usr/bin/python3 - "$cache/train.jsonl" "$ref" "$start" "$end" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
epoch = [e for e in events if e["event"] == "epoch"][0]
ref = json.loads(sys.argv[2])
# Like the reference, leave out the first (warm-up) batch: the speed between the first and the
# last progress report.
progress = [e for e in events if e["event"] == "progress"]
first, last = progress[0], progress[-1]
n0, n1 = first["batch"] * 16, last["batch"] * 16
t0, t1 = n0 / first["images_per_s"], n1 / last["images_per_s"]
ours = (n1 - n0) / (t1 - t0) if len(progress) > 1 else epoch["images_per_s"]
print(f"masklens:  {ours:.1f} images/s training after the first batch ({epoch['images_per_s']:.1f} with it)")
print(f"reference: {ref['images_per_s']:.1f} images/s ({ref['images']} images in {ref['seconds']:.1f} s)")
print(f"EfficientNet-B0 224x224 training: ratio {ours / ref['images_per_s']:.2f}x (target >= 2x)")
PY
