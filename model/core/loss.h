// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training losses: cross-entropy, label smoothing, focal, class-weighted; for three-head
// models the sum of the heads' losses, plus a Huber loss on the regressed age for
// three_heads_age. LibTorch.

#include "torchinclude.h"

#include "netspec.h"
#include "trainconfig.h"

namespace masklens::model {

/// Targets per head for three-head models: mask (0), gender (1), age band (2).
torch::Tensor headTargets(const torch::Tensor &labels, int head);

struct Loss
{
    LossKind kind = LossKind::CrossEntropy;
    double smoothing = 0;
    double gamma = 0;
    torch::Tensor classWeights; ///< for ClassWeighted (18 classes)
    double ageWeight = 0;       ///< for ThreeHeadsAge: weight of the age regression

    /// The loss of one head's logits.
    torch::Tensor single(const torch::Tensor &logits, const torch::Tensor &target,
                         const torch::Tensor &weights) const;
    /// `ages`: the labelled age in years of each image (0: unknown), for ThreeHeadsAge.
    torch::Tensor operator()(const torch::Tensor &logits, const torch::Tensor &labels,
                             const torch::Tensor &ages, OutputLayout layout) const;
};

} // namespace masklens::model
