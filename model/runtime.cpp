// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Torch first, inside push/pop of Qt's `slots` macro (STYLE.md): this file has no Qt headers,
// but the guard keeps it safe if one is added later.
#pragma push_macro("slots")
#undef slots
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>
#pragma pop_macro("slots")

#include "runtime.h"

#include <thread>

namespace masklens::model {

RuntimeInfo runtimeInfo()
{
    RuntimeInfo info;
    info.torchVersion = TORCH_VERSION;
    info.cudaDevices = int(torch::cuda::device_count());
    info.cudaBuild = info.cudaDevices > 0 || torch::cuda::is_available();
    info.threads = at::get_num_threads();
    info.hardwareThreads = int(std::thread::hardware_concurrency());
    return info;
}

int configureThreads(int n)
{
    if (n <= 0)
        n = int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
    return at::get_num_threads();
}

std::optional<DeviceChoice> parseDeviceChoice(std::string_view text)
{
    if (text == "auto")
        return DeviceChoice::Auto;
    if (text == "cpu")
        return DeviceChoice::Cpu;
    if (text == "cuda" || text == "gpu")
        return DeviceChoice::Cuda;
    return std::nullopt;
}

Expected<std::string> resolveDevice(DeviceChoice choice)
{
    const bool cuda = torch::cuda::is_available();
    switch (choice) {
    case DeviceChoice::Cpu:
        return std::string("cpu");
    case DeviceChoice::Auto:
        return std::string(cuda ? "cuda" : "cpu");
    case DeviceChoice::Cuda:
        if (cuda)
            return std::string("cuda");
        return failure("CUDA was asked for, but this LibTorch build or machine has no usable CUDA "
                       "device (LibTorch " TORCH_VERSION "); use --device cpu or auto");
    }
    return failure("unknown device choice");
}

} // namespace masklens::model
