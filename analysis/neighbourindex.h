// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Nearest neighbours through hnswlib (Malkov & Yashunin's HNSW graph; Debian's libhnswlib-dev),
// the one place that includes it: hnswlib 0.6's headers define functions that may live in one
// translation unit only. Deterministic for a set of points added in order; search is safe from
// several threads at once once every point is in.

#include <memory>
#include <utility>
#include <vector>

namespace masklens::analysis {

class NeighbourIndex
{
public:
    /// L2: squared Euclidean distance (Hamming over 0/1 vectors); InnerProduct: 1 - <a, b>
    /// (1 - cosine over unit vectors).
    enum class Metric { L2, InnerProduct };
    /// searchBreadth / buildBreadth: hnswlib's ef and ef_construction (more: closer to exact,
    /// slower).
    NeighbourIndex(int dimensions, Metric metric, int capacity, int searchBreadth = 64,
                   int buildBreadth = 200);
    ~NeighbourIndex();
    NeighbourIndex(const NeighbourIndex &) = delete;
    NeighbourIndex &operator=(const NeighbourIndex &) = delete;

    void add(const float *vector, int label);
    /// The k nearest points: (distance, label), nearest first.
    std::vector<std::pair<float, int>> search(const float *vector, int k) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace masklens::analysis
