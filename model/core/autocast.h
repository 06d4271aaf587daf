// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// bfloat16 autocast as a scope: the training loop's --precision bf16 and predict's. LibTorch
// only (include after torchinclude.h).

#include <ATen/autocast_mode.h>
#include <torch/version.h>

namespace masklens::model {

// LibTorch 2.4 replaced the per-device autocast calls (is_enabled, is_cpu_enabled,
// set_autocast_gpu_dtype...) with ones that take the device type, and deprecated the old ones;
// Debian's 1.13 has only the old. These name the device either way.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
inline bool autocastEnabled(bool cuda)
{
    return at::autocast::is_autocast_enabled(cuda ? at::kCUDA : at::kCPU);
}
inline void setAutocast(bool cuda, bool enabled)
{
    at::autocast::set_autocast_enabled(cuda ? at::kCUDA : at::kCPU, enabled);
}
inline void setAutocastDtype(bool cuda, at::ScalarType dtype)
{
    at::autocast::set_autocast_dtype(cuda ? at::kCUDA : at::kCPU, dtype);
}
#else
inline bool autocastEnabled(bool cuda)
{
    return cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
}
inline void setAutocast(bool cuda, bool enabled)
{
    if (cuda)
        at::autocast::set_enabled(enabled);
    else
        at::autocast::set_cpu_enabled(enabled);
}
inline void setAutocastDtype(bool cuda, at::ScalarType dtype)
{
    if (cuda)
        at::autocast::set_autocast_gpu_dtype(dtype);
    else
        at::autocast::set_autocast_cpu_dtype(dtype);
}
#endif

/// --precision bf16: the forward pass in bfloat16 where that is safe (convolutions, matrix
/// products), weights, gradients and the optimizer in float32 - LibTorch's autocast, on the CPU
/// (oneDNN's AVX-512 bf16 kernels) or on CUDA. The previous state comes back on destruction.
class Autocast
{
public:
    Autocast(bool enabled, bool cuda) : m_enabled(enabled), m_cuda(cuda)
    {
        if (!m_enabled)
            return;
        m_was = autocastEnabled(m_cuda);
        setAutocastDtype(m_cuda, at::kBFloat16);
        setAutocast(m_cuda, true);
        at::autocast::increment_nesting();
    }
    ~Autocast()
    {
        if (!m_enabled)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        setAutocast(m_cuda, m_was);
    }
    Autocast(const Autocast &) = delete;
    Autocast &operator=(const Autocast &) = delete;

private:
    bool m_enabled, m_cuda, m_was = false;
};

} // namespace masklens::model
