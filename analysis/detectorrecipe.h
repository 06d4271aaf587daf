// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The label-issue detector's training run, defined once: `masklens-cli issues --find` and the
// Label issues view's Find label issues train exactly this (README, "Finding label issues": the
// recipe that measured best within the stated CPU budget). Any thread.

#include "labelissues.h"

#include <QString>
#include <QStringList>

namespace masklens::analysis {

struct DetectorRecipe
{
    QString arch = QStringLiteral("medium_hires"); ///< the 128x160 CNN
    QString outputs = QStringLiteral("three_heads");
    /// The centre 128x160 of the 384x512 frame at full resolution (the network's own input
    /// size, so nothing is scaled down): eyes, brows, forehead and mask, and little of the hair.
    /// A man's thick grey brows stay readable where a smaller scale blurred them, and a long-
    /// haired man is no longer read as a woman by his hair (README, "Finding label issues").
    QString crop = QStringLiteral("128x160");
    /// Cross-entropy: label smoothing would cap the confidence the person checks need.
    QString loss = QStringLiteral("ce");
    int folds = 3; ///< cross-fitted: every person read by a model that never trained on it
    int epochs = 30;
    int batch = 32;
    double lr = 1e-3;
    /// --fit-probes: 3% of each model's training people trained with the other gender on
    /// purpose, to calibrate the training-fit check.
    double fitProbes = 0.03;
    /// How the run's labels are looked at (issues --method): knn, the labels of each image's
    /// nearest neighbours from other people in the run's out-of-fold features, with the run's
    /// training fit ranking and gating as it does the model's own probabilities.
    QString method = QStringLiteral("knn");
    /// How a person's gender is judged (issues --gender-rule): fence, confident learning's flag
    /// and a training fit below the upper fence of the probes' fits. On the generator whose
    /// faces have their own traits, knn + fence found gender flips at 0.95 / 0.91 pooled over
    /// three runs (the third held out) where the model blended in and the flag alone (both +
    /// flag, the recipe before) gave 0.85 / 0.82 (README, the Label issues tables).
    GenderRule genderRule = GenderRule::Fence;

    /// The masklens-cli train options of the recipe (without --data, --out, --bands, device).
    QStringList options() const;
};

} // namespace masklens::analysis
