#include "augment.h"

namespace masklens::model {

namespace {
torch::Tensor drawUniform(const torch::Tensor &x, double lo, double hi)
{
    return torch::rand({x.size(0), 1, 1, 1}, x.options()) * (hi - lo) + lo;
}

/// Applies `op` to the images drawn with probability p (one draw per image) and leaves the
/// others untouched. The work is done on the drawn images only: at p = 0.5 half the cost of
/// transforming the whole batch and blending (which made the augmentations 40% of a CPU step).
template <class Op> torch::Tensor onChosen(const torch::Tensor &x, double p, const Op &op)
{
    if (p <= 0 || x.size(0) == 0)
        return x;
    const auto which = torch::rand({x.size(0)}, x.options()).lt(p).nonzero().squeeze(1);
    const auto k = which.size(0);
    if (k == 0)
        return x;
    if (k == x.size(0))
        return op(x);
    return x.index_copy(0, which, op(x.index_select(0, which)));
}
} // namespace

AugmentOptions AugmentOptions::none()
{
    AugmentOptions o;
    o.flip = o.shiftScaleRotate = o.hsv = o.brightnessContrast = o.noise = 0;
    return o;
}

torch::Tensor horizontalFlip(const torch::Tensor &x, double p)
{
    return onChosen(x, p, [](const torch::Tensor &t) { return t.flip({3}); });
}

torch::Tensor shiftScaleRotate(const torch::Tensor &x, double p, double rotateDegrees, double shift,
                               double scale)
{
    return onChosen(x, p, [&](const torch::Tensor &t) {
        const auto n = t.size(0);
        auto opts = t.options();
        const auto angle = (torch::rand({n}, opts) * 2 - 1) * (rotateDegrees * M_PI / 180.0);
        const auto s = 1 + (torch::rand({n}, opts) * 2 - 1) * scale;
        const auto tx = (torch::rand({n}, opts) * 2 - 1) * shift * 2; // grid units span 2
        const auto ty = (torch::rand({n}, opts) * 2 - 1) * shift * 2;
        // affine_grid maps output to input coordinates: the inverse of the image's motion.
        const auto cos = torch::cos(angle) / s, sin = torch::sin(angle) / s;
        const auto theta =
            torch::stack({torch::stack({cos, -sin, tx}, 1), torch::stack({sin, cos, ty}, 1)}, 1);
        const auto grid =
            torch::nn::functional::affine_grid(theta, t.sizes(), /*align_corners=*/false);
        return torch::nn::functional::grid_sample(t, grid,
                                                  torch::nn::functional::GridSampleFuncOptions()
                                                      .mode(torch::kBilinear)
                                                      .padding_mode(torch::kReflection)
                                                      .align_corners(false));
    });
}

torch::Tensor shiftHsv(const torch::Tensor &x, const torch::Tensor &hueShift,
                       const torch::Tensor &saturationScale, const torch::Tensor &valueScale)
{
    // RGB -> HSV. Where max == min the hue is irrelevant (saturation 0), so no special case.
    const auto r = x.select(1, 0), g = x.select(1, 1), b = x.select(1, 2);
    const auto maxc = std::get<0>(x.max(1)), minc = std::get<0>(x.min(1));
    const auto delta = (maxc - minc).clamp_min(1e-12);
    auto h6 = torch::where(maxc == r, (g - b) / delta,
                           torch::where(maxc == g, (b - r) / delta + 2, (r - g) / delta + 4));
    const auto perImage = [](const torch::Tensor &t) { return t.view({-1, 1, 1}); };
    h6 = (h6 + perImage(hueShift) * 6).remainder(6.0);
    const auto v = (maxc * perImage(valueScale)).clamp(0, 1);
    const auto s = ((maxc - minc) / maxc.clamp_min(1e-12) * perImage(saturationScale)).clamp(0, 1);
    // HSV -> RGB without branches: channel n (R 5, G 3, B 1) is
    // v - v s clamp(min(k, 4 - k), 0, 1) with k = (n + 6 h) mod 6.
    const auto vs = v * s;
    auto channel = [&](double n) {
        const auto k = (h6 + n).remainder(6.0);
        return v - vs * torch::minimum(k, 4 - k).clamp(0, 1);
    };
    return torch::stack({channel(5), channel(3), channel(1)}, 1);
}

torch::Tensor hueSaturationValue(const torch::Tensor &x, double p, double shift)
{
    return onChosen(x, p, [&](const torch::Tensor &t) {
        const auto n = t.size(0);
        auto draw = [&] { return (torch::rand({n}, t.options()) * 2 - 1) * shift; };
        const auto hue = draw(), saturation = 1 + draw(), value = 1 + draw();
        return shiftHsv(t, hue, saturation, value);
    });
}

torch::Tensor brightnessContrast(const torch::Tensor &x, double p, double limit)
{
    return onChosen(x, p, [&](const torch::Tensor &t) {
        const auto contrast = drawUniform(t, 1 - limit, 1 + limit);
        const auto brightness = drawUniform(t, -limit, limit);
        const auto mean = t.mean({1, 2, 3}, /*keepdim=*/true);
        return (t - mean) * contrast + mean + brightness;
    });
}

torch::Tensor gaussianNoise(const torch::Tensor &x, double p, double stdMin, double stdMax)
{
    return onChosen(x, p, [&](const torch::Tensor &t) {
        return t + torch::randn_like(t) * drawUniform(t, stdMin, stdMax);
    });
}

torch::Tensor augment(const torch::Tensor &x, const AugmentOptions &o)
{
    auto y = horizontalFlip(x, o.flip);
    y = shiftScaleRotate(y, o.shiftScaleRotate, o.rotateLimitDegrees, o.shiftLimit, o.scaleLimit);
    y = hueSaturationValue(y, o.hsv, o.hsvShift);
    y = brightnessContrast(y, o.brightnessContrast, o.brightnessContrastLimit);
    y = gaussianNoise(y, o.noise, o.noiseStdMin, o.noiseStdMax);
    return y.clamp(0, 1);
}

torch::Tensor normalize(const torch::Tensor &x, const std::array<float, 3> &mean,
                        const std::array<float, 3> &std)
{
    const auto m = torch::tensor({mean[0], mean[1], mean[2]}, x.options()).view({1, 3, 1, 1});
    const auto s = torch::tensor({std[0], std[1], std[2]}, x.options()).view({1, 3, 1, 1});
    return (x - m) / s;
}

} // namespace masklens::model
