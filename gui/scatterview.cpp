// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scatterview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace masklens::gui {

namespace {

constexpr double kPickRadius = 6;  ///< view pixels
constexpr double kDragStart = 4;   ///< a press that moves less is a click
constexpr double kMargin = 0.05;   ///< of the view, around the points when fitted

QRgb fade(QColor c, QColor background)
{
    // A quarter of the colour over the background: still tells categories apart, but recedes.
    return qRgb((c.red() + 3 * background.red()) / 4, (c.green() + 3 * background.green()) / 4,
                (c.blue() + 3 * background.blue()) / 4);
}

/// Fills a square of side 2r+1 (corners cut above r = 1: a small disc) at (x, y), clipped.
inline void splat(std::uint32_t *bits, int stride, int w, int h, int x, int y, int r, QRgb c)
{
    const int y0 = std::max(0, y - r), y1 = std::min(h - 1, y + r);
    const int x0 = std::max(0, x - r), x1 = std::min(w - 1, x + r);
    for (int yy = y0; yy <= y1; ++yy) {
        std::uint32_t *line = bits + std::ptrdiff_t(yy) * stride;
        const bool edgeRow = r > 1 && (yy == y - r || yy == y + r);
        for (int xx = x0; xx <= x1; ++xx) {
            if (edgeRow && (xx == x - r || xx == x + r))
                continue;
            line[xx] = c;
        }
    }
}

} // namespace

ScatterView::ScatterView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
}

void ScatterView::setPoints(std::vector<float> xy)
{
    m_xy = std::move(xy);
    m_category.assign(m_xy.size() / 2, 0);
    m_selection.clear();
    m_selected.assign(m_xy.size() / 2, false);
    m_hovered = -1;
    float x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    bool any = false;
    for (std::size_t i = 0; i < m_xy.size() / 2; ++i) {
        const float x = m_xy[2 * i], y = m_xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        if (!any) {
            x0 = x1 = x;
            y0 = y1 = y;
            any = true;
        }
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    }
    m_bounds = any ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
    rebuildOrder();
    fit();
}

void ScatterView::setColouring(std::vector<int> category, QList<QColor> colours,
                               QList<int> emphasised, bool fadeOthers)
{
    category.resize(m_xy.size() / 2, -1);
    m_category = std::move(category);
    const QColor background = palette().color(QPalette::Base);
    m_colour.clear();
    m_faded.clear();
    for (const QColor &c : colours) {
        m_colour.push_back(c.rgb());
        m_faded.push_back(fade(c, background));
    }
    m_emphasised.assign(std::size_t(colours.size()), false);
    for (const int c : emphasised)
        if (c >= 0 && c < colours.size())
            m_emphasised[std::size_t(c)] = true;
    m_fadeOthers = fadeOthers && !emphasised.isEmpty();
    rebuildOrder();
    update();
}

void ScatterView::rebuildOrder()
{
    // A fixed shuffle (so no category paints over all the others by coming last), then the
    // emphasised categories on top.
    const int n = pointCount();
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::uint64_t state = 0x2545F4914F6CDD1Dull;
    for (int i = n - 1; i > 0; --i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        std::swap(m_order[std::size_t(i)], m_order[std::size_t(state % std::uint64_t(i + 1))]);
    }
    auto emphasised = [this](int i) {
        const int c = m_category.empty() ? -1 : m_category[std::size_t(i)];
        return c >= 0 && std::size_t(c) < m_emphasised.size() && m_emphasised[std::size_t(c)];
    };
    std::stable_partition(m_order.begin(), m_order.end(),
                          [&](int i) { return !emphasised(i); });
}

void ScatterView::setSelection(QList<int> points)
{
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    points.erase(std::remove_if(points.begin(), points.end(),
                                [this](int i) { return i < 0 || i >= pointCount(); }),
                 points.end());
    m_selected.assign(std::size_t(pointCount()), false);
    for (const int i : points)
        m_selected[std::size_t(i)] = true;
    if (points == m_selection)
        return;
    m_selection = points;
    update();
    Q_EMIT selectionChanged(m_selection);
}

void ScatterView::selectArea(const QPainterPath &area)
{
    QList<int> inside;
    const QRectF box = area.boundingRect();
    for (int i = 0; i < pointCount(); ++i) {
        if (m_category.empty() || m_category[std::size_t(i)] < 0)
            continue;
        const QPointF p = viewPosition(i);
        if (std::isfinite(p.x()) && box.contains(p) && area.contains(p))
            inside.append(i);
    }
    setSelection(inside);
}

QPointF ScatterView::toView(float x, float y) const
{
    // y grows upwards on the map, downwards on the screen.
    return {width() / 2.0 + (double(x) - m_centre.x()) * m_scale,
            height() / 2.0 - (double(y) - m_centre.y()) * m_scale};
}

QPointF ScatterView::viewPosition(int i) const
{
    return toView(m_xy[std::size_t(i) * 2], m_xy[std::size_t(i) * 2 + 1]);
}

int ScatterView::pointAt(QPointF pos) const
{
    int best = -1;
    double bestDistance = kPickRadius * kPickRadius;
    // The points drawn last are on top: search from the end of the drawing order.
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        const int i = *it;
        if (m_category.empty() || m_category[std::size_t(i)] < 0)
            continue;
        const QPointF p = viewPosition(i);
        const double d = (p.x() - pos.x()) * (p.x() - pos.x()) + (p.y() - pos.y()) * (p.y() - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void ScatterView::fit()
{
    m_autoFit = true;
    m_centre = m_bounds.center();
    const double w = std::max(1.0, width() * (1 - 2 * kMargin));
    const double h = std::max(1.0, height() * (1 - 2 * kMargin));
    m_scale = std::min(w / std::max(1e-9, m_bounds.width()), h / std::max(1e-9, m_bounds.height()));
    update();
}

void ScatterView::zoom(double factor, QPointF anchor)
{
    m_autoFit = false;
    const double newScale = std::clamp(m_scale * factor, 1e-6, 1e9);
    // Keep the data point under the anchor where it is.
    const double dx = (anchor.x() - width() / 2.0), dy = (anchor.y() - height() / 2.0);
    const QPointF data(m_centre.x() + dx / m_scale, m_centre.y() - dy / m_scale);
    m_scale = newScale;
    m_centre = QPointF(data.x() - dx / m_scale, data.y() + dy / m_scale);
    update();
}

void ScatterView::pan(QPointF byPixels)
{
    m_autoFit = false;
    m_centre -= QPointF(byPixels.x() / m_scale, -byPixels.y() / m_scale);
    update();
}

const QImage &ScatterView::renderFrame()
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_frame.size() != pixels) {
        m_frame = QImage(pixels, QImage::Format_RGB32);
        m_frame.setDevicePixelRatio(ratio);
    }
    m_frame.fill(palette().color(QPalette::Base));
    const int w = m_frame.width(), h = m_frame.height();
    auto *bits = reinterpret_cast<std::uint32_t *>(m_frame.bits());
    const int stride = int(m_frame.bytesPerLine() / 4);
    // Points as large as the crowd allows: 5 pixels across under 30,000 points, 3 above; the
    // emphasised ones a size up; all of it twice on a HiDPI screen.
    const int base = pointCount() < 30000 ? 2 : 1;
    const int small = ratio >= 1.5 ? 2 * base : base, large = small + (ratio >= 1.5 ? 2 : 1);
    const double s = m_scale * ratio;
    const double ox = w / 2.0 - m_centre.x() * s, oy = h / 2.0 + m_centre.y() * s;
    const QRgb selectedRing = palette().color(QPalette::Text).rgb();
    for (const int i : m_order) {
        const int c = m_category.empty() ? 0 : m_category[std::size_t(i)];
        if (c < 0 || std::size_t(c) >= m_colour.size())
            continue;
        const float x = m_xy[std::size_t(i) * 2], y = m_xy[std::size_t(i) * 2 + 1];
        if (!(x == x) || !(y == y))
            continue;
        const int px = int(std::lround(ox + double(x) * s));
        const int py = int(std::lround(oy - double(y) * s));
        if (px < -4 || py < -4 || px >= w + 4 || py >= h + 4)
            continue;
        const bool emph = m_emphasised[std::size_t(c)];
        const int r = emph ? large : small;
        if (m_selected[std::size_t(i)])
            splat(bits, stride, w, h, px, py, r + 1, selectedRing);
        splat(bits, stride, w, h, px, py, r,
              m_fadeOthers && !emph ? m_faded[std::size_t(c)] : m_colour[std::size_t(c)]);
    }
    return m_frame;
}

void ScatterView::paintEvent(QPaintEvent *)
{
    renderFrame();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_frame);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_hovered >= 0 && m_hovered < pointCount()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(viewPosition(m_hovered), 6, 6);
    }
    if (m_drag == Drag::Select && m_path.size() > 1) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(fill);
        if (m_shape == SelectionShape::Rectangle)
            painter.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
        else
            painter.drawPolygon(m_path);
    }
    if (pointCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, whatsThis());
    }
}

void ScatterView::resizeEvent(QResizeEvent *event)
{
    // Fitted until the user zooms or pans; then the same centre and scale.
    if (m_autoFit)
        fit();
    QWidget::resizeEvent(event);
}

void ScatterView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), event->position());
    event->accept();
}

void ScatterView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position();
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Select;
        m_path = QPolygonF{m_pressPos};
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ScatterView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pan) {
        pan(pos - m_lastPos);
    } else if (m_drag == Drag::Select) {
        if (QLineF(m_path.constLast(), pos).length() >= 2)
            m_path << pos;
        update();
    } else {
        const int hovered = pointAt(pos);
        if (hovered != m_hovered) {
            m_hovered = hovered;
            update();
            Q_EMIT pointHovered(hovered, event->globalPosition().toPoint());
        }
    }
    m_lastPos = pos;
}

void ScatterView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    unsetCursor();
    if (drag != Drag::Select)
        return;
    const QPointF pos = event->position();
    // A click unless the mouse went somewhere on the way (a lasso may end where it began).
    double reach = QLineF(m_pressPos, pos).length();
    for (const QPointF &p : std::as_const(m_path))
        reach = std::max(reach, QLineF(m_pressPos, p).length());
    if (reach < kDragStart) {
        const int point = pointAt(pos);
        if (point >= 0)
            Q_EMIT pointClicked(point);
        else
            setSelection({});
        update();
        return;
    }
    QPainterPath area;
    if (m_shape == SelectionShape::Rectangle) {
        area.addRect(QRectF(m_pressPos, pos).normalized());
    } else {
        m_path << pos;
        area.addPolygon(m_path);
        area.closeSubpath();
    }
    m_path.clear();
    selectArea(area);
    update();
}

void ScatterView::leaveEvent(QEvent *)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
        Q_EMIT pointHovered(-1, QPoint());
    }
}

void ScatterView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoom(0.8, centre);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fit();
        break;
    case Qt::Key_Left:
        pan(QPointF(40, 0));
        break;
    case Qt::Key_Right:
        pan(QPointF(-40, 0));
        break;
    case Qt::Key_Up:
        pan(QPointF(0, 40));
        break;
    case Qt::Key_Down:
        pan(QPointF(0, -40));
        break;
    case Qt::Key_Escape:
        setSelection({});
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace masklens::gui
