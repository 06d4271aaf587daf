// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// parallelFor: runs fn(i) for i in [0, n) on worker threads while the calling thread reports
// progress. The progress callback returning false cancels: no new items start, and the call
// returns false once running items finish. fn must be safe to call concurrently.

#include <QtGlobal>

#include <functional>

namespace masklens::analysis {

/// Progress callback of long work: (done, total); return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// threads <= 0 means one per core. Returns false when cancelled.
bool parallelFor(qint64 n, const std::function<void(qint64)> &fn, const Progress &progress = {},
                 int threads = 0);

} // namespace masklens::analysis
