// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchinclude.h"

#include "identity.h"
#include "trainconfig.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace masklens::model {

namespace {

namespace F = torch::nn::functional;

/// Conv 3x3, batch norm, ReLU, 2x2 max pool.
void addBlock(torch::nn::Sequential &net, int in, int out)
{
    net->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
    net->push_back(torch::nn::BatchNorm2d(out));
    net->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
    net->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2)));
}

/// Four conv blocks, then a flat layer: where a mark or a brow sits matters, so no global pool.
struct IdentityNetImpl : torch::nn::Module
{
    IdentityNetImpl(int people, int dim, int height, int width)
    {
        torch::nn::Sequential layers;
        for (const auto &[in, out] : {std::pair{3, 16}, {16, 32}, {32, 64}, {64, 128}})
            addBlock(layers, in, out);
        features = register_module("features", layers);
        fc = register_module("fc", torch::nn::Linear(128 * (height / 16) * (width / 16), dim));
        bn = register_module("bn", torch::nn::BatchNorm1d(dim));
        classes = register_parameter("classes", torch::randn({people, dim}) * 0.01);
    }
    torch::Tensor embed(const torch::Tensor &x)
    {
        return F::normalize(bn->forward(fc->forward(features->forward(x).flatten(1))),
                            F::NormalizeFuncOptions().dim(1));
    }
    torch::nn::Sequential features{nullptr};
    torch::nn::Linear fc{nullptr};
    torch::nn::BatchNorm1d bn{nullptr};
    torch::Tensor classes;
};
TORCH_MODULE(IdentityNet);

/// uint8 N x H x W x 3 -> float N x 3 x H x W, each image to mean 0 and deviation 1 (the light's
/// gain cancels).
torch::Tensor standardise(const torch::Tensor &hwc)
{
    auto x = hwc.permute({0, 3, 1, 2}).to(torch::kFloat).div_(255.0);
    const auto mean = x.mean({1, 2, 3}, true);
    const auto deviation = x.std({1, 2, 3}, true, true).add_(1e-3);
    return x.sub_(mean).div_(deviation).contiguous();
}

/// Turns and scales each image of a batch about its centre by its own random draw (a rotation
/// in pixels, not in the normalised square: the crops are not square); what comes in from
/// outside is 0, the standardised images' mean.
torch::Tensor turnAndScale(const torch::Tensor &x, const IdentityOptions &options,
                           std::mt19937_64 &random)
{
    const auto n = x.size(0);
    const double h = double(x.size(2)), w = double(x.size(3));
    std::uniform_real_distribution<double> turn(-options.turnDegrees, options.turnDegrees);
    std::uniform_real_distribution<double> zoom(1.0 - options.zoom, 1.0 + options.zoom);
    auto theta = torch::zeros({n, 2, 3}, torch::kFloat);
    auto t = theta.accessor<float, 3>();
    for (std::int64_t i = 0; i < n; ++i) {
        const double a = turn(random) * M_PI / 180.0, s = zoom(random);
        const double c = std::cos(a) / s, sn = std::sin(a) / s;
        t[i][0][0] = float(c);
        t[i][0][1] = float(-sn * h / w);
        t[i][1][0] = float(sn * w / h);
        t[i][1][1] = float(c);
    }
    const auto grid = F::affine_grid(theta, x.sizes(), false);
    return F::grid_sample(x, grid,
                          F::GridSampleFuncOptions()
                              .mode(torch::kBilinear)
                              .padding_mode(torch::kZeros)
                              .align_corners(false));
}

} // namespace

Expected<std::vector<float>> learnIdentity(const IdentityCrops &crops,
                                           const IdentityOptions &options,
                                           const IdentityProgress &progress)
{
    const int n = crops.count, h = crops.height, w = crops.width;
    const int ch = std::min(options.cropHeight, h), cw = std::min(options.cropWidth, w);
    if (n <= 0 || h < 16 || w < 16 ||
        crops.pixels.size() != std::size_t(n) * std::size_t(h) * std::size_t(w) * 3 ||
        crops.person.size() != std::size_t(n) || crops.people < 2)
        return failure("face identity: the crops are empty or do not match their people");
    std::vector<std::int64_t> usable;
    for (int i = 0; i < n; ++i)
        if (crops.person[std::size_t(i)] >= 0 && crops.person[std::size_t(i)] < crops.people)
            usable.push_back(i);
    if (usable.size() < 2)
        return failure("face identity: fewer than two readable photos");
    try {
        torch::manual_seed(options.seed);
        torch::set_num_threads(trainingThreads(options.threads));
        const torch::Device device =
            torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
        const auto pixels = torch::from_blob(const_cast<std::uint8_t *>(crops.pixels.data()),
                                             {n, h, w, 3}, torch::kUInt8);
        const auto labels =
            torch::from_blob(const_cast<int *>(crops.person.data()), {n}, torch::kInt)
                .to(torch::kLong);
        IdentityNet net(crops.people, options.dim, ch, cw);
        net->to(device);
        torch::optim::Adam optimiser(
            net->parameters(),
            torch::optim::AdamOptions(options.maxLr / 25).weight_decay(options.weightDecay));
        // A small dataset takes smaller batches and more epochs: a face is learnt in steps, and
        // a few hundred people give a 128-photo batch only a handful of them an epoch.
        const int batch =
            std::clamp(int(usable.size()) / 24, std::min(32, int(usable.size())), options.batch);
        const int steps = std::max(1, int(usable.size()) / batch);
        const int epochs =
            std::max(options.epochs, (options.minSteps + steps - 1) / std::max(1, steps));
        const int total = std::max(1, steps * epochs);
        // One cycle: up for the first 30% of the steps, then down along a cosine.
        auto rate = [&](int step) {
            const double warm = 0.3 * total, t = double(step);
            const double low = options.maxLr / 25, end = options.maxLr / 1e4;
            if (t < warm)
                return low + (options.maxLr - low) * 0.5 * (1 - std::cos(M_PI * t / warm));
            return end + (options.maxLr - end) * 0.5 *
                             (1 + std::cos(M_PI * (t - warm) / std::max(1.0, total - warm)));
        };
        std::mt19937_64 random(options.seed);
        std::uniform_int_distribution<int> dy(0, h - ch), dx(0, w - cw);
        int step = 0;
        for (int epoch = 1; epoch <= epochs; ++epoch) {
            net->train();
            std::shuffle(usable.begin(), usable.end(), random);
            double lossSum = 0;
            std::int64_t right = 0, seen = 0;
            for (int b = 0; b < steps; ++b, ++step) {
                for (auto &group : optimiser.param_groups())
                    static_cast<torch::optim::AdamOptions &>(group.options()).lr(rate(step));
                std::vector<torch::Tensor> parts;
                parts.reserve(std::size_t(batch));
                for (int k = 0; k < batch; ++k) {
                    const std::int64_t i = usable[std::size_t(b * batch + k)];
                    parts.push_back(pixels[i].narrow(0, dy(random), ch).narrow(1, dx(random), cw));
                }
                const auto index = torch::from_blob(
                    usable.data() + std::size_t(b) * std::size_t(batch), {batch}, torch::kLong);
                auto x = standardise(torch::stack(parts));
                if (options.turnDegrees > 0 || options.zoom > 0)
                    x = turnAndScale(x, options, random);
                x = x.to(device);
                const auto y = labels.index_select(0, index).to(device);
                const auto cosine = net->embed(x).matmul(
                    F::normalize(net->classes, F::NormalizeFuncOptions().dim(1)).t());
                const auto logits =
                    (cosine - options.margin * F::one_hot(y, crops.people).to(cosine.dtype())) *
                    options.scale;
                const auto loss = F::cross_entropy(logits, y);
                optimiser.zero_grad();
                loss.backward();
                optimiser.step();
                lossSum += loss.item<double>();
                right += cosine.argmax(1).eq(y).sum().item<std::int64_t>();
                seen += batch;
            }
            if (progress && !progress(epoch, epochs, lossSum / std::max(1, steps),
                                      seen ? double(right) / double(seen) : 0.0))
                return failure("cancelled");
        }

        net->eval();
        torch::NoGradGuard noGrad;
        std::vector<float> out(std::size_t(n) * std::size_t(options.dim),
                               std::numeric_limits<float>::quiet_NaN());
        // Each photo's embedding: the mean over the centre crop and four crops moved a little
        // (the pose's shift is what the crops stand in for), unit length again.
        const int oy = (h - ch) / 2, ox = (w - cw) / 2;
        const int sy = std::min(oy, 4), sx = std::min(ox, 4);
        const std::pair<int, int> shifts[] = {{0, 0}, {-sy, -sx}, {-sy, sx}, {sy, -sx}, {sy, sx}};
        for (int start = 0; start < n; start += 256) {
            const int count = std::min(256, n - start);
            torch::Tensor sum;
            for (const auto &[y, x] : shifts) {
                const auto crop =
                    standardise(
                        pixels.narrow(0, start, count).narrow(1, oy + y, ch).narrow(2, ox + x, cw))
                        .to(device);
                const auto e = net->embed(crop);
                sum = sum.defined() ? sum + e : e;
            }
            const auto e =
                F::normalize(sum, F::NormalizeFuncOptions().dim(1)).to(torch::kCPU).contiguous();
            const float *data = e.data_ptr<float>();
            for (int k = 0; k < count; ++k)
                if (crops.person[std::size_t(start + k)] >= 0)
                    std::copy_n(data + std::size_t(k) * std::size_t(options.dim), options.dim,
                                out.begin() + std::ptrdiff_t(start + k) * options.dim);
        }
        return out;
    } catch (const std::exception &e) {
        return failure(std::string("face identity: ") + e.what());
    }
}

} // namespace masklens::model
