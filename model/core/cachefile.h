// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The packed image cache the trainer reads: every training image decoded once, at training
// resolution, as RGB bytes, memory-mapped. Plain C++ (POSIX mmap): the training core on a GPU
// machine reads a cache made on another machine without OpenCV or Qt.
//
// Layout: a 64-byte header {"MLCACHE1", uint32 count, width, height, channels, uint64 key}, then
// count * height * width * channels bytes, image i at offset 64 + i * imageBytes.

#include "expected.h"

#include <cstdint>
#include <string>

namespace masklens::model {

struct CacheHeader
{
    std::uint32_t count = 0;
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    std::uint32_t channels = 3;
    std::uint64_t key = 0; ///< what the images were made from (files, size, crop)
    std::size_t imageBytes() const { return std::size_t(width) * height * channels; }
};

inline constexpr std::size_t kCacheHeaderBytes = 64;

/// A read-only memory map of a cache file. Movable, not copyable; thread-safe reads.
class CacheFile
{
public:
    CacheFile() = default;
    ~CacheFile();
    CacheFile(CacheFile &&other) noexcept;
    CacheFile &operator=(CacheFile &&other) noexcept;
    CacheFile(const CacheFile &) = delete;
    CacheFile &operator=(const CacheFile &) = delete;

    /// Maps `path`; fails naming it when it is missing, foreign or truncated.
    Status open(const std::string &path);
    bool isOpen() const { return m_data != nullptr; }
    const CacheHeader &header() const { return m_header; }
    const std::uint8_t *image(std::size_t i) const
    {
        return m_data + kCacheHeaderBytes + i * m_header.imageBytes();
    }

    /// Writes the header of a cache about to be filled; the file is sized for all images.
    static Status create(const std::string &path, const CacheHeader &header);
    /// Reads just the header (to check the key before mapping).
    static bool readHeader(const std::string &path, CacheHeader *header);

private:
    void close();
    const std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    CacheHeader m_header;
};

} // namespace masklens::model
