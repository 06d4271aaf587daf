#!/usr/bin/env bash
# The HSV augmentation step: the fused CPU pass (model/core/augment.cpp) against the same
# conversion as tensor operations, side by side on the same batch, as a ratio; and what the
# whole augment + normalise costs per training batch (32 images at 128x160).
# Usage: bench/run-augment.sh [THREADS] [CALLS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
"$build/bench/bench_augment" "${1:-2}" "${2:-100}" | /usr/bin/python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
print(f"HSV step, 16 images of {r[\"width\"]}x{r[\"height\"]}, {r[\"threads\"]} threads: fused "
      f"{r[\"hsv_fused_ms\"]:.2f} ms, tensor operations {r[\"hsv_tensor_ops_ms\"]:.2f} ms: "
      f"{r[\"hsv_tensor_ops_ms\"] / r[\"hsv_fused_ms\"]:.2f}x")
print(f"augment + normalise, a batch of {r[\"batch\"]}: {r[\"augment_and_normalize_ms\"]:.1f} ms")
'
