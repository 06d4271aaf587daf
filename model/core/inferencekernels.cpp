// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inferencekernels.h"

// The helpers pass vectors by value, always inlined into the clones that have the registers.
#pragma GCC diagnostic ignored "-Wpsabi"

#include "expapprox.h"
#include "vectorclones.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace masklens::model {

namespace {

// Sixteen floats as one value: GCC lowers the operations to one AVX-512 register, two AVX2 ones
// or four SSE ones, whichever the clone it is compiled into has.
typedef float v16 __attribute__((vector_size(64)));
typedef std::int32_t vi16 __attribute__((vector_size(64)));
typedef std::uint32_t vu16 __attribute__((vector_size(64)));
typedef std::uint16_t vh16 __attribute__((vector_size(32)));

constexpr int64_t kLanes = 16;

#define ML_INLINE inline __attribute__((always_inline))

ML_INLINE v16 splat(float f)
{
    return v16{} + f;
}

ML_INLINE v16 load(const float *p)
{
    v16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
ML_INLINE void store(float *p, v16 v)
{
    std::memcpy(p, &v, sizeof v);
}
/// bfloat16 is the top half of a float32.
ML_INLINE v16 load(const std::uint16_t *p)
{
    vh16 h;
    std::memcpy(&h, p, sizeof h);
    const vu16 u = __builtin_convertvector(h, vu16) << 16;
    return (v16)u; // a vector cast: the same bits
}
/// To bfloat16 by round-to-nearest-even, as c10::BFloat16 rounds (finite values).
ML_INLINE void store(std::uint16_t *p, v16 v)
{
    vu16 u = (vu16)v;
    u = (u + 0x7FFFu + ((u >> 16) & 1u)) >> 16;
    const vh16 h = __builtin_convertvector(u, vh16);
    std::memcpy(p, &h, sizeof h);
}

/// e^x to ~1 ulp for x in [-87, 88], clamped outside (the trainer's expClamped, sixteen wide).
ML_INLINE v16 exp16(v16 x)
{
    const v16 lo = splat(-87.0f), hi = splat(88.0f);
    x = x < lo ? lo : x;
    x = x > hi ? hi : x;
    v16 n;
    const v16 p = expMantissa(x, &n);
    const vi16 bits = (__builtin_convertvector(n, vi16) + 127) << 23;
    return p * (v16)bits;
}

/// 1 / d for d in [1, 2^127): a first guess from the bits (within 1/8), then Newton steps -
/// three reach float rounding, two 3e-4 - several times cheaper than a vector division here.
template <int Steps = 3> ML_INLINE v16 reciprocal16(v16 d)
{
    v16 r = (v16)(0x7EF311C3 - (vi16)d);
    for (int i = 0; i < Steps; ++i)
        r = r * (2.0f - d * r);
    return r;
}

ML_INLINE v16 silu16(v16 x)
{
    return x * reciprocal16(1.0f + exp16(-x));
}

/// The SiLU for bfloat16 storage: e^x by a degree-4 polynomial and two Newton steps for the
/// reciprocal, within 3e-4 - a tenth of bfloat16's own rounding, and ~20% fewer operations.
ML_INLINE v16 siluForBf16(v16 x)
{
    const v16 lo = splat(-87.0f), hi = splat(87.0f);
    v16 m = -x;
    m = m < lo ? lo : m;
    m = m > hi ? hi : m;
    const float shifter = 12582912.0f;
    const v16 n = (m * 1.44269504088896341f + shifter) - shifter;
    const v16 r = m - n * 0.693147180559945f;
    const v16 p = (((r * (1.0f / 24) + (1.0f / 6)) * r + 0.5f) * r + 1.0f) * r + 1.0f;
    const vi16 bits = (__builtin_convertvector(n, vi16) + 127) << 23;
    return x * reciprocal16<2>(1.0f + p * (v16)bits);
}

/// SiLU as the storage needs it: to float rounding for float32, within bfloat16's for bfloat16.
template <typename T> ML_INLINE v16 siluFor(v16 x)
{
    if constexpr (std::is_same_v<T, std::uint16_t>)
        return siluForBf16(x);
    else
        return silu16(x);
}

/// The first `count` of four outputs' SiLU, stored, and added to the sums. Only constant
/// indices into `a`: an array indexed at run time would live in memory, accumulators and all.
template <typename T>
ML_INLINE void finishGroup(const v16 (&a)[4], int64_t count, T *out, int64_t C, float *sums)
{
    v16 s = load(sums);
    const v16 o0 = siluFor<T>(a[0]);
    store(out, o0);
    s += o0;
    if (count > 1) {
        const v16 o1 = siluFor<T>(a[1]);
        store(out + C, o1);
        s += o1;
    }
    if (count > 2) {
        const v16 o2 = siluFor<T>(a[2]);
        store(out + 2 * C, o2);
        s += o2;
    }
    if (count > 3) {
        const v16 o3 = siluFor<T>(a[3]);
        store(out + 3 * C, o3);
        s += o3;
    }
    store(sums, s);
}

/// One output row, four pixels at a time (four accumulators in flight per 16 channels). A
/// version specialised by kernel size and stride, loading each input pixel once for the four
/// outputs that use it, measured 15% slower: GCC then keeps dozens of pointers and inputs live
/// and spills them.
template <typename T>
ML_INLINE void convolveRow(const float *const *rows, const float *__restrict w,
                           const float *__restrict b, T *__restrict out, float *__restrict sums,
                           int64_t C, int64_t OW, int64_t K, int64_t stride)
{
    const int64_t step = stride * C; // from one output pixel's input to the next
    for (int64_t ox0 = 0; ox0 < OW; ox0 += 4) {
        const int64_t count = std::min<int64_t>(4, OW - ox0);
        for (int64_t c = 0; c < C; c += kLanes) {
            const v16 bias = load(b + c);
            v16 a[4] = {bias, bias, bias, bias};
            for (int64_t ky = 0; ky < K; ++ky) {
                const float *r = rows[ky] + ox0 * step + c;
                const float *wk = w + ky * K * C + c;
                for (int64_t kx = 0; kx < K; ++kx) {
                    const v16 wv = load(wk + kx * C);
                    const float *p = r + kx * C;
                    a[0] += wv * load(p);
                    a[1] += wv * load(p + step);
                    a[2] += wv * load(p + 2 * step);
                    a[3] += wv * load(p + 3 * step);
                }
            }
            finishGroup<T>(a, count, out + ox0 * C + c, C, sums + c);
        }
    }
}

/// Output rows [oy0, oy1) of one image's depthwise stage; see depthwiseSiluInference. `ring`
/// holds K input rows of `Wp` pixels (zero where padding), `zero` one such row of zeros;
/// `sums` (C floats) receives this range's sums of the output.
template <typename T>
ML_INLINE void depthwiseRows(const T *__restrict x, T *__restrict y, const float *__restrict w,
                             const float *__restrict b, float *__restrict sums,
                             float *__restrict ring, const float *__restrict zero, int64_t H,
                             int64_t W, int64_t C, int64_t OW, int64_t K, int64_t stride,
                             bool siluInput, int64_t oy0, int64_t oy1, int64_t Wp)
{
    const int64_t pad = (K - 1) / 2;
    int64_t slotRow[8];
    std::fill(slotRow, slotRow + K, int64_t(-1));
    const float *rows[8];
    for (int64_t oy = oy0; oy < oy1; ++oy) {
        for (int64_t ky = 0; ky < K; ++ky) {
            const int64_t iy = oy * stride - pad + ky;
            if (iy < 0 || iy >= H) {
                rows[ky] = zero;
                continue;
            }
            const int64_t slot = iy % K;
            float *dst = ring + slot * Wp * C;
            if (slotRow[slot] != iy) { // enter the row once: activated, in float32
                slotRow[slot] = iy;
                const T *src = x + iy * W * C;
                float *d = dst + pad * C;
                if (siluInput)
                    for (int64_t i = 0; i < W * C; i += kLanes)
                        store(d + i, siluFor<T>(load(src + i)));
                else
                    for (int64_t i = 0; i < W * C; i += kLanes)
                        store(d + i, load(src + i));
            }
            rows[ky] = dst;
        }
        T *out = y + oy * OW * C;
        convolveRow(rows, w, b, out, sums, C, OW, K, stride);
    }
}

MASKLENS_VECTOR_CLONES
void depthwiseRowsFloat(const float *x, float *y, const float *w, const float *b, float *sums,
                        float *ring, const float *zero, int64_t H, int64_t W, int64_t C, int64_t OW,
                        int64_t K, int64_t stride, bool siluInput, int64_t oy0, int64_t oy1,
                        int64_t Wp)
{
    depthwiseRows(x, y, w, b, sums, ring, zero, H, W, C, OW, K, stride, siluInput, oy0, oy1, Wp);
}

MASKLENS_VECTOR_CLONES
void depthwiseRowsBf16(const std::uint16_t *x, std::uint16_t *y, const float *w, const float *b,
                       float *sums, float *ring, const float *zero, int64_t H, int64_t W, int64_t C,
                       int64_t OW, int64_t K, int64_t stride, bool siluInput, int64_t oy0,
                       int64_t oy1, int64_t Wp)
{
    depthwiseRows(x, y, w, b, sums, ring, zero, H, W, C, OW, K, stride, siluInput, oy0, oy1, Wp);
}

template <typename T> ML_INLINE void siluSpan(T *x, int64_t n)
{
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        store(x + i, siluFor<T>(load(x + i)));
    if (i < n) { // the tail through a buffer of sixteen
        T tail[kLanes] = {};
        std::memcpy(tail, x + i, (n - i) * sizeof(T));
        store(tail, siluFor<T>(load(tail)));
        std::memcpy(x + i, tail, (n - i) * sizeof(T));
    }
}
MASKLENS_VECTOR_CLONES void siluFloat(float *x, int64_t n)
{
    siluSpan(x, n);
}
MASKLENS_VECTOR_CLONES void siluBf16(std::uint16_t *x, int64_t n)
{
    siluSpan(x, n);
}

template <typename T> ML_INLINE void addSpan(T *x, const T *y, int64_t n)
{
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        store(x + i, load(x + i) + load(y + i));
    if (i < n) {
        T a[kLanes] = {}, c[kLanes] = {};
        std::memcpy(a, x + i, (n - i) * sizeof(T));
        std::memcpy(c, y + i, (n - i) * sizeof(T));
        store(a, load(a) + load(c));
        std::memcpy(x + i, a, (n - i) * sizeof(T));
    }
}
MASKLENS_VECTOR_CLONES void addFloat(float *x, const float *y, int64_t n)
{
    addSpan(x, y, n);
}
MASKLENS_VECTOR_CLONES void addBf16(std::uint16_t *x, const std::uint16_t *y, int64_t n)
{
    addSpan(x, y, n);
}

/// `pixels` pixels of C channels (C a multiple of 16) each times scale[c].
template <typename T> ML_INLINE void scaleSpan(T *x, const float *scale, int64_t pixels, int64_t C)
{
    for (int64_t p = 0; p < pixels; ++p, x += C)
        for (int64_t c = 0; c < C; c += kLanes)
            store(x + c, load(x + c) * load(scale + c));
}
MASKLENS_VECTOR_CLONES void scaleFloat(float *x, const float *scale, int64_t pixels, int64_t C)
{
    scaleSpan(x, scale, pixels, C);
}
MASKLENS_VECTOR_CLONES void scaleBf16(std::uint16_t *x, const float *scale, int64_t pixels,
                                      int64_t C)
{
    scaleSpan(x, scale, pixels, C);
}

bool isBf16(const torch::Tensor &x)
{
    return x.scalar_type() == torch::kBFloat16;
}
std::uint16_t *bf16Data(const torch::Tensor &x)
{
    return reinterpret_cast<std::uint16_t *>(x.data_ptr<at::BFloat16>());
}

/// Elementwise work in pieces of at least this many values per thread.
constexpr int64_t kGrain = 1 << 15;

} // namespace

bool canRunDepthwiseSilu(const torch::Tensor &x)
{
    return canRunElementwise(x) && x.dim() == 4 &&
           x.is_contiguous(torch::MemoryFormat::ChannelsLast) && x.size(1) % kLanes == 0 &&
           x.size(1) > 0;
}

std::pair<torch::Tensor, torch::Tensor>
depthwiseSiluInference(const torch::Tensor &x, const torch::Tensor &weight,
                       const torch::Tensor &bias, int64_t kernel, int64_t stride, bool siluInput)
{
    TORCH_CHECK(canRunDepthwiseSilu(x), "depthwiseSiluInference: not a channels-last CPU float or "
                                        "bfloat16 tensor with a multiple of 16 channels");
    const int64_t N = x.size(0), C = x.size(1), H = x.size(2), W = x.size(3), K = kernel;
    TORCH_CHECK(K % 2 == 1 && K <= 7 && stride >= 1 && stride <= 2,
                "depthwiseSiluInference: kernel ", K, ", stride ", stride);
    TORCH_CHECK(weight.scalar_type() == torch::kFloat32 && weight.is_contiguous() &&
                    weight.numel() == K * K * C && bias.scalar_type() == torch::kFloat32 &&
                    bias.is_contiguous() && bias.numel() == C,
                "depthwiseSiluInference: expected a float32 [K*K, C] weight and [C] bias");
    const int64_t pad = (K - 1) / 2;
    const int64_t OH = (H + 2 * pad - K) / stride + 1, OW = (W + 2 * pad - K) / stride + 1;
    auto y = torch::empty({N, C, OH, OW}, x.options(), torch::MemoryFormat::ChannelsLast);
    // Four pieces of rows per image, fixed by the shape (the sums' order does not depend on
    // the thread count); a piece enters K - stride rows its neighbour also enters.
    const int64_t piecesPerImage = std::min<int64_t>(4, OH);
    const int64_t rowsPerPiece = (OH + piecesPerImage - 1) / piecesPerImage;
    const int64_t pieces = N * ((OH + rowsPerPiece - 1) / rowsPerPiece);
    const int64_t perImage = pieces / N;
    // Ring rows wide enough for the last group of four output pixels to read past the image.
    const int64_t Wp = std::max(W + 2 * pad, ((OW + 3) / 4 * 4 - 1) * stride + K);
    std::vector<float> partial(pieces * C, 0.0f);
    const std::vector<float> zero(Wp * C, 0.0f);
    const bool bf16 = isBf16(x);
    const float *pw = weight.data_ptr<float>(), *pb = bias.data_ptr<float>();
    at::parallel_for(0, pieces, 1, [&](int64_t first, int64_t last) {
        std::vector<float> ring(K * Wp * C, 0.0f);
        for (int64_t piece = first; piece < last; ++piece) {
            const int64_t n = piece / perImage, oy0 = (piece % perImage) * rowsPerPiece;
            const int64_t oy1 = std::min(OH, oy0 + rowsPerPiece);
            float *sums = partial.data() + piece * C;
            if (bf16)
                depthwiseRowsBf16(bf16Data(x) + n * H * W * C, bf16Data(y) + n * OH * OW * C, pw,
                                  pb, sums, ring.data(), zero.data(), H, W, C, OW, K, stride,
                                  siluInput, oy0, oy1, Wp);
            else
                depthwiseRowsFloat(x.data_ptr<float>() + n * H * W * C,
                                   y.data_ptr<float>() + n * OH * OW * C, pw, pb, sums, ring.data(),
                                   zero.data(), H, W, C, OW, K, stride, siluInput, oy0, oy1, Wp);
        }
    });
    auto sums = torch::zeros({N, C}, x.options().dtype(torch::kFloat32));
    float *ps = sums.data_ptr<float>();
    for (int64_t piece = 0; piece < pieces; ++piece)
        for (int64_t c = 0; c < C; ++c)
            ps[(piece / perImage) * C + c] += partial[piece * C + c];
    return {y, sums};
}

bool canRunElementwise(const torch::Tensor &x)
{
    return x.device().is_cpu() &&
           (x.scalar_type() == torch::kFloat32 || x.scalar_type() == torch::kBFloat16) &&
           (x.is_contiguous() || x.is_contiguous(torch::MemoryFormat::ChannelsLast));
}

void siluInPlace(torch::Tensor &x)
{
    TORCH_CHECK(canRunElementwise(x), "siluInPlace: not a contiguous CPU float or bf16 tensor");
    const bool bf16 = isBf16(x);
    at::parallel_for(0, x.numel(), kGrain, [&](int64_t first, int64_t last) {
        if (bf16)
            siluBf16(bf16Data(x) + first, last - first);
        else
            siluFloat(x.data_ptr<float>() + first, last - first);
    });
}

void scaleChannelsInPlace(torch::Tensor &x, const torch::Tensor &scale)
{
    TORCH_CHECK(canRunDepthwiseSilu(x) && scale.scalar_type() == torch::kFloat32 &&
                    scale.is_contiguous() && scale.numel() == x.size(0) * x.size(1),
                "scaleChannelsInPlace: expected a channels-last tensor and float32 [N, C] scales");
    const int64_t N = x.size(0), C = x.size(1), pixels = x.size(2) * x.size(3);
    const bool bf16 = isBf16(x);
    const float *ps = scale.data_ptr<float>();
    at::parallel_for(0, N * pixels, std::max<int64_t>(1, kGrain / C),
                     [&](int64_t first, int64_t last) {
                         for (int64_t p = first; p < last;) { // within one image at a time
                             const int64_t n = p / pixels, end = std::min(last, (n + 1) * pixels);
                             if (bf16)
                                 scaleBf16(bf16Data(x) + p * C, ps + n * C, end - p, C);
                             else
                                 scaleFloat(x.data_ptr<float>() + p * C, ps + n * C, end - p, C);
                             p = end;
                         }
                     });
}

void addInPlace(torch::Tensor &x, const torch::Tensor &y)
{
    TORCH_CHECK(canRunElementwise(x) && y.scalar_type() == x.scalar_type() &&
                    y.sizes() == x.sizes() && y.strides() == x.strides(),
                "addInPlace: expected two tensors of one shape, dtype and layout");
    const bool bf16 = isBf16(x);
    at::parallel_for(0, x.numel(), kGrain, [&](int64_t first, int64_t last) {
        if (bf16)
            addBf16(bf16Data(x) + first, bf16Data(y) + first, last - first);
        else
            addFloat(x.data_ptr<float>() + first, y.data_ptr<float>() + first, last - first);
    });
}

} // namespace masklens::model
