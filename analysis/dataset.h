// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The mask dataset as people and their images, loaded from the competition layout:
//   train/train.csv (id,gender,race,age,path), train/images/<path>/{mask1..5,incorrect_mask,
//   normal}.{jpg,jpeg,png}, eval/info.csv (ImageID,ans), eval/images/.
// Gender and age belong to a person, the mask state to an image. People are keyed by folder
// (`path`): ids repeat and carry suffixes in real copies. Loading is a plain function, safe on a
// worker thread, cancelled through its progress callback.

#include "labels.h"
#include "parallel.h"
#include "result.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace masklens::analysis {

struct Person
{
    QString id;     ///< as written, leading zeros and suffixes kept ("001498-1")
    QString folder; ///< the `path` column: the key of a person
    Gender gender = Gender::Female;
    QString race;
    int age = 0;
    int csvLine = 0;
    /// Sample index of each of the seven stems, -1 where the image is missing.
    std::array<int, kImagesPerPerson> images{-1, -1, -1, -1, -1, -1, -1};
};

struct Sample
{
    int person = -1;       ///< index into Dataset::people
    int stem = 0;          ///< index into imageStems()
    QString fileName;      ///< "mask5.jpeg"
    int maskLabel = -1;    ///< a corrected mask state (LabelStore), -1: the file name's
    bool excluded = false; ///< left out of training and metrics by a correction
    MaskState mask() const { return maskLabel >= 0 ? MaskState(maskLabel) : maskStateOfStem(stem); }
};

struct EvalImage
{
    QString imageId; ///< 40 hex digits + ".jpg" in the real data
    int ans = 0;
    int csvLine = 0;
};

class Dataset
{
public:
    QString root; ///< the folder holding train/ and eval/
    std::vector<Person> people;
    std::vector<Sample> samples; ///< ordered by person, then stem
    std::vector<EvalImage> evalImages;
    std::vector<Problem> problems; ///< everything odd found while loading; the rest still loaded

    QString trainCsvPath() const;
    QString trainImagesDir() const;
    QString evalCsvPath() const;
    QString evalImagesDir() const;

    /// "000001_female_Asian_45/mask1.jpg": the key of an image in predictions files.
    QString relativePath(int sample) const;
    QString imagePath(int sample) const;
    QString evalImagePath(int evalIndex) const;

    /// The class of a sample under the given age bands (labels as loaded).
    int classOf(int sample, const AgeBands &bands = {}) const;

    /// Sample index of a relative path ("folder/mask1.jpg"; the extension may differ), or -1.
    int findSample(const QString &relativePath) const;
    /// Person index of a folder name, or -1.
    int findPerson(const QString &folder) const;

private:
    friend Result<Dataset> finishLoad(Dataset &&dataset);
    QHash<QString, int> m_personByFolder;
};

struct LoadOptions
{
    bool loadEval = true;
    /// Decode every image (in parallel) and report those that fail: slow on purpose, off by
    /// default. Indexing alone never opens an image.
    bool checkImages = false;
    int threads = 0;
};

/// Loads the dataset at `root`. Fails only when it cannot be read at all (no train/train.csv,
/// no usable header); every other oddity is a Problem in the result and the rest loads.
Result<Dataset> loadDataset(const QString &root, const LoadOptions &options = {},
                            const Progress &progress = {});

/// Decodes the given files and returns one Problem per file that is missing, truncated or
/// cannot be decoded. Progress and cancel as parallelFor.
std::vector<Problem> checkImageFiles(const QStringList &paths, const Progress &progress = {},
                                     int threads = 0);

} // namespace masklens::analysis
