// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"

#include "csv.h"
#include "neighbourindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <opencv2/img_hash.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <set>

namespace masklens::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Duplicates)
};

constexpr int kHashBits = 192;                     // pHash (64 bits) of each colour channel
constexpr int kThumbWidth = 12, kThumbHeight = 16; // 384x512 frames, 32 px a cell
constexpr int kThumbSize = kThumbWidth * kThumbHeight * 3;

struct Signature
{
    bool ok = false;
    std::array<float, kHashBits> bits{};   // 0/1: squared L2 between two is their Hamming distance
    std::array<float, kThumbSize> thumb{}; // mean 0, length 1: brightness and contrast cancel
};

Signature signatureOf(const QString &path)
{
    Signature s;
    // A quarter of the size is decoded (the JPEG's own DCT scaling): 4-8x less work, and the
    // hash looks at 32x32 anyway.
    const cv::Mat img =
        cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_REDUCED_COLOR_4);
    if (img.empty() || img.channels() != 3)
        return s;
    cv::Mat channels[3];
    cv::split(img, channels);
    for (int c = 0; c < 3; ++c) {
        cv::Mat hash;
        cv::img_hash::pHash(channels[c], hash);
        for (int byte = 0; byte < 8; ++byte)
            for (int bit = 0; bit < 8; ++bit)
                s.bits[std::size_t(c * 64 + byte * 8 + bit)] =
                    float((hash.at<uchar>(0, byte) >> bit) & 1);
    }
    cv::Mat small;
    cv::resize(img, small, cv::Size(kThumbWidth, kThumbHeight), 0, 0, cv::INTER_AREA);
    double mean = 0;
    for (int i = 0; i < kThumbSize; ++i)
        mean += small.data[i];
    mean /= kThumbSize;
    double norm = 0;
    for (int i = 0; i < kThumbSize; ++i) {
        s.thumb[std::size_t(i)] = float(small.data[i] - mean);
        norm += double(s.thumb[std::size_t(i)]) * s.thumb[std::size_t(i)];
    }
    norm = std::sqrt(norm);
    for (float &v : s.thumb)
        v = norm > 0 ? float(v / norm) : 0.0f;
    s.ok = true;
    return s;
}

double dot(const float *a, const float *b, int n)
{
    double d = 0;
    for (int i = 0; i < n; ++i)
        d += double(a[i]) * b[i];
    return d;
}

/// Cosine of two embeddings (NaN rows: no answer).
double cosine(const float *a, const float *b, int n)
{
    const double ab = dot(a, b, n), aa = dot(a, a, n), bb = dot(b, b, n);
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : std::nan("");
}

/// Each person's mean embedding (unit length; empty without one) and the model space it is in.
struct PersonMeans
{
    std::vector<std::vector<float>> mean;
    std::vector<int> group;
};

PersonMeans personMeans(const Dataset &dataset, const Features &features)
{
    const int people = int(dataset.people.size()), width = features.width;
    PersonMeans out;
    out.mean.resize(std::size_t(people));
    out.group.assign(std::size_t(people), -1);
    for (int p = 0; p < people; ++p) {
        std::vector<double> sum(std::size_t(width), 0.0);
        int count = 0;
        for (int s : dataset.people[std::size_t(p)].images) {
            if (s < 0 || !std::isfinite(features.row(s)[0]))
                continue;
            const float *r = features.row(s);
            const double len = std::sqrt(dot(r, r, width));
            if (len <= 0)
                continue;
            for (int k = 0; k < width; ++k)
                sum[std::size_t(k)] += r[k] / len;
            out.group[std::size_t(p)] = features.group[std::size_t(s)];
            ++count;
        }
        const double len = std::sqrt(std::inner_product(sum.begin(), sum.end(), sum.begin(), 0.0));
        if (count == 0 || len <= 0)
            continue;
        out.mean[std::size_t(p)].resize(std::size_t(width));
        for (int k = 0; k < width; ++k)
            out.mean[std::size_t(p)][std::size_t(k)] = float(sum[std::size_t(k)] / len);
    }
    return out;
}

int findRoot(std::vector<int> &parent, int x)
{
    while (parent[std::size_t(x)] != x)
        x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
    return x;
}

} // namespace

Result<DuplicateReport> findDuplicates(const Dataset &dataset, const Features *features,
                                       const DuplicateOptions &options, const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    DuplicateReport report;
    const int n = int(dataset.samples.size());
    for (const Features *given : {features, options.identity})
        if (given && (given->rows != n || given->split != Split::Train))
            return Error{given->file, 0,
                         Tr::tr("holds features of other images than this dataset's train images")};

    std::vector<Signature> signatures(static_cast<std::size_t>(n));
    // Progress: hashing is the long part (the index and the checks take a second).
    if (!parallelFor(
            n,
            [&](qint64 i) { signatures[std::size_t(i)] = signatureOf(dataset.imagePath(int(i))); },
            progress, options.threads))
        return Error{dataset.root, 0, Tr::tr("cancelled")};
    for (int i = 0; i < n; ++i) {
        if (signatures[std::size_t(i)].ok)
            ++report.hashed;
        else
            report.problems.push_back({dataset.imagePath(i), 0,
                                       Tr::tr("cannot be read as an image; not compared"),
                                       ProblemKind::UnreadableImage});
    }

    // The index: each hash a point; Hamming distance is the squared L2 distance of the bits.
    // A copy's hash sits a few bits from its original, far closer than any other: a narrow
    // construction breadth finds it (and builds the graph 3x faster than hnswlib's usual 200).
    NeighbourIndex index(kHashBits, NeighbourIndex::Metric::L2, report.hashed,
                         std::max(64, 4 * options.neighbours), 48);
    for (int i = 0; i < n; ++i)
        if (signatures[std::size_t(i)].ok)
            index.add(signatures[std::size_t(i)].bits.data(), i);

    std::mutex mutex;
    std::set<std::pair<int, int>> candidates;
    parallelFor(
        n,
        [&](qint64 q) {
            const Signature &s = signatures[std::size_t(q)];
            if (!s.ok)
                return;
            std::vector<std::pair<int, int>> mine;
            for (const auto &[distance, other] :
                 index.search(s.bits.data(), options.neighbours + 1)) {
                if (other != int(q) && distance <= float(options.maxHashDistance) + 0.5f)
                    mine.emplace_back(std::min(int(q), other), std::max(int(q), other));
            }
            std::lock_guard lock(mutex);
            candidates.insert(mine.begin(), mine.end());
        },
        {}, options.threads);

    for (const auto &[a, b] : candidates) {
        const Signature &sa = signatures[std::size_t(a)], &sb = signatures[std::size_t(b)];
        const double similarity = dot(sa.thumb.data(), sb.thumb.data(), kThumbSize);
        if (similarity < options.minThumbnailSimilarity)
            continue;
        if (features && features->group[std::size_t(a)] == features->group[std::size_t(b)] &&
            features->group[std::size_t(a)] >= 0) {
            const double c = cosine(features->row(a), features->row(b), features->width);
            if (std::isfinite(c) && c < options.minFeatureSimilarity)
                continue;
        }
        int hamming = 0;
        for (int k = 0; k < kHashBits; ++k)
            hamming += sa.bits[std::size_t(k)] != sb.bits[std::size_t(k)];
        // Within one person's folder the photos share a face and a scene: two of them with
        // masks of one colour look alike at a thumbnail's size without being one photo. There
        // only the same photo counts (hashes equal, thumbnails all but equal).
        if (dataset.samples[std::size_t(a)].person == dataset.samples[std::size_t(b)].person &&
            (hamming > 0 || similarity < options.minSameFolderSimilarity))
            continue;
        report.images.push_back({a, b, similarity, hamming});
    }
    std::sort(report.images.begin(), report.images.end(),
              [](const ImageDuplicate &x, const ImageDuplicate &y) {
                  return x.score != y.score ? x.score > y.score
                                            : std::pair(x.a, x.b) < std::pair(y.a, y.b);
              });

    // People: joined by copied photos, and (with features) by embeddings that sit together.
    const int people = int(dataset.people.size());
    std::map<std::pair<int, int>, std::pair<int, double>> shared; // -> count, score sum
    for (const ImageDuplicate &d : report.images) {
        const int pa = dataset.samples[std::size_t(d.a)].person;
        const int pb = dataset.samples[std::size_t(d.b)].person;
        if (pa == pb)
            continue;
        auto &[count, sum] = shared[{std::min(pa, pb), std::max(pa, pb)}];
        ++count;
        sum += d.score;
    }
    std::map<std::pair<int, int>, PersonDuplicate> personPairs;
    for (const auto &[key, value] : shared)
        if (value.first >= options.minSharedImages)
            personPairs[key] = {key.first, key.second, value.second / value.first, value.first};
    if (features) {
        // Each person's mean embedding, compared within a model's space.
        const int width = features->width;
        const auto [mean, groupOf] = personMeans(dataset, *features);
        NeighbourIndex byPerson(width, NeighbourIndex::Metric::InnerProduct, people);
        for (int p = 0; p < people; ++p)
            if (!mean[std::size_t(p)].empty())
                byPerson.add(mean[std::size_t(p)].data(), p);
        for (int p = 0; p < people; ++p) {
            if (mean[std::size_t(p)].empty())
                continue;
            for (const auto &[distance, q] : byPerson.search(mean[std::size_t(p)].data(), 6)) {
                const double similarity = 1.0 - distance; // InnerProductSpace: 1 - <a, b>
                if (q == p || groupOf[std::size_t(p)] != groupOf[std::size_t(q)] ||
                    similarity < options.minPersonSimilarity)
                    continue;
                const std::pair key{std::min(p, q), std::max(p, q)};
                auto &pair = personPairs[key];
                pair.a = key.first;
                pair.b = key.second;
                pair.score = std::max(pair.score, similarity);
            }
        }
    }
    if (options.identity) {
        // Faces: mutual nearest people by mean identity embedding, among those a person
        // photographed again could be (the same gender, nearly the same age).
        const Features &identity = *options.identity;
        const auto [mean, groupOf] = personMeans(dataset, identity);
        NeighbourIndex byFace(identity.width, NeighbourIndex::Metric::InnerProduct, people);
        for (int p = 0; p < people; ++p)
            if (!mean[std::size_t(p)].empty())
                byFace.add(mean[std::size_t(p)].data(), p);
        auto sameLook = [&](int p, int q) {
            const Person &a = dataset.people[std::size_t(p)], &b = dataset.people[std::size_t(q)];
            return a.gender == b.gender && std::abs(a.age - b.age) <= options.maxIdentityAgeGap &&
                   groupOf[std::size_t(p)] == groupOf[std::size_t(q)];
        };
        std::vector<int> nearest(std::size_t(people), -1);
        std::vector<double> nearestSimilarity(std::size_t(people), -2.0), anyNearest;
        for (int p = 0; p < people; ++p) {
            if (mean[std::size_t(p)].empty())
                continue;
            const auto found = byFace.search(mean[std::size_t(p)].data(), 30);
            for (const auto &[distance, q] : found)
                if (q != p) {
                    anyNearest.push_back(1.0 - distance);
                    break;
                }
            for (const auto &[distance, q] : found) {
                if (q != p && sameLook(p, q)) {
                    nearest[std::size_t(p)] = q;
                    nearestSimilarity[std::size_t(p)] = 1.0 - distance;
                    break; // nearest first
                }
            }
        }
        // The line: far above how close people's nearest others are, or a fixed cosine.
        auto median = [](std::vector<double> v) {
            if (v.empty())
                return 0.0;
            std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
            return v[v.size() / 2];
        };
        const double centre = median(anyNearest);
        std::vector<double> deviations;
        for (double c : anyNearest)
            deviations.push_back(std::abs(c - centre));
        const double spread = 1.4826 * median(deviations);
        report.identityLine = options.minIdentitySimilarity <= 1.0
                                  ? options.minIdentitySimilarity
                                  : centre + options.identityDeviations * spread;
        report.identityNearestMedian = centre;
        for (int p = 0; p < people; ++p) {
            const int q = nearest[std::size_t(p)];
            if (q <= p || nearest[std::size_t(q)] != p ||
                nearestSimilarity[std::size_t(p)] < report.identityLine)
                continue;
            auto &pair = personPairs[{p, q}];
            pair.a = p;
            pair.b = q;
            pair.score = std::max(pair.score, nearestSimilarity[std::size_t(p)]);
        }
    }
    for (const auto &[key, pair] : personPairs)
        report.people.push_back(pair);
    std::sort(report.people.begin(), report.people.end(),
              [](const PersonDuplicate &x, const PersonDuplicate &y) { return x.score > y.score; });

    // Groups for the folds: every pair of people joined by anything above.
    std::vector<int> parent(static_cast<std::size_t>(people));
    std::iota(parent.begin(), parent.end(), 0);
    auto join = [&](int a, int b) {
        parent[std::size_t(findRoot(parent, a))] = findRoot(parent, b);
    };
    for (const auto &[key, value] : shared)
        join(key.first, key.second);
    for (const PersonDuplicate &p : report.people)
        join(p.a, p.b);
    std::map<int, std::vector<int>> byRoot;
    for (int p = 0; p < people; ++p)
        byRoot[findRoot(parent, p)].push_back(p);
    for (auto &[root, members] : byRoot)
        if (members.size() > 1)
            report.groups.push_back(std::move(members));
    report.seconds = clock.elapsed() / 1000.0;
    return report;
}

QString duplicatesCsv(const Dataset &dataset, const DuplicateReport &report)
{
    QString out = QStringLiteral("a,b,kind,score\n");
    for (const ImageDuplicate &d : report.images)
        out += csvField(dataset.relativePath(d.a)) + u',' + csvField(dataset.relativePath(d.b)) +
               QStringLiteral(",same_image,") + QString::number(d.score, 'f', 4) + u'\n';
    for (const PersonDuplicate &d : report.people)
        out += csvField(dataset.people[std::size_t(d.a)].folder) + u',' +
               csvField(dataset.people[std::size_t(d.b)].folder) + QStringLiteral(",same_person,") +
               QString::number(d.score, 'f', 4) + u'\n';
    return out;
}

Result<std::vector<QStringList>> readDuplicateGroups(const QString &file)
{
    const auto csv = readCsv(file);
    if (!csv)
        return csv.error();
    // Our CSV (a,b,kind,score) or the generator's truth (path,duplicate_of,kind).
    int a = csv->column(u"a"), b = csv->column(u"b");
    if (a < 0 || b < 0) {
        a = csv->column(u"path");
        b = csv->column(u"duplicate_of");
    }
    const int kind = csv->column(u"kind");
    if (a < 0 || b < 0 || kind < 0)
        return Error{file, 1,
                     Tr::tr("expected the columns a,b,kind (masklens-cli duplicates) or "
                            "path,duplicate_of,kind")};
    std::map<QString, QString> parent;
    std::function<QString(const QString &)> root = [&](const QString &x) -> QString {
        auto it = parent.find(x);
        if (it == parent.end() || it->second == x)
            return x;
        return it->second = root(it->second);
    };
    for (const CsvRow &row : csv->rows) {
        const QString k = row.fields.value(kind).trimmed();
        if (k != u"same_image" && k != u"same_person")
            return Error{file, row.line,
                         Tr::tr("kind must be same_image or same_person, not \"%1\"").arg(k)};
        // Image paths (folder/file) name their person by the folder.
        const QString pa = row.fields.value(a).section(u'/', 0, 0).trimmed();
        const QString pb = row.fields.value(b).section(u'/', 0, 0).trimmed();
        if (pa.isEmpty() || pb.isEmpty())
            return Error{file, row.line, Tr::tr("a row without two paths")};
        parent.emplace(pa, pa);
        parent.emplace(pb, pb);
        parent[root(pa)] = root(pb);
    }
    std::map<QString, QStringList> groups;
    for (const auto &[folder, up] : parent)
        groups[root(folder)].append(folder);
    std::vector<QStringList> out;
    for (auto &[r, members] : groups)
        if (members.size() > 1)
            out.push_back(members);
    return out;
}

} // namespace masklens::analysis
