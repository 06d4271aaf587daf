// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayout.h"

#include "neighbourindex.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QtEndian>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>

namespace masklens::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MapLayout)
};

constexpr auto kFormat = "masklens-map-1";

/// splitmix64: a small generator whose sequence is the same on every platform (the standard
/// library's distributions are not).
struct Random
{
    explicit Random(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    float uniform() { return float(next() >> 40) / float(1 << 24); }
    std::uint64_t state;
};

bool rowUsable(const Features &f, int i)
{
    if (f.group.empty() || f.group[std::size_t(i)] < 0)
        return false;
    const float *r = f.row(i);
    for (int c = 0; c < f.width; ++c)
        if (!std::isfinite(r[c]))
            return false;
    return true;
}

/// UMAP's curve 1 / (1 + a d^2b) fitted to min_dist with spread 1 (least squares over d in
/// (0, 3], as umap.umap_.find_ab_params does), by Gauss-Newton from UMAP's values for 0.1.
std::pair<float, float> curveFor(float minDistance)
{
    double a = 1.577, b = 0.895;
    std::vector<double> xs, ys;
    for (int i = 1; i <= 300; ++i) {
        const double x = 3.0 * i / 300.0;
        xs.push_back(x);
        ys.push_back(x < minDistance ? 1.0 : std::exp(-(x - minDistance)));
    }
    for (int it = 0; it < 50; ++it) {
        double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double p = std::pow(xs[i], 2 * b);
            const double f = 1.0 / (1.0 + a * p);
            const double r = f - ys[i];
            const double da = -p * f * f;
            const double db = -a * p * 2 * std::log(xs[i]) * f * f;
            jaa += da * da;
            jab += da * db;
            jbb += db * db;
            ga += da * r;
            gb += db * r;
        }
        const double det = jaa * jbb - jab * jab;
        if (std::abs(det) < 1e-18)
            break;
        const double stepA = (jbb * ga - jab * gb) / det;
        const double stepB = (jaa * gb - jab * ga) / det;
        a = std::max(1e-3, a - stepA);
        b = std::clamp(b - stepB, 0.1, 2.0);
        if (std::abs(stepA) < 1e-9 && std::abs(stepB) < 1e-9)
            break;
    }
    return {float(a), float(b)};
}

void putU32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

std::vector<int> MapLayout::similar(int i, int k) const
{
    std::vector<int> out;
    if (i < 0 || i >= rows)
        return out;
    for (int j = 0; j < std::min(k, neighbours); ++j) {
        const int n = knn[std::size_t(i) * std::size_t(neighbours) + std::size_t(j)];
        if (n >= 0)
            out.push_back(n);
    }
    return out;
}

QString mapKey(const Dataset &dataset, const Features &features, const MapOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(kFormat));
    hash.addData(imagesDigest(dataset, features.split).toLatin1());
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&features.rows), sizeof(int)));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&features.width), sizeof(int)));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(features.data.data()),
                                qsizetype(features.data.size() * sizeof(float))));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(features.group.data()),
                                qsizetype(features.group.size() * sizeof(int))));
    const QString opts = QStringLiteral("seed=%1 k=%2 pca=%3 epochs=%4 min=%5")
                             .arg(options.seed)
                             .arg(options.neighbours)
                             .arg(options.pcaDimensions)
                             .arg(options.epochs)
                             .arg(double(options.minDistance));
    hash.addData(opts.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Result<MapLayout> computeMap(const Features &features, const MapOptions &options,
                             const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    const int n = features.rows;
    std::vector<int> usable;
    for (int i = 0; i < n; ++i)
        if (rowUsable(features, i))
            usable.push_back(i);
    const int m = int(usable.size());
    if (m < 2)
        return Error{
            features.file, 0,
            Tr::tr("%1 of %2 images have features: too few to lay out a map").arg(m).arg(n)};
    const int k = std::clamp(options.neighbours, 1, 100);
    const int epochs = options.epochs > 0 ? options.epochs : (m < 10000 ? 500 : 200);
    // Progress in steps: PCA 1, neighbours m / 1000 (at least 1), each epoch 1.
    const qint64 neighbourSteps = std::max(1, m / 1000);
    const qint64 total = 1 + neighbourSteps + epochs;
    auto report = [&](qint64 done) { return !progress || progress(done, total); };
    const Error cancelled{features.file, 0, Tr::tr("making the map was cancelled")};
    if (!report(0))
        return cancelled;

    // 1. Unit-length rows (the network's embeddings compare by angle), then PCA, fitted on at
    // most 4,000 rows spread over the data (cheap, and the same rows every time).
    const int dims = std::clamp(options.pcaDimensions, 2, std::max(2, features.width));
    cv::Mat unit(m, features.width, CV_32F);
    for (int r = 0; r < m; ++r) {
        const float *src = features.row(usable[std::size_t(r)]);
        float *dst = unit.ptr<float>(r);
        double norm = 0;
        for (int c = 0; c < features.width; ++c)
            norm += double(src[c]) * src[c];
        const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.f;
        for (int c = 0; c < features.width; ++c)
            dst[c] = src[c] * scale;
    }
    cv::Mat reduced;
    if (features.width > dims) {
        const int fitRows = std::min(m, 4000);
        cv::Mat sample(fitRows, features.width, CV_32F);
        for (int r = 0; r < fitRows; ++r)
            unit.row(int(qint64(r) * m / fitRows)).copyTo(sample.row(r));
        cv::PCA pca(sample, cv::noArray(), cv::PCA::DATA_AS_ROW, dims);
        reduced = pca.project(unit);
    } else {
        reduced = unit;
    }
    const int d = reduced.cols;
    if (!report(1))
        return cancelled;

    // 2. Each image's k nearest others in its own model space.
    std::map<int, std::vector<int>> byGroup; // group -> rows of `reduced`
    for (int r = 0; r < m; ++r)
        byGroup[features.group[std::size_t(usable[std::size_t(r)])]].push_back(r);
    std::vector<int> knn(std::size_t(m) * std::size_t(k), -1);
    std::vector<float> knnDistance(std::size_t(m) * std::size_t(k),
                                   std::numeric_limits<float>::infinity());
    qint64 searched = 0;
    for (const auto &[group, rows] : byGroup) {
        (void)group;
        NeighbourIndex index(d, NeighbourIndex::Metric::L2, int(rows.size()), std::max(64, 2 * k),
                             100);
        for (std::size_t j = 0; j < rows.size(); ++j)
            index.add(reduced.ptr<float>(rows[j]), int(j));
        const bool finished = parallelFor(
            qint64(rows.size()),
            [&](qint64 j) {
                const int r = rows[std::size_t(j)];
                const auto found = index.search(reduced.ptr<float>(r), k + 1);
                int put = 0;
                for (const auto &[dist, label] : found) {
                    const int other = rows[std::size_t(label)];
                    if (other == r || put == k)
                        continue;
                    knn[std::size_t(r) * std::size_t(k) + std::size_t(put)] = other;
                    knnDistance[std::size_t(r) * std::size_t(k) + std::size_t(put)] =
                        std::sqrt(std::max(0.f, dist));
                    ++put;
                }
            },
            [&](qint64 done, qint64) {
                return report(1 + (searched + done) * neighbourSteps / m);
            });
        if (!finished)
            return cancelled;
        searched += qint64(rows.size());
    }

    // 3. The fuzzy neighbour graph: each image's own scale (its distance to its nearest
    // neighbour, rho, and a sigma giving its k memberships a total of log2 k), then the union
    // of both directions, w = a + b - ab.
    std::vector<std::map<int, float>> weights(static_cast<std::size_t>(m));
    const double target = std::log2(double(k));
    for (int r = 0; r < m; ++r) {
        const float *dist = knnDistance.data() + std::size_t(r) * std::size_t(k);
        const int *nb = knn.data() + std::size_t(r) * std::size_t(k);
        float rho = 0;
        for (int j = 0; j < k; ++j)
            if (nb[j] >= 0 && dist[j] > 0) {
                rho = dist[j];
                break;
            }
        double lo = 0, hi = std::numeric_limits<double>::infinity(), sigma = 1;
        for (int it = 0; it < 64; ++it) {
            double sum = 0;
            for (int j = 0; j < k; ++j)
                if (nb[j] >= 0)
                    sum += std::exp(-std::max(0.0, double(dist[j]) - rho) / sigma);
            if (std::abs(sum - target) < 1e-5)
                break;
            if (sum > target) {
                hi = sigma;
                sigma = (lo + hi) / 2;
            } else {
                lo = sigma;
                sigma = std::isinf(hi) ? sigma * 2 : (lo + hi) / 2;
            }
        }
        sigma = std::max(sigma, 1e-3 * double(rho > 0 ? rho : 1));
        for (int j = 0; j < k; ++j)
            if (nb[j] >= 0) {
                const float w = float(std::exp(-std::max(0.0, double(dist[j]) - rho) / sigma));
                weights[std::size_t(r)][nb[j]] = w;
            }
    }
    struct Edge
    {
        int head, tail;
        float weight;
    };
    std::vector<Edge> edges;
    for (int r = 0; r < m; ++r)
        for (const auto &[other, w] : weights[std::size_t(r)]) {
            const auto back = weights[std::size_t(other)].find(r);
            const float v = back == weights[std::size_t(other)].end() ? 0.f : back->second;
            const float joined = w + v - w * v;
            edges.push_back({r, other, joined});
            if (back == weights[std::size_t(other)].end())
                edges.push_back({other, r, joined});
        }
    weights.clear();
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        return a.head != b.head ? a.head < b.head : a.tail < b.tail;
    });
    float maxWeight = 0;
    for (const Edge &e : edges)
        maxWeight = std::max(maxWeight, e.weight);
    // Edges too weak to be sampled once in the run are dropped (as UMAP does).
    edges.erase(std::remove_if(edges.begin(), edges.end(),
                               [&](const Edge &e) { return e.weight < maxWeight / epochs; }),
                edges.end());

    // 4. The layout: start from the first two principal axes scaled to [-10, 10] (plus a little
    // noise, so identical images do not sit on one point), then SGD: each edge pulls its ends
    // together as often as its weight says, and each pull pushes the head away from five
    // random images; the step shrinks linearly to zero.
    Random random(std::uint64_t(options.seed));
    std::vector<float> pos(std::size_t(m) * 2);
    {
        float extent[2] = {1e-12f, 1e-12f};
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < 2; ++c)
                extent[c] = std::max(extent[c], std::abs(reduced.at<float>(r, c)));
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < 2; ++c)
                pos[std::size_t(r) * 2 + std::size_t(c)] =
                    10.f * reduced.at<float>(r, c) / extent[c] + 1e-4f * (random.uniform() - 0.5f);
    }
    const auto [a, b] = curveFor(options.minDistance);
    constexpr int negativeRate = 5;
    std::vector<float> perSample(edges.size()), nextSample(edges.size()), perNegative(edges.size()),
        nextNegative(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        perSample[e] = maxWeight / edges[e].weight;
        nextSample[e] = perSample[e];
        perNegative[e] = perSample[e] / negativeRate;
        nextNegative[e] = perNegative[e];
    }
    auto clip = [](float v) { return std::clamp(v, -4.f, 4.f); };
    for (int epoch = 0; epoch < epochs; ++epoch) {
        const float alpha = 1.f - float(epoch) / float(epochs);
        const float now = float(epoch);
        for (std::size_t e = 0; e < edges.size(); ++e) {
            if (nextSample[e] > now)
                continue;
            float *cur = pos.data() + std::size_t(edges[e].head) * 2;
            float *oth = pos.data() + std::size_t(edges[e].tail) * 2;
            float dx = cur[0] - oth[0], dy = cur[1] - oth[1];
            float d2 = dx * dx + dy * dy;
            if (d2 > 0) {
                const float pb = std::pow(d2, b);
                const float coeff = -2.f * a * b * pb / d2 / (a * pb + 1.f);
                const float gx = clip(coeff * dx) * alpha, gy = clip(coeff * dy) * alpha;
                cur[0] += gx;
                cur[1] += gy;
                oth[0] -= gx;
                oth[1] -= gy;
            }
            nextSample[e] += perSample[e];
            const int negatives = int((now - nextNegative[e]) / perNegative[e]);
            for (int p = 0; p < negatives; ++p) {
                const int o = random.below(m);
                if (o == edges[e].head)
                    continue;
                const float *far = pos.data() + std::size_t(o) * 2;
                dx = cur[0] - far[0];
                dy = cur[1] - far[1];
                d2 = dx * dx + dy * dy;
                float gx = 4.f, gy = 4.f;
                if (d2 > 0) {
                    const float coeff = 2.f * b / ((0.001f + d2) * (a * std::pow(d2, b) + 1.f));
                    gx = clip(coeff * dx);
                    gy = clip(coeff * dy);
                }
                cur[0] += gx * alpha;
                cur[1] += gy * alpha;
            }
            nextNegative[e] += float(negatives) * perNegative[e];
        }
        if (!report(1 + neighbourSteps + epoch + 1))
            return cancelled;
    }

    MapLayout layout;
    layout.rows = n;
    layout.neighbours = k;
    layout.xy.assign(std::size_t(n) * 2, std::numeric_limits<float>::quiet_NaN());
    layout.knn.assign(std::size_t(n) * std::size_t(k), -1);
    for (int r = 0; r < m; ++r) {
        const std::size_t i = std::size_t(usable[std::size_t(r)]);
        layout.xy[i * 2] = pos[std::size_t(r) * 2];
        layout.xy[i * 2 + 1] = pos[std::size_t(r) * 2 + 1];
        for (int j = 0; j < k; ++j) {
            const int nb = knn[std::size_t(r) * std::size_t(k) + std::size_t(j)];
            layout.knn[i * std::size_t(k) + std::size_t(j)] = nb < 0 ? -1 : usable[std::size_t(nb)];
        }
    }
    layout.seconds = double(clock.nsecsElapsed()) / 1e9;
    return layout;
}

QString mapCacheFile(const Dataset &dataset, const QString &key)
{
    return QDir(dataset.root).filePath(QStringLiteral(".masklens/maps/%1.map").arg(key));
}

Status writeMapCache(const QString &file, const MapLayout &layout)
{
    QByteArray out;
    out += QByteArray(kFormat) + ' ' + layout.key.toLatin1() + '\n';
    putU32(out, std::uint32_t(layout.rows));
    putU32(out, std::uint32_t(layout.neighbours));
    for (const float v : layout.xy) {
        std::uint32_t bits;
        std::memcpy(&bits, &v, 4);
        putU32(out, bits);
    }
    for (const int v : layout.knn)
        putU32(out, std::uint32_t(v));
    QDir().mkpath(QFileInfo(file).absolutePath());
    return writeFileAtomically(file, out, LinkPolicy::Refuse);
}

Result<MapLayout> readMapCache(const QString &file, const QString &key, int rows)
{
    const auto bytes = readRegularFile(file, qint64(1) << 30);
    if (!bytes)
        return bytes.error();
    const QByteArray header = QByteArray(kFormat) + ' ' + key.toLatin1() + '\n';
    if (!bytes->startsWith(header))
        return Error{file, 1,
                     Tr::tr("is not a map of these features (another format or another key)")};
    const char *at = bytes->constData() + header.size();
    const qint64 left = bytes->size() - header.size();
    if (left < 8)
        return Error{file, 0, Tr::tr("is cut short")};
    MapLayout layout;
    layout.rows = int(qFromLittleEndian<std::uint32_t>(at));
    layout.neighbours = int(qFromLittleEndian<std::uint32_t>(at + 4));
    if (layout.rows != rows || layout.neighbours < 1 || layout.neighbours > 100)
        return Error{file, 0,
                     Tr::tr("holds a map of %1 images, not %2").arg(layout.rows).arg(rows)};
    const qint64 values = qint64(rows) * 2 + qint64(rows) * layout.neighbours;
    if (left != 8 + values * 4)
        return Error{file, 0, Tr::tr("is cut short or has bytes to spare")};
    at += 8;
    layout.xy.resize(std::size_t(rows) * 2);
    for (float &v : layout.xy) {
        const std::uint32_t bits = qFromLittleEndian<std::uint32_t>(at);
        std::memcpy(&v, &bits, 4);
        at += 4;
    }
    layout.knn.resize(std::size_t(rows) * std::size_t(layout.neighbours));
    for (int &v : layout.knn) {
        v = int(qFromLittleEndian<std::uint32_t>(at));
        at += 4;
        if (v < -1 || v >= rows)
            return Error{file, 0, Tr::tr("names an image outside the map")};
    }
    layout.key = key;
    layout.cached = true;
    return layout;
}

Result<MapLayout> mapFor(const Dataset &dataset, const Features &features,
                         const MapOptions &options, const Progress &progress)
{
    const QString key = mapKey(dataset, features, options);
    const QString file = mapCacheFile(dataset, key);
    if (QFileInfo::exists(file)) {
        auto cached = readMapCache(file, key, features.rows);
        if (cached)
            return cached;
        // A damaged cache is only a missed speed-up: made again below, and replaced.
    }
    auto layout = computeMap(features, options, progress);
    if (!layout)
        return layout;
    layout->key = key;
    (void)writeMapCache(file, *layout);
    return layout;
}

double neighbourhoodKept(const Features &features, const MapLayout &layout, int k, int queries)
{
    std::vector<int> usable;
    for (int i = 0; i < features.rows; ++i)
        if (rowUsable(features, i) && layout.placed(i))
            usable.push_back(i);
    if (usable.size() <= std::size_t(k) || queries < 1)
        return 0;
    std::vector<float> norms(std::size_t(features.rows), 0.f);
    for (const int i : usable) {
        double s = 0;
        for (int c = 0; c < features.width; ++c)
            s += double(features.row(i)[c]) * features.row(i)[c];
        norms[std::size_t(i)] = float(std::sqrt(s));
    }
    const int q = std::min(queries, int(usable.size()));
    double kept = 0;
    for (int t = 0; t < q; ++t) {
        const int i = usable[std::size_t(qint64(t) * qint64(usable.size()) / q)];
        std::vector<std::pair<float, int>> inFeatures, onMap;
        for (const int j : usable) {
            if (j == i || features.group[std::size_t(j)] != features.group[std::size_t(i)])
                continue;
            double dot = 0;
            for (int c = 0; c < features.width; ++c)
                dot += double(features.row(i)[c]) * features.row(j)[c];
            inFeatures.push_back(
                {float(-dot / (double(norms[std::size_t(i)]) * norms[std::size_t(j)] + 1e-12)), j});
            const float dx = layout.x(i) - layout.x(j), dy = layout.y(i) - layout.y(j);
            onMap.push_back({dx * dx + dy * dy, j});
        }
        const int kk = std::min(k, int(inFeatures.size()));
        if (kk == 0)
            continue;
        std::partial_sort(inFeatures.begin(), inFeatures.begin() + kk, inFeatures.end());
        std::partial_sort(onMap.begin(), onMap.begin() + kk, onMap.end());
        std::vector<int> a, b;
        for (int j = 0; j < kk; ++j) {
            a.push_back(inFeatures[std::size_t(j)].second);
            b.push_back(onMap[std::size_t(j)].second);
        }
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        std::vector<int> both;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
        kept += double(both.size()) / kk;
    }
    return kept / q;
}

} // namespace masklens::analysis
