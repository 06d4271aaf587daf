#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Data parallelism on this machine, side by side in one run (issue #19): EfficientNet-B0 steps
# at the same global batch with 1 process and with 2 (one thread each, c10d Gloo on loopback),
# the gradient all-reduce per step, and how much of it backward hides (4 MB buckets started from
# gradient hooks) against one bucket after backward (MASKLENS_BUCKET_MB=0).
# Usage: bench/run-ddp.sh [SIZE] [BATCH] [STEPS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${BUILD_DIR:-build}")
size=${1:-128x160}
batch=${2:-16}
steps=${3:-12}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-ddp
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" \
  --people 120 --eval-people 0 --force >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # NAME PROCESSES [ENV...]
  local name=$1 processes=$2
  shift 2
  env "$@" "$build/cli/masklens-cli" train --data "$cache/data" --out "$work/$name" \
    --arch efficientnet_b0 --size "$size" --batch "$batch" --threads 1 --epochs 2 \
    --limit-batches "$steps" --no-augment --processes "$processes" 2>/dev/null |
    python3 -c '
import json, sys
e = [json.loads(l) for l in sys.stdin if l.startswith("{")]
ep = [x for x in e if x.get("event") == "epoch"][-1]   # the second epoch: warm
step = ep["seconds"] / '"$steps"'
comm = ep.get("allreduce_s", 0.0); exposed = ep.get("allreduce_exposed_s", 0.0)
hidden = (1 - exposed / comm) * 100 if comm > 0 else 0.0
print(f"%-22s step %6.3f s  %6.1f img/s  all-reduce %6.1f ms/step, exposed %6.1f ms (%3.0f%% hidden), buckets %s" % (
    "'"$name"'", step, '"$batch"' / step, comm * 1000, exposed * 1000, hidden, ep.get("buckets", "-")))
'
}
echo "EfficientNet-B0 $size, global batch $batch, $steps steps an epoch, 1 thread per process ($(nproc) cores)"
run one-process 1
run two-processes 2
run two-one-bucket 2 MASKLENS_BUCKET_MB=0
