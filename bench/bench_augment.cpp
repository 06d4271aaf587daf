// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The augmentation step's cost per batch (the users' recipe at 128x160, half of each batch drawn
// for each step, two threads): the HSV step as one fused CPU pass against the same conversion
// as tensor operations (the CUDA path), side by side, and the whole augment + normalise.
// Prints one JSON line; bench/run-augment.sh runs it.
#include "model/core/augment.h"

#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace masklens::model;

namespace {
template <class F> double millisecondsPerCall(int calls, const F &f)
{
    f(); // warm-up
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i)
        f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
               .count() /
           calls;
}
} // namespace

int main(int argc, char *argv[])
{
    const int threads = argc > 1 ? std::max(1, atoi(argv[1])) : 2;
    const int calls = argc > 2 ? std::max(1, atoi(argv[2])) : 100;
    // The trainer's allocator settings (model/core/trainer.cpp): freed memory is kept.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    torch::set_num_threads(threads);
    torch::manual_seed(1);
    const auto batch = torch::rand({32, 3, 160, 128});
    const auto half = batch.narrow(0, 0, 16).contiguous();
    const auto hue = (torch::rand({16}) - 0.5) * 0.4, sat = torch::rand({16}) * 0.4 + 0.8,
               val = torch::rand({16}) * 0.4 + 0.8;
    const AugmentOptions recipe;
    const std::array<float, 3> mean{0.485f, 0.456f, 0.406f}, std{0.229f, 0.224f, 0.225f};

    // Alternate the two HSV versions so that a slow spell of the machine hits both.
    double fused = 1e9, ops = 1e9;
    for (int round = 0; round < 3; ++round) {
        fused = std::min(fused, millisecondsPerCall(calls, [&] { shiftHsv(half, hue, sat, val); }));
        ops = std::min(ops,
                       millisecondsPerCall(calls, [&] { shiftHsvTensorOps(half, hue, sat, val); }));
    }
    // The whole recipe on the same draws: one fused pass per image (augment() on the CPU)
    // against the steps as tensor operations (the CUDA path), plus drawing the numbers.
    const auto draws = drawAugmentations(batch, recipe);
    double wholeFused = 1e9, wholeOps = 1e9;
    for (int round = 0; round < 3; ++round) {
        wholeFused = std::min(
            wholeFused, millisecondsPerCall(calls, [&] { applyAugmentationsCpu(batch, draws); }));
        wholeOps = std::min(wholeOps,
                            millisecondsPerCall(calls, [&] { applyAugmentations(batch, draws); }));
    }
    const double draw = millisecondsPerCall(calls, [&] { drawAugmentations(batch, recipe); });
    const double whole =
        millisecondsPerCall(calls, [&] { normalize(augment(batch, recipe), mean, std); });
    std::printf("{\"threads\":%d,\"hsv_fused_ms\":%.3f,\"hsv_tensor_ops_ms\":%.3f,"
                "\"apply_fused_ms\":%.3f,\"apply_tensor_ops_ms\":%.3f,\"draw_ms\":%.3f,"
                "\"augment_and_normalize_ms\":%.3f,\"batch\":32,\"width\":128,\"height\":160}\n",
                threads, fused, ops, wholeFused, wholeOps, draw, whole);
    return 0;
}
