// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetstats.h"

#include <QJsonArray>

namespace masklens::analysis {

DatasetStats computeStats(const Dataset &ds, const AgeBands &bands)
{
    DatasetStats st;
    st.bands = bands;
    st.people = int(ds.people.size());
    st.images = int(ds.samples.size());
    st.evalImages = int(ds.evalImages.size());
    for (const Person &p : ds.people) {
        ++st.genderCounts[int(p.gender)];
        ++st.ageBandCounts[int(bands.bandOf(p.age))];
        ++st.ageHistogram[p.age];
    }
    for (int i = 0; i < st.images; ++i) {
        const Sample &s = ds.samples[i];
        const Person &p = ds.people[s.person];
        const AgeBand band = bands.bandOf(p.age);
        ++st.classCounts[classIndex(s.mask(), p.gender, band)];
        ++st.maskCounts[int(s.mask())];
        ++st.genderImageCounts[int(p.gender)];
        ++st.ageBandImageCounts[int(band)];
    }
    return st;
}

int DatasetStats::largestClass() const
{
    return int(std::max_element(classCounts.begin(), classCounts.end()) - classCounts.begin());
}

int DatasetStats::smallestClass() const
{
    int best = -1;
    for (int c = 0; c < kClassCount; ++c) {
        if (classCounts[c] > 0 && (best < 0 || classCounts[c] < classCounts[best]))
            best = c;
    }
    return best;
}

double DatasetStats::imbalanceRatio() const
{
    const int small = smallestClass();
    return small < 0 ? 0.0 : double(classCounts[largestClass()]) / classCounts[small];
}

QJsonObject problemToJson(const Problem &problem)
{
    QJsonObject o{{QStringLiteral("file"), problem.file},
                  {QStringLiteral("message"), problem.message}};
    if (problem.line > 0)
        o.insert(QStringLiteral("line"), problem.line);
    return o;
}

namespace {
template <std::size_t N> QJsonArray toArray(const std::array<int, N> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}
} // namespace

QJsonObject statsToJson(const DatasetStats &st, const std::vector<Problem> &problems)
{
    QJsonObject ages;
    for (const auto &[age, count] : st.ageHistogram)
        ages.insert(QString::number(age), count);
    QJsonArray problemList;
    for (const Problem &p : problems)
        problemList.append(problemToJson(p));
    QJsonArray bandNames;
    for (int b = 0; b < 3; ++b)
        bandNames.append(ageBandName(AgeBand(b), st.bands));
    return QJsonObject{
        {QStringLiteral("people"), st.people},
        {QStringLiteral("images"), st.images},
        {QStringLiteral("eval_images"), st.evalImages},
        {QStringLiteral("class_counts"), toArray(st.classCounts)},
        {QStringLiteral("mask_counts"), toArray(st.maskCounts)},
        {QStringLiteral("gender_counts"), toArray(st.genderCounts)},
        {QStringLiteral("age_band_counts"), toArray(st.ageBandCounts)},
        {QStringLiteral("gender_image_counts"), toArray(st.genderImageCounts)},
        {QStringLiteral("age_band_image_counts"), toArray(st.ageBandImageCounts)},
        {QStringLiteral("age_bands"),
         QJsonObject{{QStringLiteral("middle_from"), st.bands.middleFrom},
                     {QStringLiteral("old_from"), st.bands.oldFrom},
                     {QStringLiteral("names"), bandNames}}},
        {QStringLiteral("age_histogram"), ages},
        {QStringLiteral("imbalance_ratio"), st.imbalanceRatio()},
        {QStringLiteral("problems"), problemList},
    };
}

} // namespace masklens::analysis
