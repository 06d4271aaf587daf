// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-written CPU kernels for EfficientNet training, where LibTorch's own are slow on
// channels-last float tensors (the layout the trainer uses on the CPU). Torch files only.
//
// - Batch norm followed by SiLU, in training mode, as one autograd operation: EfficientNet-B0's
//   33 such pairs took 40% of a CPU training step the textbook way (batch norm forward, SiLU
//   forward, SiLU backward, batch norm backward: 13 passes over the activations, all memory
//   bound). Fused: 3 passes forward, 4 backward, and the SiLU's input is never stored.
// - The depthwise convolutions' backward pass: oneDNN's took four times its forward pass, 120
//   of the step's 270 ms of convolution backward for a tenth of the arithmetic.
//
// Both are vectorised loops over the channels (contiguous in channels-last memory), compiled
// for AVX-512, AVX2 and the x86-64 baseline, the best picked at load time.

#include "torchinclude.h"

namespace masklens::model {

/// Whether batchNormSiluTraining takes `x`: a 4-d float tensor on the CPU, contiguous
/// channels-last, with at least two values per channel.
bool canFuseBatchNormSilu(const torch::Tensor &x);

/// silu(batch_norm(x)) in training mode, as torch::nn::BatchNorm2d (affine, tracking running
/// statistics with `momentum`) then torch::silu compute it, to float rounding: normalised with
/// the batch's statistics, the running mean and variance (unbiased) updated in place. Gradients
/// flow to x, weight and bias. The statistics are summed in fixed blocks of pixels, so the
/// result does not depend on the thread count.
torch::Tensor batchNormSiluTraining(const torch::Tensor &x, const torch::Tensor &weight,
                                    const torch::Tensor &bias, torch::Tensor runningMean,
                                    torch::Tensor runningVar, double momentum, double eps);

/// Whether depthwiseConvTraining takes `x` and `weight`: a 4-d channels-last float CPU input,
/// and a [C, 1, K, K] weight of the same C (groups = channels), K odd.
bool canRunDepthwiseConv(const torch::Tensor &x, const torch::Tensor &weight);

/// conv2d(x, weight, no bias, stride, padding (K - 1) / 2, groups = C) for training: the forward
/// pass is LibTorch's, the backward pass (input and weight gradients) ours. The weight gradient
/// is summed per image, then over the images in order: independent of the thread count.
torch::Tensor depthwiseConvTraining(const torch::Tensor &x, const torch::Tensor &weight,
                                    int stride);

} // namespace masklens::model
