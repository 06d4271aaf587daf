#include "augment.h"

namespace masklens::model {

namespace {
/// Per-image Bernoulli(p) mask, shape N x 1 x 1 x 1, on x's device.
torch::Tensor chosen(const torch::Tensor &x, double p)
{
    return torch::rand({x.size(0), 1, 1, 1}, x.options()).lt(p);
}

torch::Tensor drawUniform(const torch::Tensor &x, double lo, double hi)
{
    return torch::rand({x.size(0), 1, 1, 1}, x.options()) * (hi - lo) + lo;
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
    if (p <= 0)
        return x;
    return torch::where(chosen(x, p), x.flip({3}), x);
}

torch::Tensor shiftScaleRotate(const torch::Tensor &x, double p, double rotateDegrees, double shift,
                               double scale)
{
    if (p <= 0)
        return x;
    const auto n = x.size(0);
    auto opts = x.options();
    const auto on = torch::rand({n}, opts).lt(p).to(x.scalar_type());
    const auto angle = (torch::rand({n}, opts) * 2 - 1) * (rotateDegrees * M_PI / 180.0) * on;
    const auto s = 1 + (torch::rand({n}, opts) * 2 - 1) * scale * on;
    const auto tx = (torch::rand({n}, opts) * 2 - 1) * shift * 2 * on; // grid units span 2
    const auto ty = (torch::rand({n}, opts) * 2 - 1) * shift * 2 * on;
    // affine_grid maps output to input coordinates: the inverse of the image's motion.
    const auto cos = torch::cos(angle) / s, sin = torch::sin(angle) / s;
    const auto theta =
        torch::stack({torch::stack({cos, -sin, tx}, 1), torch::stack({sin, cos, ty}, 1)}, 1);
    const auto grid = torch::nn::functional::affine_grid(theta, x.sizes(), /*align_corners=*/false);
    return torch::nn::functional::grid_sample(x, grid,
                                              torch::nn::functional::GridSampleFuncOptions()
                                                  .mode(torch::kBilinear)
                                                  .padding_mode(torch::kReflection)
                                                  .align_corners(false));
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
    if (p <= 0)
        return x;
    const auto n = x.size(0);
    const auto on = torch::rand({n}, x.options()).lt(p).to(x.scalar_type());
    auto draw = [&] { return (torch::rand({n}, x.options()) * 2 - 1) * shift * on; };
    const auto hue = draw(), saturation = 1 + draw(), value = 1 + draw();
    return shiftHsv(x, hue, saturation, value);
}

torch::Tensor brightnessContrast(const torch::Tensor &x, double p, double limit)
{
    if (p <= 0)
        return x;
    const auto on = chosen(x, p);
    const auto contrast =
        torch::where(on, drawUniform(x, 1 - limit, 1 + limit), torch::ones({1}, x.options()));
    const auto brightness =
        torch::where(on, drawUniform(x, -limit, limit), torch::zeros({1}, x.options()));
    const auto mean = x.mean({1, 2, 3}, /*keepdim=*/true);
    return (x - mean) * contrast + mean + brightness;
}

torch::Tensor gaussianNoise(const torch::Tensor &x, double p, double stdMin, double stdMax)
{
    if (p <= 0)
        return x;
    const auto sigma = drawUniform(x, stdMin, stdMax) * chosen(x, p).to(x.scalar_type());
    return x + torch::randn_like(x) * sigma;
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
