// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MaskLens's own checkpoint: one file (a LibTorch archive) holding the architecture, output
// layout, preprocessing and age bands beside the weights, so a model always runs the way it was
// trained. Written atomically (temp file + rename). Torch files only.

#include "expected.h"
#include "networks.h"

#include <map>
#include <string>

namespace masklens::model {

struct Checkpoint
{
    ModelSpec spec;
    std::shared_ptr<NetworkImpl> network;
    std::map<std::string, std::string> extra; ///< epoch, validation F1, labels version...
};

/// Fails with what went wrong (the file named); a failed write leaves the old file as it was.
Status saveCheckpoint(const std::string &file, const ModelSpec &spec, NetworkImpl &network,
                      const std::map<std::string, std::string> &extra = {});

enum class CheckpointKind { MaskLens, NotMaskLens, Unreadable };

/// Loads a MaskLens checkpoint, or fails saying what went wrong. *kind (when given) tells a
/// foreign archive (perhaps TorchScript) from a file that is no torch archive at all.
Expected<Checkpoint> loadCheckpoint(const std::string &file, CheckpointKind *kind = nullptr);

} // namespace masklens::model
