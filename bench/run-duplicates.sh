#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Near-duplicates and identity leaks (issue #22) on a generated dataset with known duplicates
# (synth --duplicates N): masklens-cli duplicates --truth, precision and recall per kind, beside
# the baseline "exact duplicates only" (byte-identical files, by sha256); and the time to hash
# every image beside the time sha256sum takes to read the same files (side by side, one run).
# Then the same with --identity (people under two ids by their faces: the identity embedding is
# learnt once into the dataset's .masklens folder; delete it to time the learning again).
# Usage: bench/run-duplicates.sh [PEOPLE] [DUPLICATES]   (default 2700 people: 18,900 images + N)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
people=${1:-2700}
dups=${2:-50}
seed=${SEED:-21}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/masklens/bench-duplicates-$people-$dups-s$seed
[ -f "$cache/data/train/train.csv" ] ||
  "$build/cli/masklens-cli" synth --out "$cache/data" --people "$people" --eval-people 0 \
    --seed "$seed" --duplicates "$dups" --force >/dev/null 2>&1
truth=$cache/data/train/duplicates_truth.csv
images=$cache/data/train/images

start=$(date +%s.%N)
find "$images" -type f -print0 | xargs -0 sha256sum > "$cache/sha256.txt"
read_s=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
"$build/cli/masklens-cli" duplicates --data "$cache/data" --json --truth "$truth" \
  2>"$cache/duplicates.log" >"$cache/duplicates.json"
ours_s=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
"$build/cli/masklens-cli" duplicates --data "$cache/data" --json --truth "$truth" --identity \
  2>"$cache/identity.log" >"$cache/identity.json"
faces_s=$(echo "$(date +%s.%N) - $start" | bc)

python3 - "$cache" "$read_s" "$ours_s" "$faces_s" <<'PY'
import csv, json, sys, collections
cache, read_s, ours_s, faces_s = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
ours = json.load(open(cache + "/duplicates.json"))
faces = json.load(open(cache + "/identity.json"))
truth = list(csv.DictReader(open(cache + "/data/train/duplicates_truth.csv")))
by_digest = collections.defaultdict(list)
for line in open(cache + "/sha256.txt"):
    digest, path = line.split(maxsplit=1)
    by_digest[digest].append(path.strip().split("/train/images/")[1])
exact = {tuple(sorted((a, b))) for group in by_digest.values() if len(group) > 1
         for i, a in enumerate(group) for b in group[i + 1:]}
true_images = {tuple(sorted((r["path"], r["duplicate_of"]))) for r in truth if r["kind"] == "same_image"}
hits = len(exact & true_images)
print(f"images hashed: {ours['hashed']} in {ours['seconds']:.1f} s (the whole command {ours_s:.1f} s; "
      f"sha256sum reading the same files {read_s:.1f} s: ratio {ours_s / read_s:.1f}x)")
print(f"{'method':34} {'kind':12} {'found':>6} {'true':>5} {'precision':>9} {'recall':>7}")
for kind in ("same_image", "same_person"):
    s = ours["truth"][kind]
    print(f"{'MaskLens (pHash x3 + hnswlib)':34} {kind:12} {s['found']:6d} {s['true']:5d} "
          f"{s['precision']:9.3f} {s['recall']:7.3f}")
s = faces["truth"]["same_person"]
print(f"{'MaskLens --identity (faces)':34} {'same_person':12} {s['found']:6d} {s['true']:5d} "
      f"{s['precision']:9.3f} {s['recall']:7.3f}")
print(f"{'exact duplicates only (sha256)':34} {'same_image':12} {len(exact):6d} {len(true_images):5d} "
      f"{(hits / len(exact)) if exact else 0:9.3f} {hits / max(1, len(true_images)):7.3f}")
how = "kept from an earlier run" if faces["identity"]["from_cache"] else "learnt"
print(f"--identity: the whole command {faces_s:.0f} s (faces {how} in {faces['identity']['seconds']:.0f} s)")
PY
