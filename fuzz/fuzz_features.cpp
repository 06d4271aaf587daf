// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a features file (.npy) for the fixture dataset. A file that reads must be a whole
// matrix of the dataset's images: the row count it claims, every value inside the buffer.
#include "fuzzfixture.h"

#include "analysis/features.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens;
    const analysis::Dataset &ds = fuzz::fixtureDataset();
    const QString file = fuzz::scratch().filePath(QStringLiteral("features.npy"));
    fuzz::writeBytes(file, data, size);
    const auto features = analysis::readFeatures(file, ds, analysis::Split::Train);
    if (!features)
        return 0;
    if (features->rows != int(ds.samples.size()) || features->width <= 0 ||
        features->data.size() != std::size_t(features->rows) * std::size_t(features->width))
        __builtin_trap();
    volatile float sum = 0;
    for (float v : features->data)
        sum = sum + v;
    return 0;
}
