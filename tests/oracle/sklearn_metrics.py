# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for tst_metrics: scikit-learn's numbers for a truth,pred CSV, as JSON on stdout.
labels = all 18 classes and zero_division=0, as the users' own scripts report macro F1."""
import json
import sys

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1, dtype=int, ndmin=2)
y, p = data[:, 0], data[:, 1]


def scores(y, p, n):
    labels = list(range(n))
    prec, rec, f1, support = precision_recall_fscore_support(
        y, p, labels=labels, zero_division=0)
    return {
        "precision": prec.tolist(), "recall": rec.tolist(), "f1": f1.tolist(),
        "support": support.tolist(),
        "macro_f1": f1_score(y, p, labels=labels, average="macro", zero_division=0),
        "accuracy": accuracy_score(y, p),
        "confusion": confusion_matrix(y, p, labels=labels).tolist(),
    }


out = scores(y, p, 18)
out["mask"] = scores(y // 6, p // 6, 3)
out["gender"] = scores((y // 3) % 2, (p // 3) % 2, 2)
out["age_band"] = scores(y % 3, p % 3, 3)
print(json.dumps(out))
