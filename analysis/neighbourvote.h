// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A second opinion on labels (issue #22), in the spirit of SimiFeat (Zhu, Dong & Liu, "Detecting
// Corrupted Labels Without Training a Model to Predict", ICML 2022): an image's nearest
// neighbours in feature space vote with their given labels. Neighbours come from other people
// only - a person's own seven photos would vouch for each other's label - and from the same
// model's space (a training run's fold). The vote is a Predictions like a model's, so the label
// issue finder runs on it as it runs on a model's probabilities (confident learning, the
// person-level votes on gender and age band, the incorrect/normal swap), alone or blended with
// the model's. Any thread.

#include "dataset.h"
#include "features.h"
#include "predictions.h"
#include "result.h"

namespace masklens::analysis {

struct NeighbourVoteOptions
{
    int neighbours = 10;
    double smoothing = 0.1; ///< added to each class's count before normalising
};

/// Each train image's neighbour vote: probabilities = the share of its k nearest neighbours'
/// labels (cosine of the embeddings, an hnswlib index per group), under `bands`. Images without
/// features (NaN rows) get no vote.
Result<Predictions> neighbourVote(const Dataset &dataset, const Features &features,
                                  const AgeBands &bands, const NeighbourVoteOptions &options = {});

/// The mean of two train-split predictions' probabilities (the model's and the neighbours'):
/// an image either lacks keeps the other's; the prediction is the blend's argmax.
Predictions blendPredictions(const Dataset &dataset, const Predictions &a, const Predictions &b);

/// A look at a run's labels with its features (issues --method): `method` both, the model's
/// train predictions blended with the neighbours' vote in `featuresFile` (the run's out-of-fold
/// features); knn (anything else), that vote alone. issues --find and the Label issues view take
/// the detector's (DetectorRecipe::method). Fails naming the file when the features are not this
/// dataset's or not this model's (checkSameModel).
Result<Predictions> lookWithNeighbours(const Dataset &dataset, const Predictions &predictions,
                                       const QString &featuresFile, const AgeBands &bands,
                                       const QString &method);

} // namespace masklens::analysis
