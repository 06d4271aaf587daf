// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The data map's layout (issue #22): images the features put together stay together on the map,
// one seed gives one map, a training run's folds stay separate spaces, cancel stops it, and the
// cache under .masklens/maps is used only for exactly the features and images it was made from
// (changed features or another dataset: made again; a damaged cache: made again, never shown).
#include "fixtures.h"

#include "analysis/dataset.h"
#include "analysis/features.h"
#include "analysis/maplayout.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace masklens;
using namespace masklens::analysis;

namespace {

/// `clusters` Gaussian blobs in `width` dimensions, `per` points each, rows in cluster order.
Features blobs(int clusters, int per, int width, quint32 seed = 3)
{
    QRandomGenerator rng(seed);
    Features f;
    f.rows = clusters * per;
    f.width = width;
    std::vector<std::vector<float>> centres(static_cast<std::size_t>(clusters),
                                            std::vector<float>(static_cast<std::size_t>(width)));
    for (auto &c : centres)
        for (float &v : c)
            v = float(rng.generateDouble() * 2 - 1);
    for (int k = 0; k < clusters; ++k)
        for (int i = 0; i < per; ++i)
            for (int d = 0; d < width; ++d) {
                // Box-Muller: a normal deviate of 0.15 around the centre.
                const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
                const double z = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
                f.data.push_back(centres[std::size_t(k)][std::size_t(d)] + float(0.15 * z));
            }
    f.group.assign(std::size_t(f.rows), 0);
    return f;
}

/// The share of each point's `k` nearest on the map that are in its own cluster.
double clusterPurity(const MapLayout &map, int per, int k)
{
    double pure = 0;
    int counted = 0;
    for (int i = 0; i < map.rows; ++i) {
        if (!map.placed(i))
            continue;
        std::vector<std::pair<float, int>> d;
        for (int j = 0; j < map.rows; ++j)
            if (j != i && map.placed(j))
                d.push_back({std::hypot(map.x(i) - map.x(j), map.y(i) - map.y(j)), j});
        std::partial_sort(d.begin(), d.begin() + k, d.end());
        int same = 0;
        for (int j = 0; j < k; ++j)
            same += d[std::size_t(j)].second / per == i / per ? 1 : 0;
        pure += double(same) / k;
        ++counted;
    }
    return pure / counted;
}

} // namespace

class TestMapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imagesAlikeStayTogether()
    {
        const Features f = blobs(8, 100, 48);
        MapOptions options;
        options.epochs = 200;
        const auto map = computeMap(f, options);
        QVERIFY2(map, map ? "" : qPrintable(map.error().toString()));
        QCOMPARE(map->rows, 800);
        QCOMPARE(int(map->xy.size()), 1600);
        // Each point's 10 nearest on the map: nearly all of its own blob (random: 1/8).
        const double purity = clusterPurity(*map, 100, 10);
        QVERIFY2(purity > 0.95, qPrintable(QString::number(purity)));
        // Its neighbour lists (similar images) are of its own blob too, nearest first.
        int same = 0, all = 0;
        for (int i = 0; i < map->rows; ++i)
            for (const int j : map->similar(i, 15)) {
                QVERIFY(j != i);
                same += j / 100 == i / 100 ? 1 : 0;
                ++all;
            }
        QCOMPARE(all, 800 * 15);
        QVERIFY(double(same) / all > 0.99);
        // The map keeps a good part of each point's own neighbourhood in the features.
        const double kept = neighbourhoodKept(f, *map, 10, 200);
        QVERIFY2(kept > 0.2, qPrintable(QString::number(kept)));
    }

    void oneSeedOneMap()
    {
        const Features f = blobs(4, 60, 24);
        MapOptions options;
        options.epochs = 100;
        const auto a = computeMap(f, options);
        const auto b = computeMap(f, options);
        QVERIFY(a && b);
        QVERIFY(a->xy == b->xy);
        QVERIFY(a->knn == b->knn);
        options.seed = 2;
        const auto c = computeMap(f, options);
        QVERIFY(c);
        QVERIFY(c->xy != a->xy);
    }

    void foldsAreSeparateSpacesAndImagesWithoutFeaturesAreLeftOut()
    {
        Features f = blobs(2, 100, 16);
        // Two folds (two models' spaces) and an image without features in each.
        for (int i = 0; i < f.rows; ++i)
            f.group[std::size_t(i)] = i % 2;
        f.group[7] = -1;
        f.data[std::size_t(8) * 16] = std::nanf("");
        MapOptions options;
        options.epochs = 50;
        const auto map = computeMap(f, options);
        QVERIFY(map);
        QVERIFY(!map->placed(7));
        QVERIFY(!map->placed(8));
        QVERIFY(map->similar(7, 15).empty());
        for (int i = 0; i < map->rows; ++i)
            for (const int j : map->similar(i, 15)) {
                QCOMPARE(f.group[std::size_t(j)], f.group[std::size_t(i)]);
                QVERIFY(j != 7 && j != 8);
            }
    }

    void cancelStops()
    {
        const Features f = blobs(4, 100, 16);
        int calls = 0;
        const auto map = computeMap(f, {}, [&](qint64 done, qint64) {
            ++calls;
            return done < 5;
        });
        QVERIFY(!map);
        QVERIFY(map.error().message.contains(QStringLiteral("cancelled")));
        QVERIFY(calls < 50);
        Features one = blobs(1, 1, 8);
        const auto none = computeMap(one);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("too few")));
    }

    void theCacheIsUsedOnlyForWhatItWasMadeFrom()
    {
        QTemporaryDir tmp;
        const QString dirA = tmp.filePath(QStringLiteral("a"));
        const QString dirB = tmp.filePath(QStringLiteral("b"));
        QVERIFY(tests::makeDataset(dirA, 20, 3));
        QVERIFY(tests::makeDataset(dirB, 20, 4));
        const auto a = loadDataset(dirA);
        const auto b = loadDataset(dirB);
        QVERIFY(a && b);
        QCOMPARE(a->samples.size(), b->samples.size());
        Features f = blobs(4, 35, 16);
        QCOMPARE(f.rows, int(a->samples.size()));
        MapOptions options;
        options.epochs = 60;

        const auto first = mapFor(*a, f, options);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QVERIFY(!first->cached);
        const QString cache = mapCacheFile(*a, first->key);
        QVERIFY(cache.startsWith(QDir(dirA).filePath(QStringLiteral(".masklens/maps/"))));
        QVERIFY(QFile::exists(cache));
        const auto again = mapFor(*a, f, options);
        QVERIFY(again && again->cached);
        QVERIFY(again->xy == first->xy);
        QVERIFY(again->knn == first->knn);

        // Other features, another dataset (the same number of images), other options: other
        // keys, so the map is made again.
        Features changed = f;
        changed.data[5] += 0.5f;
        QVERIFY(mapKey(*a, changed, options) != first->key);
        const auto remade = mapFor(*a, changed, options);
        QVERIFY(remade && !remade->cached);
        QVERIFY(mapKey(*b, f, options) != first->key);
        MapOptions seeded = options;
        seeded.seed = 9;
        QVERIFY(mapKey(*a, f, seeded) != first->key);

        // A damaged cache: refused by name when read, and made again (never shown) by mapFor.
        QByteArray bytes = tests::readAll(cache);
        QVERIFY(tests::writeAll(cache, bytes.left(bytes.size() - 10)));
        const auto damaged = readMapCache(cache, first->key, f.rows);
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().file, cache);
        const auto repaired = mapFor(*a, f, options);
        QVERIFY(repaired && !repaired->cached);
        QVERIFY(repaired->xy == first->xy);
        QVERIFY(readMapCache(cache, first->key, f.rows));
        // A cache file holding another key or row count is refused.
        QVERIFY(!readMapCache(cache, QStringLiteral("0000"), f.rows));
        QVERIFY(!readMapCache(cache, first->key, f.rows + 1));
        // Hostile neighbour indices are refused.
        bytes = tests::readAll(cache);
        const int knnAt = int(bytes.indexOf('\n')) + 1 + 8 + f.rows * 2 * 4;
        bytes[knnAt] = char(0x7f);
        bytes[knnAt + 3] = char(0x7f);
        QVERIFY(tests::writeAll(cache, bytes));
        QVERIFY(!readMapCache(cache, first->key, f.rows));
    }
};

QTEST_GUILESS_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
