// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "neighbourvote.h"

#include "neighbourindex.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <memory>

namespace masklens::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NeighbourVote)
};

bool usable(const float *row, int width)
{
    double norm = 0;
    for (int k = 0; k < width; ++k) {
        if (!std::isfinite(row[k]))
            return false;
        norm += double(row[k]) * row[k];
    }
    return norm > 0;
}

} // namespace

Result<Predictions> neighbourVote(const Dataset &dataset, const Features &features,
                                  const AgeBands &bands, const NeighbourVoteOptions &options)
{
    const int n = int(dataset.samples.size());
    if (features.rows != n || features.split != Split::Train)
        return Error{features.file, 0,
                     Tr::tr("holds features of other images than this dataset's train images")};
    const int width = features.width;
    // Unit-length rows: the inner product is the cosine.
    std::vector<float> unit(std::size_t(n) * std::size_t(width), 0.0f);
    std::vector<bool> has(std::size_t(n), false);
    for (int i = 0; i < n; ++i) {
        const float *r = features.row(i);
        if (!usable(r, width) || dataset.samples[std::size_t(i)].excluded)
            continue;
        double norm = 0;
        for (int k = 0; k < width; ++k)
            norm += double(r[k]) * r[k];
        norm = std::sqrt(norm);
        for (int k = 0; k < width; ++k)
            unit[std::size_t(i) * width + k] = float(r[k] / norm);
        has[std::size_t(i)] = true;
    }
    // One index per group (a model's space).
    std::map<int, std::unique_ptr<NeighbourIndex>> indexes;
    std::map<int, int> groupSize;
    for (int i = 0; i < n; ++i)
        if (has[std::size_t(i)])
            ++groupSize[features.group[std::size_t(i)]];
    for (const auto &[group, size] : groupSize) {
        indexes[group] = std::make_unique<NeighbourIndex>(
            width, NeighbourIndex::Metric::InnerProduct, size,
            std::max(64, 4 * (options.neighbours + kImagesPerPerson)));
    }
    for (int i = 0; i < n; ++i)
        if (has[std::size_t(i)])
            indexes[features.group[std::size_t(i)]]->add(unit.data() + std::size_t(i) * width, i);

    Predictions vote = Predictions::empty(dataset, Split::Train, true);
    vote.file = features.file;
    std::vector<int> label(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        label[std::size_t(i)] = dataset.classOf(i, bands);
    for (int i = 0; i < n; ++i) {
        if (!has[std::size_t(i)])
            continue;
        auto &index = *indexes[features.group[std::size_t(i)]];
        // Enough candidates that k remain after a person's own photos are set aside.
        const auto near = index.search(unit.data() + std::size_t(i) * width,
                                       options.neighbours + kImagesPerPerson);
        std::array<double, kClassCount> counts{};
        int taken = 0;
        const int person = dataset.samples[std::size_t(i)].person;
        for (const auto &[distance, j] : near) {
            if (taken == options.neighbours)
                break;
            if (dataset.samples[std::size_t(j)].person == person || label[std::size_t(j)] < 0)
                continue;
            counts[std::size_t(label[std::size_t(j)])] += 1;
            ++taken;
        }
        if (taken == 0)
            continue;
        float *p = vote.probabilities.data() + std::size_t(i) * kClassCount;
        const double sum = taken + kClassCount * options.smoothing;
        int best = 0;
        for (int c = 0; c < kClassCount; ++c) {
            p[c] = float((counts[std::size_t(c)] + options.smoothing) / sum);
            if (p[c] > p[best])
                best = c;
        }
        vote.predicted[std::size_t(i)] = best;
    }
    return vote;
}

Predictions blendPredictions(const Dataset &dataset, const Predictions &a, const Predictions &b)
{
    Predictions blend = Predictions::empty(dataset, Split::Train, true);
    blend.file = a.file;
    for (int i = 0; i < int(dataset.samples.size()); ++i) {
        const float *pa = a.probabilitiesOf(i);
        const float *pb = b.probabilitiesOf(i);
        const bool hasA = pa && a.predicted[std::size_t(i)] >= 0 && std::isfinite(pa[0]);
        const bool hasB = pb && b.predicted[std::size_t(i)] >= 0 && std::isfinite(pb[0]);
        if (!hasA && !hasB)
            continue;
        float *p = blend.probabilities.data() + std::size_t(i) * kClassCount;
        int best = 0;
        for (int c = 0; c < kClassCount; ++c) {
            p[c] = hasA && hasB ? (pa[c] + pb[c]) / 2 : (hasA ? pa[c] : pb[c]);
            if (p[c] > p[best])
                best = c;
        }
        blend.predicted[std::size_t(i)] = best;
    }
    return blend;
}

Result<Predictions> lookWithNeighbours(const Dataset &dataset, const Predictions &predictions,
                                       const QString &featuresFile, const AgeBands &bands,
                                       const QString &method)
{
    const auto features = readFeatures(featuresFile, dataset, Split::Train);
    if (!features)
        return features.error();
    if (const auto same = checkSameModel(*features, predictions.file); !same)
        return same.error();
    auto vote = neighbourVote(dataset, *features, bands);
    if (!vote || method != u"both")
        return vote;
    return blendPredictions(dataset, predictions, *vote);
}

} // namespace masklens::analysis
