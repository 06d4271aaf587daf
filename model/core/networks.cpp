// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networks.h"

#include "autocast.h"
#include "distributed.h"
#include "inferencekernels.h"
#include "trainingkernels.h"

#include <torch/serialize.h>

#include <fstream>
#include <map>

namespace masklens::model {

namespace {

using torch::nn::BatchNorm2d;
using torch::nn::Conv2d;
using torch::nn::Conv2dOptions;

enum class Activation { None, SiLU, ReLU };

bool g_trainingKernels = true;
bool g_inferenceKernels = true;

/// Inference without autograd, where the CPU inference kernels take over from LibTorch's.
bool inferenceKernelsFor(const torch::Tensor &x)
{
    return g_inferenceKernels && !torch::GradMode::is_enabled() && !x.requires_grad() &&
           !autocastEnabled(false) && canRunElementwise(x);
}

/// conv2d without dilation; 1x1 convolutions of float32 CPU inputs always through
/// oneDNN. LibTorch 1.13 sends a 1x1 convolution of a batch under 16 on one thread to its own
/// unfolding path ("THNN is faster when single-threaded"), which for channels-last tensors is
/// not: 9x slower than oneDNN for one of EfficientNet-B0's shapes, 70x over its expansions and
/// projections at batch 4 (predict --threads 1 ran at 3 images/s; so did each rank of a
/// two-process training run with one thread each and a share under 16).
torch::Tensor convolve(const torch::Tensor &x, const torch::Tensor &weight,
                       const torch::Tensor &bias, int stride, int padding, int groups)
{
    if (stride == 1 && padding == 0 && groups == 1 && weight.size(2) == 1 && weight.size(3) == 1 &&
        x.device().is_cpu() && x.scalar_type() == torch::kFloat32 &&
        weight.scalar_type() == torch::kFloat32 && x.size(0) < 16 && at::get_num_threads() == 1 &&
        !autocastEnabled(false) && at::hasMKLDNN())
        return at::mkldnn_convolution(x, weight, bias, {0, 0}, {1, 1}, {1, 1}, 1);
    return torch::conv2d(x, weight, bias, stride, padding, 1, groups);
}

/// torchvision's Conv2dNormActivation: children "0" (conv, no bias) and "1" (batch norm).
/// For inference the batch norm can be folded into the convolution (fuse()): one pass over the
/// activations instead of two, the same numbers to float rounding.
class ConvNormActImpl : public torch::nn::Module
{
public:
    ConvNormActImpl(int in, int out, int kernel, int stride, int groups, Activation act)
        : m_act(act), m_stride(stride), m_padding((kernel - 1) / 2), m_groups(groups)
    {
        m_conv = register_module("0", Conv2d(Conv2dOptions(in, out, kernel)
                                                 .stride(stride)
                                                 .padding((kernel - 1) / 2)
                                                 .groups(groups)
                                                 .bias(false)));
        m_norm = register_module("1", BatchNorm2d(out));
    }
    torch::Tensor forward(torch::Tensor x)
    {
        // Without autograd the batch norm's output is this layer's own tensor and the activation
        // overwrites it. With autograd (training) it does not: the activation's backward needs
        // its input, so an in-place activation would make autograd copy the input first (a
        // full extra pass, 5% of an EfficientNet-B0 training step on the CPU).
        const bool inPlace = !(torch::GradMode::is_enabled() && x.requires_grad());
        if (m_fusedWeight.defined()) {
            x = forwardConvOnly(x);
            if (m_act == Activation::SiLU && inferenceKernelsFor(x)) {
                siluInPlace(x); // AVX-512 where the CPU has it, bf16 without conversions
                return x;
            }
        } else if (is_training() && syncBatchNormEnabled()) {
            // --sync-bn: the statistics of the global batch, over every rank.
            auto &bn = *m_norm;
            {
                torch::NoGradGuard guard;
                bn.num_batches_tracked += 1;
            }
            x = syncBatchNorm(convolve(x, m_conv->weight, {}, m_stride, m_padding, m_groups),
                              bn.weight, bn.bias, bn.running_mean, bn.running_var,
                              bn.options.momentum().value_or(0.1), bn.options.eps());
        } else if (m_act == Activation::SiLU && is_training() && g_trainingKernels &&
                   !autocastEnabled(false)) { // (the kernels are float32 only)
            const bool depthwise = m_groups > 1 && m_groups == x.size(1) &&
                                   torch::GradMode::is_enabled() &&
                                   canRunDepthwiseConv(x, m_conv->weight);
            x = depthwise ? depthwiseConvTraining(x, m_conv->weight, m_stride)
                          : convolve(x, m_conv->weight, {}, m_stride, m_padding, m_groups);
            auto &bn = *m_norm;
            if (canFuseBatchNormSilu(x) && bn.options.momentum() &&
                bn.weight.scalar_type() == torch::kFloat32) {
                {
                    torch::NoGradGuard guard;
                    bn.num_batches_tracked += 1;
                }
                return batchNormSiluTraining(x, bn.weight, bn.bias, bn.running_mean, bn.running_var,
                                             *bn.options.momentum(), bn.options.eps());
            }
            x = m_norm->forward(x);
        } else {
            x = m_norm->forward(convolve(x, m_conv->weight, {}, m_stride, m_padding, m_groups));
        }
        switch (m_act) {
        case Activation::SiLU:
            return inPlace ? torch::silu_(x) : torch::silu(x);
        case Activation::ReLU:
            return inPlace ? torch::relu_(x) : torch::relu(x);
        case Activation::None:
            break;
        }
        return x;
    }
    /// Folds the batch norm's statistics into the convolution. Inference only: the module
    /// must be in eval mode, and training it afterwards would not update the folded copy.
    /// The folded copies are computed in float32 and stored as `dtype` (bfloat16 for a
    /// bf16 inference network).
    void fuse(torch::ScalarType dtype)
    {
        torch::NoGradGuard guard;
        const auto &bn = *m_norm;
        const auto scale = bn.weight / torch::sqrt(bn.running_var + bn.options.eps());
        m_fusedWeight = (m_conv->weight * scale.view({-1, 1, 1, 1}))
                            .contiguous(m_conv->weight.suggest_memory_format())
                            .to(dtype);
        m_fusedBias = (bn.bias - bn.running_mean * scale).to(dtype);
        if (isDepthwise()) { // the depthwise kernel's float32 [K * K, C] weight and bias
            const int64_t C = m_conv->weight.size(0), K = m_conv->weight.size(2);
            m_kernelWeight =
                (m_conv->weight * scale.view({-1, 1, 1, 1})).reshape({C, K * K}).t().contiguous();
            m_kernelBias = (bn.bias - bn.running_mean * scale).contiguous();
        }
    }
    bool isFused() const { return m_fusedWeight.defined(); }
    bool isDepthwise() const { return m_groups > 1 && m_groups == m_conv->weight.size(0); }
    bool hasSilu() const { return m_act == Activation::SiLU; }
    int64_t outputChannels() const { return m_conv->weight.size(0); }
    /// The folded convolution alone, without the activation (fused layers only), in the
    /// folded weights' type: a bfloat16 network's float32 layers take and give float32.
    torch::Tensor forwardConvOnly(const torch::Tensor &x)
    {
        return convolve(x.to(m_fusedWeight.scalar_type()), m_fusedWeight, m_fusedBias, m_stride,
                        m_padding, m_groups);
    }
    /// Kept in float32 when the network is folded for bfloat16 inference: the stem (which
    /// sees the image itself) and the last convolution before the pooling.
    void keepFloat32() { m_keepFloat32 = true; }
    bool keepsFloat32() const { return m_keepFloat32; }
    /// A fused depthwise layer with SiLU through the inference kernel: the output and its
    /// float32 per-channel sums; `siluInput` applies the previous layer's SiLU on the way in.
    std::pair<torch::Tensor, torch::Tensor> forwardDepthwiseSilu(const torch::Tensor &x,
                                                                 bool siluInput)
    {
        return depthwiseSiluInference(x, m_kernelWeight, m_kernelBias, m_conv->weight.size(2),
                                      m_stride, siluInput);
    }

private:
    Conv2d m_conv{nullptr};
    BatchNorm2d m_norm{nullptr};
    Activation m_act;
    int m_stride, m_padding, m_groups;
    torch::Tensor m_fusedWeight, m_fusedBias;   ///< not registered: never saved
    torch::Tensor m_kernelWeight, m_kernelBias; ///< depthwise layers: the inference kernel's
    bool m_keepFloat32 = false;
};
TORCH_MODULE(ConvNormAct);

/// torchvision's SqueezeExcitation with SiLU inside.
class SqueezeExcitationImpl : public torch::nn::Module
{
public:
    SqueezeExcitationImpl(int channels, int squeeze)
    {
        m_fc1 = register_module("fc1", Conv2d(Conv2dOptions(channels, squeeze, 1)));
        m_fc2 = register_module("fc2", Conv2d(Conv2dOptions(squeeze, channels, 1)));
    }
    torch::Tensor forward(torch::Tensor x)
    {
        // The mean as a sum scaled afterwards: the sum's backward is a broadcast view, where
        // the mean's would write a full-size gradient divided by H*W (3% of a training step).
        auto s = (x.sum({2, 3}, /*keepdim=*/true) / double(x.size(2) * x.size(3)))
                     .to(m_fc1->weight.scalar_type()); // float32 in a bfloat16 network
        s = gate(s).to(x.scalar_type());
        // Without autograd the block's own intermediate can be scaled in place.
        return torch::GradMode::is_enabled() ? x * s : x.mul_(s);
    }
    /// The per-channel scales, float32 [N, C], from the channels' means [N, C] (inference).
    torch::Tensor scales(const torch::Tensor &means)
    {
        const auto s = means.to(m_fc1->weight.scalar_type()).view({means.size(0), -1, 1, 1});
        return gate(s).to(torch::kFloat32).view({means.size(0), -1}).contiguous();
    }

private:
    /// sigmoid(fc2(silu(fc1(s)))) on the [N, C, 1, 1] means (through convolve: one thread and
    /// a small batch would send these 1x1 convolutions to LibTorch's slow path too).
    torch::Tensor gate(const torch::Tensor &s)
    {
        const auto hidden = torch::silu(convolve(s, m_fc1->weight, m_fc1->bias, 1, 0, 1));
        return torch::sigmoid(convolve(hidden, m_fc2->weight, m_fc2->bias, 1, 0, 1));
    }
    Conv2d m_fc1{nullptr}, m_fc2{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

/// torchvision's MBConv: expand (when ratio > 1), depthwise, squeeze-excite, project; the
/// residual branch is dropped per sample with stochastic depth while training.
class MBConvImpl : public torch::nn::Module
{
public:
    MBConvImpl(int in, int out, int expandRatio, int kernel, int stride, double stochasticDepth)
        : m_residual(stride == 1 && in == out), m_dropProbability(stochasticDepth)
    {
        const int expanded = in * expandRatio;
        m_block = register_module("block", torch::nn::ModuleList());
        if (expanded != in)
            add(ConvNormAct(in, expanded, 1, 1, 1, Activation::SiLU));
        add(ConvNormAct(expanded, expanded, kernel, stride, expanded, Activation::SiLU));
        m_se = SqueezeExcitation(expanded, std::max(1, in / 4));
        m_block->push_back(m_se);
        add(ConvNormAct(expanded, out, 1, 1, 1, Activation::None));
    }
    void disableStochasticDepth() { m_dropProbability = 0; }
    torch::Tensor forward(torch::Tensor x)
    {
        if (canRunInferenceKernels(x))
            return forwardInference(x);
        torch::Tensor r = x;
        for (std::size_t i = 0; i < m_layers.size(); ++i) {
            if (i + 1 == m_layers.size())
                r = m_se->forward(r);
            r = m_layers[i]->forward(r);
        }
        if (!m_residual)
            return r;
        if (is_training() && m_dropProbability > 0) {
            const double survival = 1.0 - m_dropProbability;
            auto keep = torch::empty({r.size(0), 1, 1, 1}, r.options()).bernoulli_(survival);
            r = r * keep.div_(survival);
        }
        return torch::GradMode::is_enabled() ? r + x : r.add_(x);
    }

private:
    bool canRunInferenceKernels(const torch::Tensor &x) const
    {
        const auto &depthwise = m_layers[m_layers.size() - 2];
        return !is_training() && depthwise->isFused() && depthwise->isDepthwise() &&
               depthwise->hasSilu() && inferenceKernelsFor(x) &&
               x.is_contiguous(torch::MemoryFormat::ChannelsLast) &&
               depthwise->outputChannels() % 16 == 0;
    }
    /// The block at inference through the CPU kernels: the expansion's output enters the
    /// depthwise kernel before its SiLU (the kernel applies it row by row in cache), which also
    /// sums the squeeze-excitation's means; the scaling and the residual in place.
    torch::Tensor forwardInference(const torch::Tensor &x)
    {
        const bool expands = m_layers.size() == 3;
        const torch::Tensor in = expands ? m_layers[0]->forwardConvOnly(x) : x;
        auto [r, sums] = m_layers[m_layers.size() - 2]->forwardDepthwiseSilu(in, expands);
        scaleChannelsInPlace(r, m_se->scales(sums / double(r.size(2) * r.size(3))));
        r = m_layers.back()->forwardConvOnly(r);
        if (m_residual)
            addInPlace(r, x);
        return r;
    }
    void add(ConvNormAct m)
    {
        m_block->push_back(m);
        m_layers.push_back(m);
    }
    torch::nn::ModuleList m_block{nullptr};
    std::vector<ConvNormAct> m_layers; ///< the conv layers in order; the SE sits before the last
    SqueezeExcitation m_se{nullptr};
    bool m_residual;
    double m_dropProbability;
};
TORCH_MODULE(MBConv);

void initLikeTorchvision(torch::nn::Module &root)
{
    torch::NoGradGuard guard;
    for (auto &m : root.modules(/*include_self=*/false)) {
        if (auto *conv = m->as<torch::nn::Conv2dImpl>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut);
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto *bn = m->as<torch::nn::BatchNorm2dImpl>()) {
            bn->weight.fill_(1.0);
            bn->bias.zero_();
        } else if (auto *linear = m->as<torch::nn::LinearImpl>()) {
            const double range = 1.0 / std::sqrt(double(linear->weight.size(0)));
            linear->weight.uniform_(-range, range);
            linear->bias.zero_();
        }
    }
}

} // namespace

void disableDropout(torch::nn::Module &network)
{
    for (auto &m : network.modules(/*include_self=*/false)) {
        if (auto *dropout = m->as<torch::nn::DropoutImpl>())
            dropout->options.p(0.0);
        else if (auto *block = m->as<MBConvImpl>())
            block->disableStochasticDepth();
    }
}

namespace {
torch::nn::Sequential makeClassifier(int features, int outputs, double dropout)
{
    return torch::nn::Sequential(torch::nn::Dropout(torch::nn::DropoutOptions(dropout)),
                                 torch::nn::Linear(features, outputs));
}

class EfficientNetB0Impl : public NetworkImpl
{
public:
    explicit EfficientNetB0Impl(int outputs)
    {
        // (expand ratio, kernel, stride, in, out, layers): Table 1 of the EfficientNet paper.
        struct Stage
        {
            int expand, kernel, stride, in, out, layers;
        };
        const Stage stages[] = {{1, 3, 1, 32, 16, 1},  {6, 3, 2, 16, 24, 2},
                                {6, 5, 2, 24, 40, 2},  {6, 3, 2, 40, 80, 3},
                                {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4},
                                {6, 3, 1, 192, 320, 1}};
        int totalBlocks = 0;
        for (const Stage &s : stages)
            totalBlocks += s.layers;
        m_features = register_module("features", torch::nn::ModuleList());
        m_stem = ConvNormAct(3, 32, 3, 2, 1, Activation::SiLU);
        m_stem->keepFloat32();
        m_features->push_back(m_stem);
        int block = 0;
        for (const Stage &s : stages) {
            torch::nn::ModuleList stage;
            for (int i = 0; i < s.layers; ++i) {
                const double sd = 0.2 * double(block++) / totalBlocks;
                MBConv b(i == 0 ? s.in : s.out, s.out, s.expand, s.kernel, i == 0 ? s.stride : 1,
                         sd);
                stage->push_back(b);
                m_blocks.push_back(b);
            }
            m_features->push_back(stage);
        }
        m_head = ConvNormAct(320, 1280, 1, 1, 1, Activation::SiLU);
        m_head->keepFloat32();
        m_features->push_back(m_head);
        m_classifier = register_module("classifier", makeClassifier(1280, outputs, 0.2));
        initLikeTorchvision(*this);
    }
    torch::Tensor features(torch::Tensor x) override
    {
        x = m_stem->forward(x);
        for (auto &b : m_blocks)
            x = b->forward(x);
        x = m_head->forward(x);
        return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    }
    torch::Tensor classify(torch::Tensor features) override
    {
        return m_classifier->forward(features.to(torch::kFloat32)); // the head in float32
    }
    int featureWidth() const override { return 1280; }
    void resetClassifier(int outputs) override
    {
        m_classifier = replace_module("classifier", makeClassifier(1280, outputs, 0.2));
        initLikeTorchvision(*m_classifier);
    }

private:
    torch::nn::ModuleList m_features{nullptr};
    ConvNormAct m_stem{nullptr}, m_head{nullptr};
    std::vector<MBConv> m_blocks;
    torch::nn::Sequential m_classifier{nullptr};
};

/// Plain CNNs for CPU training: 3x3 conv-BN-ReLU layers, global average pooling, a linear
/// head. small: four strided layers (24, 48, 96, 160 channels), the fast one for demos and
/// tests. medium: a strided stem and three stages of a strided and a plain layer (32; 64, 64;
/// 128, 128; 160, 160): twice small's time per image, and it learns the fine cues (brows, grey
/// hair) small misses - on the synthetic set 0.80 against 0.77 validation macro F1 after ten
/// epochs.
class SmallCnnImpl : public NetworkImpl
{
public:
    enum class Depth { Small, Medium, MediumHiRes };
    SmallCnnImpl(int outputs, Depth depth)
    {
        m_features = register_module("features", torch::nn::ModuleList());
        struct Layer
        {
            int in, out, stride;
        };
        static const std::vector<Layer> small = {
            {3, 24, 2}, {24, 48, 2}, {48, 96, 2}, {96, 160, 2}};
        static const std::vector<Layer> deeper = {{3, 32, 2},   {32, 64, 2},   {64, 64, 1},
                                                  {64, 128, 2}, {128, 128, 1}, {128, 160, 2},
                                                  {160, 160, 1}};
        // medium_hires: medium behind one more strided layer, for twice the input size (128x160):
        // fine lines stay visible to the first layer at about 1.3x medium's cost, not 4x.
        static const std::vector<Layer> hires = {{3, 16, 2},    {16, 32, 2},  {32, 64, 2},
                                                 {64, 64, 1},   {64, 128, 2}, {128, 128, 1},
                                                 {128, 160, 2}, {160, 160, 1}};
        const auto &layers = depth == Depth::Small    ? small
                             : depth == Depth::Medium ? deeper
                                                      : hires;
        for (const Layer &l : layers) {
            ConvNormAct layer(l.in, l.out, 3, l.stride, 1, Activation::ReLU);
            m_features->push_back(layer);
            m_layers.push_back(layer);
        }
        m_classifier = register_module("classifier", makeClassifier(160, outputs, 0.1));
        initLikeTorchvision(*this);
    }
    torch::Tensor features(torch::Tensor x) override
    {
        for (auto &l : m_layers)
            x = l->forward(x);
        return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    }
    torch::Tensor classify(torch::Tensor features) override
    {
        return m_classifier->forward(features.to(torch::kFloat32)); // the head in float32
    }
    int featureWidth() const override { return 160; }
    void resetClassifier(int outputs) override
    {
        m_classifier = replace_module("classifier", makeClassifier(160, outputs, 0.1));
        initLikeTorchvision(*m_classifier);
    }

private:
    torch::nn::ModuleList m_features{nullptr};
    std::vector<ConvNormAct> m_layers;
    torch::nn::Sequential m_classifier{nullptr};
};

} // namespace

int featureWidthOf(const ModelSpec &spec)
{
    return spec.architecture == Architecture::EfficientNetB0 ? 1280 : 160;
}

std::shared_ptr<NetworkImpl> makeNetwork(const ModelSpec &spec)
{
    const int outputs = outputWidth(spec.outputs);
    if (spec.architecture == Architecture::EfficientNetB0)
        return std::make_shared<EfficientNetB0Impl>(outputs);
    return std::make_shared<SmallCnnImpl>(
        outputs, spec.architecture == Architecture::Small    ? SmallCnnImpl::Depth::Small
                 : spec.architecture == Architecture::Medium ? SmallCnnImpl::Depth::Medium
                                                             : SmallCnnImpl::Depth::MediumHiRes);
}

Status loadStateDict(torch::nn::Module &network, const StateDict &tensors, bool skipClassifier,
                     int *loaded)
{
    std::map<std::string, torch::Tensor> targets;
    for (const auto &p : network.named_parameters(true))
        targets[p.key()] = p.value();
    for (const auto &b : network.named_buffers(true))
        targets[b.key()] = b.value();
    auto isHead = [](const std::string &name) { return name.rfind("classifier.", 0) == 0; };

    torch::NoGradGuard guard;
    int count = 0;
    std::map<std::string, bool> seen;
    for (const auto &[name, tensor] : tensors) {
        const auto it = targets.find(name);
        if (it == targets.end()) {
            if (skipClassifier && isHead(name))
                continue;
            return failure("unexpected tensor '" + name + "' (not in this architecture)");
        }
        if (it->second.sizes() != tensor.sizes()) {
            if (skipClassifier && isHead(name))
                continue;
            std::ostringstream msg;
            msg << "tensor '" << name << "' has shape " << tensor.sizes()
                << ", the network expects " << it->second.sizes();
            return failure(msg.str());
        }
        it->second.copy_(tensor.to(it->second.dtype()));
        seen[name] = true;
        ++count;
    }
    for (const auto &[name, tensor] : targets) {
        if (!seen.count(name) && !(skipClassifier && isHead(name)))
            return failure("tensor '" + name + "' is missing from the weights");
    }
    if (loaded)
        *loaded = count;
    return success();
}

Expected<StateDict> readTorchSaveStateDict(const std::string &file)
{
    StateDict out;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return failure("cannot open " + file);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    try {
        const c10::IValue value = torch::pickle_load(bytes);
        if (!value.isGenericDict())
            return failure(file + ": not a state dict (expected a dict of name -> tensor)");
        for (const auto &entry : value.toGenericDict()) {
            if (!entry.key().isString() || !entry.value().isTensor())
                continue;
            out.emplace_back(entry.key().toStringRef(), entry.value().toTensor());
        }
    } catch (const c10::Error &e) {
        return failure(file +
                       ": cannot read as a torch.save() state dict (save a plain dict: "
                       "torch.save(dict(model.state_dict()), file), as "
                       "scripts/export_torchvision_weights.py does): " +
                       e.msg().substr(0, e.msg().find('\n')));
    }
    if (out.empty())
        return failure(file + ": the state dict holds no tensors");
    return out;
}

void fuseForInference(torch::nn::Module &network, torch::ScalarType dtype)
{
    // Only the folded convolutions take `dtype`: the squeeze-excitations' small layers and the
    // classifier stay float32 (their inputs are converted, a few values per image).
    for (auto &m : network.modules(/*include_self=*/false))
        if (auto *c = m->as<ConvNormActImpl>())
            c->fuse(c->keepsFloat32() ? torch::kFloat32 : dtype);
}

void setCpuTrainingKernels(bool on)
{
    g_trainingKernels = on;
}

void setCpuInferenceKernels(bool on)
{
    g_inferenceKernels = on;
}

void toChannelsLast(torch::nn::Module &network)
{
    torch::NoGradGuard guard;
    for (auto &p : network.parameters(true))
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(torch::MemoryFormat::ChannelsLast));
}

torch::Tensor
predictProbabilities(const std::function<torch::Tensor(const torch::Tensor &)> &logits,
                     const torch::Tensor &x, const ModelSpec &spec)
{
    auto p = probabilitiesFromLogits(logits(x), spec.outputs);
    if (spec.flipTest) {
        const auto mirrored = x.flip({3}).contiguous(x.suggest_memory_format());
        p = p.add(probabilitiesFromLogits(logits(mirrored), spec.outputs)).mul_(0.5);
    }
    return p;
}

torch::Tensor probabilitiesFromLogits(const torch::Tensor &logits, OutputLayout layout)
{
    if (layout == OutputLayout::Classes18)
        return torch::softmax(logits, 1);
    const auto n = logits.size(0);
    const auto m = torch::softmax(logits.slice(1, 0, 3), 1);
    const auto g = torch::softmax(logits.slice(1, 3, 5), 1);
    const auto a = torch::softmax(logits.slice(1, 5, 8), 1);
    // class = mask*6 + gender*3 + age: an outer product in that index order.
    return (m.view({n, 3, 1, 1}) * g.view({n, 1, 2, 1}) * a.view({n, 1, 1, 3}))
        .reshape({n, kClasses});
}

} // namespace masklens::model
