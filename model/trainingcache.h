// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds (or reuses) the packed image cache for training: every image of a dataset decoded once
// through the same pipeline inference uses, at training resolution. Rebuilt only when the images
// or the size change (the key covers every file's name, size and modification time).
// A plain function for a worker thread; progress and cancel through the callback.

#include "analysis/dataset.h"
#include "analysis/parallel.h"
#include "analysis/result.h"
#include "model/core/netspec.h"

namespace masklens::model {

struct CacheInfo
{
    QString path;
    bool reused = false;
    int images = 0;
    std::vector<analysis::Problem> problems; ///< images that failed to decode (left black)
    std::vector<char> usable;                ///< per sample: decoded
};

/// The cache of `dataset`'s training images at the preprocessing's size, in `cacheDir`
/// (default DIR/.masklens/cache).
analysis::Result<CacheInfo> ensureTrainingCache(const analysis::Dataset &dataset,
                                                const Preprocessing &pre, QString cacheDir,
                                                const analysis::Progress &progress = {},
                                                int threads = 0);

} // namespace masklens::model
