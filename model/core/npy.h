// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NumPy's .npy format for a 2-d float32 matrix (rows x columns, C order), so that Python users
// read MaskLens's embeddings with numpy.load: the writer's bytes and a strict reader for hostile
// input (a wrong magic, another dtype, Fortran order, a shape that is not 2-d or does not match
// the data, a truncated file). Standard library only: the trainer writes out-of-fold features
// with it, analysis reads them.
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html

#include "expected.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace masklens::model::npy {

/// The whole file for `rows` x `columns` floats (row-major).
inline std::string encode(std::size_t rows, std::size_t columns, const float *data)
{
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                         std::to_string(rows) + ", " + std::to_string(columns) + "), }";
    // Magic (6) + version (2) + length (2) + header + '\n', padded with spaces to 64 bytes.
    const std::size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::string out("\x93NUMPY\x01\x00", 8);
    out += char(header.size() & 0xff);
    out += char((header.size() >> 8) & 0xff);
    out += header;
    const std::size_t bytes = rows * columns * sizeof(float);
    const std::size_t at = out.size();
    out.resize(at + bytes);
    if (bytes > 0) {
        // Little-endian on every machine MaskLens builds for (x86-64, arm64).
        static_assert(sizeof(float) == 4);
        std::memcpy(out.data() + at, data, bytes);
    }
    return out;
}

struct Matrix
{
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<float> data; ///< rows x columns, row-major
};

namespace detail {

/// The value text of `key` in a header dict ("'<f4'", "False", "(3, 4)"), or empty.
inline std::string_view valueOf(std::string_view header, std::string_view key)
{
    for (const char quote : {'\'', '"'}) {
        const std::string quoted = std::string(1, quote) + std::string(key) + quote;
        const auto at = header.find(quoted);
        if (at == std::string_view::npos)
            continue;
        auto colon = header.find(':', at + quoted.size());
        if (colon == std::string_view::npos)
            return {};
        auto begin = header.find_first_not_of(' ', colon + 1);
        if (begin == std::string_view::npos)
            return {};
        auto end = header[begin] == '(' ? header.find(')', begin) + 1 : header.find(',', begin);
        if (end == std::string_view::npos || end == 0)
            end = header.find('}', begin);
        if (end == std::string_view::npos)
            return {};
        auto value = header.substr(begin, end - begin);
        while (!value.empty() && value.back() == ' ')
            value.remove_suffix(1);
        return value;
    }
    return {};
}

/// "(12, 34)" -> {12, 34}; false for anything but two whole numbers.
inline bool parseShape(std::string_view text, std::uint64_t *rows, std::uint64_t *columns)
{
    if (text.size() < 2 || text.front() != '(' || text.back() != ')')
        return false;
    std::uint64_t values[3];
    int count = 0;
    std::size_t i = 1;
    while (i + 1 < text.size()) {
        while (i + 1 < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        if (i + 1 >= text.size())
            break;
        if (text[i] < '0' || text[i] > '9' || count == 3)
            return false;
        std::uint64_t v = 0;
        while (i + 1 < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (v > (std::uint64_t(1) << 40))
                return false; // no real matrix is that large; refuse before overflowing
            v = v * 10 + std::uint64_t(text[i] - '0');
            ++i;
        }
        values[count++] = v;
        if (i + 1 < text.size() && text[i] != ',' && text[i] != ' ')
            return false;
    }
    if (count != 2)
        return false;
    *rows = values[0];
    *columns = values[1];
    return true;
}

} // namespace detail

/// Reads a file's bytes as a float32 matrix; fails saying what is wrong with it (the caller
/// names the file).
inline Expected<Matrix> decode(std::string_view bytes)
{
    if (bytes.size() < 10 || bytes.substr(0, 6) != std::string_view("\x93NUMPY", 6))
        return failure("not a NumPy .npy file");
    const unsigned major = static_cast<unsigned char>(bytes[6]);
    std::size_t headerLength = 0, headerStart = 0;
    if (major == 1) {
        headerLength = static_cast<unsigned char>(bytes[8]) |
                       std::size_t(static_cast<unsigned char>(bytes[9])) << 8;
        headerStart = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            return failure("the .npy header is cut short");
        headerLength = 0;
        for (int b = 3; b >= 0; --b)
            headerLength = headerLength << 8 | static_cast<unsigned char>(bytes[8 + b]);
        headerStart = 12;
    } else {
        return failure(".npy format version " + std::to_string(major) + " is not known");
    }
    if (headerLength > bytes.size() - headerStart)
        return failure("the .npy header is cut short");
    const std::string_view header = bytes.substr(headerStart, headerLength);
    const std::string_view descr = detail::valueOf(header, "descr");
    if (descr != "'<f4'" && descr != "\"<f4\"")
        return failure("expected little-endian float32 ('<f4'), found " +
                       (descr.empty() ? std::string("no dtype") : std::string(descr)) +
                       " (save with numpy.asarray(x, dtype='<f4'))");
    if (detail::valueOf(header, "fortran_order") != "False")
        return failure("expected C order (fortran_order False)");
    std::uint64_t rows = 0, columns = 0;
    if (!detail::parseShape(detail::valueOf(header, "shape"), &rows, &columns))
        return failure("expected a 2-d array (images x features), found shape " +
                       std::string(detail::valueOf(header, "shape")));
    const std::size_t dataStart = headerStart + headerLength;
    const std::uint64_t have = bytes.size() - dataStart;
    if (columns != 0 && rows > have / 4 / columns)
        return failure("the file is cut short: " + std::to_string(rows) + " x " +
                       std::to_string(columns) + " floats need " +
                       std::to_string(rows * columns * 4) + " bytes, it holds " +
                       std::to_string(have));
    const std::uint64_t need = rows * columns * 4;
    if (have != need)
        return failure(have < need ? "the file is cut short"
                                   : "the file holds " + std::to_string(have - need) +
                                         " bytes after the " + std::to_string(rows) + " x " +
                                         std::to_string(columns) + " matrix");
    Matrix m;
    m.rows = std::size_t(rows);
    m.columns = std::size_t(columns);
    m.data.resize(m.rows * m.columns);
    if (need > 0)
        std::memcpy(m.data.data(), bytes.data() + dataStart, std::size_t(need));
    return m;
}

} // namespace masklens::model::npy
