// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcache.h"

#include "model/core/cachefile.h"
#include "model/imagepipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>

namespace masklens::model {

namespace {
/// lupdate files every Tr::tr() text under "TrainingCache", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCache)
};

/// "" for the baseline's 256x320 crop (so caches made before --crop stay valid), else "208x260".
QString cropSuffix(const Preprocessing &pre)
{
    if (!pre.faceCrop ||
        (pre.cropWidth == kBaselineCropWidth && pre.cropHeight == kBaselineCropHeight))
        return {};
    return QStringLiteral("%1x%2").arg(pre.cropWidth).arg(pre.cropHeight);
}

quint64 cacheKey(const analysis::Dataset &ds, const Preprocessing &pre)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(pre.width) + 'x' + QByteArray::number(pre.height) +
                 (pre.faceCrop ? "crop" : "full") + cropSuffix(pre).toUtf8());
    for (int i = 0; i < int(ds.samples.size()); ++i) {
        const QFileInfo info(ds.imagePath(i));
        hash.addData(ds.relativePath(i).toUtf8());
        hash.addData(QByteArray::number(info.size()) + ':' +
                     QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    }
    quint64 key = 0;
    std::memcpy(&key, hash.result().constData(), sizeof key);
    return key;
}
} // namespace

analysis::Result<CacheInfo> ensureTrainingCache(const analysis::Dataset &ds,
                                                const Preprocessing &pre, QString cacheDir,
                                                const analysis::Progress &progress, int threads)
{
    if (cacheDir.isEmpty())
        cacheDir = ds.root + QStringLiteral("/.masklens/cache");
    if (!QDir().mkpath(cacheDir))
        return analysis::Error{cacheDir, 0, Tr::tr("cannot create the cache folder")};
    CacheInfo info;
    info.images = int(ds.samples.size());
    info.path = QStringLiteral("%1/train_%2x%3%4.u8")
                    .arg(cacheDir)
                    .arg(pre.width)
                    .arg(pre.height)
                    .arg(pre.faceCrop ? QStringLiteral("_crop") + cropSuffix(pre) : QString());
    const QString failuresPath = info.path + QStringLiteral(".failed");
    const quint64 key = cacheKey(ds, pre);

    CacheHeader existing;
    if (CacheFile::readHeader(QFile::encodeName(info.path).toStdString(), &existing) &&
        existing.key == key && existing.count == quint32(info.images) &&
        existing.width == quint32(pre.width) && existing.height == quint32(pre.height)) {
        info.reused = true;
        info.usable.assign(info.images, 1);
        QFile failed(failuresPath);
        if (failed.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : failed.readAll().split('\n')) {
                const int i = ds.findSample(QString::fromUtf8(line));
                if (i >= 0) {
                    info.usable[i] = 0;
                    info.problems.push_back(
                        {ds.imagePath(i), 0,
                         Tr::tr("could not be decoded when the cache was built")});
                }
            }
        }
        if (progress)
            progress(info.images, info.images);
        return info;
    }

    // Write under a temporary name, rename when complete: a crash never leaves a cache that
    // looks whole.
    const QString partial = info.path + QStringLiteral(".partial");
    CacheHeader header;
    header.count = quint32(info.images);
    header.width = quint32(pre.width);
    header.height = quint32(pre.height);
    header.key = key;
    if (const model::Status created =
            CacheFile::create(QFile::encodeName(partial).toStdString(), header);
        !created)
        return analysis::Error{partial, 0, QString::fromStdString(created.error())};
    const int fd = ::open(QFile::encodeName(partial).constData(), O_RDWR | O_CLOEXEC);
    const std::size_t total = kCacheHeaderBytes + std::size_t(header.count) * header.imageBytes();
    void *map =
        fd >= 0 ? ::mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) : MAP_FAILED;
    if (fd >= 0)
        ::close(fd);
    if (map == MAP_FAILED)
        return analysis::Error{partial, 0, Tr::tr("cannot map the cache for writing")};
    auto *bytes = static_cast<std::uint8_t *>(map) + kCacheHeaderBytes;

    info.usable.assign(info.images, 0);
    std::mutex mutex;
    const bool finished = analysis::parallelFor(
        info.images,
        [&](qint64 i) {
            QString why;
            if (decodeToRgb(ds.imagePath(int(i)), pre, bytes + std::size_t(i) * header.imageBytes(),
                            &why)) {
                info.usable[i] = 1;
            } else {
                std::lock_guard lock(mutex);
                info.problems.push_back({ds.imagePath(int(i)), 0, why});
            }
        },
        progress, threads);
    ::msync(map, total, MS_SYNC);
    ::munmap(map, total);
    if (!finished) {
        QFile::remove(partial);
        return analysis::Error{info.path, 0, Tr::tr("building the image cache was cancelled")};
    }
    QByteArray failed;
    for (int i = 0; i < info.images; ++i)
        if (!info.usable[i])
            failed += ds.relativePath(i).toUtf8() + '\n';
    QSaveFile failedFile(failuresPath);
    if (failedFile.open(QIODevice::WriteOnly)) {
        failedFile.write(failed);
        failedFile.commit();
    }
    QFile::remove(info.path);
    if (!QFile::rename(partial, info.path))
        return analysis::Error{info.path, 0, Tr::tr("cannot move the finished cache into place")};
    return info;
}

} // namespace masklens::model
