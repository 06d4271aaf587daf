// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-written CPU kernels for EfficientNet inference on channels-last tensors, float32 or
// bfloat16 (torch files only). Profiled on Debian's LibTorch 1.13 (oneDNN 2.6, ATen's own
// kernels built for AVX2), an EfficientNet-B0 forward pass with its batch norms folded spent a
// quarter of its time in torch::silu_, a separate pass over every expanded activation in and
// out of memory - in bfloat16 2.5x slower again, converted element by element. Here:
//
// - The depthwise stage of an MBConv block in one pass: the expansion's SiLU applied to each
//   input row once as it enters a ring of K rows kept in cache, the K x K depthwise
//   convolution and its bias in float32 whatever the storage, the output's SiLU, and the
//   per-channel sums the squeeze-excitation needs, all before the output is stored. Three
//   passes over the largest tensors of the network (SiLU in, SiLU out, the pooling) are gone.
// - SiLU in place, the squeeze-excitation's per-image channel scaling and the residual add,
//   vectorised for AVX-512 where the CPU has it (ATen's run at AVX2 here), bfloat16 loaded and
//   stored with round-to-nearest-even and computed in float32.
//
// Loops over the channels (contiguous in channels-last memory), compiled for AVX-512, AVX2 and
// the x86-64 baseline, the best picked at load time. Results do not depend on the thread count.

#include "torchinclude.h"

namespace masklens::model {

/// Whether the depthwise kernel takes `x`: a 4-d CPU tensor, float32 or bfloat16, contiguous
/// channels-last, whose channel count is a multiple of 16.
bool canRunDepthwiseSilu(const torch::Tensor &x);

/// For an MBConv block at inference: y = silu(depthwise_conv(a(x), weight) + bias) with
/// a = silu when `siluInput` (x is the expansion's raw output) or the identity, zero padding
/// (K - 1) / 2 applied after a, groups = channels. `weight` is float32 [K * K, C] (kernel
/// position major), `bias` float32 [C]. Returns y in x's dtype, channels-last, and the float32
/// sums of y over its pixels, [N, C].
std::pair<torch::Tensor, torch::Tensor> depthwiseSiluInference(const torch::Tensor &x,
                                                               const torch::Tensor &weight,
                                                               const torch::Tensor &bias,
                                                               int64_t kernel, int64_t stride,
                                                               bool siluInput);

/// Whether the elementwise kernels below take `x`: CPU, float32 or bfloat16, contiguous
/// (channels-last for the per-channel ones).
bool canRunElementwise(const torch::Tensor &x);

/// x = silu(x), in place.
void siluInPlace(torch::Tensor &x);

/// x[n, c, h, w] *= scale[n, c], in place; `scale` float32 [N, C].
void scaleChannelsInPlace(torch::Tensor &x, const torch::Tensor &scale);

/// x += y, in place (same shape, dtype and memory format).
void addInPlace(torch::Tensor &x, const torch::Tensor &y);

} // namespace masklens::model
