#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Training speed, EfficientNet-B0 at 224x224 with the users' augmentations: masklens-cli train
# (packed cache, augmentations in one pass per image, channels-last, the CPU training kernels)
# against the same recipe in plain PyTorch (DataLoader over the JPEGs), same threads, as a ratio.
# The two run alternately ROUNDS times; best against best and worst against worst are printed
# (the reference alone varies by 20% from run to run here).
# Usage: bench/run-train.sh [PEOPLE] [THREADS] [BATCHES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
people=${1:-40}
threads=${2:-$(nproc)}
batches=${3:-12}
rounds=${4:-3}
batch=16
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-train-$people
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 --force >/dev/null
# The image cache is built once per dataset and size (see the first run's cache event); the
# epoch's speed is what repeats every epoch.
refs=()
rm -f "$cache"/train-*.jsonl # a previous run's rounds must not count in this one's
for round in $(seq "$rounds"); do
  rm -rf "$cache/run"
  "$build/cli/masklens-cli" train --data "$cache/data" --out "$cache/run" --arch efficientnet_b0 \
    --size 224x224 --epochs 1 --batch "$batch" --threads "$threads" --limit-batches "$((batches + 1))" \
    >"$cache/train-$round.jsonl" 2>"$cache/train.err"
  refs+=("$(/usr/bin/python3 bench/reference_train.py "$cache/data" "$threads" "$batch" "$batches" 1)")
done
/usr/bin/python3 - "$batch" "${refs[@]}" "$cache"/train-*.jsonl <<'PY'
import json, sys
batch = int(sys.argv[1])
refs = [json.loads(a) for a in sys.argv[2:] if a.startswith("{")]
ours = []
for path in [a for a in sys.argv[2:] if a.endswith(".jsonl")]:
    events = [json.loads(l) for l in open(path)]
    # Like the reference, leave out the first (warm-up) batch: the speed between the first and
    # the last progress report.
    progress = [e for e in events if e["event"] == "progress"]
    first, last = progress[0], progress[-1]
    n0, n1 = first["batch"] * batch, last["batch"] * batch
    t0, t1 = n0 / first["images_per_s"], n1 / last["images_per_s"]
    ours.append((n1 - n0) / (t1 - t0))
best, ref = max(ours), max(r["images_per_s"] for r in refs)
print("masklens:  " + " ".join(f"{v:.1f}" for v in ours) + f" images/s training after the first batch (best {best:.1f})")
print("reference: " + " ".join(f"{r['images_per_s']:.1f}" for r in refs) + f" images/s (best {ref:.1f})")
print(f"EfficientNet-B0 224x224 training: ratio {best / ref:.2f}x of the best runs, "
      f"{min(ours) / min(r['images_per_s'] for r in refs):.2f}x of the worst (target >= 2x)")
PY
