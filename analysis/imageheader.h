// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The size an encoded image declares, read from its header alone (JPEG SOF, PNG IHDR), so a
// file that claims 30000x30000 pixels is refused before a decoder allocates gigabytes for it.
// Reentrant.

#include <QString>

#include <cstddef>

namespace masklens::analysis {

/// Largest image MaskLens decodes: 40 megapixels (the data is 384x512; a phone photo is 12-50
/// MP), at most 16384 pixels a side; files above 64 MiB are not read at all.
inline constexpr long long kMaxImagePixels = 40'000'000;
inline constexpr int kMaxImageSide = 16384;
inline constexpr long long kMaxImageFileBytes = 64ll << 20;

struct ImageSize
{
    int width = 0;
    int height = 0;
    bool known = false; ///< false: neither a JPEG nor a PNG header was found
};

ImageSize declaredImageSize(const unsigned char *data, std::size_t size);

/// Why an image of this header must not be decoded, or an empty string.
QString oversizeReason(const unsigned char *data, std::size_t size);

/// Sets OpenCV's own decoder limits (OPENCV_IO_MAX_IMAGE_*) to the caps above, unless the
/// user set them; call before the first decode (cheap to call again).
void limitImageDecoders();

} // namespace masklens::analysis
