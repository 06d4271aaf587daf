// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputing every metric (18x18 and attribute confusions, per-class scores, errors by age,
// calibration) for N samples. Prints one JSON line; bench/run-metrics.sh sets it beside
// scikit-learn computing the same numbers.
#include "analysis/metrics.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace masklens::analysis;

int main(int argc, char *argv[])
{
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QRandomGenerator rng(1);
    EvaluationData d;
    std::vector<float> probs(std::size_t(n) * kClassCount);
    for (int i = 0; i < n; ++i) {
        const int t = int(rng.bounded(kClassCount));
        const int p = rng.bounded(100) < 75 ? t : int(rng.bounded(kClassCount));
        d.truth.push_back(t);
        d.predicted.push_back(p);
        d.age.push_back(18 + int(rng.bounded(43)));
        float sum = 0;
        for (int c = 0; c < kClassCount; ++c)
            sum += probs[std::size_t(i) * kClassCount + c] =
                float(rng.generateDouble()) + (c == p ? 5.0f : 0.0f);
        for (int c = 0; c < kClassCount; ++c)
            probs[std::size_t(i) * kClassCount + c] /= sum;
    }
    d.probabilities = probs.data();
    std::vector<double> ms;
    double sink = 0;
    for (int r = 0; r < 30; ++r) {
        QElapsedTimer t;
        t.start();
        const Metrics m = computeMetrics(d);
        ms.push_back(t.nsecsElapsed() / 1e6);
        sink += m.macroF1;
    }
    std::sort(ms.begin(), ms.end());
    const QJsonObject o{{QStringLiteral("samples"), n},
                        {QStringLiteral("median_ms"), ms[ms.size() / 2]},
                        {QStringLiteral("min_ms"), ms.front()},
                        {QStringLiteral("macro_f1"), sink / 30}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
