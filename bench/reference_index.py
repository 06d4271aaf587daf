# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference for bench_index: what the users' own scripts do to index the dataset
(pandas-free: csv module + os.listdir per folder, matching files by stem)."""
import csv, json, os, statistics, sys, time

STEMS = {"mask1", "mask2", "mask3", "mask4", "mask5", "incorrect_mask", "normal"}


def index(root):
    images = []
    with open(os.path.join(root, "train", "train.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        folder = os.path.join(root, "train", "images", row["path"])
        for name in os.listdir(folder):
            if name.startswith("."):
                continue
            stem, ext = os.path.splitext(name)
            if stem in STEMS and ext.lower() in (".jpg", ".jpeg", ".png"):
                images.append((row["path"], name, row["gender"], int(row["age"])))
    return len(rows), len(images)


def main():
    root, repeats = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    index(root)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        people, images = index(root)
        times.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"people": people, "images": images,
                      "median_ms": statistics.median(times), "min_ms": min(times)}))


main()
