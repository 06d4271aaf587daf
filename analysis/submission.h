// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file users hand in: eval/info.csv's rows in their order with `ans` filled, from one
// predictions file or several voting (hard voting, ties broken by the summed probabilities, as
// the users did across seeds). Reentrant.

#include "dataset.h"
#include "predictions.h"
#include "result.h"

#include <vector>

namespace masklens::analysis {

struct Submission
{
    std::vector<int> ans; ///< one class per eval image, in info.csv's order
    int tiesBroken = 0;   ///< images whose vote was tied and the probabilities decided
    int unanimous = 0;    ///< images every file agreed on
};

/// Votes the eval-split `predictions` (one or more files). Fails, naming the first such image,
/// when an eval image has no prediction in any file, or when a file is not eval-split.
Result<Submission> voteSubmission(const Dataset &dataset,
                                  const std::vector<Predictions> &predictions);

/// Writes ImageID,ans in info.csv's order, atomically.
Status writeSubmission(const QString &file, const Dataset &dataset, const Submission &submission);

} // namespace masklens::analysis
