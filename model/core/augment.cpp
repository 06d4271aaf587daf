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

torch::Tensor hueSaturationValue(const torch::Tensor &x, double p, double shift)
{
    if (p <= 0)
        return x;
    // RGB -> HSV, shift, back; all on the device.
    const auto r = x.select(1, 0), g = x.select(1, 1), b = x.select(1, 2);
    const auto maxc = std::get<0>(x.max(1)), minc = std::get<0>(x.min(1));
    const auto delta = maxc - minc;
    const auto safe = delta.clamp_min(1e-6);
    auto h = torch::where(maxc == r, (g - b) / safe,
                          torch::where(maxc == g, (b - r) / safe + 2, (r - g) / safe + 4));
    h = torch::where(delta > 0, (h / 6).remainder(1.0), torch::zeros_like(h));
    auto s = torch::where(maxc > 0, delta / maxc.clamp_min(1e-6), torch::zeros_like(maxc));
    auto v = maxc;
    const auto on = chosen(x, p).squeeze(1);
    const auto n = x.size(0);
    auto draw = [&] { return (torch::rand({n, 1, 1}, x.options()) * 2 - 1) * shift; };
    h = torch::where(on, (h + draw()).remainder(1.0), h);
    s = torch::where(on, (s * (1 + draw())).clamp(0, 1), s);
    v = torch::where(on, (v * (1 + draw())).clamp(0, 1), v);
    // HSV -> RGB
    const auto h6 = h * 6;
    const auto i = h6.floor();
    const auto f = h6 - i;
    const auto pch = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    const auto sector = i.remainder(6).to(torch::kLong);
    auto pick = [&](std::initializer_list<torch::Tensor> choices) {
        std::vector<torch::Tensor> c(choices);
        auto out = c[5];
        for (int k = 4; k >= 0; --k)
            out = torch::where(sector == k, c[k], out);
        return out;
    };
    const auto rr = pick({v, q, pch, pch, t, v});
    const auto gg = pick({t, v, v, q, pch, pch});
    const auto bb = pick({pch, pch, t, v, v, q});
    return torch::stack({rr, gg, bb}, 1);
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
