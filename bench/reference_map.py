#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The reference for bench_map's layout: the same features (FILE.npy), L2-normalised and reduced to
# 32 dimensions by PCA as MaskLens does, laid out by scikit-learn's Barnes-Hut t-SNE on 2 threads
# (umap-learn is not packaged by Debian). Prints its seconds and the share of each image's 15
# nearest (cosine, in the features) kept among its 15 nearest on the map, over the same 500
# images MaskLens measures. Usage: reference_map.py FILE.npy
import json, sys, time
import numpy as np
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE

x = np.load(sys.argv[1]).astype(np.float64)
x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
start = time.time()
y = TSNE(2, init="pca", random_state=1, n_jobs=2, learning_rate="auto").fit_transform(
    PCA(32, random_state=1).fit_transform(x))
seconds = time.time() - start
n, k, q = len(x), 15, 500
kept = 0.0
for t in range(q):
    i = t * n // q
    near = np.argsort(-(x @ x[i]))
    near = [j for j in near[: k + 1] if j != i][:k]
    onmap = np.argsort(((y - y[i]) ** 2).sum(1))
    onmap = [j for j in onmap[: k + 1] if j != i][:k]
    kept += len(set(near) & set(onmap)) / k
print(json.dumps({"images": n, "seconds": round(seconds, 2), "kept15": round(kept / q, 3)}))
