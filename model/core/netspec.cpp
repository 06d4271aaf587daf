// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netspec.h"

namespace masklens::model {

std::string architectureName(Architecture a)
{
    switch (a) {
    case Architecture::EfficientNetB0:
        return "efficientnet_b0";
    case Architecture::Small:
        return "small";
    case Architecture::Medium:
        return "medium";
    case Architecture::MediumHiRes:
        return "medium_hires";
    }
    return "small";
}

InputSize defaultInputSize(Architecture a)
{
    switch (a) {
    case Architecture::EfficientNetB0:
        return {224, 224};
    case Architecture::MediumHiRes:
        return {128, 160};
    case Architecture::Small:
    case Architecture::Medium:
        break;
    }
    return {64, 80};
}

std::optional<Architecture> parseArchitecture(std::string_view text)
{
    if (text == "efficientnet_b0")
        return Architecture::EfficientNetB0;
    if (text == "small")
        return Architecture::Small;
    if (text == "medium")
        return Architecture::Medium;
    if (text == "medium_hires")
        return Architecture::MediumHiRes;
    return std::nullopt;
}

std::string outputLayoutName(OutputLayout o)
{
    return o == OutputLayout::Classes18    ? "classes18"
           : o == OutputLayout::ThreeHeads ? "three_heads"
                                           : "three_heads_age";
}

std::optional<OutputLayout> parseOutputLayout(std::string_view text)
{
    if (text == "classes18" || text == "18")
        return OutputLayout::Classes18;
    if (text == "three_heads" || text == "heads" || text == "8")
        return OutputLayout::ThreeHeads;
    if (text == "three_heads_age" || text == "9")
        return OutputLayout::ThreeHeadsAge;
    return std::nullopt;
}

bool cpuHasNativeBfloat16()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512bf16");
#else
    return false;
#endif
}

bool precisionIsBf16(const std::string &precision, bool onCuda)
{
    return precision == "bf16" || (precision == "auto" && (onCuda || cpuHasNativeBfloat16()));
}

bool parseCropSize(const std::string &text, int *width, int *height)
{
    const auto x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 >= text.size() ||
        text.find_first_not_of("0123456789x") != std::string::npos ||
        text.find('x', x + 1) != std::string::npos || x > 4 || text.size() - x - 1 > 4)
        return false;
    const int w = std::stoi(text.substr(0, x)), h = std::stoi(text.substr(x + 1));
    if (w < 32 || h < 32 || w > kFrameWidth || h > kFrameHeight)
        return false;
    *width = w;
    *height = h;
    return true;
}

} // namespace masklens::model
