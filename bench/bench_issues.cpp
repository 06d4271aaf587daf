// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding label issues on a full-size dataset (18,900 images x 18 classes): confident learning
// plus the person-level checks, median of 10 runs. Prints one JSON line. Target: < 50 ms.
#include "analysis/labelissues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace masklens::analysis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_issues DATASET\n");
        return 1;
    }
    const auto ds = loadDataset(QString::fromLocal8Bit(argv[1]));
    if (!ds)
        return 2;
    // Probabilities of a decent model: 80% on the label, the rest spread, 5% confidently wrong.
    QRandomGenerator rng(1);
    Predictions pred = Predictions::empty(*ds, Split::Train, true);
    for (int i = 0; i < pred.count(); ++i) {
        const int label = rng.bounded(100) < 5 ? int(rng.bounded(kClassCount)) : ds->classOf(i);
        float *p = pred.probabilities.data() + std::size_t(i) * kClassCount;
        const float top = 0.5f + 0.45f * float(rng.generateDouble());
        for (int c = 0; c < kClassCount; ++c)
            p[c] = c == label ? top : (1 - top) / (kClassCount - 1);
        pred.predicted[i] = label;
    }
    std::vector<double> ms;
    std::size_t found = 0;
    for (int r = 0; r < 10; ++r) {
        QElapsedTimer t;
        t.start();
        const auto issues = findLabelIssues(*ds, pred, AgeBands{});
        ms.push_back(t.nsecsElapsed() / 1e6);
        found = issues ? issues->size() : 0;
    }
    std::sort(ms.begin(), ms.end());
    const QJsonObject o{{QStringLiteral("images"), int(ds->samples.size())},
                        {QStringLiteral("suspects"), int(found)},
                        {QStringLiteral("median_ms"), ms[ms.size() / 2]},
                        {QStringLiteral("min_ms"), ms.front()}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
