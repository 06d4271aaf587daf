#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""How much identity a generated person's photos carry (issue #22, same_person).

A person photographed again under a new id (`synth --duplicates N`) keeps the face and the labels
and changes pose, light, background and shirt. This asks the most a scene-free description of
the face can do here: each photo's median skin colour (forehead and eyes) and hair colour
(crown), on a log scale, hair relative to skin, medians over the person's seven photos; people
compared only within the same gender and the same age (a twin has both). It prints how often
the true twin is the nearest person of that block, and what mutual nearest neighbours under a
distance threshold find. Reference only (numpy + OpenCV), not a runtime dependency.

Usage: bench/same-person-ceiling.py DATASET   (made with synth --duplicates N)
"""
import csv
import os
import sys
from multiprocessing import Pool

import cv2
import numpy as np

STEMS = ["mask1", "mask2", "mask3", "mask4", "mask5", "incorrect_mask", "normal"]


def describe(args):
    root, folder = args
    skins, hairs = [], []
    names = os.listdir(f"{root}/train/images/{folder}")
    for stem in STEMS:
        name = next(n for n in names if n.rsplit(".", 1)[0] == stem)
        # Half-size decode (192x256); the face sits at about (96, 125) there.
        img = cv2.imread(f"{root}/train/images/{folder}/{name}", cv2.IMREAD_REDUCED_COLOR_2)
        img = img.astype(np.float32)
        skins.append(np.median(img[108:122, 86:106].reshape(-1, 3), 0))  # forehead and eyes
        hairs.append(np.median(img[82:92, 86:106].reshape(-1, 3), 0))    # crown
    skin, hair = np.log(np.array(skins) + 1), np.log(np.array(hairs) + 1)
    return np.concatenate([np.median(skin, 0), np.median(hair - skin, 0)])


def main():
    root = sys.argv[1]
    rows = list(csv.DictReader(open(f"{root}/train/train.csv")))
    truth = [r for r in csv.DictReader(open(f"{root}/train/duplicates_truth.csv"))
             if r["kind"] == "same_person"]
    with Pool(min(2, os.cpu_count() or 1)) as pool:
        x = np.array(pool.map(describe, [(root, r["path"]) for r in rows], chunksize=16))
    index = {r["path"]: i for i, r in enumerate(rows)}
    gender = np.array([r["gender"] for r in rows])
    age = np.array([int(r["age"]) for r in rows])
    d = ((x[:, None, :] - x[None, :, :]) ** 2).sum(-1)
    d[(gender[:, None] != gender[None, :]) | (age[:, None] != age[None, :])] = np.inf
    np.fill_diagonal(d, np.inf)
    pairs = {tuple(sorted((index[t["path"]], index[t["duplicate_of"]]))) for t in truth}
    block = [int(np.isfinite(d[i]).sum()) + 1 for i, _ in pairs]
    ranks = np.array([int((d[i] < d[i, j]).sum()) for i, j in pairs])
    twin = np.array([d[i, j] for i, j in pairs])
    print(f"{len(rows)} people, {len(pairs)} under two ids; a twin's block (same gender and age): "
          f"median {int(np.median(block))} people, largest {max(block)}")
    print(f"the twin is the nearest of its block for {np.mean(ranks == 0):.0%} "
          f"(in the nearest 5: {np.mean(ranks < 5):.0%}; median rank {int(np.median(ranks))})")
    nearest = d.argmin(1)
    for q in (50, 90):
        threshold = np.percentile(twin, q)
        found = {tuple(sorted((i, int(nearest[i])))) for i in range(len(rows))
                 if d[i, nearest[i]] <= threshold and nearest[nearest[i]] == i}
        hits = len(found & pairs)
        print(f"mutual nearest within the twins' {q}th-percentile distance: {len(found)} pairs, "
              f"{hits} true - precision {hits / max(1, len(found)):.2f}, "
              f"recall {hits / len(pairs):.2f}")


if __name__ == "__main__":
    main()
