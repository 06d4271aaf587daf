// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The face identity embedding of a dataset's train images (issue #22, same_person): each photo's
// face cut out at half size (eyes, brows, forehead, hair line, the top of the mask), the scene
// around it greyed out - whatever matches the colour at the frame's own left and right edges on
// that row - because a person's seven photos share one scene and a network shown it would learn
// the room, not the face; then model/core/identity.h learns who is who from the person folders.
// Kept in DIR/.masklens/identity.npy (features, with their sidecar): reused while it belongs to
// the same images and the same recipe, learnt again when either changed.

#include "analysis/dataset.h"
#include "analysis/features.h"
#include "analysis/parallel.h"
#include "analysis/result.h"

namespace masklens::model {

struct FaceIdentityOptions
{
    int epochs = 10; ///< at least; a small dataset learns for more (IdentityOptions::minSteps)
    int threads = 0;
    quint64 seed = 1;
};

/// What the embedding is, as its sidecar's "model" names it: a changed recipe is a new name.
QString faceIdentityName(const FaceIdentityOptions &options);

/// Where a dataset's embedding is kept: DIR/.masklens/identity.npy.
QString faceIdentityCachePath(const analysis::Dataset &dataset);

/// Whether the kept embedding belongs to these photos (names, sizes, times) and options.
bool faceIdentityIsCurrent(const analysis::Dataset &dataset,
                           const FaceIdentityOptions &options = {});

struct FaceIdentity
{
    analysis::Features features; ///< one row per train image, group 0
    bool fromCache = false;
    double seconds = 0;
    std::vector<analysis::Problem> problems; ///< photos that could not be read (left out)
};

/// The cached embedding when it belongs to these images and options; else learns it (progress:
/// reading the photos, then one step per epoch; false cancels) and keeps it.
analysis::Result<FaceIdentity> faceIdentity(const analysis::Dataset &dataset,
                                            const FaceIdentityOptions &options = {},
                                            const analysis::Progress &progress = {});

} // namespace masklens::model
