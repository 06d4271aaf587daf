#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# MaskLens's CPU training kernels (model/core/trainingkernels.h: batch norm + SiLU fused, the
# depthwise convolutions' backward) against LibTorch's own operations: a whole EfficientNet-B0
# training step at 224x224 (batch 16), alternating, and each kernel on the network's own shapes.
# Usage: bench/run-train-step.sh [THREADS] [STEPS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
/usr/bin/python3 - "$("$build/bench/bench_train_step" "${1:-2}" "${2:-6}" "${3:-2}")" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
ours, lib = r["ours_images_per_s"], r["libtorch_images_per_s"]
print(f"EfficientNet-B0 224x224 training step, {r['threads']} threads: ours "
      + " ".join(f"{v:.1f}" for v in ours) + " images/s, LibTorch's operations "
      + " ".join(f"{v:.1f}" for v in lib) + f" images/s: {max(ours) / max(lib):.2f}x best against best")
for name, rows in (("batch norm + SiLU", r["batch_norm_silu"]), ("depthwise conv", r["depthwise"])):
    for row in rows:
        print(f"  {name:18} {row['shape']:18} forward+backward ours {row['ours_ms']:6.1f} ms, "
              f"LibTorch {row['libtorch_ms']:6.1f} ms: {row['libtorch_ms'] / row['ours_ms']:.2f}x")
PY
