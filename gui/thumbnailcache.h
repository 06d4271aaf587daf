// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Thumbnails of dataset images for the gallery and the review queue: decoded at reduced size (Qt's
// JPEG reader scales in the DCT) on the cache's own two worker threads, newest request first, so
// the rows in view come first while scrolling; kept in a QCache costed in bytes. QPixmaps are made
// on the GUI thread only. GUI-thread API; ready(sample) says a thumbnail arrived. Thumbnails are
// decoded at the screen's device pixel ratio (192x256 pixels for a 96x128 tile at 200%), so they
// are crisp on a HiDPI screen; thumbnailSize() stays in device-independent pixels.

#include "analysis/dataset.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

#include <memory>
#include <mutex>
#include <vector>

namespace masklens::gui {

class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void setDataset(std::shared_ptr<const analysis::Dataset> dataset);
    /// The screen's device pixel ratio; a change drops the cached thumbnails.
    void setDevicePixelRatio(qreal ratio);
    qreal devicePixelRatio() const { return m_ratio; }
    /// The cached thumbnail, or a null pixmap after queueing the decode.
    QPixmap thumbnail(int sample);
    QSize thumbnailSize() const { return m_size; }
    /// The tile size in device-independent pixels (default 96x128); a change drops the cache.
    void setThumbnailSize(QSize size);
    /// Why a sample's image could not be decoded (its thumbnail is a grey tile), empty if it
    /// could or has not been tried.
    QString error(int sample) const { return m_errors.value(sample); }
    void setMaxBytes(qint64 bytes);
    qint64 usedBytes() const { return m_cache.totalCost(); }
    /// Requests not yet delivered.
    int pendingCount() const { return int(m_pending.size()); }
    /// Blocks until queued decodes are done (tests and screenshots).
    void waitForIdle();

Q_SIGNALS:
    void ready(int sample);

private:
    /// A worker's loop; `dataset` is the one the requests were made for (kept alive here).
    void drain(quint64 generation, std::shared_ptr<const analysis::Dataset> dataset, QSize pixels,
               qreal ratio);
    /// Forgets every request and thumbnail (a new dataset or a new pixel ratio).
    void reset();

    std::shared_ptr<const analysis::Dataset> m_dataset;
    QCache<int, QPixmap> m_cache;
    QSize m_size{96, 128};
    qreal m_ratio = 1.0;
    QThreadPool m_pool;
    std::mutex m_mutex; ///< guards the queue
    std::vector<int> m_queue;
    QSet<int> m_pending;          ///< GUI thread only
    QHash<int, QString> m_errors; ///< GUI thread only
    quint64 m_generation = 0;
    int m_workers = 0; ///< drains running (guarded by m_mutex)
};

} // namespace masklens::gui
