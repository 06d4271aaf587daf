// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QJsonArray>

#include <cmath>
#include <map>
#include <numeric>

namespace masklens::analysis {

ConfusionMatrix::ConfusionMatrix(int classes)
    : m_classes(classes), m_counts(std::size_t(classes * classes), 0)
{
}

int ConfusionMatrix::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

int ConfusionMatrix::rowTotal(int truth) const
{
    const auto row = m_counts.begin() + truth * m_classes;
    return std::accumulate(row, row + m_classes, 0);
}

int ConfusionMatrix::columnTotal(int predicted) const
{
    int sum = 0;
    for (int t = 0; t < m_classes; ++t)
        sum += at(t, predicted);
    return sum;
}

std::vector<ClassScore> ConfusionMatrix::scores() const
{
    std::vector<ClassScore> out(static_cast<std::size_t>(m_classes));
    for (int c = 0; c < m_classes; ++c) {
        ClassScore &s = out[c];
        const int tp = at(c, c);
        s.support = rowTotal(c);
        s.predicted = columnTotal(c);
        // scikit-learn's zero_division=0: an empty denominator scores 0.
        s.precision = s.predicted > 0 ? double(tp) / s.predicted : 0.0;
        s.recall = s.support > 0 ? double(tp) / s.support : 0.0;
        s.f1 = s.precision + s.recall > 0 ? 2.0 * s.precision * s.recall / (s.precision + s.recall)
                                          : 0.0;
    }
    return out;
}

double ConfusionMatrix::macroF1() const
{
    const auto s = scores();
    double sum = 0;
    for (const ClassScore &c : s)
        sum += c.f1;
    return s.empty() ? 0.0 : sum / double(s.size());
}

double ConfusionMatrix::accuracy() const
{
    int right = 0;
    for (int c = 0; c < m_classes; ++c)
        right += at(c, c);
    const int n = total();
    return n > 0 ? double(right) / n : 0.0;
}

Metrics computeMetrics(const EvaluationData &data, const std::vector<int> *subset,
                       int calibrationBins)
{
    Metrics m;
    const int n = int(data.truth.size());
    const bool haveAges = data.age.size() == data.truth.size();
    std::vector<ErrorCount> byAge(kMaxAge + 1);
    std::vector<double> binConfidence, binRight;
    std::vector<int> binCount;
    if (data.probabilities && calibrationBins > 0) {
        binConfidence.assign(calibrationBins, 0.0);
        binRight.assign(calibrationBins, 0.0);
        binCount.assign(calibrationBins, 0);
    }
    int calibrated = 0;

    auto visit = [&](int i) {
        const int t = data.truth[i];
        const int p = data.predicted[i];
        if (t < 0)
            return;
        if (p < 0) {
            ++m.unpredicted;
            return;
        }
        m.confusion.add(t, p);
        const ClassParts tp = classParts(t), pp = classParts(p);
        m.mask.add(int(tp.mask), int(pp.mask));
        m.gender.add(int(tp.gender), int(pp.gender));
        m.ageBand.add(int(tp.age), int(pp.age));
        const bool wrong = t != p;
        ErrorCount &band = m.errorByAgeBand[int(tp.age)];
        ++band.samples;
        band.errors += wrong;
        if (haveAges) {
            const int age = data.age[i];
            if (age >= 0 && age <= kMaxAge) {
                ++byAge[age].samples;
                byAge[age].errors += wrong;
            }
        }
        if (!binCount.empty()) {
            const float *row = data.probabilities + std::size_t(i) * kClassCount;
            if (!std::isnan(row[0])) {
                const double confidence = *std::max_element(row, row + kClassCount);
                const int bin =
                    std::clamp(int(confidence * calibrationBins), 0, calibrationBins - 1);
                binConfidence[bin] += confidence;
                binRight[bin] += wrong ? 0.0 : 1.0;
                ++binCount[bin];
                ++calibrated;
            }
        }
    };
    if (subset) {
        for (int i : *subset)
            if (i >= 0 && i < n)
                visit(i);
    } else {
        for (int i = 0; i < n; ++i)
            visit(i);
    }

    m.perClass = m.confusion.scores();
    m.macroF1 = m.confusion.macroF1();
    m.accuracy = m.confusion.accuracy();
    m.samples = m.confusion.total();
    for (int age = 0; age <= kMaxAge; ++age)
        if (byAge[age].samples > 0)
            m.errorByAge.emplace_back(age, byAge[age]);
    if (calibrated > 0) {
        Calibration cal;
        for (int b = 0; b < calibrationBins; ++b) {
            CalibrationBin bin;
            bin.lower = double(b) / calibrationBins;
            bin.upper = double(b + 1) / calibrationBins;
            bin.count = binCount[b];
            if (bin.count > 0) {
                bin.confidence = binConfidence[b] / bin.count;
                bin.accuracy = binRight[b] / bin.count;
                cal.ece += std::abs(bin.accuracy - bin.confidence) * bin.count / calibrated;
            }
            cal.bins.push_back(bin);
        }
        m.calibration = cal;
    }
    return m;
}

EvaluationData evaluationData(const Dataset &dataset, const Predictions &predictions,
                              const AgeBands &bands, const std::vector<int> &evalTruth)
{
    EvaluationData d;
    d.predicted = predictions.predicted;
    d.probabilities = predictions.hasProbabilities() ? predictions.probabilities.data() : nullptr;
    if (predictions.split == Split::Train) {
        const int n = int(dataset.samples.size());
        d.truth.resize(n);
        d.age.resize(n);
        for (int i = 0; i < n; ++i) {
            // An excluded image (a correction said so) counts nowhere.
            d.truth[i] = dataset.samples[i].excluded ? -1 : dataset.classOf(i, bands);
            d.age[i] = dataset.people[dataset.samples[i].person].age;
        }
    } else {
        d.truth = evalTruth;
        d.truth.resize(d.predicted.size(), -1);
    }
    return d;
}

namespace {

QJsonArray matrixJson(const ConfusionMatrix &m)
{
    QJsonArray rows;
    for (int t = 0; t < m.classes(); ++t) {
        QJsonArray row;
        for (int p = 0; p < m.classes(); ++p)
            row.append(m.at(t, p));
        rows.append(row);
    }
    return rows;
}

QJsonArray scoresJson(const std::vector<ClassScore> &scores,
                      const std::function<QString(int)> &name)
{
    QJsonArray list;
    for (int c = 0; c < int(scores.size()); ++c) {
        const ClassScore &s = scores[c];
        list.append(QJsonObject{{QStringLiteral("class"), c},
                                {QStringLiteral("name"), name(c)},
                                {QStringLiteral("precision"), s.precision},
                                {QStringLiteral("recall"), s.recall},
                                {QStringLiteral("f1"), s.f1},
                                {QStringLiteral("support"), s.support},
                                {QStringLiteral("predicted"), s.predicted}});
    }
    return list;
}

QJsonObject attributeJson(const ConfusionMatrix &m, const std::function<QString(int)> &name)
{
    return {{QStringLiteral("macro_f1"), m.macroF1()},
            {QStringLiteral("accuracy"), m.accuracy()},
            {QStringLiteral("per_class"), scoresJson(m.scores(), name)},
            {QStringLiteral("confusion"), matrixJson(m)}};
}

QJsonObject errorJson(const ErrorCount &e)
{
    return {{QStringLiteral("samples"), e.samples},
            {QStringLiteral("errors"), e.errors},
            {QStringLiteral("error_rate"), e.rate()}};
}

} // namespace

QJsonObject metricsToJson(const Metrics &m, const AgeBands &bands)
{
    QJsonObject o;
    o.insert(QStringLiteral("samples"), m.samples);
    o.insert(QStringLiteral("unpredicted"), m.unpredicted);
    o.insert(QStringLiteral("macro_f1"), m.macroF1);
    o.insert(QStringLiteral("accuracy"), m.accuracy);
    QJsonArray perClass = scoresJson(m.perClass, [&](int c) { return className(c, bands); });
    for (int c = 0; c < perClass.size(); ++c) {
        QJsonObject s = perClass[c].toObject();
        s.insert(QStringLiteral("old"), isOldClass(c));
        perClass[c] = s;
    }
    o.insert(QStringLiteral("per_class"), perClass);
    double oldF1 = 0;
    for (int c = 0; c < kClassCount; ++c)
        oldF1 += isOldClass(c) ? m.perClass[c].f1 / 6.0 : 0.0;
    o.insert(QStringLiteral("old_macro_f1"), oldF1);
    o.insert(QStringLiteral("confusion"), matrixJson(m.confusion));
    o.insert(QStringLiteral("per_attribute"),
             QJsonObject{{QStringLiteral("mask"),
                          attributeJson(m.mask, [](int i) { return maskStateName(MaskState(i)); })},
                         {QStringLiteral("gender"),
                          attributeJson(m.gender, [](int i) { return genderName(Gender(i)); })},
                         {QStringLiteral("age_band"), attributeJson(m.ageBand, [&](int i) {
                              return ageBandName(AgeBand(i), bands);
                          })}});
    QJsonArray byAge;
    for (const auto &[age, e] : m.errorByAge) {
        QJsonObject a = errorJson(e);
        a.insert(QStringLiteral("age"), age);
        byAge.append(a);
    }
    o.insert(QStringLiteral("error_by_age"), byAge);
    QJsonArray byBand;
    for (int b = 0; b < 3; ++b) {
        QJsonObject a = errorJson(m.errorByAgeBand[b]);
        a.insert(QStringLiteral("band"), ageBandName(AgeBand(b), bands));
        byBand.append(a);
    }
    o.insert(QStringLiteral("error_by_age_band"), byBand);
    if (m.calibration) {
        QJsonArray bins;
        for (const CalibrationBin &b : m.calibration->bins)
            bins.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                    {QStringLiteral("upper"), b.upper},
                                    {QStringLiteral("count"), b.count},
                                    {QStringLiteral("confidence"), b.confidence},
                                    {QStringLiteral("accuracy"), b.accuracy}});
        o.insert(QStringLiteral("calibration"),
                 QJsonObject{{QStringLiteral("ece"), m.calibration->ece},
                             {QStringLiteral("bins"), bins}});
    }
    return o;
}

} // namespace masklens::analysis
