#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The best validation macro F1 a model could reach on a synthetic dataset if it read every
person's grey-hair level exactly and never missed a mask state or a gender: what the age-band
edges alone cost, scored against the dataset's own (noisy) labels, as the trainer scores.

The generator paints grey = clamp((age - 20) / 40 + 0.03 N(0, 1), 0, 1) per person
(analysis/synth.cpp, renderFace); the ideal reader decides the band from that number by Bayes'
rule with the dataset's age distribution as the prior, optionally weighting the bands. The grey
draw is simulated (several repetitions), so the figure is an expectation with its spread.

Usage: bench/age-ceiling.py DATASET VAL_PREDICTIONS.csv [REPETITIONS]
  VAL_PREDICTIONS.csv: a training run's val_predictions.csv (it says which images were validated).
Needs numpy and scikit-learn (Debian: python3-numpy, python3-sklearn).
"""
import collections
import csv
import sys
from math import erf, sqrt

import numpy as np
from sklearn.metrics import f1_score

SPREAD = 0.03  # the generator's personal grey spread


def band(age):
    return 0 if age < 30 else (1 if age < 60 else 2)


def main():
    root, predfile = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    truth = collections.defaultdict(list)
    for r in csv.DictReader(open(root + "/train/noise_truth.csv")):
        truth[r["path"].split("/")[0]].append(r)

    def true_age(folder, given):
        for t in truth.get(folder, []):
            if t["kind"] == "age_shift":
                return int(t["true"])
        return given

    people = collections.OrderedDict()
    for row in list(csv.reader(open(predfile)))[1:]:
        if row[1] != "":
            folder, image = row[0].split("/")
            people.setdefault(folder, []).append(image.split(".")[0])

    ages = np.arange(18, 61)
    all_true = [true_age(r["path"], int(r["age"])) for r in csv.DictReader(open(root + "/train/train.csv"))]
    prior = np.array([all_true.count(a) for a in ages], float)
    prior /= prior.sum()
    bands = np.array([band(a) for a in ages])
    mean = (ages - 20) / 40.0

    def posterior(grey):
        if grey >= 1.0:  # clamped: the mass above 1
            lik = np.array([0.5 * (1 - erf((1 - m) / SPREAD / sqrt(2))) for m in mean])
        else:
            lik = np.exp(-0.5 * ((grey - mean) / SPREAD) ** 2)
        p = prior * lik
        return np.array([p[bands == b].sum() for b in range(3)]) / p.sum()

    mask_of = {"incorrect_mask": 1, "normal": 2}
    rng = np.random.default_rng(0)

    def run(weights):
        scores = []
        wrong, seen = collections.Counter(), collections.Counter()
        for _ in range(reps):
            y, yhat = [], []
            for folder, images in people.items():
                _, gender, _, age = folder.split("_")
                given_gender = 0 if gender == "male" else 1
                kinds = {t["kind"]: t for t in truth.get(folder, [])}
                real_gender = 1 - given_gender if "gender_flip" in kinds else given_gender
                real_age = true_age(folder, int(age))
                grey = min(1.0, max(0.0, (real_age - 20) / 40 + SPREAD * rng.standard_normal()))
                decided = int(np.argmax(posterior(grey) * weights))
                seen[real_age] += len(images)
                wrong[real_age] += len(images) * (decided != band(real_age))
                swapped = "mask_swap" in kinds
                for stem in images:
                    mask = mask_of.get(stem, 0)
                    given_mask = {1: 2, 2: 1}.get(mask, mask) if swapped else mask
                    y.append(given_mask * 6 + given_gender * 3 + band(int(age)))
                    yhat.append(mask * 6 + real_gender * 3 + decided)
            scores.append(f1_score(y, yhat, average="macro", labels=range(18)))
        return np.mean(scores), np.std(scores), wrong, seen

    for w in ([1, 1, 1], [1, 1, 2], [1.3, 1, 2], [1.5, 1, 1.5]):
        f1, spread, wrong, seen = run(np.array(w, float))
        edges = " ".join(f"{a}:{wrong[a] / seen[a]:.2f}" for a in sorted(seen) if wrong[a] / seen[a] > 0.02)
        print(f"band weights {w}: macro F1 {f1:.3f} +- {spread:.3f}; wrong band by age: {edges}")


if __name__ == "__main__":
    main()
