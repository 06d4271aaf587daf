// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The networks, written with the LibTorch C++ frontend. EfficientNet-B0's parameter and buffer
// names equal torchvision's efficientnet_b0 ("features.0.0.weight", ..., "classifier.1.bias"),
// so torchvision weights load by name. Any input size (global average pooling). Torch files only.

#include "torchinclude.h"

#include "expected.h"
#include "netspec.h"

#include <string>

namespace masklens::model {

/// Every MaskLens network: a module with forward(images NCHW float) -> logits, which is
/// classify(features(x)): the pooled penultimate layer (the image's embedding), then the head.
class NetworkImpl : public torch::nn::Module
{
public:
    torch::Tensor forward(torch::Tensor x) { return classify(features(x)); }
    /// The globally pooled output of the last convolution: N x featureWidth().
    virtual torch::Tensor features(torch::Tensor x) = 0;
    /// The head (dropout and the final linear layer) on features(): N x outputs.
    virtual torch::Tensor classify(torch::Tensor features) = 0;
    virtual int featureWidth() const = 0;
    /// The final linear layer, replaced to change the output width.
    virtual void resetClassifier(int outputs) = 0;
};

/// Named tensors, in the order a state dict holds them.
using StateDict = std::vector<std::pair<std::string, torch::Tensor>>;

/// The width of features() for the spec's architecture, without building the network.
int featureWidthOf(const ModelSpec &spec);

/// A fresh network for the spec, initialised as torchvision initialises it.
std::shared_ptr<NetworkImpl> makeNetwork(const ModelSpec &spec);

/// Copies tensors by name into the network's parameters and buffers. Missing names and shape
/// mismatches are errors unless `skipClassifier` lets "classifier."/"fc." tensors differ (e.g.
/// ImageNet weights with 1000 outputs as a starting point). Fails naming the first such tensor.
Status loadStateDict(torch::nn::Module &network, const StateDict &tensors, bool skipClassifier,
                     int *loaded = nullptr);

/// Reads a state dict written by Python's torch.save(model.state_dict(), file); fails naming
/// the file (unreadable, not a dict, no tensors).
Expected<StateDict> readTorchSaveStateDict(const std::string &file);

/// Folds every batch norm into its convolution, for inference in eval mode only (call after
/// toChannelsLast so the folded weights keep that format).
/// With `dtype` bfloat16 the folded convolutions are stored in bfloat16 (computed in float32
/// first): a bf16 inference network without per-batch weight casts. EfficientNet's stem and last
/// convolution, the squeeze-excitations' small layers and the classifier stay float32 (cheap,
/// and what moves the answers most); each layer converts its input to its own type.
void fuseForInference(torch::nn::Module &network, torch::ScalarType dtype = torch::kFloat32);

/// Stores 4-d weights channels-last (NHWC), which LibTorch's CPU convolutions run faster with;
/// feed inputs in the same format.
void toChannelsLast(torch::nn::Module &network);
/// No dropout and no stochastic depth while training (--no-dropout): a run whose numbers do
/// not depend on random drops, e.g. to compare world sizes exactly.
void disableDropout(torch::nn::Module &network);

/// Whether training uses MaskLens's own CPU kernels where the tensors allow it (channels-last
/// float: batch norm + SiLU fused, the depthwise convolutions' backward; see trainingkernels.h);
/// on by default. For tests and benches that compare against LibTorch's operations alone.
void setCpuTrainingKernels(bool on);

/// Whether inference (no autograd, on the CPU) of a network folded by fuseForInference uses
/// MaskLens's own kernels where the tensors allow it (EfficientNet's depthwise stage with its
/// SiLUs and pooling in one pass, SiLU, scaling and residual vectorised, float32 or bfloat16;
/// see inferencekernels.h); on by default. For tests and benches that compare against
/// LibTorch's operations alone.
void setCpuInferenceKernels(bool on);

/// Logits -> 18-class probabilities for either output layout.
torch::Tensor probabilitiesFromLogits(const torch::Tensor &logits, OutputLayout layout);

/// 18-class probabilities of a batch: `logits` of `x` (network or TorchScript forward), the mean
/// over `x` and its mirror image when the spec asks for test-time flips.
torch::Tensor
predictProbabilities(const std::function<torch::Tensor(const torch::Tensor &)> &logits,
                     const torch::Tensor &x, const ModelSpec &spec);

} // namespace masklens::model
