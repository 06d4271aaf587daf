// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a predictions file, then everything that consumes one: metrics and the label-issue
// finder.
#include "fuzzfixture.h"

#include "analysis/labelissues.h"
#include "analysis/metrics.h"
#include "analysis/predictions.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens;
    const analysis::Dataset &ds = fuzz::fixtureDataset();
    const QString file = fuzz::scratch().filePath(QStringLiteral("pred.csv"));
    fuzz::writeBytes(file, data, size);
    const auto pred = analysis::readPredictions(file, ds);
    if (!pred)
        return 0;
    for (int i = 0; i < pred->count(); ++i) {
        if (pred->predicted[i] < -1 || pred->predicted[i] >= analysis::kClassCount)
            __builtin_trap();
        if (const float *p = pred->probabilitiesOf(i); p && pred->predicted[i] >= 0)
            for (int c = 0; c < analysis::kClassCount; ++c)
                if (std::isinf(p[c]))
                    __builtin_trap();
    }
    if (pred->split == analysis::Split::Train) {
        const auto data2 = analysis::evaluationData(ds, *pred, analysis::AgeBands{}, {});
        const analysis::Metrics m = analysis::computeMetrics(data2);
        if (!(m.macroF1 >= 0 && m.macroF1 <= 1))
            __builtin_trap();
        (void)analysis::findLabelIssues(ds, *pred, analysis::AgeBands{}, {});
    }
    return 0;
}
