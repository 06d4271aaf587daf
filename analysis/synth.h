// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The synthetic mask dataset: the competition layout with drawn faces in which mask state,
// gender and age are visible to a model (age as a continuous cue: grey hair and wrinkles), the
// real data's proportions and quirks (data-facts.md), and injected label errors whose truth is
// written to train/noise_truth.csv. Deterministic for a seed whatever the thread count.
// Writing is a plain function for a worker thread; cancel through the progress callback.

#include "dataset.h"
#include "labels.h"
#include "parallel.h"
#include "result.h"

#include <QString>

#include <vector>

namespace masklens::analysis {

struct SynthOptions
{
    int people = 2700;
    quint64 seed = 1;
    double noise = 0.03; ///< fraction of training people given a wrong label
    int evalPeople = -1; ///< held-out people for eval/; -1: two thirds of `people` (as real)
    /// N people photographed again under a new id (same face; new pose, light and background)
    /// and N single photos copied with small changes into another person's folder; the truth
    /// in train/duplicates_truth.csv.
    int duplicates = 0;
    int threads = 0;        ///< 0: one per core
    bool overwrite = false; ///< replace train/ and eval/ in a non-empty output folder
};

enum class NoiseKind { GenderFlip, MaskSwap, AgeShift };
QString noiseKindName(NoiseKind kind); ///< gender_flip, mask_swap, age_shift

/// One drawn person: what is true (drawn) and what the label files say (given).
struct SynthPerson
{
    QString id;
    QString folder;
    Gender trueGender = Gender::Female;
    Gender givenGender = Gender::Female;
    int trueAge = 0;
    int givenAge = 0;
    bool maskSwapped = false; ///< incorrect_mask and normal files hold each other's picture
    QString extensions[kImagesPerPerson]; ///< "jpg", "png" or "jpeg" per stem
    quint64 appearanceSeed = 0;
    /// The background and clothes; 0: drawn with the face (the same person photographed again
    /// elsewhere has the face's seed and a scene of its own).
    quint64 sceneSeed = 0;
};

enum class DuplicateKind { SameImage, SamePerson };
QString duplicateKindName(DuplicateKind kind); ///< same_image, same_person

/// train/duplicates_truth.csv: image paths (relative to train/images) for same_image, person
/// folders for same_person.
struct DuplicateTruthRow
{
    QString path;
    QString duplicateOf;
    DuplicateKind kind;
};

/// A photo of one person's folder copied, with small changes, over one of another's.
struct ImageCopy
{
    int targetPerson = 0; ///< index into SynthPlan::train
    int stem = 0;
    int sourcePerson = 0;
    int sourceStem = 0;
};

struct NoiseTruthRow
{
    QString path; ///< person folder, or folder/file for image-level errors
    NoiseKind kind;
    QString given;
    QString truth;
};

struct SynthPlan
{
    std::vector<SynthPerson> train; ///< in train.csv order
    std::vector<SynthPerson> eval;
    std::vector<NoiseTruthRow> noise;
    std::vector<DuplicateTruthRow> duplicates;
    std::vector<ImageCopy> copies;
    QString junkFile; ///< "folder/._mask1.jpg", the macOS resource fork copied along
};

/// Everything about the dataset except the pixels: fast, so proportions can be tested at full
/// size.
SynthPlan planSynthetic(const SynthOptions &options);

struct SynthReport
{
    int people = 0;
    int images = 0;
    int evalPeople = 0;
    int evalImages = 0;
    int noisyPeople = 0;
    int noiseRows = 0;
    int duplicateRows = 0;
};

/// Writes the dataset to `outDir`. Refuses a non-empty folder unless options.overwrite.
Result<SynthReport> writeSynthetic(const QString &outDir, const SynthOptions &options,
                                   const Progress &progress = {});

/// Sets a loaded dataset's labels to the truth that the generator wrote beside them,
/// train/noise_truth.csv (path,kind,given,true): gender flips and age shifts by person folder,
/// mask swaps by image. Returns how many labels changed. A row that names nothing in the
/// dataset, or a kind or value it does not know, is an error naming the file and line.
Result<int> applyNoiseTruth(Dataset *dataset, const QString &file);

/// The 40-hex-digit eval ImageID of a held-out person's image (as in the real info.csv).
QString evalImageId(quint64 seed, int evalPerson, int stem);

} // namespace masklens::analysis
