// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a network is: architecture, output layout, input preprocessing, age bands of the labels
// it learned. Plain C++ (no torch, no Qt): the training core builds with LibTorch alone.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace masklens::model {

inline constexpr int kClasses = 18;
inline constexpr int kHeadOutputs = 8;    ///< mask 3 + gender 2 + age band 3
inline constexpr int kHeadAgeOutputs = 9; ///< the three heads + the age in years, regressed

enum class Architecture { EfficientNetB0, Small, Medium, MediumHiRes };
/// Classes18: one 18-way softmax. ThreeHeads: 8 logits, softmax per head, p = pm * pg * pa.
/// ThreeHeadsAge: the three heads and a ninth output, the age regressed in years
/// ((age - kAgeCentre) / kAgeScale), which trains the network on the exact age the labels
/// carry and not only on its band; the class probabilities come from the three heads alone.
enum class OutputLayout { Classes18, ThreeHeads, ThreeHeadsAge };
inline constexpr double kAgeCentre = 40.0;
inline constexpr double kAgeScale = 10.0;

std::string architectureName(Architecture a); ///< efficientnet_b0 | small | medium | medium_hires
std::optional<Architecture> parseArchitecture(std::string_view text);
/// The input size a network trains at unless --size says otherwise (the one place it is kept):
/// 224x224 for EfficientNet-B0 (ImageNet's), 128x160 for the fine-detail CNN, 64x80 for the
/// small and medium ones.
struct InputSize
{
    int width;
    int height;
};
InputSize defaultInputSize(Architecture a);
std::string outputLayoutName(OutputLayout o); ///< classes18 | three_heads | three_heads_age
std::optional<OutputLayout> parseOutputLayout(std::string_view text);
inline int outputWidth(OutputLayout o)
{
    return o == OutputLayout::Classes18    ? kClasses
           : o == OutputLayout::ThreeHeads ? kHeadOutputs
                                           : kHeadAgeOutputs;
}

/// Whether this CPU has native bfloat16 instructions (AVX-512 BF16), which make
/// `--precision bf16` fast on the CPU.
bool cpuHasNativeBfloat16();

/// Whether a precision choice ("fp32", "bf16", "auto") means bfloat16: auto picks it on CUDA or
/// where the CPU has it natively (predict --precision, train --predict-precision).
bool precisionIsBf16(const std::string &precision, bool onCuda);

/// The competition baseline's face crop (--face-crop) in the 384x512 frame.
inline constexpr int kBaselineCropWidth = 256;
inline constexpr int kBaselineCropHeight = 320;
/// The frame the crop sizes are given in; other frames scale them.
inline constexpr int kFrameWidth = 384;
inline constexpr int kFrameHeight = 512;

/// Parses --crop's "WxH" (a centre region of the 384x512 frame, at least 32x32); false if
/// malformed or larger than the frame.
bool parseCropSize(const std::string &text, int *width, int *height);

struct Preprocessing
{
    int width = 224;
    int height = 224;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f}; ///< RGB, on 0..1 values
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
    /// Crop the face region before resizing: the centre cropWidth x cropHeight of a 384x512
    /// frame (256x320 is the competition baseline's crop), scaled to the frame's actual size.
    bool faceCrop = false;
    int cropWidth = kBaselineCropWidth;
    int cropHeight = kBaselineCropHeight;
};

struct ModelSpec
{
    Architecture architecture = Architecture::EfficientNetB0;
    OutputLayout outputs = OutputLayout::Classes18;
    Preprocessing preprocessing;
    int middleFrom = 30; ///< the age bands of the labels the model learned
    int oldFrom = 60;
    /// Test-time flips (a choice at prediction time, not saved in checkpoints): each image's
    /// probabilities are the mean of the image's and its mirror image's. Twice the cost.
    bool flipTest = false;
};

} // namespace masklens::model
