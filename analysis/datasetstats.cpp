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

QString problemKindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::Other:
        break;
    case ProblemKind::EmptyPath:
        return QStringLiteral("empty_path");
    case ProblemKind::BadFolderName:
        return QStringLiteral("bad_folder_name");
    case ProblemKind::DuplicateRow:
        return QStringLiteral("duplicate_row");
    case ProblemKind::UnknownGender:
        return QStringLiteral("unknown_gender");
    case ProblemKind::BadAge:
        return QStringLiteral("bad_age");
    case ProblemKind::MissingFolder:
        return QStringLiteral("missing_folder");
    case ProblemKind::UnreadableFolder:
        return QStringLiteral("unreadable_folder");
    case ProblemKind::NotARegularFile:
        return QStringLiteral("not_a_regular_file");
    case ProblemKind::DuplicateImage:
        return QStringLiteral("duplicate_image");
    case ProblemKind::MissingImage:
        return QStringLiteral("missing_image");
    case ProblemKind::UnlistedFolder:
        return QStringLiteral("unlisted_folder");
    case ProblemKind::MissingColumn:
        return QStringLiteral("missing_column");
    case ProblemKind::BadClass:
        return QStringLiteral("bad_class");
    case ProblemKind::BadRow:
        return QStringLiteral("bad_row");
    case ProblemKind::UnreadableImage:
        return QStringLiteral("unreadable_image");
    }
    return QStringLiteral("other");
}

QJsonObject problemToJson(const Problem &problem)
{
    QJsonObject o{{QStringLiteral("file"), problem.file},
                  {QStringLiteral("message"), problem.message},
                  {QStringLiteral("kind"), problemKindName(problem.kind)}};
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
