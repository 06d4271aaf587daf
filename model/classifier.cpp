// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/torchinclude.h"
#pragma push_macro("slots")
#undef slots
#include <torch/script.h>
#pragma pop_macro("slots")

#include "classifier.h"

#include "model/core/autocast.h"
#include "model/core/checkpoint.h"

namespace masklens::model {

struct Classifier::Impl
{
    ModelSpec spec;
    std::string kind;
    torch::Device device{torch::kCPU};
    bool channelsLast = true;
    bool bf16 = false;
    std::shared_ptr<NetworkImpl> network;             ///< a MaskLens checkpoint
    std::optional<torch::jit::script::Module> script; ///< or a TorchScript module

    bool bf16Weights = false; ///< the network itself converted to bfloat16 (checkpoints)

    /// The scores in float32 whatever the precision (softmax and voting stay exact).
    torch::Tensor forward(const torch::Tensor &x)
    {
        // A checkpoint's weights were converted once (no per-batch casts; its layers convert
        // at their types' edges); a TorchScript module runs under autocast.
        Autocast autocast(bf16 && !bf16Weights, device.is_cuda());
        return forwardAsIs(x).to(torch::kFloat32);
    }

    /// Features (float32) and logits in one pass: MaskLens checkpoints only.
    std::pair<torch::Tensor, torch::Tensor> forwardWithFeatures(const torch::Tensor &x)
    {
        Autocast autocast(bf16 && !bf16Weights, device.is_cuda());
        torch::Tensor f = network->features(x);
        torch::Tensor logits = network->classify(f);
        return std::pair{f.to(torch::kFloat32), logits.to(torch::kFloat32)};
    }

    torch::Tensor forwardAsIs(const torch::Tensor &x)
    {
        if (network)
            return network->forward(x);
        const c10::IValue out = script->forward({x});
        if (out.isTensor())
            return out.toTensor();
        if (out.isTuple()) { // three heads returned separately: mask, gender, age
            std::vector<torch::Tensor> parts;
            for (const auto &e : out.toTupleRef().elements())
                if (e.isTensor())
                    parts.push_back(e.toTensor());
            return torch::cat(parts, 1);
        }
        throw std::runtime_error("the model returned neither a tensor nor a tuple of tensors");
    }
};

Classifier::Classifier() : d(std::make_unique<Impl>()) {}
Classifier::~Classifier() = default;

const ModelSpec &Classifier::spec() const
{
    return d->spec;
}
std::string Classifier::kind() const
{
    return d->kind;
}
std::string Classifier::device() const
{
    return d->device.str();
}
std::string Classifier::precision() const
{
    return d->bf16 ? "bf16" : "fp32";
}

Expected<std::unique_ptr<Classifier>> Classifier::load(const std::string &file,
                                                       const Options &options)
{
    const auto deviceName = resolveDevice(options.device);
    if (!deviceName)
        return failure(deviceName.error());
    std::unique_ptr<Classifier> c(new Classifier);
    Impl &d = *c->d;
    d.device = torch::Device(*deviceName);
    d.channelsLast = options.channelsLast;
    d.bf16 = options.bf16;

    CheckpointKind kind = CheckpointKind::Unreadable;
    auto cp = loadCheckpoint(file, &kind);
    const std::string checkpointError = cp ? std::string() : cp.error();
    if (cp) {
        d.kind = "masklens checkpoint";
        d.spec = cp->spec;
        d.network = cp->network;
        if (options.preprocessing)
            d.spec.preprocessing = *options.preprocessing;
        d.network->to(d.device);
        d.network->eval();
        if (d.channelsLast)
            toChannelsLast(*d.network);
        // bf16: batch norms folded (in float32) into the convolutions, then every weight in
        // bfloat16 once - not cast again for every batch as autocast would.
        fuseForInference(*d.network, d.bf16 ? torch::kBFloat16 : torch::kFloat32);
        d.bf16Weights = d.bf16;
    } else if (kind == CheckpointKind::MaskLens) {
        return failure(checkpointError);
    } else {
        try {
            d.script = torch::jit::load(file, d.device);
        } catch (const std::exception &e) {
            // Not only c10::Error: a damaged archive can make the TorchScript reader throw
            // std::runtime_error or worse, and nothing may escape into the window.
            const std::string what = e.what();
            return failure(kind == CheckpointKind::Unreadable
                               ? checkpointError
                               : file +
                                     ": neither a MaskLens checkpoint nor a TorchScript module: " +
                                     what.substr(0, what.find('\n')));
        }
        d.kind = "torchscript";
        d.script->eval();
        if (options.preprocessing)
            d.spec.preprocessing = *options.preprocessing;
    }

    d.spec.flipTest = options.flipTest;

    // One image through the model: the output width decides the layout, and anything else is
    // refused now rather than on the thousandth image.
    try {
        c10::InferenceMode guard;
        const Preprocessing &pre = d.spec.preprocessing;
        auto x =
            torch::zeros({1, 3, pre.height, pre.width}, torch::TensorOptions().device(d.device));
        if (d.channelsLast)
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor y = d.forward(x);
        const int64_t width = y.dim() == 2 ? y.size(1) : -1;
        if (width == kClasses) {
            d.spec.outputs = OutputLayout::Classes18;
        } else if (width == kHeadOutputs) {
            d.spec.outputs = OutputLayout::ThreeHeads;
        } else if (width == kHeadAgeOutputs) {
            d.spec.outputs = OutputLayout::ThreeHeadsAge;
        } else {
            std::ostringstream msg;
            msg << file << ": the model outputs shape " << y.sizes()
                << " per batch; MaskLens needs 18 class scores, 8 (mask 3 + gender 2 + age 3) or 9"
                   " (the same and the age in years)";
            return failure(msg.str());
        }
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return failure(file + ": the model fails on a " +
                       std::to_string(d.spec.preprocessing.width) + "x" +
                       std::to_string(d.spec.preprocessing.height) +
                       " image (wrong input size?): " + what.substr(0, what.find('\n')));
    }
    return c;
}

int Classifier::featureWidth() const
{
    return d->network ? d->network->featureWidth() : 0;
}

Status Classifier::predict(const float *images, int n, float *probabilities, float *features)
{
    if (features && !d->network)
        return failure("a TorchScript model does not expose its penultimate layer; features need "
                       "a MaskLens checkpoint (.mlck)");
    try {
        c10::InferenceMode guard;
        const Preprocessing &pre = d->spec.preprocessing;
        auto x = torch::from_blob(const_cast<float *>(images), {n, 3, pre.height, pre.width},
                                  torch::kFloat32);
        x = d->device.is_cpu() ? x : x.to(d->device);
        if (d->channelsLast)
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        std::vector<torch::Tensor> views; // the image's features (and its mirror's)
        const torch::Tensor p = predictProbabilities(
                                    [&](const torch::Tensor &in) {
                                        if (!features)
                                            return d->forward(in);
                                        auto [f, logits] = d->forwardWithFeatures(in);
                                        views.push_back(f);
                                        return logits;
                                    },
                                    x, d->spec)
                                    .to(torch::kCPU)
                                    .contiguous();
        std::memcpy(probabilities, p.data_ptr<float>(), sizeof(float) * std::size_t(n) * kClasses);
        if (features) {
            // With test-time flips, the mean of both views' features, as the probabilities are.
            torch::Tensor f = views.size() == 1 ? views[0] : (views[0] + views[1]) * 0.5;
            f = f.to(torch::kCPU).contiguous();
            std::memcpy(features, f.data_ptr<float>(),
                        sizeof(float) * std::size_t(n) * std::size_t(featureWidth()));
        }
        return success();
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return failure("the model failed: " + what.substr(0, what.find('\n')));
    }
}

} // namespace masklens::model
