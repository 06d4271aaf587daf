// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The EfficientNet-B0 forward pass at 224x224 that predict runs (batch norms folded,
// channels-last, no autograd), in float32 and in bfloat16, with MaskLens's inference kernels
// (model/core/inferencekernels.h) and with LibTorch's operations alone, alternating, side by
// side; no decoding. Prints one JSON line; bench/run-predict.sh runs it beside the end-to-end
// comparison. Usage: bench_predict_step [BATCH] [ROUNDS] [THREADS]
#include "model/core/inferencekernels.h"
#include "model/core/networks.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

using namespace masklens::model;

namespace {
using Clock = std::chrono::steady_clock;

struct Network
{
    std::shared_ptr<NetworkImpl> net;
    torch::Tensor x;
};

Network make(torch::ScalarType dtype, int batch)
{
    torch::manual_seed(1);
    Network n{makeNetwork(ModelSpec{}), {}};
    n.net->eval();
    toChannelsLast(*n.net);
    fuseForInference(*n.net, dtype);
    n.x = torch::randn({batch, 3, 224, 224}).contiguous(torch::MemoryFormat::ChannelsLast).to(dtype);
    return n;
}

/// Images per second over `passes` forward passes (after two warm-up passes).
double speed(Network &n, bool ourKernels, int passes)
{
    setCpuInferenceKernels(ourKernels);
    torch::InferenceMode guard;
    for (int i = 0; i < 2; ++i)
        n.net->forward(n.x);
    const auto start = Clock::now();
    for (int i = 0; i < passes; ++i)
        n.net->forward(n.x);
    return double(n.x.size(0)) * passes /
           std::chrono::duration<double>(Clock::now() - start).count();
}
/// Milliseconds of f, the best of 5 after a warm-up.
template <class F> double milliseconds(const F &f)
{
    f();
    double best = 1e30;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count() * 1e3);
    }
    return best;
}

/// The depthwise stages of B0's sixteen blocks at batch `batch`: the kernel (SiLU in, convolution,
/// SiLU out, sums) against LibTorch's SiLU, folded convolution, SiLU and sum.
void depthwiseStages(torch::ScalarType dtype, int batch, double *ours, double *theirs)
{
    struct Block { int size, channels, kernel, stride; bool expands; };
    const Block blocks[] = {{112, 32, 3, 1, false}, {112, 96, 3, 2, true}, {56, 144, 3, 1, true},
                            {56, 144, 5, 2, true},  {28, 240, 5, 1, true}, {28, 240, 3, 2, true},
                            {14, 480, 3, 1, true},  {14, 480, 3, 1, true}, {14, 480, 5, 1, true},
                            {14, 672, 5, 1, true},  {14, 672, 5, 1, true}, {14, 672, 5, 2, true},
                            {7, 1152, 5, 1, true},  {7, 1152, 5, 1, true}, {7, 1152, 5, 1, true},
                            {7, 1152, 3, 1, true}};
    torch::InferenceMode guard;
    *ours = *theirs = 0;
    for (const Block &b : blocks) {
        const auto x = torch::randn({batch, b.channels, b.size, b.size})
                           .contiguous(torch::MemoryFormat::ChannelsLast)
                           .to(dtype);
        const auto w = torch::randn({b.channels, 1, b.kernel, b.kernel}) * 0.1;
        const auto bias = torch::randn({b.channels});
        const auto wk = w.reshape({b.channels, -1}).t().contiguous();
        const auto wd = w.to(dtype).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto bd = bias.to(dtype);
        *ours += milliseconds(
            [&] { depthwiseSiluInference(x, wk, bias, b.kernel, b.stride, b.expands); });
        *theirs += milliseconds([&] {
            auto in = b.expands ? torch::silu(x) : x;
            auto y = torch::conv2d(in, wd, bd, b.stride, (b.kernel - 1) / 2, 1, b.channels);
            torch::silu_(y);
            y.sum({2, 3});
        });
    }
}
} // namespace

int main(int argc, char **argv)
{
    const int batch = argc > 1 ? std::atoi(argv[1]) : 4;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    torch::set_num_threads(argc > 3 ? std::atoi(argv[3]) : 2);
    Network fp32 = make(torch::kFloat32, batch), bf16 = make(torch::kBFloat16, batch);
    std::map<std::string, double> best;
    for (int r = 0; r < rounds; ++r)
        for (bool ours : {false, true}) {
            const std::string suffix = ours ? "_kernels" : "_libtorch";
            best["fp32" + suffix] = std::max(best["fp32" + suffix], speed(fp32, ours, 40 / batch + 5));
            best["bf16" + suffix] = std::max(best["bf16" + suffix], speed(bf16, ours, 40 / batch + 5));
        }
    std::printf("{\"batch\": %d, \"threads\": %d", batch, torch::get_num_threads());
    for (const auto &[k, v] : best)
        std::printf(", \"%s_images_per_s\": %.1f", k.c_str(), v);
    for (auto dtype : {torch::kFloat32, torch::kBFloat16}) {
        double ours = 0, theirs = 0;
        depthwiseStages(dtype, batch, &ours, &theirs);
        const char *name = dtype == torch::kFloat32 ? "fp32" : "bf16";
        std::printf(", \"%s_depthwise_stages_kernel_ms\": %.2f, \"%s_depthwise_stages_libtorch_ms\": %.2f",
                    name, ours, name, theirs);
    }
    std::printf("}\n");
}
