#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Indexing the full-size synthetic dataset: MaskLens against the Python reference, one run,
# side by side. Usage: bench/run-index.sh [DATASET]  (generated into the cache when absent)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
data=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-full}
[ -f "$data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$data" --people 2700 --eval-people 0 --force
ours=$("$build/bench/bench_index" "$data" 7)
ref=$(/usr/bin/python3 bench/reference_index.py "$data" 7)
echo "masklens:  $ours"
echo "reference: $ref"
/usr/bin/python3 - "$ours" "$ref" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
assert a["images"] == b["images"], (a, b)
print(f"index {a['images']} images: masklens {a['median_ms']:.1f} ms, python {b['median_ms']:.1f} ms, "
      f"ratio {b['median_ms'] / a['median_ms']:.2f}x (target: masklens < 500 ms)")
PY
