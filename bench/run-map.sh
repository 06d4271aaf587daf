#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The data map (issue #22), side by side in one run:
#  - laying out 18,900 images' embeddings (1280 wide, as EfficientNet-B0's): MaskLens's map
#    beside scikit-learn's t-SNE on the same features (seconds, and how much of each image's
#    neighbourhood each map keeps);
#  - pan/zoom frames of a 100,000-point scatter: the Map view's ScatterView beside QCustomPlot.
# Usage: bench/run-map.sh [IMAGES] [WIDTH]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
images=${1:-18900}
width=${2:-1280}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ours=$("$build/bench/bench_map" layout "$images" "$width" "$tmp/features.npy" 2>/dev/null)
ref=$(/usr/bin/python3 bench/reference_map.py "$tmp/features.npy")
frames=$("$build/bench/bench_map" render 100000 200 2>/dev/null)
/usr/bin/python3 - "$ours" "$ref" "$frames" <<'PY'
import json, sys
ours, ref, frames = (json.loads(a) for a in sys.argv[1:4])
print(f"layout of {ours['images']} images x {ours['width']} features (2 cores):")
print(f"  {'method':40} {'seconds':>8} {'kept15':>7}")
print(f"  {'MaskLens map (PCA, hnswlib, UMAP-style)':40} {ours['seconds']:8.1f} {ours['kept15']:7.3f}")
print(f"  {'scikit-learn t-SNE (Barnes-Hut)':40} {ref['seconds']:8.1f} {ref['kept15']:7.3f}")
print(f"  ratio: t-SNE takes {ref['seconds'] / ours['seconds']:.1f}x MaskLens's time")
print(f"pan/zoom of {frames['points']} points, {frames['frames']} frames at 1280x800:")
print(f"  ScatterView {frames['scatterview_ms']:.2f} ms a frame, QCustomPlot {frames['qcustomplot_ms']:.2f} ms "
      f"({frames['ratio']:.1f}x)")
PY
