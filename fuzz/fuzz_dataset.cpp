// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the dataset loader with a hostile train.csv and eval/info.csv ("\n===\n" between
// them) over a real image tree.
#include "fuzzfixture.h"

#include "analysis/datasetstats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens;
    const analysis::Dataset &base = fuzz::fixtureDataset();
    const QList<QByteArray> files = fuzz::parts(data, size, 2);
    const QByteArray &train = files[0];
    const QByteArray &info = files[1];
    fuzz::writeBytes(base.trainCsvPath(), reinterpret_cast<const uint8_t *>(train.constData()),
                     size_t(train.size()));
    fuzz::writeBytes(base.evalCsvPath(), reinterpret_cast<const uint8_t *>(info.constData()),
                     size_t(info.size()));
    const auto ds = analysis::loadDataset(base.root);
    if (ds) {
        for (int i = 0; i < int(ds->samples.size()); ++i) {
            const int person = ds->samples[i].person;
            if (person < 0 || person >= int(ds->people.size()))
                __builtin_trap();
            const int c = ds->classOf(i, analysis::AgeBands{});
            if (c < 0 || c >= analysis::kClassCount)
                __builtin_trap();
        }
        for (const analysis::EvalImage &e : ds->evalImages)
            if (e.imageId.contains(u'/'))
                __builtin_trap(); // never a path outside eval/images
        (void)analysis::computeStats(*ds, analysis::AgeBands{});
    }
    return 0;
}
