// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training core's view of the data: which cached image is which person and class, read
// from a plain CSV (`index,path,person,label,age`) that masklens-cli writes beside the cache, so a
// GPU machine needs nothing else. Person-level, class-stratified folds. Plain C++.

#include "expected.h"

#include <cstdint>
#include <string>
#include <vector>

namespace masklens::model {

struct TrainSample
{
    int index = 0;      ///< image index in the cache
    std::string path;   ///< "folder/mask1.jpg", for predictions files
    std::string person; ///< the person's folder: never in two folds
    int label = 0;      ///< class 0..17
    int age = 0;
};

/// Reads the samples file; fails naming the file and line.
Expected<std::vector<TrainSample>> readTrainSamples(const std::string &file);
/// Writes it durably (a full disk leaves the old file); fails naming the file.
Status writeTrainSamples(const std::string &file, const std::vector<TrainSample> &samples);

/// Fold 0..k-1 of every sample. People, not images, are dealt out: each person's samples share a
/// fold. People are grouped by the gender and age band of their labels (label % 6) and dealt
/// round-robin within each group after a seeded shuffle, so every fold gets its share of the
/// rare >=60 people.
std::vector<int> personFolds(const std::vector<TrainSample> &samples, int k, std::uint64_t seed);

/// A tiny deterministic generator (SplitMix64) for shuffles that must not depend on the
/// standard library's distributions.
class SplitMix
{
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    template <class T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[next() % i]);
    }

private:
    std::uint64_t m_state;
};

} // namespace masklens::model
