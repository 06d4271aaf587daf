// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training core: the users' recipe (EfficientNet-B0 or the small CNN, Adam + StepLR,
// flips / shift-scale-rotate / HSV / brightness-contrast / noise on the device, cross-entropy,
// label smoothing, focal or class-weighted loss, optional weighted sampler), person-level
// stratified folds, seeds ensembled by hard and soft voting, out-of-fold predictions.
// It reads a packed image cache and a samples file, and speaks one JSON object per line
// (docs/training-protocol.md). LibTorch and the standard library only: it builds on a GPU machine
// without Qt or OpenCV (the masklens-train executable). Runs on the calling thread; stop it by
// setting the stop flag (SIGINT/SIGTERM do in the executables). The pieces: trainingrun.h (the
// run: data, processes, folds, ensembles), modeltrainer.h (one model, an epoch at a time),
// loss.h, voting.h (scores and votes), eventwriter.h and trainingprotocol.h (the events).

#include "trainconfig.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace masklens::model {

/// Trains. Every event goes to `emit` as one JSON line (without the newline). Returns 0 on
/// success, 2 for bad input or a failure (an "error" event says why: an unreadable cache, a
/// full disk, a loss that became NaN), 130 when stopped (after saving the last checkpoint).
/// Nothing throws out of it.
int runTraining(const TrainConfig &config, const std::function<void(const std::string &)> &emit,
                const std::atomic<bool> &stop);

} // namespace masklens::model
