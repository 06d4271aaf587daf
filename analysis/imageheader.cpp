// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageheader.h"

#include <QCoreApplication>

#include <cstdlib>
#include <mutex>
#include <string>

namespace masklens::analysis {

namespace {

unsigned be16(const unsigned char *p)
{
    return unsigned(p[0]) << 8 | p[1];
}

unsigned be32(const unsigned char *p)
{
    return unsigned(p[0]) << 24 | unsigned(p[1]) << 16 | unsigned(p[2]) << 8 | p[3];
}

} // namespace

ImageSize declaredImageSize(const unsigned char *data, std::size_t n)
{
    ImageSize size;
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (n >= 24 && std::equal(png, png + 8, data) && std::equal(data + 12, data + 16, "IHDR")) {
        const unsigned w = be32(data + 16), h = be32(data + 20);
        size.width = w > unsigned(INT32_MAX) ? INT32_MAX : int(w);
        size.height = h > unsigned(INT32_MAX) ? INT32_MAX : int(h);
        size.known = true;
        return size;
    }
    if (n < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return size;
    std::size_t pos = 2;
    while (pos + 4 <= n) {
        if (data[pos] != 0xFF)
            return size; // not a marker: a damaged header; the decoder will say so
        while (pos < n && data[pos] == 0xFF)
            ++pos; // fill bytes
        if (pos >= n)
            return size;
        const unsigned marker = data[pos++];
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // no length
        if (pos + 2 > n)
            return size;
        const unsigned length = be16(data + pos);
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (pos + 7 > n || length < 7)
                return size;
            size.height = int(be16(data + pos + 3));
            size.width = int(be16(data + pos + 5));
            size.known = true;
            return size;
        }
        if (marker == 0xDA || marker == 0xD9 || length < 2)
            return size; // scan data before any frame header
        pos += length;
    }
    return size;
}

QString oversizeReason(const unsigned char *data, std::size_t n)
{
    if (n > std::size_t(kMaxImageFileBytes))
        return QCoreApplication::translate("ImageHeader",
                                           "the file is %1 MB; images above %2 MB are not decoded")
            .arg(qulonglong(n >> 20))
            .arg(kMaxImageFileBytes >> 20);
    const ImageSize s = declaredImageSize(data, n);
    if (!s.known)
        return {};
    if (s.width <= 0 || s.height <= 0)
        return QCoreApplication::translate("ImageHeader", "the header declares a %1x%2 image")
            .arg(s.width)
            .arg(s.height);
    if (s.width > kMaxImageSide || s.height > kMaxImageSide ||
        (long long)s.width * s.height > kMaxImagePixels)
        return QCoreApplication::translate(
                   "ImageHeader",
                   "the header declares %1x%2 pixels; images above %3 megapixels or %4 pixels "
                   "a side are not decoded")
            .arg(s.width)
            .arg(s.height)
            .arg(kMaxImagePixels / 1000000)
            .arg(kMaxImageSide);
    return {};
}

void limitImageDecoders()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // overwrite = 0: a user's own setting wins.
        ::setenv("OPENCV_IO_MAX_IMAGE_PIXELS", std::to_string(kMaxImagePixels).c_str(), 0);
        ::setenv("OPENCV_IO_MAX_IMAGE_WIDTH", std::to_string(kMaxImageSide).c_str(), 0);
        ::setenv("OPENCV_IO_MAX_IMAGE_HEIGHT", std::to_string(kMaxImageSide).c_str(), 0);
    });
}

} // namespace masklens::analysis
