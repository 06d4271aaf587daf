// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepipeline.h"

#include "analysis/imageheader.h"
#include "analysis/safefile.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace masklens::model {

namespace {
/// lupdate files every Tr::tr() text under "ImagePipeline", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImagePipeline)
};

/// The face crop: the centre cropWidth x cropHeight of a 384 x 512 frame (256 x 320 is the
/// competition baseline's), scaled to the frame's size.
cv::Rect faceRegion(int w, int h, const Preprocessing &pre)
{
    const int cw = int(std::lround(w * double(pre.cropWidth) / kFrameWidth));
    const int ch = int(std::lround(h * double(pre.cropHeight) / kFrameHeight));
    return {(w - cw) / 2, (h - ch) / 2, cw, ch};
}
} // namespace

bool jpegSize(const unsigned char *d, std::size_t n, int *width, int *height)
{
    if (n < 4 || d[0] != 0xFF || d[1] != 0xD8)
        return false;
    std::size_t i = 2;
    while (i + 9 < n) {
        if (d[i] != 0xFF) {
            ++i;
            continue;
        }
        const unsigned char marker = d[i + 1];
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        const std::size_t length = (std::size_t(d[i + 2]) << 8) | d[i + 3];
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            *height = (d[i + 5] << 8) | d[i + 6];
            *width = (d[i + 7] << 8) | d[i + 8];
            return *width > 0 && *height > 0;
        }
        i += 2 + length;
    }
    return false;
}

bool decodeToRgb(const QString &path, const Preprocessing &pre, std::uint8_t *rgb, QString *error)
{
    const int width = pre.width, height = pre.height;
    // Only a regular file of a sane size, and only a header that declares a sane size, gets
    // to the decoder: a 30000x30000 PNG would cost 2.7 GB per decoding thread.
    const auto read = analysis::readRegularFile(path, analysis::kMaxImageFileBytes);
    if (!read) {
        *error = read.error().message;
        return false;
    }
    const QByteArray &bytes = *read;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (const QString why = analysis::oversizeReason(data, std::size_t(bytes.size()));
        !why.isEmpty()) {
        *error = why;
        return false;
    }
    analysis::limitImageDecoders();

    // The largest DCT reduction whose output still covers the target (and the crop in it).
    int flag = cv::IMREAD_COLOR;
    int srcW = 0, srcH = 0;
    if (jpegSize(data, std::size_t(bytes.size()), &srcW, &srcH)) {
        const double cropW = pre.faceCrop ? double(pre.cropWidth) / kFrameWidth : 1.0;
        const double cropH = pre.faceCrop ? double(pre.cropHeight) / kFrameHeight : 1.0;
        for (const auto &[factor, reduced] :
             {std::pair{8, cv::IMREAD_REDUCED_COLOR_8}, std::pair{4, cv::IMREAD_REDUCED_COLOR_4},
              std::pair{2, cv::IMREAD_REDUCED_COLOR_2}}) {
            if (srcW * cropW / factor >= width && srcH * cropH / factor >= height) {
                flag = reduced;
                break;
            }
        }
    }
    cv::Mat bgr;
    try {
        bgr = cv::imdecode(
            cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<unsigned char *>(data)), flag);
    } catch (const cv::Exception &e) {
        *error = Tr::tr("cannot decode: %1").arg(QString::fromStdString(e.msg));
        return false;
    }
    if (bgr.empty()) {
        *error = Tr::tr("cannot decode (not a JPEG or PNG image, or corrupt)");
        return false;
    }
    if (pre.faceCrop)
        bgr = bgr(faceRegion(bgr.cols, bgr.rows, pre));
    cv::Mat resized;
    if (bgr.cols == width && bgr.rows == height)
        resized = bgr;
    else
        cv::resize(bgr, resized, cv::Size(width, height), 0, 0, cv::INTER_LINEAR);
    cv::Mat out(height, width, CV_8UC3, rgb);
    cv::cvtColor(resized, out, cv::COLOR_BGR2RGB);
    return true;
}

void normalizeToChw(const std::uint8_t *rgb, const Preprocessing &pre, float *chw)
{
    const int plane = pre.width * pre.height;
    float scale[3], shift[3];
    for (int c = 0; c < 3; ++c) {
        scale[c] = 1.0f / (255.0f * pre.std[c]);
        shift[c] = -pre.mean[c] / pre.std[c];
    }
    for (int i = 0; i < plane; ++i)
        for (int c = 0; c < 3; ++c)
            chw[c * plane + i] = float(rgb[i * 3 + c]) * scale[c] + shift[c];
}

} // namespace masklens::model
