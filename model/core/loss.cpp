// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loss.h"

namespace masklens::model {

torch::Tensor headTargets(const torch::Tensor &labels, int head)
{
    switch (head) {
    case 0:
        return labels.div(6, "floor");
    case 1:
        return labels.div(3, "floor").remainder(2);
    default:
        return labels.remainder(3);
    }
}

torch::Tensor Loss::single(const torch::Tensor &logits, const torch::Tensor &target,
                           const torch::Tensor &weights) const
{
    namespace F = torch::nn::functional;
    switch (kind) {
    case LossKind::LabelSmoothing:
        return F::cross_entropy(logits, target,
                                F::CrossEntropyFuncOptions().label_smoothing(smoothing));
    case LossKind::Focal: {
        const auto logp = torch::log_softmax(logits, 1).gather(1, target.unsqueeze(1)).squeeze(1);
        return (-(1 - logp.exp()).pow(gamma) * logp).mean();
    }
    case LossKind::ClassWeighted:
        if (weights.defined())
            return F::cross_entropy(logits, target, F::CrossEntropyFuncOptions().weight(weights));
        [[fallthrough]];
    case LossKind::CrossEntropy:
        break;
    }
    return F::cross_entropy(logits, target);
}

torch::Tensor Loss::operator()(const torch::Tensor &logits, const torch::Tensor &labels,
                               const torch::Tensor &ages, OutputLayout layout) const
{
    if (layout == OutputLayout::Classes18)
        return single(logits, labels, classWeights);
    // Three heads: the sum of each head's loss (class weights apply to the 18 classes only).
    auto sum = single(logits.slice(1, 0, 3), headTargets(labels, 0), {}) +
               single(logits.slice(1, 3, 5), headTargets(labels, 1), {}) +
               single(logits.slice(1, 5, 8), headTargets(labels, 2), {});
    if (layout == OutputLayout::ThreeHeadsAge && ageWeight > 0) {
        // Huber loss on the scaled age: robust to the few ages that are wrong by decades.
        const auto known = ages.gt(0).to(logits.scalar_type());
        const auto target = (ages.to(logits.scalar_type()) - kAgeCentre) / kAgeScale;
        const auto each = torch::nn::functional::smooth_l1_loss(
            logits.select(1, 8), target,
            torch::nn::functional::SmoothL1LossFuncOptions().reduction(torch::kNone));
        sum = sum + ageWeight * (each * known).sum() / known.sum().clamp_min(1);
    }
    return sum;
}

} // namespace masklens::model
