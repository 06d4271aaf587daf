// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The users' augmentations on the training device, on a batch of RGB images in 0..1
// (N x 3 x H x W float): horizontal flip, shift-scale-rotate, hue/saturation/value shifts,
// brightness/contrast, Gaussian noise; each drawn per image with its probability. augment()
// draws every number first, then applies them as tensor operations (CUDA) or in one pass per
// image (CPU). Random numbers come from LibTorch's generator (torch::manual_seed makes runs
// repeatable). The single steps with their own draws (horizontalFlip(), ...) are kept for tests.

#include "torchinclude.h"

namespace masklens::model {

struct AugmentOptions
{
    double flip = 0.5;
    double shiftScaleRotate = 0.5;
    double rotateLimitDegrees = 15;
    double shiftLimit = 0.0625; ///< fraction of the image size
    double scaleLimit = 0.1;
    double hsv = 0.5;
    double hsvShift = 0.2; ///< hue in turns, saturation and value as fractions
    double brightnessContrast = 0.5;
    double brightnessContrastLimit = 0.1;
    double noise = 0.5;
    double noiseStdMin = 0.012; ///< albumentations' GaussNoise var 10..50 on 0..255
    double noiseStdMax = 0.028;

    static AugmentOptions none();
};

torch::Tensor horizontalFlip(const torch::Tensor &x, double p);
torch::Tensor shiftScaleRotate(const torch::Tensor &x, double p, double rotateDegrees, double shift,
                               double scale);
torch::Tensor hueSaturationValue(const torch::Tensor &x, double p, double shift);
/// The HSV step with given per-image shifts (N each): hue in turns added, saturation and value
/// multiplied and clamped to 0..1.
/// On the CPU one fused pass over the pixels; elsewhere (CUDA) shiftHsvTensorOps.
torch::Tensor shiftHsv(const torch::Tensor &x, const torch::Tensor &hueShift,
                       const torch::Tensor &saturationScale, const torch::Tensor &valueScale);
/// The same as tensor operations, for any device.
torch::Tensor shiftHsvTensorOps(const torch::Tensor &x, const torch::Tensor &hueShift,
                                const torch::Tensor &saturationScale,
                                const torch::Tensor &valueScale);
torch::Tensor brightnessContrast(const torch::Tensor &x, double p, double limit);
torch::Tensor gaussianNoise(const torch::Tensor &x, double p, double stdMin, double stdMax);

/// What augment() drew for a batch of N images: which steps each image gets (N, 0 or 1) and
/// their parameters (N each, on the batch's device).
struct AugmentDraws
{
    torch::Tensor flip, shiftScaleRotate, hsv, brightnessContrast, noise;
    torch::Tensor angle, scale, shiftX,
        shiftY;                           ///< radians; factor; shifts in grid units (2 = width)
    torch::Tensor hue, saturation, value; ///< as shiftHsv takes them
    torch::Tensor contrast, brightness;
    torch::Tensor noiseStd;
    torch::Tensor noiseValues; ///< standard normal, K x 3 x H x W for the K images with noise
};

/// Draws every step's choice and parameters for the batch x, from LibTorch's generator.
AugmentDraws drawAugmentations(const torch::Tensor &x, const AugmentOptions &options);

/// Applies the draws in the recipe's order (flip, shift-scale-rotate with bilinear sampling and
/// reflected borders, HSV, brightness/contrast about the image's mean, noise), clamped to 0..1,
/// as tensor operations on any device.
torch::Tensor applyAugmentations(const torch::Tensor &x, const AugmentDraws &draws);

/// The same on the CPU in one pass per image (the geometry, HSV, brightness/contrast and noise
/// together, in the image's own memory while it is in cache), the images spread over the
/// threads: what augment() runs on the CPU. Needs a contiguous N x 3 x H x W float batch.
torch::Tensor applyAugmentationsCpu(const torch::Tensor &x, const AugmentDraws &draws);

/// All of the above in the recipe's order; output clamped to 0..1.
torch::Tensor augment(const torch::Tensor &x, const AugmentOptions &options);

/// (x - mean) / std per channel.
torch::Tensor normalize(const torch::Tensor &x, const std::array<float, 3> &mean,
                        const std::array<float, 3> &std);

} // namespace masklens::model
