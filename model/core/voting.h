// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores and votes of the training core: macro F1 as scikit-learn computes it (zero_division=0,
// all 18 classes), the >=60 classes' mean F1, and the seeds' ensembles (hard and soft voting).
// analysis/metrics.h is the full version for the Qt side; the core builds without Qt, so it keeps
// this small one (tests/tst_voting checks the two agree). Standard library only; reentrant.

#include "netspec.h"

#include <array>
#include <vector>

namespace masklens::model {

/// The >=60 classes (age band 2 of each mask x gender): the rare, hard ones.
inline constexpr std::array<int, 6> kOldAgeClasses{2, 5, 8, 11, 14, 17};

struct Scores
{
    double macroF1 = 0;
    double accuracy = 0;
    std::vector<double> perClassF1 = std::vector<double>(kClasses, 0.0);
    /// The mean F1 of kOldAgeClasses.
    double oldAgeF1() const;
};

Scores score(const std::vector<int> &truth, const std::vector<int> &predicted);

/// The class of each row of 18 probabilities.
std::vector<int> argmaxRows(const std::vector<float> &probabilities);
/// Hard vote of several models' probabilities (each n rows of 18): the class most models chose;
/// ties go to the highest mean probability.
std::vector<int> hardVote(const std::vector<std::vector<float>> &probabilities, std::size_t n);
/// Soft vote: the mean probabilities.
std::vector<float> softVote(const std::vector<std::vector<float>> &probabilities);

} // namespace masklens::model
