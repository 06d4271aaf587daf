#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The augmentations on the CPU: the HSV step's fused pass (model/core/augment.cpp) against the
# same conversion as tensor operations, and the whole recipe's fused pass per image against the
# steps as tensor operations, side by side on the same batch and draws, as ratios; and what
# augment + normalise costs per training batch (32 images at 128x160).
# Usage: bench/run-augment.sh [THREADS] [CALLS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
/usr/bin/python3 - "$("$build/bench/bench_augment" "${1:-2}" "${2:-100}")" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
fused, ops = r["hsv_fused_ms"], r["hsv_tensor_ops_ms"]
print(f"HSV step, 16 images of {r['width']}x{r['height']}, {r['threads']} threads: "
      f"fused {fused:.2f} ms, tensor operations {ops:.2f} ms: {ops / fused:.2f}x")
af, ao = r["apply_fused_ms"], r["apply_tensor_ops_ms"]
print(f"all five steps on a batch of {r['batch']} (the recipe's draws): fused pass {af:.2f} ms, "
      f"tensor operations {ao:.2f} ms: {ao / af:.2f}x; drawing the numbers (the noise's "
      f"normal values most) {r['draw_ms']:.2f} ms")
print(f"augment + normalise, a batch of {r['batch']}: {r['augment_and_normalize_ms']:.1f} ms")
PY
