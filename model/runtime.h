// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where and how LibTorch runs: thread count (LibTorch defaults to 1 thread on these machines,
// so every entry point sets it), and the device chosen at run time (CUDA only when the LibTorch
// build and the machine have it). Plain types only: no torch or Qt headers reach callers.

#include "model/core/expected.h"

#include <optional>
#include <string>
#include <string_view>

namespace masklens::model {

enum class DeviceChoice { Auto, Cpu, Cuda };

struct RuntimeInfo
{
    std::string torchVersion;
    bool cudaBuild = false; ///< LibTorch was built with CUDA
    int cudaDevices = 0;    ///< usable CUDA devices now
    int threads = 0;        ///< intra-op threads in force
    int hardwareThreads = 0;
};

RuntimeInfo runtimeInfo();

/// Sets LibTorch's intra-op thread count; n <= 0 means one per core. Returns the count in force.
/// Call once at start-up from the main thread, before any torch work.
int configureThreads(int n = 0);

std::optional<DeviceChoice> parseDeviceChoice(std::string_view text); ///< auto|cpu|cuda

/// The device a choice resolves to on this machine ("cpu", "cuda"); fails when CUDA was asked for
/// and is not there.
Expected<std::string> resolveDevice(DeviceChoice choice);

} // namespace masklens::model
