// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include <QImageReader>

namespace masklens::gui {

namespace {
constexpr int kWorkers = 2;
constexpr std::size_t kMaxQueue = 300; ///< older requests (scrolled away) are dropped
} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(kWorkers);
    m_pool.setObjectName(QStringLiteral("Thumbnails"));
    setMaxBytes(96ll << 20);
}

ThumbnailCache::~ThumbnailCache()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
    }
    m_pool.waitForDone();
}

void ThumbnailCache::setMaxBytes(qint64 bytes)
{
    m_cache.setMaxCost(bytes);
}

void ThumbnailCache::setDataset(std::shared_ptr<const analysis::Dataset> dataset)
{
    reset();
    m_dataset = std::move(dataset);
}

void ThumbnailCache::setThumbnailSize(QSize size)
{
    if (!size.isValid() || size == m_size)
        return;
    reset();
    m_size = size;
}

void ThumbnailCache::setDevicePixelRatio(qreal ratio)
{
    if (ratio <= 0 || qFuzzyCompare(ratio, m_ratio))
        return;
    reset();
    m_ratio = ratio;
}

void ThumbnailCache::reset()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        ++m_generation;
        // Workers of the old dataset end at their next look at the queue without counting
        // here any more: a request made before they do must start a worker of its own, or the
        // first screen of the new dataset stays blank (review finding).
        m_workers = 0;
    }
    m_pending.clear();
    m_errors.clear();
    m_cache.clear();
}

QPixmap ThumbnailCache::thumbnail(int sample)
{
    if (const QPixmap *p = m_cache.object(sample))
        return *p;
    if (!m_dataset || m_pending.contains(sample))
        return {};
    m_pending.insert(sample);
    bool startWorker = false;
    quint64 generation;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(sample);
        if (m_queue.size() > kMaxQueue) {
            const int dropped = m_queue.front();
            m_queue.erase(m_queue.begin());
            m_pending.remove(dropped);
        }
        generation = m_generation;
        if (m_workers < kWorkers) {
            ++m_workers;
            startWorker = true;
        }
    }
    if (startWorker)
        m_pool.start([this, generation, dataset = m_dataset, pixels = m_size * m_ratio,
                      ratio = m_ratio] { drain(generation, dataset, pixels, ratio); });
    return {};
}

void ThumbnailCache::drain(quint64 generation, std::shared_ptr<const analysis::Dataset> dataset,
                           QSize pixels, qreal ratio)
{
    for (;;) {
        int sample;
        {
            std::lock_guard lock(m_mutex);
            if (generation != m_generation)
                return; // an old dataset's worker: setDataset stopped counting it
            if (m_queue.empty()) {
                --m_workers;
                return;
            }
            sample = m_queue.back(); // newest first: the rows the user is looking at
            m_queue.pop_back();
        }
        QImageReader reader(dataset->imagePath(sample));
        reader.setAutoTransform(true); // EXIF orientation, as OpenCV applies it for the model
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(pixels, Qt::KeepAspectRatio));
        QImage image = reader.read();
        QString error;
        if (image.isNull()) { // a broken file still gets a (grey) tile so it is not retried
            error = reader.errorString();
            image = QImage(pixels, QImage::Format_RGB32);
            image.fill(QColor(90, 90, 90));
        }
        image.setDevicePixelRatio(ratio);
        QMetaObject::invokeMethod(
            this,
            [this, sample, generation, image = std::move(image), error] {
                if (generation != m_generation)
                    return;
                m_pending.remove(sample);
                if (!error.isEmpty())
                    m_errors.insert(sample, error);
                auto *pixmap = new QPixmap(QPixmap::fromImage(image));
                const qint64 cost =
                    qint64(pixmap->width()) * pixmap->height() * pixmap->depth() / 8;
                m_cache.insert(sample, pixmap, cost);
                Q_EMIT ready(sample);
            },
            Qt::QueuedConnection);
    }
}

void ThumbnailCache::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace masklens::gui
