// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading what comes beside a model file: the sidecar JSON of a TorchScript model
// (`model.pt.json` or `model.json`) with its preprocessing:
//   {"input_size": [224, 224], "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225],
//    "face_crop": false, "crop": [256, 320]}   (crop: optional, the face crop's size)
// Qt side of model/: no torch headers.

#include "analysis/result.h"
#include "model/core/netspec.h"

#include <optional>

namespace masklens::model {

/// The preprocessing from a model's sidecar JSON; nullopt when there is none, an error when
/// there is one that cannot be read.
analysis::Result<std::optional<Preprocessing>> readSidecar(const QString &modelFile);

} // namespace masklens::model
