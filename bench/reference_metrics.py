# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference for bench_metrics: the users' scikit-learn code for the same numbers
(18x18 confusion, per-class P/R/F1, macro F1, accuracy, attribute confusions)."""
import json, statistics, sys, time
import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support, f1_score, accuracy_score

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = np.random.default_rng(1)
y = rng.integers(0, 18, n)
p = np.where(rng.random(n) < 0.75, y, rng.integers(0, 18, n))
labels = list(range(18))
times = []
for _ in range(10):
    t = time.perf_counter()
    confusion_matrix(y, p, labels=labels)
    precision_recall_fscore_support(y, p, labels=labels, zero_division=0)
    f = f1_score(y, p, labels=labels, average="macro", zero_division=0)
    accuracy_score(y, p)
    for a, b, k in ((y // 6, p // 6, 3), ((y // 3) % 2, (p // 3) % 2, 2), (y % 3, p % 3, 3)):
        confusion_matrix(a, b, labels=list(range(k)))
        precision_recall_fscore_support(a, b, labels=list(range(k)), zero_division=0)
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"samples": n, "median_ms": statistics.median(times), "min_ms": min(times)}))
