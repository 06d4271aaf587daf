// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts that show a dataset's imbalance: per class (images), per attribute (people and
// images), ages. Cheap (one pass); recompute after every relabel or threshold change.

#include "dataset.h"

#include <QJsonObject>

#include <array>
#include <map>

namespace masklens::analysis {

struct DatasetStats
{
    AgeBands bands;
    int people = 0;
    int images = 0;
    int evalImages = 0;
    std::array<int, kClassCount> classCounts{}; ///< images
    std::array<int, 3> maskCounts{};            ///< images
    std::array<int, 2> genderCounts{};          ///< people
    std::array<int, 3> ageBandCounts{};         ///< people
    std::array<int, 2> genderImageCounts{};     ///< images
    std::array<int, 3> ageBandImageCounts{};    ///< images
    std::map<int, int> ageHistogram;            ///< exact age -> people

    /// Largest over smallest non-empty class (images); 0 when there are no images.
    double imbalanceRatio() const;
    int largestClass() const;
    int smallestClass() const; ///< smallest non-empty class, -1 when none
};

DatasetStats computeStats(const Dataset &dataset, const AgeBands &bands = {});

/// The `masklens-cli stats --json` object: people, images, class_counts, mask_counts,
/// gender_counts, age_band_counts, age_histogram, problems, and more.
QJsonObject statsToJson(const DatasetStats &stats, const std::vector<Problem> &problems);
/// A problem's kind as JSON says it: "unknown_gender", "missing_image"... ("other").
QString problemKindName(ProblemKind kind);
/// {file, line (when known), message, kind}.
QJsonObject problemToJson(const Problem &problem);

} // namespace masklens::analysis
