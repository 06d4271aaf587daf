// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingkernels.h"

#include "expapprox.h"
#include "vectorclones.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace masklens::model {

namespace {

// The row kernels below run over pixels (rows) of C channels each; every inner loop is over the
// channels, contiguous in channels-last memory, and written so the compiler vectorises it.

/// Pixels per block of partial sums: fixed, so the sums do not depend on the thread count.
constexpr int64_t kRowsPerBlock = 64;

/// e^x to ~1 ulp for x in [-87, 88] (clamped outside; the SiLU's tails need no more), branch-free
/// so that it vectorises: Cody-Waite reduction by ln 2 and Cephes' degree-6 polynomial.
inline float expClamped(float x)
{
    x = std::min(std::max(x, -87.0f), 88.0f);
    float n;
    const float p = expMantissa(x, &n);
    const auto scale = std::bit_cast<float>(std::uint32_t(std::int32_t(n) + 127) << 23);
    return p * scale;
}

/// s1[c] = sum(x - shift[c]), s2[c] = sum((x - shift[c])^2) over `rows` pixels.
MASKLENS_VECTOR_CLONES
void sumRows(const float *__restrict x, int64_t rows, int64_t C, const float *__restrict shift,
             float *__restrict s1, float *__restrict s2)
{
    std::fill(s1, s1 + C, 0.0f);
    std::fill(s2, s2 + C, 0.0f);
    for (int64_t r = 0; r < rows; ++r) {
        const float *row = x + r * C;
        for (int64_t c = 0; c < C; ++c) {
            const float d = row[c] - shift[c];
            s1[c] += d;
            s2[c] += d * d;
        }
    }
}

// The batch norm's z = (x - mean) * a + b, with the mean rounded to float and b holding the
// rounding's share: x - mean is exact for values near the mean, so z keeps its precision when the
// mean is far larger than the spread (x * a - mean * a would cancel).

/// y = silu((x - mean) * a + b).
MASKLENS_VECTOR_CLONES
void normSiluRows(const float *__restrict x, float *__restrict y, int64_t rows, int64_t C,
                  const float *__restrict mean, const float *__restrict a,
                  const float *__restrict b)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * C;
        float *out = y + r * C;
        for (int64_t c = 0; c < C; ++c) {
            const float z = (in[c] - mean[c]) * a[c] + b[c];
            out[c] = z / (1.0f + expClamped(-z));
        }
    }
}

/// g = dy * silu'(z) with z = (x - mean) * a + b, written to `g`; sums of g and of
/// g * (x - mean) per channel into sg and sgx.
MASKLENS_VECTOR_CLONES
void siluGradRows(const float *__restrict x, const float *__restrict dy, float *__restrict g,
                  int64_t rows, int64_t C, const float *__restrict a, const float *__restrict b,
                  const float *__restrict mean, float *__restrict sg, float *__restrict sgx)
{
    std::fill(sg, sg + C, 0.0f);
    std::fill(sgx, sgx + C, 0.0f);
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * C, *up = dy + r * C;
        float *out = g + r * C;
        for (int64_t c = 0; c < C; ++c) {
            const float d = in[c] - mean[c];
            const float z = d * a[c] + b[c];
            const float s = 1.0f / (1.0f + expClamped(-z));
            const float v = up[c] * s * (1.0f + z * (1.0f - s));
            out[c] = v;
            sg[c] += v;
            sgx[c] += v * d;
        }
    }
}

/// The batch norm's input gradient, in place of g: dx = k * g + kx * (x - mean) + k0.
MASKLENS_VECTOR_CLONES
void normGradRows(const float *__restrict x, float *__restrict g, int64_t rows, int64_t C,
                  const float *__restrict mean, const float *__restrict k,
                  const float *__restrict kx, const float *__restrict k0)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * C;
        float *out = g + r * C;
        for (int64_t c = 0; c < C; ++c)
            out[c] = k[c] * out[c] + kx[c] * (in[c] - mean[c]) + k0[c];
    }
}

/// Runs `kernel(firstRow, rows, block)` over the blocks of kRowsPerBlock pixels, in parallel.
template <typename Kernel> void forEachBlock(int64_t pixels, int64_t C, const Kernel &kernel)
{
    const int64_t blocks = (pixels + kRowsPerBlock - 1) / kRowsPerBlock;
    const int64_t grain = std::max<int64_t>(1, 32768 / (kRowsPerBlock * C));
    at::parallel_for(0, blocks, grain, [&](int64_t first, int64_t last) {
        for (int64_t blk = first; blk < last; ++blk) {
            const int64_t row = blk * kRowsPerBlock;
            kernel(row, std::min(kRowsPerBlock, pixels - row), blk);
        }
    });
}

/// Per-block partial sums (blocks x C, two of them) added up in order, in double.
void addBlocks(const std::vector<float> &partial, int64_t blocks, int64_t C,
               std::vector<double> *total)
{
    total->assign(C, 0.0);
    for (int64_t blk = 0; blk < blocks; ++blk) {
        const float *p = partial.data() + blk * C;
        for (int64_t c = 0; c < C; ++c)
            (*total)[c] += p[c];
    }
}

class BatchNormSilu : public torch::autograd::Function<BatchNormSilu>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
                                 const torch::Tensor &weight, const torch::Tensor &bias,
                                 torch::Tensor runningMean, torch::Tensor runningVar,
                                 double momentum, double eps)
    {
        const int64_t C = x.size(1), pixels = x.numel() / C;
        const int64_t blocks = (pixels + kRowsPerBlock - 1) / kRowsPerBlock;
        const float *px = x.data_ptr<float>();

        // Statistics: sums of the values shifted by the first pixel's (so that the squares do
        // not cancel), per block in float, over the blocks in double.
        std::vector<float> shift(px, px + C), p1(blocks * C), p2(blocks * C);
        forEachBlock(pixels, C, [&](int64_t row, int64_t rows, int64_t blk) {
            sumRows(px + row * C, rows, C, shift.data(), p1.data() + blk * C, p2.data() + blk * C);
        });
        std::vector<double> s1, s2;
        addBlocks(p1, blocks, C, &s1);
        addBlocks(p2, blocks, C, &s2);

        // Per channel: the mean in float and the scale a = weight * invstd; the mean's rounding
        // (its exact value minus the float) moves into the offset b.
        const auto w = weight.contiguous(), bi = bias.contiguous();
        const float *pw = w.data_ptr<float>(), *pb = bi.data_ptr<float>();
        auto stats = torch::empty({5, C}, w.options());
        auto mean = stats[0], invstd = stats[1], scale = stats[2], offset = stats[3],
             rounding = stats[4];
        std::vector<double> unbiasedVar(C);
        float *pm = mean.data_ptr<float>(), *pis = invstd.data_ptr<float>(),
              *pa = scale.data_ptr<float>(), *pb2 = offset.data_ptr<float>(),
              *pr = rounding.data_ptr<float>();
        for (int64_t c = 0; c < C; ++c) {
            const double m = s1[c] / double(pixels);
            const double var = std::max(0.0, s2[c] / double(pixels) - m * m);
            const double is = 1.0 / std::sqrt(var + eps);
            const double exactMean = double(shift[c]) + m;
            pm[c] = float(exactMean);
            pr[c] = float(exactMean - double(pm[c]));
            pis[c] = float(is);
            pa[c] = float(pw[c] * is);
            pb2[c] = float(pb[c] - double(pr[c]) * pw[c] * is);
            unbiasedVar[c] = var * double(pixels) / double(pixels - 1);
        }
        {
            torch::NoGradGuard noGrad;
            runningMean.mul_(1.0 - momentum).add_(mean, momentum);
            runningVar.mul_(1.0 - momentum)
                .add_(torch::tensor(unbiasedVar, torch::kFloat64).to(runningVar.options()),
                      momentum);
        }

        auto y = torch::empty_like(x, torch::MemoryFormat::ChannelsLast);
        float *py = y.data_ptr<float>();
        forEachBlock(pixels, C, [&](int64_t row, int64_t rows, int64_t) {
            normSiluRows(px + row * C, py + row * C, rows, C, pm, pa, pb2);
        });
        ctx->save_for_backward({x, w, stats});
        return y;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const auto &x = saved[0], &w = saved[1], &stats = saved[2];
        const auto dy = grads[0].contiguous(torch::MemoryFormat::ChannelsLast);
        const int64_t C = x.size(1), pixels = x.numel() / C;
        const int64_t blocks = (pixels + kRowsPerBlock - 1) / kRowsPerBlock;
        const float *px = x.data_ptr<float>(), *pdy = dy.data_ptr<float>();
        const float *pw = w.data_ptr<float>(), *pm = stats[0].data_ptr<float>(),
                    *pis = stats[1].data_ptr<float>(), *pa = stats[2].data_ptr<float>(),
                    *pb = stats[3].data_ptr<float>(), *pr = stats[4].data_ptr<float>();

        // Pass 1: the SiLU's gradient g (into dx's memory) and its sums per channel.
        auto dx = torch::empty_like(x, torch::MemoryFormat::ChannelsLast);
        float *pdx = dx.data_ptr<float>();
        std::vector<float> p1(blocks * C), p2(blocks * C);
        forEachBlock(pixels, C, [&](int64_t row, int64_t rows, int64_t blk) {
            siluGradRows(px + row * C, pdy + row * C, pdx + row * C, rows, C, pa, pb, pm,
                         p1.data() + blk * C, p2.data() + blk * C);
        });
        std::vector<double> sumG, sumGx;
        addBlocks(p1, blocks, C, &sumG);
        addBlocks(p2, blocks, C, &sumGx);

        // Pass 2: dx = weight * invstd * (g - mean(g) - xhat * mean(g * xhat)), with
        // xhat = (x - exact mean) * invstd = (x - float mean - rounding) * invstd.
        auto dWeight = torch::empty({C}, w.options());
        auto dBias = torch::empty({C}, w.options());
        float *pdw = dWeight.data_ptr<float>(), *pdb = dBias.data_ptr<float>();
        std::vector<float> k(C), kx(C), k0(C);
        for (int64_t c = 0; c < C; ++c) {
            const double is = pis[c], scale = double(pw[c]) * is;
            const double sumGxhat = (sumGx[c] - double(pr[c]) * sumG[c]) * is;
            const double meanG = sumG[c] / double(pixels), meanGxhat = sumGxhat / double(pixels);
            pdw[c] = float(sumGxhat);
            pdb[c] = float(sumG[c]);
            k[c] = float(scale);
            kx[c] = float(-scale * meanGxhat * is);
            k0[c] = float(-scale * meanG + scale * meanGxhat * is * double(pr[c]));
        }
        forEachBlock(pixels, C, [&](int64_t row, int64_t rows, int64_t) {
            normGradRows(px + row * C, pdx + row * C, rows, C, pm, k.data(), kx.data(), k0.data());
        });
        return {
            dx, dWeight, dBias, torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};

/// One image's depthwise convolution backward, channels-last: the input gradient gi (H x W x C)
/// and this image's share of the weight gradient gw (K x K x C), both overwritten. Every output
/// pixel's gradient row meets the K x K input rows it came from: gi += g * w, gw += g * x.
MASKLENS_VECTOR_CLONES
void depthwiseBackwardImage(const float *__restrict x, const float *__restrict go,
                            const float *__restrict w, float *__restrict gi, float *__restrict gw,
                            int64_t H, int64_t W, int64_t OH, int64_t OW, int64_t C, int64_t K,
                            int64_t stride)
{
    const int64_t pad = (K - 1) / 2;
    std::fill(gi, gi + H * W * C, 0.0f);
    std::fill(gw, gw + K * K * C, 0.0f);
    for (int64_t oh = 0; oh < OH; ++oh) {
        for (int64_t kh = 0; kh < K; ++kh) {
            const int64_t ih = oh * stride - pad + kh;
            if (ih < 0 || ih >= H)
                continue;
            for (int64_t ow = 0; ow < OW; ++ow) {
                const float *g = go + (oh * OW + ow) * C;
                for (int64_t kw = 0; kw < K; ++kw) {
                    const int64_t iw = ow * stride - pad + kw;
                    if (iw < 0 || iw >= W)
                        continue;
                    const float *xr = x + (ih * W + iw) * C;
                    float *gir = gi + (ih * W + iw) * C;
                    const float *wr = w + (kh * K + kw) * C;
                    float *gwr = gw + (kh * K + kw) * C;
                    for (int64_t c = 0; c < C; ++c) {
                        gir[c] += g[c] * wr[c];
                        gwr[c] += g[c] * xr[c];
                    }
                }
            }
        }
    }
}

/// out += in, n floats.
MASKLENS_VECTOR_CLONES
void addInto(float *__restrict out, const float *__restrict in, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        out[i] += in[i];
}

class DepthwiseConv : public torch::autograd::Function<DepthwiseConv>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
                                 const torch::Tensor &weight, int64_t stride)
    {
        const int64_t K = weight.size(2);
        ctx->save_for_backward({x, weight});
        ctx->saved_data["stride"] = stride;
        return torch::conv2d(x, weight, {}, stride, (K - 1) / 2, 1, x.size(1));
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const auto &x = saved[0], &weight = saved[1];
        const int64_t stride = ctx->saved_data["stride"].toInt();
        const auto go = grads[0].contiguous(torch::MemoryFormat::ChannelsLast);
        const int64_t N = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3);
        const int64_t OH = go.size(2), OW = go.size(3), K = weight.size(2);
        // The weight as K x K x C, so that its rows run along the channels like the pixels'.
        const auto w = weight.reshape({C, K * K}).t().contiguous();
        auto dx = torch::empty_like(x, torch::MemoryFormat::ChannelsLast);
        auto perImage = torch::empty({N, K * K, C}, w.options());
        const float *px = x.data_ptr<float>(), *pgo = go.data_ptr<float>(),
                    *pw = w.data_ptr<float>();
        float *pdx = dx.data_ptr<float>(), *pgw = perImage.data_ptr<float>();
        at::parallel_for(0, N, 1, [&](int64_t first, int64_t last) {
            for (int64_t n = first; n < last; ++n)
                depthwiseBackwardImage(px + n * H * W * C, pgo + n * OH * OW * C, pw,
                                       pdx + n * H * W * C, pgw + n * K * K * C, H, W, OH, OW, C, K,
                                       stride);
        });
        for (int64_t n = 1; n < N; ++n)
            addInto(pgw, pgw + n * K * K * C, K * K * C);
        const auto dWeight =
            perImage[0].t().reshape({C, 1, K, K}).contiguous(weight.suggest_memory_format());
        return {dx, dWeight, torch::Tensor()};
    }
};

} // namespace

bool canFuseBatchNormSilu(const torch::Tensor &x)
{
    return x.dim() == 4 && x.device().is_cpu() && x.scalar_type() == torch::kFloat32 &&
           x.is_contiguous(torch::MemoryFormat::ChannelsLast) && x.numel() / x.size(1) > 1;
}

torch::Tensor batchNormSiluTraining(const torch::Tensor &x, const torch::Tensor &weight,
                                    const torch::Tensor &bias, torch::Tensor runningMean,
                                    torch::Tensor runningVar, double momentum, double eps)
{
    TORCH_CHECK(canFuseBatchNormSilu(x), "batchNormSiluTraining: not a channels-last CPU float "
                                         "tensor with two or more values per channel");
    return BatchNormSilu::apply(x, weight, bias, runningMean, runningVar, momentum, eps);
}

bool canRunDepthwiseConv(const torch::Tensor &x, const torch::Tensor &weight)
{
    return x.dim() == 4 && x.device().is_cpu() && x.scalar_type() == torch::kFloat32 &&
           x.is_contiguous(torch::MemoryFormat::ChannelsLast) && weight.dim() == 4 &&
           weight.device().is_cpu() && weight.scalar_type() == torch::kFloat32 &&
           weight.size(0) == x.size(1) && weight.size(1) == 1 && weight.size(2) == weight.size(3) &&
           weight.size(2) % 2 == 1;
}

torch::Tensor depthwiseConvTraining(const torch::Tensor &x, const torch::Tensor &weight, int stride)
{
    TORCH_CHECK(canRunDepthwiseConv(x, weight),
                "depthwiseConvTraining: not a channels-last CPU float input with a [C, 1, K, K] "
                "weight");
    return DepthwiseConv::apply(x, weight, int64_t(stride));
}

} // namespace masklens::model
