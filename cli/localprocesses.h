// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// masklens-cli train --processes N: one model over N processes on this computer (data
// parallelism through c10d on loopback; see model/core/distributed.h). Kept apart from the ssh
// and Slurm launchers (remoterun.cpp), which it shares RunRelay with.

#include "model/core/trainconfig.h"

#include <atomic>

namespace masklens::cli {

class RunRelay;

/// Trains one model over `processes` processes on this computer (data parallelism through
/// c10d on loopback: masklens-train ranks 0..N-1 with torchrun's variables). Rank 0's events
/// are the run's; a rank that dies or fails ends the others at once and the run fails naming
/// it; `stop` reaches every rank (one checkpoint is saved).
int runProcesses(const model::TrainConfig &config, int processes, RunRelay &relay,
                 const std::atomic<bool> &stop);

} // namespace masklens::cli
