// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Image embeddings on disk: FILE.npy (NumPy's format, float32, images x width, rows in the order
// of the predictions file: the dataset's train images, or its eval images) and FILE.npy.json
// beside it, which says whose they are - the split, the row count and width, a digest of the
// image paths in order, and the model. Reading checks them against the open dataset, so features
// of another dataset, another image order or a cut-short file are refused by name, never
// matched to the wrong pictures. Any thread.

#include "dataset.h"
#include "predictions.h"
#include "result.h"

#include <vector>

namespace masklens::analysis {

struct Features
{
    QString file;
    Split split = Split::Train;
    int rows = 0;
    int width = 0;
    std::vector<float> data; ///< rows x width, row-major; a row of NaN: an image without one
    /// Which model's space each row is in (a training run's fold; 0 for features of one model,
    /// -1 for an image without features): distances compare within a group.
    std::vector<int> group;
    QString model;      ///< the model that computed them, when the sidecar says
    QString rowsFollow; ///< a run's out-of-fold features: the predictions file they follow
    const float *row(int i) const { return data.data() + std::size_t(i) * std::size_t(width); }
};

/// SHA-256 (hex) of the split's image paths (relative to train/images or eval/images), one per
/// line, in order: which images, in which order, a features file's rows are.
QString imagesDigest(const Dataset &dataset, Split split);

/// Writes FILE (.npy) and FILE.json atomically; `data` holds one row per image of the split.
Status writeFeatures(const QString &file, const Dataset &dataset, Split split, int width,
                     const std::vector<float> &data, const QString &model);

/// Reads FILE for the split's images of `dataset`, rows in the dataset's order. Fails naming the
/// file when it is no float32 2-d .npy, is cut short, or holds rows for other images (another
/// count, or a sidecar whose split or digest differ). Without a sidecar (features made
/// elsewhere) the row count must match the images. A training run's out-of-fold features
/// (sidecar "rows_follow": its predictions file) are put in the dataset's order by that file's
/// paths, each row's fold in `group`.
Result<Features> readFeatures(const QString &file, const Dataset &dataset, Split split);

/// The features file that belongs with a predictions file: X_features.npy beside
/// X_predictions.csv (a run's oof_features.npy beside oof_predictions.csv); empty when there is
/// none.
QString featuresBeside(const QString &predictionsFile);

/// Fails naming the features file when its sidecar names another model than the predictions
/// file's sidecar (PREDICTIONS.json, as predict writes it): one model's probabilities must not
/// be blended with another's embeddings. Passes when either does not say (a run's out-of-fold
/// features are tied to their predictions file by "rows_follow" instead).
Status checkSameModel(const Features &features, const QString &predictionsFile);

} // namespace masklens::analysis
