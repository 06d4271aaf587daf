#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The label-issue detector's one command (issue #22) on a fresh generated dataset: 1,200 people
# with 4% of them carrying injected errors, `masklens-cli issues --find --truth` (trains the
# detector's recipe - three folds, the training fit with its probes - then looks), precision and
# recall per kind beside "prediction differs", every method, and the same look without the
# training fit. About 17-21 minutes on two cores.
# Usage: bench/run-find.sh [SEED] [PEOPLE] [NOISE]   (default seed 61, 1,200 people, 0.04)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
seed=${1:-61}
people=${2:-1200}
noise=${3:-0.04}
data=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-find-$people-n$noise-s$seed
[ -f "$data/train/train.csv" ] ||
  "$build/cli/masklens-cli" synth --out "$data" --people "$people" --noise "$noise" --seed "$seed" \
    --eval-people 0 --force >/dev/null
start=$(date +%s)
"$build/cli/masklens-cli" issues --data "$data" --find --out "$data/suspects.csv" \
  --truth "$data/train/noise_truth.csv" 2> >(grep -v epoch >&2)
echo "the whole command: $(($(date +%s) - start)) s"
