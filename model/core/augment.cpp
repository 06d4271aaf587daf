#include "augment.h"

namespace masklens::model {

namespace {
torch::Tensor drawUniform(const torch::Tensor &x, double lo, double hi)
{
    return torch::rand({x.size(0), 1, 1, 1}, x.options()) * (hi - lo) + lo;
}

/// Within augment(), every step after the first writes into the batch it was given (a tensor
/// augment() owns), instead of copying the whole batch once per step: a fifth of its time.
thread_local bool t_inPlace = false;

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
    if (t_inPlace) {
        auto y = x;
        return y.index_copy_(0, which, op(x.index_select(0, which)));
    }
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

torch::Tensor shiftHsvTensorOps(const torch::Tensor &x, const torch::Tensor &hueShift,
                                const torch::Tensor &saturationScale,
                                const torch::Tensor &valueScale)
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

namespace {
/// Python's (and torch's) remainder by 6 for a in -6..12 (the sums below stay in -1..11):
/// selects, not fmodf or floorf library calls, so the loop stays branch-free.
inline float remainder6(float a)
{
    return a < 0 ? a + 6.0f : (a >= 6.0f ? a - 6.0f : a);
}

/// The same conversion one pixel at a time in one pass, spread over the CPU threads, where the
/// tensor version makes some twenty passes over the batch: 1.6x faster for 16 images of
/// 128x160 (bench/run-augment.sh). Needs OpenMP to use the threads (see model/CMakeLists.txt).
torch::Tensor shiftHsvCpu(const torch::Tensor &x, const torch::Tensor &hueShift,
                          const torch::Tensor &saturationScale, const torch::Tensor &valueScale)
{
    const auto in = x.contiguous();
    auto out = torch::empty_like(in, torch::MemoryFormat::Contiguous);
    const auto hue = hueShift.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto sat = saturationScale.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto val = valueScale.to(torch::kCPU, torch::kFloat32).contiguous();
    const int64_t plane = in.size(2) * in.size(3);
    const float *src = in.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const float *hp = hue.data_ptr<float>(), *sp = sat.data_ptr<float>(),
                *vp = val.data_ptr<float>();
    at::parallel_for(0, in.size(0), 1, [&](int64_t first, int64_t last) {
        for (int64_t n = first; n < last; ++n) {
            const float *R = src + n * 3 * plane, *G = R + plane, *B = G + plane;
            float *outR = dst + n * 3 * plane, *outG = outR + plane, *outB = outG + plane;
            // The hue shift brought into 0..6 once, so every sum below stays in -1..11.
            const float hue6 = std::fmod(std::fmod(hp[n] * 6, 6.0f) + 6.0f, 6.0f);
            const float satScale = sp[n], valScale = vp[n];
            for (int64_t p = 0; p < plane; ++p) {
                const float r = R[p], g = G[p], b = B[p];
                const float maxc = std::max(r, std::max(g, b)), minc = std::min(r, std::min(g, b));
                const float inverseDelta = 1.0f / std::max(maxc - minc, 1e-12f);
                const float h = maxc == r   ? (g - b) * inverseDelta
                                : maxc == g ? (b - r) * inverseDelta + 2
                                            : (r - g) * inverseDelta + 4;
                const float h6 = remainder6(h + hue6);
                const float v = std::clamp(maxc * valScale, 0.0f, 1.0f);
                const float s =
                    std::clamp((maxc - minc) / std::max(maxc, 1e-12f) * satScale, 0.0f, 1.0f);
                const float vs = v * s;
                const auto channel = [&](float k0) {
                    const float k = remainder6(h6 + k0);
                    return v - vs * std::clamp(std::min(k, 4 - k), 0.0f, 1.0f);
                };
                outR[p] = channel(5);
                outG[p] = channel(3);
                outB[p] = channel(1);
            }
        }
    });
    return out;
}
} // namespace

torch::Tensor shiftHsv(const torch::Tensor &x, const torch::Tensor &hueShift,
                       const torch::Tensor &saturationScale, const torch::Tensor &valueScale)
{
    if (x.device().is_cpu() && x.scalar_type() == torch::kFloat32 && x.dim() == 4 &&
        x.size(1) == 3 && !x.requires_grad())
        return shiftHsvCpu(x, hueShift, saturationScale, valueScale);
    return shiftHsvTensorOps(x, hueShift, saturationScale, valueScale);
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
        // (t - mean) contrast + mean + brightness, in one pass over the pixels.
        return torch::addcmul(mean * (1 - contrast) + brightness, t, contrast);
    });
}

torch::Tensor gaussianNoise(const torch::Tensor &x, double p, double stdMin, double stdMax)
{
    return onChosen(x, p, [&](const torch::Tensor &t) {
        return torch::addcmul(t, torch::randn_like(t), drawUniform(t, stdMin, stdMax));
    });
}

torch::Tensor augment(const torch::Tensor &x, const AugmentOptions &o)
{
    auto y = horizontalFlip(x, o.flip);
    if (y.is_same(x))
        y = x.clone(); // from here on the batch is augment()'s own
    struct InPlace
    {
        InPlace() { t_inPlace = true; }
        ~InPlace() { t_inPlace = false; }
    } inPlace;
    y = shiftScaleRotate(y, o.shiftScaleRotate, o.rotateLimitDegrees, o.shiftLimit, o.scaleLimit);
    y = hueSaturationValue(y, o.hsv, o.hsvShift);
    y = brightnessContrast(y, o.brightnessContrast, o.brightnessContrastLimit);
    y = gaussianNoise(y, o.noise, o.noiseStdMin, o.noiseStdMax);
    return y.clamp_(0, 1);
}

torch::Tensor normalize(const torch::Tensor &x, const std::array<float, 3> &mean,
                        const std::array<float, 3> &std)
{
    const auto m = torch::tensor({mean[0], mean[1], mean[2]}, x.options()).view({1, 3, 1, 1});
    const auto s = torch::tensor({std[0], std[1], std[2]}, x.options()).view({1, 3, 1, 1});
    return torch::addcmul(-m / s, x, 1 / s); // (x - m) / s in one pass
}

} // namespace masklens::model
