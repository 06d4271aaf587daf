#!/usr/bin/env bash
# The HSV augmentation step: the fused CPU pass (model/core/augment.cpp) against the same
# conversion as tensor operations, side by side on the same batch, as a ratio; and what the
# whole augment + normalise costs per training batch (32 images at 128x160).
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
print(f"augment + normalise, a batch of {r['batch']}: {r['augment_and_normalize_ms']:.1f} ms")
PY
