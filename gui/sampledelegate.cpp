// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledelegate.h"

#include "chartwidget.h"
#include "samplemodel.h"
#include "thumbnailcache.h"

#include "analysis/labels.h"

#include <QApplication>
#include <QPainter>

namespace masklens::gui {

SampleDelegate::SampleDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{
}

QSize SampleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QSize t = m_thumbnails->thumbnailSize();
    return {t.width() + 12, t.height() + option.fontMetrics.height() + 14};
}

void SampleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    painter->save();
    const QRect r = option.rect.adjusted(2, 2, -2, -2);
    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, option.palette.highlight());
    const int sample = index.data(SampleModel::SampleRole).toInt();
    const int truth = index.data(SampleModel::TrueClassRole).toInt();
    const int predicted = index.data(SampleModel::PredictedClassRole).toInt();
    const QColor frame = predicted < 0 ? QColor(160, 160, 160)
                                       : (predicted == truth ? QColor(60, 150, 80) : colors::kOld);
    const QSize t = m_thumbnails->thumbnailSize();
    const QRect image(r.left() + (r.width() - t.width()) / 2, r.top() + 4, t.width(), t.height());
    // The surface being painted knows its pixel ratio (a 200% screen, a grab for a screenshot).
    m_thumbnails->setDevicePixelRatio(painter->device()->devicePixelRatioF());
    const QPixmap pixmap = m_thumbnails->thumbnail(sample);
    if (pixmap.isNull()) {
        painter->fillRect(image, option.palette.alternateBase()); // light or dark, as the theme
    } else {
        const QSize s = pixmap.deviceIndependentSize().toSize().scaled(t, Qt::KeepAspectRatio);
        painter->drawPixmap(QRect(image.topLeft() + QPoint((t.width() - s.width()) / 2, 0), s),
                            pixmap);
    }
    painter->setPen(QPen(frame, 3));
    painter->drawRect(image.adjusted(-1, -1, 1, 1));
    if (predicted >= 0) { // right or wrong by shape as well as colour: a tick or a cross badge
        const QRect badge(image.left() + 3, image.bottom() - 17, 15, 15);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(frame);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(badge);
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        const QPoint o = badge.topLeft();
        if (predicted == truth) {
            painter->drawPolyline(
                QPolygon({o + QPoint(3, 8), o + QPoint(6, 11), o + QPoint(12, 4)}));
        } else {
            painter->drawLine(o + QPoint(4, 4), o + QPoint(11, 11));
            painter->drawLine(o + QPoint(11, 4), o + QPoint(4, 11));
        }
        painter->setBrush(Qt::NoBrush);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    if (index.data(SampleModel::ExcludedRole).toBool()) { // left out of training: crossed out
        painter->fillRect(image, QColor(255, 255, 255, 150));
        painter->setPen(QPen(QColor(120, 120, 120), 2));
        painter->drawLine(image.topLeft(), image.bottomRight());
    }
    if (index.data(SampleModel::ReviewedRole).toBool()) { // checked by a person: a tick badge
        const QRect badge(image.right() - 17, image.top() + 3, 15, 15);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(QColor(60, 150, 80));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(badge);
        painter->setPen(QPen(Qt::white, 2));
        painter->drawPolyline(
            QPolygon({badge.topLeft() + QPoint(3, 8), badge.topLeft() + QPoint(6, 11),
                      badge.topLeft() + QPoint(12, 4)}));
        painter->setBrush(Qt::NoBrush);
    }
    QString text =
        QString::number(truth) + (analysis::isOldClass(truth) ? QStringLiteral("*") : QString());
    if (predicted >= 0)
        text += QStringLiteral(" → %1").arg(predicted) +
                (analysis::isOldClass(predicted) ? QStringLiteral("*") : QString());
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.text().color());
    painter->drawText(
        QRect(r.left(), image.bottom() + 4, r.width(), option.fontMetrics.height() + 4),
        Qt::AlignHCenter | Qt::AlignTop, text);
    painter->restore();
}

} // namespace masklens::gui
