#!/usr/bin/env bash
# End-to-end inference speed (files on disk -> probabilities), EfficientNet-B0 at 224x224:
# masklens-cli predict against the plain Python loop, same thread count, one run, as a ratio.
# Usage: bench/run-predict.sh [PEOPLE] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
people=${1:-40}
threads=${2:-$(nproc)}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-predict-$people
[ -f "$cache/data/train/train.csv" ] || "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 --force >/dev/null
[ -f "$cache/b0.mlck" ] || "$build/cli/masklens-cli" model init --arch efficientnet_b0 --out "$cache/b0.mlck" >/dev/null
# Alternate the two three times each (this machine's speed drifts); keep each one's best.
batch=${BATCH:-4}  # the best batch for both on 2 cores
ours=(); refs=()
for round in 1 2 3; do
  log=$("$build/cli/masklens-cli" predict --data "$cache/data" --model "$cache/b0.mlck" --out "$cache/pred.csv" --threads "$threads" --batch "$batch" 2>&1 | tail -1)
  echo "masklens:  $log"
  ours+=("$(echo "$log" | sed -n 's/.* images in \([0-9.]*\) s (\([0-9.]*\) images\/s).*/\2/p')")
  ref=$(/usr/bin/python3 bench/reference_predict.py "$cache/data" "$threads" "$batch")
  echo "reference: $ref"
  refs+=("$ref")
done
/usr/bin/python3 - "${ours[*]}" "${refs[@]}" <<'PY'
import json, sys
ours = max(float(v) for v in sys.argv[1].split())
ref = max(json.loads(r)["images_per_s"] for r in sys.argv[2:])
print(f"EfficientNet-B0 224x224 end to end, best of 3: masklens {ours:.1f} images/s, python {ref:.1f} "
      f"images/s, ratio {ours / ref:.2f}x (target >= 1.5x)")
PY
