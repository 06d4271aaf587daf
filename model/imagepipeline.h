// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// From an image file to what a network eats: decode (JPEG at reduced size through libjpeg's DCT
// scaling whenever the reduced image still covers the target, which is ~2x faster than decoding
// in full), optional face crop, bilinear resize to the input size, RGB order; then normalise
// into CHW floats. The training cache and the inference engine share this, so a model sees the
// same pixels in training and in use. Reentrant: call from any number of threads.

#include "model/core/netspec.h"

#include <QString>

#include <cstdint>

namespace masklens::model {

/// Decodes `path` into `rgb` (height x width x 3 bytes, RGB). Returns false and sets `error`
/// for a missing, truncated or undecodable file.
/// Size and face crop from `pre`.
bool decodeToRgb(const QString &path, const Preprocessing &pre, std::uint8_t *rgb, QString *error);

/// HWC RGB bytes -> CHW floats, (x/255 - mean) / std.
void normalizeToChw(const std::uint8_t *rgb, const Preprocessing &pre, float *chw);

/// Width and height from a JPEG's frame header, without decoding; false for non-JPEG data.
bool jpegSize(const unsigned char *data, std::size_t size, int *width, int *height);

} // namespace masklens::model
