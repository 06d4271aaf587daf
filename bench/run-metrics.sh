#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Recomputing all metrics for 100,000 samples: MaskLens against scikit-learn, side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
n=${1:-100000}
ours=$("$build/bench/bench_metrics" "$n")
ref=$(/usr/bin/python3 bench/reference_metrics.py "$n")
echo "masklens:  $ours"
echo "sklearn:   $ref"
/usr/bin/python3 - "$ours" "$ref" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"all metrics for {a['samples']} samples: masklens {a['median_ms']:.2f} ms, scikit-learn "
      f"{b['median_ms']:.1f} ms, ratio {b['median_ms'] / a['median_ms']:.0f}x (target: masklens < 10 ms)")
PY
