// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "augment.h"

#include "vectorclones.h"

#include <algorithm>
#include <cmath>
#include <vector>

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

namespace {
/// Shift-scale-rotate with given per-image parameters: bilinear sampling, reflected borders.
torch::Tensor shiftScaleRotateWith(const torch::Tensor &t, const torch::Tensor &angle,
                                   const torch::Tensor &s, const torch::Tensor &tx,
                                   const torch::Tensor &ty)
{
    // affine_grid maps output to input coordinates: the inverse of the image's motion.
    const auto cos = torch::cos(angle) / s, sin = torch::sin(angle) / s;
    const auto theta =
        torch::stack({torch::stack({cos, -sin, tx}, 1), torch::stack({sin, cos, ty}, 1)}, 1);
    const auto grid = torch::nn::functional::affine_grid(theta, t.sizes(), /*align_corners=*/false);
    return torch::nn::functional::grid_sample(t, grid,
                                              torch::nn::functional::GridSampleFuncOptions()
                                                  .mode(torch::kBilinear)
                                                  .padding_mode(torch::kReflection)
                                                  .align_corners(false));
}

/// (t - mean) contrast + mean + brightness, in one pass over the pixels.
torch::Tensor brightnessContrastWith(const torch::Tensor &t, const torch::Tensor &contrast,
                                     const torch::Tensor &brightness)
{
    const auto perImage = [](const torch::Tensor &v) { return v.view({-1, 1, 1, 1}); };
    const auto mean = t.mean({1, 2, 3}, /*keepdim=*/true);
    return torch::addcmul(mean * (1 - perImage(contrast)) + perImage(brightness), t,
                          perImage(contrast));
}
} // namespace

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
        return shiftScaleRotateWith(t, angle, s, tx, ty);
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

/// min(max(v, 0), 1) as two selects.
inline float clamp01(float v)
{
    v = v > 0.0f ? v : 0.0f;
    return v < 1.0f ? v : 1.0f;
}

/// The HSV shift of one image's planes (R, G, B of `plane` pixels each), in place, pixel by
/// pixel in one pass: selects and no branches, so that it vectorises (8-16 pixels at a time).
MASKLENS_VECTOR_CLONES
void shiftHsvImage(float *image, int64_t plane, float hueShift, float satScale, float valScale)
{
    float *R = image, *G = R + plane, *B = G + plane;
    // The hue shift brought into 0..6 once, so every sum below stays in -1..11.
    const float hue6 = std::fmod(std::fmod(hueShift * 6, 6.0f) + 6.0f, 6.0f);
    for (int64_t p = 0; p < plane; ++p) {
        const float r = R[p], g = G[p], b = B[p];
        const float maxc = std::max(r, std::max(g, b)), minc = std::min(r, std::min(g, b));
        const float inverseDelta = 1.0f / std::max(maxc - minc, 1e-12f);
        const float hr = (g - b) * inverseDelta, hg = (b - r) * inverseDelta + 2,
                    hb = (r - g) * inverseDelta + 4;
        const float h = maxc == r ? hr : (maxc == g ? hg : hb);
        const float h6 = remainder6(h + hue6);
        const float v = clamp01(maxc * valScale);
        const float s = clamp01((maxc - minc) / std::max(maxc, 1e-12f) * satScale);
        const float vs = v * s;
        const float kr = remainder6(h6 + 5), kg = remainder6(h6 + 3), kb = remainder6(h6 + 1);
        R[p] = v - vs * clamp01(std::min(kr, 4 - kr));
        G[p] = v - vs * clamp01(std::min(kg, 4 - kg));
        B[p] = v - vs * clamp01(std::min(kb, 4 - kb));
    }
}

/// The same conversion one pixel at a time in one pass, spread over the CPU threads, where the
/// tensor version makes some twenty passes over the batch: 1.6x faster for 16 images of
/// 128x160 (bench/run-augment.sh). Needs OpenMP to use the threads (see model/CMakeLists.txt).
torch::Tensor shiftHsvCpu(const torch::Tensor &x, const torch::Tensor &hueShift,
                          const torch::Tensor &saturationScale, const torch::Tensor &valueScale)
{
    auto out = x.contiguous().clone(); // shifted in place
    const auto hue = hueShift.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto sat = saturationScale.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto val = valueScale.to(torch::kCPU, torch::kFloat32).contiguous();
    const int64_t plane = out.size(2) * out.size(3);
    float *dst = out.data_ptr<float>();
    const float *hp = hue.data_ptr<float>(), *sp = sat.data_ptr<float>(),
                *vp = val.data_ptr<float>();
    at::parallel_for(0, out.size(0), 1, [&](int64_t first, int64_t last) {
        for (int64_t n = first; n < last; ++n)
            shiftHsvImage(dst + n * 3 * plane, plane, hp[n], sp[n], vp[n]);
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
        const auto contrast = drawUniform(t, 1 - limit, 1 + limit).view({-1});
        const auto brightness = drawUniform(t, -limit, limit).view({-1});
        return brightnessContrastWith(t, contrast, brightness);
    });
}

torch::Tensor gaussianNoise(const torch::Tensor &x, double p, double stdMin, double stdMax)
{
    return onChosen(x, p, [&](const torch::Tensor &t) {
        return torch::addcmul(t, torch::randn_like(t), drawUniform(t, stdMin, stdMax));
    });
}

AugmentDraws drawAugmentations(const torch::Tensor &x, const AugmentOptions &o)
{
    const auto opts = x.options().dtype(torch::kFloat32);
    const auto u = torch::rand({x.size(0), 15}, opts); // one column per choice or parameter
    const auto column = [&](int i) { return u.select(1, i).contiguous(); };
    const auto symmetric = [&](int i, double limit) { return (column(i) * 2 - 1) * limit; };
    AugmentDraws d;
    d.flip = column(0).lt(o.flip);
    d.shiftScaleRotate = column(1).lt(o.shiftScaleRotate);
    d.hsv = column(2).lt(o.hsv);
    d.brightnessContrast = column(3).lt(o.brightnessContrast);
    d.noise = column(4).lt(o.noise);
    d.angle = symmetric(5, o.rotateLimitDegrees * M_PI / 180.0);
    d.scale = 1 + symmetric(6, o.scaleLimit);
    d.shiftX = symmetric(7, o.shiftLimit * 2); // grid units span 2
    d.shiftY = symmetric(8, o.shiftLimit * 2);
    d.hue = symmetric(9, o.hsvShift);
    d.saturation = 1 + symmetric(10, o.hsvShift);
    d.value = 1 + symmetric(11, o.hsvShift);
    d.contrast = 1 + symmetric(12, o.brightnessContrastLimit);
    d.brightness = symmetric(13, o.brightnessContrastLimit);
    d.noiseStd = o.noiseStdMin + column(14) * (o.noiseStdMax - o.noiseStdMin);
    const int64_t noisy = d.noise.sum().item<int64_t>();
    d.noiseValues = torch::randn({noisy, 3, x.size(2), x.size(3)}, opts);
    return d;
}

torch::Tensor applyAugmentations(const torch::Tensor &x, const AugmentDraws &d)
{
    auto y = x;
    // Each step on the images drawn for it only (see onChosen).
    const auto step = [&](const torch::Tensor &drawn, const auto &op) {
        const auto which = drawn.nonzero().squeeze(1);
        if (which.size(0) == 0)
            return;
        const auto of = [&](const torch::Tensor &v) { return v.index_select(0, which); };
        y = which.size(0) == y.size(0) ? op(y, of)
                                       : y.index_copy(0, which, op(y.index_select(0, which), of));
    };
    step(d.flip, [](const torch::Tensor &t, const auto &) { return t.flip({3}); });
    step(d.shiftScaleRotate, [&](const torch::Tensor &t, const auto &of) {
        return shiftScaleRotateWith(t, of(d.angle), of(d.scale), of(d.shiftX), of(d.shiftY));
    });
    step(d.hsv, [&](const torch::Tensor &t, const auto &of) {
        return shiftHsvTensorOps(t, of(d.hue), of(d.saturation), of(d.value));
    });
    step(d.brightnessContrast, [&](const torch::Tensor &t, const auto &of) {
        return brightnessContrastWith(t, of(d.contrast), of(d.brightness));
    });
    step(d.noise, [&](const torch::Tensor &t, const auto &of) {
        return torch::addcmul(t, d.noiseValues, of(d.noiseStd).view({-1, 1, 1, 1}));
    });
    return y.clamp(0, 1);
}

namespace {
/// grid_sample's reflection of a pixel coordinate for align_corners = false: mirrored about the
/// border pixels' outer edges (-0.5 and size - 0.5), then clipped to the pixel centres.
inline float reflectCoordinate(float v, int64_t size)
{
    const float span = float(size);
    if (v >= -0.5f && v <= span - 0.5f) // inside: only the clip (nearly every pixel)
        return std::clamp(v, 0.0f, span - 1);
    const float in = std::abs(v + 0.5f);
    const float extra = std::fmod(in, span);
    const auto flips = int64_t(std::floor(in / span));
    const float r = flips % 2 == 0 ? extra - 0.5f : span - extra - 0.5f;
    return std::clamp(r, 0.0f, span - 1);
}

/// Flip and shift-scale-rotate of one image (planes of H x W) with grid_sample's arithmetic:
/// output pixel (i, j) samples the input at the affine map of its normalised centre, bilinear,
/// borders reflected; the flip folds into the sampling coordinate.
void warpImage(const float *in, float *out, int64_t H, int64_t W, float angle, float scale,
               float shiftX, float shiftY, bool flip)
{
    const int64_t plane = H * W;
    const float c = std::cos(angle) / scale, s = std::sin(angle) / scale;
    for (int64_t i = 0; i < H; ++i) {
        const float yn = float(2 * i + 1) / float(H) - 1;
        for (int64_t j = 0; j < W; ++j) {
            const float xn = float(2 * j + 1) / float(W) - 1;
            const float gx = c * xn - s * yn + shiftX, gy = s * xn + c * yn + shiftY;
            float ix = reflectCoordinate(((gx + 1) * float(W) - 1) / 2, W);
            const float iy = reflectCoordinate(((gy + 1) * float(H) - 1) / 2, H);
            if (flip)
                ix = float(W - 1) - ix;
            // Both are in 0..size-1 here: truncation is the floor.
            const auto x0 = int64_t(ix), y0 = int64_t(iy);
            const float fx = ix - float(x0), fy = iy - float(y0);
            const int64_t x1 = std::min(x0 + 1, W - 1), y1 = std::min(y0 + 1, H - 1);
            const float w00 = (1 - fx) * (1 - fy), w01 = fx * (1 - fy), w10 = (1 - fx) * fy,
                        w11 = fx * fy;
            const int64_t a = y0 * W + x0, b = y0 * W + x1, cc = y1 * W + x0, d = y1 * W + x1;
            for (int ch = 0; ch < 3; ++ch) {
                const float *P = in + ch * plane;
                out[ch * plane + i * W + j] = P[a] * w00 + P[b] * w01 + P[cc] * w10 + P[d] * w11;
            }
        }
    }
}

/// v * scale + offset (+ z * sigma), clamped to 0..1: brightness/contrast, noise and the clamp.
MASKLENS_VECTOR_CLONES
void finishImage(float *v, int64_t count, float scale, float offset, const float *z, float sigma)
{
    if (z) {
        for (int64_t k = 0; k < count; ++k)
            v[k] = std::clamp(v[k] * scale + offset + z[k] * sigma, 0.0f, 1.0f);
    } else {
        for (int64_t k = 0; k < count; ++k)
            v[k] = std::clamp(v[k] * scale + offset, 0.0f, 1.0f);
    }
}
} // namespace

torch::Tensor applyAugmentationsCpu(const torch::Tensor &x, const AugmentDraws &d)
{
    TORCH_CHECK(x.device().is_cpu() && x.scalar_type() == torch::kFloat32 && x.dim() == 4 &&
                    x.size(1) == 3,
                "applyAugmentationsCpu: not an N x 3 x H x W float batch on the CPU");
    const auto in = x.contiguous();
    auto out = torch::empty_like(in, torch::MemoryFormat::Contiguous);
    const int64_t N = in.size(0), H = in.size(2), W = in.size(3), plane = H * W;
    // Every per-image number in one N x 15 float table.
    const auto table = torch::stack({d.flip, d.shiftScaleRotate, d.hsv, d.brightnessContrast,
                                     d.noise, d.angle, d.scale, d.shiftX, d.shiftY, d.hue,
                                     d.saturation, d.value, d.contrast, d.brightness, d.noiseStd},
                                    1)
                           .to(torch::kCPU, torch::kFloat32)
                           .contiguous();
    const auto noise = d.noiseValues.to(torch::kCPU, torch::kFloat32).contiguous();
    std::vector<int64_t> noiseRow(N, -1);
    const float *t = table.data_ptr<float>();
    for (int64_t n = 0, row = 0; n < N; ++n)
        if (t[n * 15 + 4] > 0)
            noiseRow[n] = row++;
    TORCH_CHECK(noise.size(0) == std::count_if(noiseRow.begin(), noiseRow.end(),
                                               [](int64_t r) { return r >= 0; }),
                "applyAugmentationsCpu: noise drawn for a different number of images");
    const float *src = in.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const float *noiseData = noise.numel() ? noise.data_ptr<float>() : nullptr;

    at::parallel_for(0, N, 1, [&](int64_t first, int64_t last) {
        for (int64_t n = first; n < last; ++n) {
            const float *p = t + n * 15;
            const float *R = src + n * 3 * plane;
            float *O = dst + n * 3 * plane;
            const bool flip = p[0] > 0;
            if (p[1] > 0)
                warpImage(R, O, H, W, p[5], p[6], p[7], p[8], flip);
            else if (flip)
                for (int64_t row = 0; row < 3 * H; ++row)
                    std::reverse_copy(R + row * W, R + (row + 1) * W, O + row * W);
            else
                std::copy(R, R + 3 * plane, O);
            if (p[2] > 0)
                shiftHsvImage(O, plane, p[9], p[10], p[11]);
            float scale = 1, offset = 0;
            if (p[3] > 0) { // brightness/contrast about the image's mean
                double sum = 0;
                for (int64_t k = 0; k < 3 * plane; ++k)
                    sum += O[k];
                const float mean = float(sum / double(3 * plane));
                scale = p[12];
                offset = mean * (1 - p[12]) + p[13];
            }
            const float *Z = noiseRow[n] >= 0 ? noiseData + noiseRow[n] * 3 * plane : nullptr;
            finishImage(O, 3 * plane, scale, offset, Z, p[14]);
        }
    });
    return out;
}

torch::Tensor augment(const torch::Tensor &x, const AugmentOptions &o)
{
    const auto draws = drawAugmentations(x, o);
    if (x.device().is_cpu() && x.scalar_type() == torch::kFloat32 && x.dim() == 4 &&
        x.size(1) == 3 && !x.requires_grad())
        return applyAugmentationsCpu(x, draws);
    return applyAugmentations(x, draws);
}

torch::Tensor normalize(const torch::Tensor &x, const std::array<float, 3> &mean,
                        const std::array<float, 3> &std)
{
    const auto m = torch::tensor({mean[0], mean[1], mean[2]}, x.options()).view({1, 3, 1, 1});
    const auto s = torch::tensor({std[0], std[1], std[2]}, x.options()).view({1, 3, 1, 1});
    return torch::addcmul(-m / s, x, 1 / s); // (x - m) / s in one pass
}

} // namespace masklens::model
