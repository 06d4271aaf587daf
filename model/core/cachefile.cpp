// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachefile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace masklens::model {

namespace {
constexpr char kMagic[8] = {'M', 'L', 'C', 'A', 'C', 'H', 'E', '1'};

void encode(const CacheHeader &h, unsigned char *out)
{
    std::memset(out, 0, kCacheHeaderBytes);
    std::memcpy(out, kMagic, 8);
    std::memcpy(out + 8, &h.count, 4);
    std::memcpy(out + 12, &h.width, 4);
    std::memcpy(out + 16, &h.height, 4);
    std::memcpy(out + 20, &h.channels, 4);
    std::memcpy(out + 24, &h.key, 8);
}

bool decode(const unsigned char *in, CacheHeader *h)
{
    if (std::memcmp(in, kMagic, 8) != 0)
        return false;
    std::memcpy(&h->count, in + 8, 4);
    std::memcpy(&h->width, in + 12, 4);
    std::memcpy(&h->height, in + 16, 4);
    std::memcpy(&h->channels, in + 20, 4);
    std::memcpy(&h->key, in + 24, 8);
    return h->width > 0 && h->height > 0 && h->channels > 0;
}
} // namespace

CacheFile::~CacheFile()
{
    close();
}

CacheFile::CacheFile(CacheFile &&o) noexcept
    : m_data(o.m_data), m_size(o.m_size), m_header(o.m_header)
{
    o.m_data = nullptr;
    o.m_size = 0;
}

CacheFile &CacheFile::operator=(CacheFile &&o) noexcept
{
    if (this != &o) {
        close();
        m_data = o.m_data;
        m_size = o.m_size;
        m_header = o.m_header;
        o.m_data = nullptr;
        o.m_size = 0;
    }
    return *this;
}

void CacheFile::close()
{
    if (m_data)
        ::munmap(const_cast<std::uint8_t *>(m_data), m_size);
    m_data = nullptr;
    m_size = 0;
}

bool CacheFile::readHeader(const std::string &path, CacheHeader *header)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    unsigned char buf[kCacheHeaderBytes];
    const bool ok =
        ::read(fd, buf, kCacheHeaderBytes) == ssize_t(kCacheHeaderBytes) && decode(buf, header);
    ::close(fd);
    return ok;
}

Status CacheFile::open(const std::string &path)
{
    close();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return failure(path + ": " + std::strerror(errno));
    struct stat st;
    unsigned char buf[kCacheHeaderBytes];
    CacheHeader h;
    if (::fstat(fd, &st) != 0 || ::read(fd, buf, kCacheHeaderBytes) != ssize_t(kCacheHeaderBytes) ||
        !decode(buf, &h)) {
        ::close(fd);
        return failure(path + ": not a MaskLens image cache");
    }
    const std::size_t expected = kCacheHeaderBytes + std::size_t(h.count) * h.imageBytes();
    if (std::size_t(st.st_size) < expected) {
        ::close(fd);
        return failure(path + ": image cache is truncated (" + std::to_string(st.st_size) + " of " +
                       std::to_string(expected) + " bytes)");
    }
    void *p = ::mmap(nullptr, expected, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) {
        return failure(path + ": cannot map: " + std::strerror(errno));
    }
    m_data = static_cast<const std::uint8_t *>(p);
    m_size = expected;
    m_header = h;
    return success();
}

Status CacheFile::create(const std::string &path, const CacheHeader &header)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return failure(path + ": " + std::strerror(errno));
    unsigned char buf[kCacheHeaderBytes];
    encode(header, buf);
    const off_t size = off_t(kCacheHeaderBytes + std::size_t(header.count) * header.imageBytes());
    const bool ok = ::write(fd, buf, kCacheHeaderBytes) == ssize_t(kCacheHeaderBytes) &&
                    ::ftruncate(fd, size) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok)
        return failure(path + ": " + std::strerror(error));
    return success();
}

} // namespace masklens::model
