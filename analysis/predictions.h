// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A model's predictions over a dataset, aligned to its samples (train split) or eval images.
// File format (CSV, header required):
//   path,pred[,prob_0..prob_17]           path relative to train/images ("000001_.../mask1.jpg")
//   ImageID,pred[,prob_0..prob_17]        eval images;  ImageID,ans  (a submission) also reads
//   ...,mask_prob_0..2,gender_prob_0..1,age_prob_0..2   three-head models, turned into 18 classes
//                                         as p(class) = p(mask) * p(gender) * p(age band)
// Reading reports each bad row (file and line) and loads the rest. Reentrant.

#include "dataset.h"
#include "labels.h"
#include "result.h"

#include <vector>

namespace masklens::analysis {

enum class Split { Train, Eval };

class Predictions
{
public:
    Split split = Split::Train;
    QString file;
    /// How the answers were computed, as FILE.json beside the file says ("fp32", "bf16"); empty
    /// when unknown. A bf16 answer never passes for an fp32 one (issue #24).
    QString precision;
    /// Predicted class per sample (train: Dataset::samples; eval: Dataset::evalImages); -1 where
    /// the file has no row for it.
    std::vector<int> predicted;
    /// kClassCount probabilities per sample, row-major; empty when the file carried none. A row
    /// whose probabilities were rejected holds NaN.
    std::vector<float> probabilities;
    std::vector<Problem> problems;

    bool hasProbabilities() const { return !probabilities.empty(); }
    const float *probabilitiesOf(int sample) const
    {
        return hasProbabilities() ? probabilities.data() + qsizetype(sample) * kClassCount
                                  : nullptr;
    }
    int count() const { return int(predicted.size()); }
    int predictedCount() const;

    /// An empty set of predictions for a dataset's split, ready to fill.
    static Predictions empty(const Dataset &dataset, Split split, bool withProbabilities);
};

/// Reads a predictions file against a dataset. Fails only when the file cannot be read or its
/// header has neither a path/ImageID column nor predictions or probabilities.
Result<Predictions> readPredictions(const QString &file, const Dataset &dataset);

/// Writes `path,pred,prob_0..prob_17` (or ImageID for the eval split) atomically.
Status writePredictions(const QString &file, const Dataset &dataset,
                        const Predictions &predictions);

/// The true classes of the eval images from DIR/eval/truth.csv (ImageID,ans), -1 where missing.
Result<std::vector<int>> readEvalTruth(const Dataset &dataset);

/// Tolerance for a probability row's sum.
inline constexpr double kProbabilitySumTolerance = 1e-3;

} // namespace masklens::analysis
