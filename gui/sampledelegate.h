// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a gallery tile: the cached thumbnail (or a placeholder while it decodes), a frame
// that says right (green), wrong (red) or unpredicted (grey), and "label -> prediction".
// GUI thread only.

#include <QStyledItemDelegate>

namespace masklens::gui {

class ThumbnailCache;

class SampleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SampleDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ThumbnailCache *m_thumbnails;
};

} // namespace masklens::gui
