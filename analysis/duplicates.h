// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Near-duplicates and identity leaks (issue #22): the same photo twice (a copy, re-saved, a
// little moved or brighter) and one person under two ids, which silently leak across
// person-level folds. Each image gets a perceptual hash (OpenCV img_hash's pHash on each colour
// channel: 192 bits) and a small normalised colour thumbnail; a real nearest-neighbour index
// (hnswlib, Hamming distance as squared L2 over the bits) proposes each image's closest hashes,
// and a pair is the same image when its hashes are close and its thumbnails agree (and, given
// features, its embeddings too). People joined by photos are one person under two ids; given
// features, so are people whose seven embeddings all sit together. Any thread; progress and
// cancel through the callback.

#include "dataset.h"
#include "features.h"
#include "parallel.h"
#include "result.h"

#include <cmath>
#include <vector>

namespace masklens::analysis {

struct DuplicateOptions
{
    int neighbours = 10;                    ///< candidates per image from the index
    int maxHashDistance = 24;               ///< of 192 bits
    double minThumbnailSimilarity = 0.99;   ///< cosine of the normalised thumbnails
    double minFeatureSimilarity = 0.9;      ///< cosine of the embeddings, when features are given
    double minSameFolderSimilarity = 0.999; ///< thumbnails of two photos in one person's folder
    /// Two people are one when this many of their photos are copies of each other, or (with
    /// features) when their mean embeddings' cosine reaches minPersonSimilarity. Off (above 1)
    /// by default: embeddings learnt for the 18 classes do not tell people apart - on a generated
    /// set at 0.97 they joined 1,568 pairs of people for 1 of 20 true ones (README, Duplicates).
    int minSharedImages = 2;
    double minPersonSimilarity = 2.0;
    /// Face identity embeddings of the train images (model/faceidentity.h), or none. Given,
    /// two people are one when each is the other's nearest by mean embedding among the people
    /// of the same gender and an age at most maxIdentityAgeGap apart (a person photographed
    /// again keeps both), and they sit closer than people do: their cosine is at least
    /// identityDeviations robust deviations (1.4826 x the median absolute deviation) above the
    /// median of every person's cosine to their nearest other person. The scale of an
    /// embedding's cosines depends on how many people it learnt (0.59 for 126, 0.76 for 2,750),
    /// the distance from everyone's nearest does not. minIdentitySimilarity (a cosine, -1..1)
    /// replaces that rule by a fixed line.
    const Features *identity = nullptr;
    double identityDeviations = 2.5;
    double minIdentitySimilarity = 2.0; ///< above 1: off, the deviations decide
    int maxIdentityAgeGap = 1;
    int threads = 0;
};

struct ImageDuplicate
{
    int a = -1, b = -1; ///< sample indices, a < b
    double score = 0;   ///< thumbnail cosine (0..1)
    int hashDistance = 0;
};

struct PersonDuplicate
{
    int a = -1, b = -1; ///< person indices, a < b
    double score = 0;
    int sharedImages = 0; ///< same-image pairs between them
};

struct DuplicateReport
{
    std::vector<ImageDuplicate> images;
    std::vector<PersonDuplicate> people;
    /// People that are one person (same_person pairs joined, and people joined by a copied
    /// photo): keep each group in one fold.
    std::vector<std::vector<int>> groups;
    int hashed = 0;
    std::vector<Problem> problems; ///< images that could not be read
    double seconds = 0;
    /// With identity: the cosine two people's faces needed, and the median of every person's
    /// cosine to their nearest other person it was drawn from (NaN without identity).
    double identityLine = std::nan(""), identityNearestMedian = std::nan("");
};

Result<DuplicateReport> findDuplicates(const Dataset &dataset, const Features *features = nullptr,
                                       const DuplicateOptions &options = {},
                                       const Progress &progress = {});

/// The CSV `masklens-cli duplicates` writes: a,b,kind,score (a, b image paths relative to
/// train/images for same_image; person folders for same_person).
QString duplicatesCsv(const Dataset &dataset, const DuplicateReport &report);

/// Reads such a CSV (or train/duplicates_truth.csv) into groups of person folders that must
/// share a fold: people of a same_person row, and the two people of a same_image row.
Result<std::vector<QStringList>> readDuplicateGroups(const QString &file);

} // namespace masklens::analysis
