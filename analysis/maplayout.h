// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The data map: a 2-D layout of the images' embeddings, where images the network sees alike lie
// together. The features are L2-normalised and reduced by PCA, each image's nearest neighbours
// come from the HNSW index (within its model's space: a training run's folds are separate spaces),
// and the neighbour graph is laid out the way UMAP does it (McInnes, Healy & Melville 2018: a fuzzy
// neighbour graph, then stochastic gradient descent with negative sampling). Single-threaded layout
// with its own generator, so one seed gives one map on every machine. The neighbour lists are kept:
// they are the gallery's "similar images". Maps are cached in the dataset's .masklens/maps folder
// under a key made of the images (in order), the features' bytes and the options: a dataset or
// features that changed make another key, so a stale map is never shown. Any thread; progress and
// cancel through the callback.

#include "dataset.h"
#include "features.h"
#include "parallel.h"
#include "result.h"

#include <vector>

namespace masklens::analysis {

struct MapOptions
{
    int seed = 1;
    int neighbours = 15;      ///< k of the neighbour graph (and of "similar images")
    int pcaDimensions = 32;   ///< the features are reduced to this many before the graph
    int epochs = 0;           ///< 0: 500 under 10,000 images, 200 from there (UMAP's choice)
    float minDistance = 0.1f; ///< how tightly neighbours pack (UMAP's min_dist)
};

struct MapLayout
{
    int rows = 0;
    std::vector<float> xy; ///< rows x 2; NaN for an image without features
    int neighbours = 0;
    /// rows x neighbours: each image's nearest others (same model space), nearest first; -1 pads.
    std::vector<int> knn;
    QString key;         ///< what it was made from (see mapKey)
    double seconds = 0;  ///< the time it took to compute (not to read from the cache)
    bool cached = false; ///< read from the cache
    float x(int i) const { return xy[std::size_t(i) * 2]; }
    float y(int i) const { return xy[std::size_t(i) * 2 + 1]; }
    bool placed(int i) const { return xy[std::size_t(i) * 2] == xy[std::size_t(i) * 2]; }
    /// Up to k of image i's nearest neighbours, nearest first.
    std::vector<int> similar(int i, int k) const;
};

/// SHA-256 (hex) of the map format, the dataset's image paths in order, the features' values and
/// model groups, and the options.
QString mapKey(const Dataset &dataset, const Features &features, const MapOptions &options);

/// Computes the layout (progress: PCA, neighbours, then each epoch). Fails when cancelled or when
/// fewer than two images have features.
Result<MapLayout> computeMap(const Features &features, const MapOptions &options = {},
                             const Progress &progress = {});

/// DIR/.masklens/maps/<key>.map
QString mapCacheFile(const Dataset &dataset, const QString &key);
/// Reads a cached map; fails naming the file when it is not a map, is cut short, or was made
/// from something else (another key, another row count).
Result<MapLayout> readMapCache(const QString &file, const QString &key, int rows);
Status writeMapCache(const QString &file, const MapLayout &layout);

/// The map of `features` over `dataset`: from the cache when its key matches, else computed and
/// cached (a cache that cannot be written is only a missed speed-up: the map is still returned).
Result<MapLayout> mapFor(const Dataset &dataset, const Features &features,
                         const MapOptions &options = {}, const Progress &progress = {});

/// How much of an image's neighbourhood the map keeps: the mean over `queries` images (spread
/// over the rows) of |its k nearest by cosine in the features ∩ its k nearest on the map| / k,
/// within its model space. Exact (all pairs per query): for tests and benches.
double neighbourhoodKept(const Features &features, const MapLayout &layout, int k,
                         int queries = 1000);

} // namespace masklens::analysis
