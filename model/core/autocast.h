// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// bfloat16 autocast as a scope: the training loop's --precision bf16 and predict's. LibTorch
// only (include after torchinclude.h).

#include <ATen/autocast_mode.h>

namespace masklens::model {

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
        m_was = m_cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
        if (m_cuda) {
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
            at::autocast::set_enabled(true);
        } else {
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
            at::autocast::set_cpu_enabled(true);
        }
        at::autocast::increment_nesting();
    }
    ~Autocast()
    {
        if (!m_enabled)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        if (m_cuda)
            at::autocast::set_enabled(m_was);
        else
            at::autocast::set_cpu_enabled(m_was);
    }
    Autocast(const Autocast &) = delete;
    Autocast &operator=(const Autocast &) = delete;

private:
    bool m_enabled, m_cuda, m_was = false;
};

} // namespace masklens::model
