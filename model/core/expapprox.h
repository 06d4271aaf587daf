// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// e^x for the CPU kernels' SiLUs, written once for a float and for GCC's vector types (both
// take the same arithmetic; the caller clamps x and builds 2^n in its own type): Cody-Waite
// reduction by ln 2 and Cephes' degree-6 polynomial, ~1 ulp for x in [-87, 88].

namespace masklens::model {

/// e^x = expMantissa(x, &n) * 2^n, for x already clamped to [-87, 88].
template <typename V> inline __attribute__((always_inline)) V expMantissa(V x, V *n)
{
    constexpr float kShifter = 12582912.0f; // 1.5 * 2^23: adding it rounds to an integer
    *n = (x * 1.44269504088896341f + kShifter) - kShifter;
    V r = x - *n * 0.693359375f;
    r = r - *n * -2.12194440e-4f;
    V p = r * 1.9875691500e-4f + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    return p * r * r + r + 1.0f;
}

} // namespace masklens::model
