#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference confident learning for tst_labelissues, in numpy alone (cleanlab is not packaged in
Debian). Written from the paper and cleanlab's documented steps of
find_label_issues(filter_by="prune_by_noise_rate"), independently of MaskLens's C++:

  1. per-class thresholds t_j = mean p_j over the samples labelled j;
  2. confident joint C[given][true]: each sample once, under its likeliest class among those whose
     probability reaches the threshold (within 1e-6, as cleanlab's ">= t - eps");
  3. calibration: each row scaled to that label's count, then the whole to n;
  4. prune by noise rate: for given r and true c != r, the round(C[r][c]) samples labelled r with
     the largest margin p_c - p_r, at most count(r) - 1 per given class (cleanlab keeps at least
     one example per class); a sample whose argmax is its given label is never flagged.

Input: a file of lines "label p_0 ... p_{k-1}". Output (JSON): "joint" (k x k, calibrated),
"flagged" (the flagged sample indices, ascending), "suggested" (argmax over classes other than the
given one, for each flagged sample).
"""
import json
import sys

import numpy as np


def main():
    rows = np.loadtxt(sys.argv[1], ndmin=2)
    labels = rows[:, 0].astype(int)
    probs = rows[:, 1:]
    n, k = probs.shape
    counts = np.bincount(labels, minlength=k)

    thresholds = np.array([probs[labels == j, j].mean() if counts[j] else 1.0 for j in range(k)])
    above = probs >= thresholds - 1e-6
    masked = np.where(above, probs, -np.inf)
    has_any = above.any(axis=1)
    guess = masked.argmax(axis=1)
    joint = np.zeros((k, k))
    np.add.at(joint, (labels[has_any], guess[has_any]), 1)

    row_sums = joint.sum(axis=1, keepdims=True)
    joint = np.divide(joint, row_sums, out=np.zeros_like(joint), where=row_sums > 0) * counts[:, None]
    if joint.sum() > 0:
        joint = joint / joint.sum() * counts.sum()

    flagged = np.zeros(n, dtype=bool)
    predicted = probs.argmax(axis=1)
    for r in range(k):
        members = np.flatnonzero(labels == r)
        removable = max(0, counts[r] - 1)
        for c in range(k):
            if c == r:
                continue
            take = min(int(np.floor(joint[r, c] + 0.5)), removable)
            if take <= 0:
                continue
            margins = probs[members, c] - probs[members, r]
            top = members[np.argsort(-margins, kind="stable")[:take]]
            for i in top:
                if predicted[i] == r or flagged[i]:
                    continue
                flagged[i] = True
                removable -= 1

    others = probs.copy()
    others[np.arange(n), labels] = -np.inf
    suggested = others.argmax(axis=1)
    out = {
        "joint": joint.tolist(),
        "flagged": np.flatnonzero(flagged).tolist(),
        "suggested": [int(suggested[i]) for i in np.flatnonzero(flagged)],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
