#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The MaskLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The same_person rule of `duplicates --identity` (analysis/duplicates.cpp) mirrored in numpy on
kept face embeddings, to try rule changes in seconds instead of learning faces again (issue #22).

Reproduces the command's pairs (seed 22: 45 true of 48). Prints precision and recall per
--identity-deviations K and age gap, for each embedding given and, with several (e.g. copies of
DIR/.masklens/identity.npy learnt with --identity-seed 1 and 2), for the mean of their person
cosines. Reference only, not a runtime dependency.

Usage: bench/identity-rule.py DATASET EMBEDDING.npy [EMBEDDING.npy ...]   (synth --duplicates N)
"""
import csv, sys, json, hashlib, os, numpy as np
STEMS=["mask1","mask2","mask3","mask4","mask5","incorrect_mask","normal"]
def load(root):
    rows=list(csv.DictReader(open(f"{root}/train/train.csv")))
    paths=[];pidx=[]
    for i,r in enumerate(rows):
        d=f"{root}/train/images/{r['path']}"
        files=sorted(os.listdir(d))
        found={}
        for n in files:
            st=n.rsplit('.',1)[0]
            if st in STEMS and st not in found: found[st]=n
        for s in STEMS:
            if s in found: paths.append(f"{r['path']}/{found[s]}"); pidx.append(i)
    return rows,paths,np.array(pidx)
def person_means(E,pidx,n):
    E=E/np.linalg.norm(E,axis=1,keepdims=True)
    M=np.zeros((n,E.shape[1]));np.add.at(M,pidx,E)
    return M/np.linalg.norm(M,axis=1,keepdims=True)
def rule(S,rows,K=2.5,age_gap=1):
    n=len(rows);S=S.copy();np.fill_diagonal(S,-9)
    g=np.array([r['gender'] for r in rows]);a=np.array([int(r['age']) for r in rows])
    anyN=S.max(1)
    ok=(g[:,None]==g[None,:])&(np.abs(a[:,None]-a[None,:])<=age_gap)
    T=np.where(ok,S,-9);nn=T.argmax(1);ns=T.max(1)
    c=np.median(anyN);mad=1.4826*np.median(np.abs(anyN-c));line=c+K*mad
    pairs=[(p,nn[p],ns[p]) for p in range(n) if nn[p]>p and nn[nn[p]]==p and ns[p]>=line]
    return pairs,line,c,mad
def truth(root):
    t=set()
    for r in csv.DictReader(open(f"{root}/train/duplicates_truth.csv")):
        if r['kind']=='same_person': t.add(frozenset([r['path'],r['duplicate_of']]))
    return t
if __name__ == "__main__":
    root, files = sys.argv[1], sys.argv[2:]
    rows, paths, pidx = load(root)
    dig = hashlib.sha256("".join(p + "\n" for p in paths).encode()).hexdigest()
    T = truth(root)
    folders = [r["path"] for r in rows]
    Ss = []
    for f in files:
        side = json.load(open(f + ".json"))
        if side["images_sha256"] != dig:
            sys.exit(f"{f}: embeddings of other images than {root}'s")
        M = person_means(np.load(f).astype(np.float64), pidx, len(rows))
        Ss.append(M @ M.T)
    def score(S, label):
        for gap in (1, 0):
            for K in (2.0, 2.25, 2.5, 2.75, 3.0):
                pairs, line, c, mad = rule(S, rows, K, gap)
                hits = sum(frozenset([folders[p], folders[q]]) in T for p, q, _ in pairs)
                print(f"{label} gap {gap} K={K}: line {line:.3f} (median {c:.3f}) found "
                      f"{len(pairs)}, {hits} of {len(T)} true: precision "
                      f"{hits / max(1, len(pairs)):.3f} recall {hits / max(1, len(T)):.3f}")
    for f, S in zip(files, Ss):
        score(S, os.path.basename(f))
    if len(Ss) > 1:
        score(sum(Ss) / len(Ss), "mean")
