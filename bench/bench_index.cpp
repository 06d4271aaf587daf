// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Indexing speed: train.csv + 2,700 folders + 18,900 files -> Dataset, warm cache.
// Prints one JSON line; bench/run-index.sh sets it beside a Python reference.
#include "analysis/dataset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_index DATASET [REPEATS]\n");
        return 1;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    std::vector<double> ms;
    int images = 0, people = 0;
    for (int r = 0; r < repeats + 1; ++r) { // the first run warms the page cache
        QElapsedTimer t;
        t.start();
        const auto ds = masklens::analysis::loadDataset(root);
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!ds) {
            std::fprintf(stderr, "%s\n", qPrintable(ds.error().toString()));
            return 2;
        }
        images = int(ds->samples.size());
        people = int(ds->people.size());
        if (r > 0)
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    const QJsonObject o{{QStringLiteral("people"), people},
                        {QStringLiteral("images"), images},
                        {QStringLiteral("median_ms"), ms[ms.size() / 2]},
                        {QStringLiteral("min_ms"), ms.front()}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
