// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faceidentity.h"

#include "core/identity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace masklens::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FaceIdentity)
};

// The photo at half size (192x256 for the 384x512 frames); the crop: the face's upper part.
constexpr int kFrameWidth = 192, kFrameHeight = 256;
constexpr int kCropX = 56, kCropY = 76, kCropWidth = 80, kCropHeight = 72;
constexpr int kEdge = 6;           // columns at each side of the frame that show the scene
constexpr int kSceneDistance = 40; // L1 distance (of 765) from the scene's colour on that row
// The middle of the face (between and above the eyes, in the frame): the colours that fill a
// tenth of it or more are the person's own (skin, hair, glasses) and never taken for the scene.
constexpr int kFaceX = 80, kFaceY = 96, kFaceWidth = 32, kFaceHeight = 28;
constexpr int kFaceShare = 10; // percent

/// The colours that fill at least kFaceShare percent of the face's middle: each the mean of a
/// coarse colour bin (16 levels a channel).
std::vector<std::array<int, 3>> faceColours(const cv::Mat &img)
{
    std::array<int, 4096> count{};
    std::array<std::array<int, 3>, 4096> sum{};
    for (int y = kFaceY; y < kFaceY + kFaceHeight; ++y) {
        const cv::Vec3b *row = img.ptr<cv::Vec3b>(y);
        for (int x = kFaceX; x < kFaceX + kFaceWidth; ++x) {
            const cv::Vec3b &p = row[x];
            const int bin = (p[0] >> 4) * 256 + (p[1] >> 4) * 16 + (p[2] >> 4);
            ++count[std::size_t(bin)];
            for (int c = 0; c < 3; ++c)
                sum[std::size_t(bin)][std::size_t(c)] += p[c];
        }
    }
    std::vector<std::array<int, 3>> colours;
    for (std::size_t bin = 0; bin < count.size(); ++bin)
        if (count[bin] * 100 >= kFaceShare * kFaceWidth * kFaceHeight)
            colours.push_back({sum[bin][0] / count[bin], sum[bin][1] / count[bin],
                               sum[bin][2] / count[bin]});
    return colours;
}

/// Cuts one photo's face; false when it cannot be read.
bool cutFace(const QString &path, std::uint8_t *out)
{
    cv::Mat img = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_REDUCED_COLOR_2);
    if (img.empty() || img.channels() != 3)
        return false;
    if (img.cols != kFrameWidth || img.rows != kFrameHeight)
        cv::resize(img, img, cv::Size(kFrameWidth, kFrameHeight), 0, 0, cv::INTER_AREA);
    // A scene of the face's own colour (a wall the colour of the skin) would grey the face out;
    // where colour cannot tell them apart, both stay.
    const auto own = faceColours(img);
    auto isOwn = [&](const cv::Vec3b &p) {
        return std::any_of(own.begin(), own.end(), [&](const std::array<int, 3> &o) {
            return std::abs(int(p[0]) - o[0]) + std::abs(int(p[1]) - o[1]) +
                       std::abs(int(p[2]) - o[2]) <
                   kSceneDistance;
        });
    };
    for (int y = 0; y < kCropHeight; ++y) {
        const cv::Vec3b *row = img.ptr<cv::Vec3b>(kCropY + y);
        int left[3], right[3];
        for (int c = 0; c < 3; ++c) {
            std::array<int, kEdge> l, r;
            for (int x = 0; x < kEdge; ++x) {
                l[std::size_t(x)] = row[x][c];
                r[std::size_t(x)] = row[kFrameWidth - 1 - x][c];
            }
            std::nth_element(l.begin(), l.begin() + kEdge / 2, l.end());
            std::nth_element(r.begin(), r.begin() + kEdge / 2, r.end());
            left[c] = l[kEdge / 2];
            right[c] = r[kEdge / 2];
        }
        for (int x = 0; x < kCropWidth; ++x) {
            const cv::Vec3b &p = row[kCropX + x];
            int dl = 0, dr = 0;
            for (int c = 0; c < 3; ++c) {
                dl += std::abs(int(p[c]) - left[c]);
                dr += std::abs(int(p[c]) - right[c]);
            }
            const bool scene = (dl < kSceneDistance || dr < kSceneDistance) && !isOwn(p);
            std::uint8_t *o = out + (std::size_t(y) * kCropWidth + std::size_t(x)) * 3;
            for (int c = 0; c < 3; ++c)
                o[c] = scene ? 128 : p[c];
        }
    }
    return true;
}

/// Which files, how big and how new: a dataset whose photos changed gets a new name.
QString filesFingerprint(const analysis::Dataset &dataset)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < int(dataset.samples.size()); ++i) {
        const QFileInfo info(dataset.imagePath(i));
        hash.addData(dataset.relativePath(i).toUtf8());
        hash.addData(QByteArray::number(info.size()) + ':' +
                     QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n');
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

QString faceIdentityName(const FaceIdentityOptions &options)
{
    return QStringLiteral("masklens face identity 3 (epochs %1, seed %2)")
        .arg(options.epochs)
        .arg(options.seed);
}

QString faceIdentityCachePath(const analysis::Dataset &dataset)
{
    return QDir(dataset.root).filePath(QStringLiteral(".masklens/identity.npy"));
}

namespace {

/// The recipe and the photos the kept embedding must have been made from.
QString keptName(const analysis::Dataset &dataset, const FaceIdentityOptions &options)
{
    return faceIdentityName(options) + QStringLiteral(" files ") + filesFingerprint(dataset);
}

/// The kept embedding when it belongs to these photos and options.
std::optional<analysis::Features> keptIfCurrent(const analysis::Dataset &dataset,
                                                const FaceIdentityOptions &options)
{
    const QString cache = faceIdentityCachePath(dataset);
    if (!QFileInfo::exists(cache))
        return std::nullopt;
    auto cached = analysis::readFeatures(cache, dataset, analysis::Split::Train);
    if (!cached || cached->model != keptName(dataset, options))
        return std::nullopt;
    return std::move(cached).value();
}

} // namespace

bool faceIdentityIsCurrent(const analysis::Dataset &dataset, const FaceIdentityOptions &options)
{
    return keptIfCurrent(dataset, options).has_value();
}

analysis::Result<FaceIdentity> faceIdentity(const analysis::Dataset &dataset,
                                            const FaceIdentityOptions &options,
                                            const analysis::Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    FaceIdentity result;
    if (auto kept = keptIfCurrent(dataset, options)) {
        result.features = std::move(*kept);
        result.fromCache = true;
        result.seconds = clock.elapsed() / 1000.0;
        return result;
    }

    const int n = int(dataset.samples.size());
    const qint64 total = qint64(n) * 2; // reading, then learning
    IdentityCrops crops;
    crops.count = n;
    crops.height = kCropHeight;
    crops.width = kCropWidth;
    crops.pixels.assign(std::size_t(n) * kCropHeight * kCropWidth * 3, 128);
    crops.person.assign(std::size_t(n), -1);
    crops.people = int(dataset.people.size());
    std::vector<char> readable(std::size_t(n), 0);
    const analysis::Progress reading = [&](qint64 done, qint64) {
        return !progress || progress(done, total);
    };
    if (!analysis::parallelFor(
            n,
            [&](qint64 i) {
                readable[std::size_t(i)] =
                    cutFace(dataset.imagePath(int(i)),
                            crops.pixels.data() + std::size_t(i) * kCropHeight * kCropWidth * 3);
            },
            reading, options.threads))
        return analysis::Error{dataset.root, 0, Tr::tr("cancelled")};
    for (int i = 0; i < n; ++i) {
        if (readable[std::size_t(i)])
            crops.person[std::size_t(i)] = dataset.samples[std::size_t(i)].person;
        else
            result.problems.push_back({dataset.imagePath(i), 0,
                                       Tr::tr("cannot be read as an image; not compared"),
                                       analysis::ProblemKind::UnreadableImage});
    }

    IdentityOptions learn;
    learn.epochs = options.epochs;
    learn.threads = options.threads;
    learn.seed = options.seed;
    const auto embedded = learnIdentity(crops, learn, [&](int epoch, int epochs, double, double) {
        return !progress || progress(n + qint64(n) * epoch / epochs, total);
    });
    if (!embedded)
        return analysis::Error{dataset.root, 0, QString::fromStdString(embedded.error())};

    const QDir root(dataset.root);
    if (!root.mkpath(QStringLiteral(".masklens")))
        return analysis::Error{root.filePath(QStringLiteral(".masklens")), 0,
                               Tr::tr("cannot create the folder")};
    const QString name = keptName(dataset, options);
    const QString cache = faceIdentityCachePath(dataset);
    if (auto written = analysis::writeFeatures(cache, dataset, analysis::Split::Train, learn.dim,
                                               *embedded, name);
        !written)
        return written.error();
    // What was just written, without reading it back.
    analysis::Features &f = result.features;
    f.file = cache;
    f.split = analysis::Split::Train;
    f.rows = n;
    f.width = learn.dim;
    f.data = *embedded;
    f.group.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        f.group[std::size_t(i)] = std::isfinite(f.data[std::size_t(i) * learn.dim]) ? 0 : -1;
    f.model = name;
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace masklens::model
