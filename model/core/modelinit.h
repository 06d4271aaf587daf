// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Making a MaskLens checkpoint without training: a fresh network, optionally starting from
// torchvision weights (scripts/export_torchvision_weights.py). Plain types; no torch headers.

#include "expected.h"
#include "netspec.h"

#include <string>

namespace masklens::model {

/// Writes a checkpoint for `spec` to `out`. With `initWeights`, loads every tensor whose name
/// and shape match (the classifier is kept fresh when its width differs); *loaded counts them.
/// Fails with the reason.
Status createCheckpoint(const ModelSpec &spec, const std::string &initWeights,
                        const std::string &out, int *loaded = nullptr);

} // namespace masklens::model
