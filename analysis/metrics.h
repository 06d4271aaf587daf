// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The numbers every error chart shows: confusion matrices (18 classes and per attribute),
// per-class precision/recall/F1/support, macro F1 and accuracy as scikit-learn computes them
// (labels = all classes, zero_division=0: a class never predicted and never present scores 0),
// error rate by exact age and by age band, and calibration. Plain functions over vectors,
// reentrant; 100,000 samples take well under 10 ms.

#include "labels.h"
#include "predictions.h"

#include <QJsonObject>

#include <array>
#include <optional>
#include <vector>

namespace masklens::analysis {

struct ClassScore
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int support = 0;   ///< true samples of the class
    int predicted = 0; ///< samples predicted as the class
};

/// Counts of (true, predicted) pairs; rows are the true class.
class ConfusionMatrix
{
public:
    explicit ConfusionMatrix(int classes = kClassCount);

    int classes() const { return m_classes; }
    int at(int truth, int predicted) const
    {
        return m_counts[std::size_t(truth * m_classes + predicted)];
    }
    void add(int truth, int predicted) { ++m_counts[std::size_t(truth * m_classes + predicted)]; }
    int total() const;
    int rowTotal(int truth) const;
    int columnTotal(int predicted) const;

    std::vector<ClassScore> scores() const;
    double macroF1() const;
    double accuracy() const;

private:
    int m_classes;
    std::vector<int> m_counts;
};

struct ErrorCount
{
    int samples = 0;
    int errors = 0;
    double rate() const { return samples > 0 ? double(errors) / samples : 0.0; }
};

struct CalibrationBin
{
    double lower = 0;
    double upper = 0;
    int count = 0;
    double confidence = 0; ///< mean top probability in the bin
    double accuracy = 0;   ///< share of the bin predicted right
};

struct Calibration
{
    double ece = 0; ///< expected calibration error: sum of |accuracy - confidence| * share
    std::vector<CalibrationBin> bins;
};

/// Per-sample inputs: true class, predicted class (-1: none), the person's exact age (-1:
/// unknown, e.g. eval images), and optionally kClassCount probabilities per sample.
struct EvaluationData
{
    std::vector<int> truth;
    std::vector<int> predicted;
    std::vector<int> age;
    const float *probabilities = nullptr;
};

struct Metrics
{
    ConfusionMatrix confusion{kClassCount};
    ConfusionMatrix mask{3};
    ConfusionMatrix gender{2};
    ConfusionMatrix ageBand{3};
    std::vector<ClassScore> perClass;
    double macroF1 = 0;
    double accuracy = 0;
    int samples = 0;     ///< evaluated (truth and prediction both known)
    int unpredicted = 0; ///< in the subset but without a prediction
    std::vector<std::pair<int, ErrorCount>> errorByAge; ///< ascending age
    std::array<ErrorCount, 3> errorByAgeBand;           ///< by true age band
    std::optional<Calibration> calibration;             ///< when probabilities were given
};

/// Computes every metric over `subset` (sample indices) or over all samples when null.
Metrics computeMetrics(const EvaluationData &data, const std::vector<int> *subset = nullptr,
                       int calibrationBins = 15);

/// Truth from the dataset's labels (train) or eval/truth.csv (eval; pass it in evalTruth).
EvaluationData evaluationData(const Dataset &dataset, const Predictions &predictions,
                              const AgeBands &bands, const std::vector<int> &evalTruth = {});

/// The `evaluate --json` object: macro_f1, accuracy, per_class, confusion, per_attribute,
/// error_by_age, error_by_age_band, calibration, samples, unpredicted.
QJsonObject metricsToJson(const Metrics &metrics, const AgeBands &bands);

} // namespace masklens::analysis
