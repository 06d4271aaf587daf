// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "neighbourindex.h"

// hnswlib 0.6's SSE path prefetches one link past the end of a neighbour list (hnswalg.h:214,
// `*(datal + j + 1)` for the last j): a read outside the allocation that AddressSanitizer stops
// at. Its plain loops read only what they own; the compiler vectorises them, and the distances
// are a small part of the work here (decoding the images is the rest).
#define NO_MANUAL_VECTORIZATION
#include <hnswlib/hnswlib.h>

#include <algorithm>

namespace masklens::analysis {

struct NeighbourIndex::Impl
{
    std::unique_ptr<hnswlib::SpaceInterface<float>> space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
};

NeighbourIndex::NeighbourIndex(int dimensions, Metric metric, int capacity, int searchBreadth,
                               int buildBreadth)
    : d(std::make_unique<Impl>())
{
    if (metric == Metric::L2)
        d->space = std::make_unique<hnswlib::L2Space>(std::size_t(dimensions));
    else
        d->space = std::make_unique<hnswlib::InnerProductSpace>(std::size_t(dimensions));
    // M 16 and a fixed seed: the same graph every time.
    d->graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(
        d->space.get(), std::size_t(std::max(1, capacity)), 16,
        std::size_t(std::max(16, buildBreadth)), 42);
    d->graph->setEf(std::size_t(std::max(16, searchBreadth)));
}

NeighbourIndex::~NeighbourIndex() = default;

void NeighbourIndex::add(const float *vector, int label)
{
    d->graph->addPoint(vector, hnswlib::labeltype(label));
}

std::vector<std::pair<float, int>> NeighbourIndex::search(const float *vector, int k) const
{
    std::vector<std::pair<float, int>> out;
    if (d->graph->cur_element_count == 0 || k <= 0)
        return out;
    auto found = d->graph->searchKnn(vector, std::size_t(k));
    while (!found.empty()) {
        out.emplace_back(found.top().first, int(found.top().second));
        found.pop();
    }
    std::reverse(out.begin(), out.end()); // the queue gives the farthest first
    return out;
}

} // namespace masklens::analysis
