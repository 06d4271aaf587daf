// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference.h"

#include "model/imagepipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <mutex>

namespace masklens::model {

namespace {

struct Batch
{
    int first = 0;
    int count = 0;
    std::vector<float> pixels; ///< count x 3 x H x W, only the images that decoded
    std::vector<int> index;    ///< image index of each decoded slot
    std::vector<analysis::Problem> problems;
};

Batch decodeBatch(const QStringList &paths, int first, int count, const Preprocessing &pre,
                  int threads)
{
    Batch b;
    b.first = first;
    b.count = count;
    const std::size_t imageFloats = std::size_t(3) * pre.width * pre.height;
    std::vector<float> pixels(imageFloats * count);
    std::vector<char> ok(count, 0);
    std::vector<QString> errors(count);
    analysis::parallelFor(
        count,
        [&](qint64 i) {
            std::vector<std::uint8_t> rgb(std::size_t(pre.width) * pre.height * 3);
            if (decodeToRgb(paths[first + int(i)], pre, rgb.data(), &errors[i])) {
                normalizeToChw(rgb.data(), pre, pixels.data() + imageFloats * i);
                ok[i] = 1;
            }
        },
        {}, threads);
    // Compact the decoded images so the model sees no holes.
    int slot = 0;
    for (int i = 0; i < count; ++i) {
        if (!ok[i]) {
            b.problems.push_back({paths[first + i], 0, errors[i]});
            continue;
        }
        if (slot != i)
            std::copy_n(pixels.data() + imageFloats * i, imageFloats,
                        pixels.data() + imageFloats * slot);
        b.index.push_back(first + i);
        ++slot;
    }
    pixels.resize(imageFloats * slot);
    b.pixels = std::move(pixels);
    return b;
}

} // namespace

analysis::Result<InferenceOutput> predictImages(Classifier &classifier, const QStringList &paths,
                                                const InferenceOptions &options,
                                                const analysis::Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    InferenceOutput out;
    const int n = int(paths.size());
    out.probabilities.assign(std::size_t(n) * kClasses, std::numeric_limits<float>::quiet_NaN());
    out.predicted.assign(n, -1);
    if (options.features) {
        out.featureWidth = classifier.featureWidth();
        if (out.featureWidth == 0)
            return analysis::Error{QString(), 0,
                                   QCoreApplication::translate(
                                       "Inference", "a TorchScript model does not expose its "
                                                    "penultimate layer; features need a MaskLens "
                                                    "checkpoint (.mlck)")};
        out.features.assign(std::size_t(n) * std::size_t(out.featureWidth),
                            std::numeric_limits<float>::quiet_NaN());
    }
    const Preprocessing pre = classifier.spec().preprocessing;
    const int batch = options.batch > 0 ? options.batch : (classifier.device() == "cpu" ? 4 : 64);

    auto decode = [&](int first) {
        return decodeBatch(paths, first, std::min(batch, n - first), pre, options.decodeThreads);
    };
    // Pipeline: while the model runs batch k, batch k+1 is decoded.
    std::future<Batch> next;
    if (n > 0)
        next = std::async(std::launch::async, decode, 0);
    std::vector<float> probs, feats;
    const std::size_t width = std::size_t(out.featureWidth);
    for (int first = 0; first < n; first += batch) {
        Batch current = next.get();
        if (first + batch < n)
            next = std::async(std::launch::async, decode, first + batch);
        out.problems.insert(out.problems.end(), current.problems.begin(), current.problems.end());
        const int decoded = int(current.index.size());
        if (decoded > 0) {
            probs.resize(std::size_t(decoded) * kClasses);
            feats.resize(std::size_t(decoded) * width);
            if (const Status st = classifier.predict(current.pixels.data(), decoded, probs.data(),
                                                     width > 0 ? feats.data() : nullptr);
                !st) {
                if (next.valid())
                    next.wait();
                return analysis::Error{paths[current.index[0]], 0,
                                       QString::fromStdString(st.error())};
            }
            for (int k = 0; k < decoded; ++k) {
                const int i = current.index[k];
                const float *p = probs.data() + std::size_t(k) * kClasses;
                // A NaN's argmax is class 0: an image the model gives no finite answer for is
                // reported, never passed on as a prediction.
                if (!std::all_of(p, p + kClasses, [](float v) { return std::isfinite(v); })) {
                    out.problems.push_back(
                        {paths[i], 0,
                         QCoreApplication::translate(
                             "Inference",
                             "the model's output is NaN or infinite for this image "
                             "(a diverged model, or a std of 0 in the preprocessing?)")});
                    ++out.nonFinite;
                    continue;
                }
                std::copy_n(p, kClasses, out.probabilities.data() + std::size_t(i) * kClasses);
                if (width > 0)
                    std::copy_n(feats.data() + std::size_t(k) * width, width,
                                out.features.data() + std::size_t(i) * width);
                out.predicted[i] = int(std::max_element(p, p + kClasses) - p);
            }
        }
        if (progress && !progress(first + current.count, n)) {
            if (next.valid())
                next.wait();
            return analysis::Error{
                QString(), 0, QCoreApplication::translate("Inference", "prediction cancelled")};
        }
    }
    out.seconds = clock.nsecsElapsed() / 1e9;
    return out;
}

} // namespace masklens::model
