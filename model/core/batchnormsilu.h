#pragma once
// Training-mode batch norm followed by SiLU as one autograd operation, for channels-last float
// tensors on the CPU: EfficientNet-B0's 49 batch-norm + SiLU pairs are 40% of a CPU training
// step done the textbook way (batch norm forward, SiLU forward, SiLU backward, batch norm
// backward: 13 passes over the activations), and memory bound. Fused: 3 passes forward, 4
// backward, and the SiLU's input is never stored. Torch files only.

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

} // namespace masklens::model
