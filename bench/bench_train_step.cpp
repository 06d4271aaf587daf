// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One EfficientNet-B0 training step at 224x224 on the CPU (batch 16, channels-last, Adam), with
// MaskLens's training kernels (model/core/trainingkernels.h) and with LibTorch's operations
// alone, alternating, side by side; and each kernel against the LibTorch operations it replaces,
// on EfficientNet-B0's own shapes. Prints one JSON line; bench/run-train-step.sh runs it.
#include "model/core/networks.h"
#include "model/core/trainingkernels.h"

#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <sstream>

using namespace masklens::model;

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Images per second of `steps` training steps (after one warm-up step).
double trainingSpeed(bool ourKernels, int steps)
{
    setCpuTrainingKernels(ourKernels);
    torch::manual_seed(1);
    auto net = makeNetwork(ModelSpec{});
    toChannelsLast(*net);
    net->train();
    torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(1e-3));
    const auto x = torch::randn({16, 3, 224, 224}).contiguous(torch::MemoryFormat::ChannelsLast);
    const auto y = torch::randint(0, 18, {16}, torch::kLong);
    auto step = [&] {
        adam.zero_grad();
        torch::cross_entropy_loss(net->forward(x), y).backward();
        adam.step();
    };
    step();
    const auto start = Clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    return 16.0 * steps / secondsSince(start);
}

/// Milliseconds of forward + backward, the mean of 4 after a warm-up.
template <class F> double milliseconds(const F &forward, const torch::Tensor &leaf)
{
    double total = 0;
    for (int i = 0; i < 5; ++i) {
        leaf.mutable_grad() = torch::Tensor();
        const auto start = Clock::now();
        const auto y = forward();
        y.backward(torch::ones_like(y));
        if (i > 0)
            total += secondsSince(start);
    }
    return total / 4 * 1e3;
}
} // namespace

int main(int argc, char *argv[])
{
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    const int steps = argc > 2 ? std::atoi(argv[2]) : 6;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 2;
    at::set_num_threads(threads);
    // As the trainer does: freed blocks stay with the process (no page faults every step).
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());

    std::ostringstream ours, libtorch;
    for (int r = 0; r < rounds; ++r) {
        ours << (r ? "," : "") << trainingSpeed(true, steps);
        libtorch << (r ? "," : "") << trainingSpeed(false, steps);
    }
    setCpuTrainingKernels(true);

    // Batch norm + SiLU, training mode, on the shapes of EfficientNet-B0's largest pairs.
    std::ostringstream bn;
    for (const auto &shape : std::vector<std::vector<int64_t>>{
             {16, 96, 112, 112}, {16, 144, 56, 56}, {16, 672, 14, 14}, {16, 1152, 7, 7}}) {
        const auto x =
            torch::randn(shape).contiguous(torch::MemoryFormat::ChannelsLast).requires_grad_();
        const int64_t C = shape[1];
        const auto w = torch::ones({C}).requires_grad_(), b = torch::zeros({C}).requires_grad_();
        auto mean = torch::zeros({C}), var = torch::ones({C});
        const double fused = milliseconds(
            [&] { return batchNormSiluTraining(x, w, b, mean, var, 0.1, 1e-5); }, x);
        const double plain = milliseconds(
            [&] {
                return torch::silu(torch::batch_norm(x, w, b, mean, var, true, 0.1, 1e-5, false));
            },
            x);
        bn << (bn.tellp() > 0 ? "," : "") << "{\"shape\":\"" << C << "x" << shape[2] << "x"
           << shape[3] << "\",\"ours_ms\":" << fused << ",\"libtorch_ms\":" << plain << "}";
    }
    // Depthwise convolution forward + backward on EfficientNet-B0's shapes.
    std::ostringstream dw;
    struct Depthwise
    {
        int64_t C, size, kernel, stride;
    };
    for (const Depthwise d : {Depthwise{96, 112, 3, 2}, Depthwise{144, 56, 5, 2},
                              Depthwise{240, 28, 5, 1}, Depthwise{672, 14, 5, 1},
                              Depthwise{1152, 7, 5, 1}}) {
        const auto x = torch::randn({16, d.C, d.size, d.size})
                           .contiguous(torch::MemoryFormat::ChannelsLast)
                           .requires_grad_();
        const auto w = torch::randn({d.C, 1, d.kernel, d.kernel}).requires_grad_();
        const double mine = milliseconds([&] { return depthwiseConvTraining(x, w, d.stride); }, x);
        const double plain = milliseconds(
            [&] { return torch::conv2d(x, w, {}, d.stride, (d.kernel - 1) / 2, 1, d.C); }, x);
        dw << (dw.tellp() > 0 ? "," : "") << "{\"shape\":\"" << d.C << "x" << d.size << "x"
           << d.size << " k" << d.kernel << " s" << d.stride << "\",\"ours_ms\":" << mine
           << ",\"libtorch_ms\":" << plain << "}";
    }
    std::printf("{\"threads\":%d,\"steps\":%d,\"ours_images_per_s\":[%s],"
                "\"libtorch_images_per_s\":[%s],\"batch_norm_silu\":[%s],\"depthwise\":[%s]}\n",
                threads, steps, ours.str().c_str(), libtorch.str().c_str(), bn.str().c_str(),
                dw.str().c_str());
    return 0;
}
