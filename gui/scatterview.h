// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scatter of many points (the data map: one per image) that stays fluid at 100,000 points: each
// frame is drawn straight into a QImage's pixels (a few device pixels per point, no QPainter call
// per point), emphasised categories last and larger, so the rare >=60 classes are never buried.
// Mouse: wheel zooms at the cursor, right or middle drag pans, left drag selects (rectangle or
// lasso), a click picks the point under the cursor, hovering reports it; keys: + and - zoom, 0 or
// Home fits, arrows pan, Escape clears the selection. bench/bench_map times its frames against a
// QCustomPlot scatter of the same points. GUI thread only.

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <vector>

namespace masklens::gui {

class ScatterView : public QWidget
{
    Q_OBJECT
public:
    enum class SelectionShape { Rectangle, Lasso };

    explicit ScatterView(QWidget *parent = nullptr);

    /// The points, x y pairs; a NaN coordinate: no point. Fits the view and clears the selection.
    void setPoints(std::vector<float> xy);
    int pointCount() const { return int(m_xy.size() / 2); }
    /// Each point's category (an index into `colours`; -1 hides the point) and the categories
    /// drawn last and larger. With `fadeOthers`, every other category is drawn pale.
    void setColouring(std::vector<int> category, QList<QColor> colours, QList<int> emphasised,
                      bool fadeOthers);
    void setSelectionShape(SelectionShape shape) { m_shape = shape; }
    SelectionShape selectionShape() const { return m_shape; }

    /// The selected points, in index order.
    QList<int> selection() const { return m_selection; }
    void setSelection(QList<int> points);
    /// Selects the points inside `area` (view coordinates, a closed polygon).
    void selectArea(const QPainterPath &area);

    /// The point drawn nearest to `pos` (view coordinates) within a few pixels, or -1.
    int pointAt(QPointF pos) const;
    /// Where point i is drawn (view coordinates).
    QPointF viewPosition(int i) const;

    /// Shows every point (with a margin).
    void fit();
    /// Zooms by `factor` keeping the data under `anchor` (view coordinates) in place.
    void zoom(double factor, QPointF anchor);
    void pan(QPointF byPixels);
    double scale() const { return m_scale; }

    /// Draws a frame into the back buffer as paintEvent does (for the bench: no event loop).
    const QImage &renderFrame();

Q_SIGNALS:
    void selectionChanged(const QList<int> &points);
    void pointClicked(int point);
    /// The point under the mouse changed (-1: none); `globalPos` is where the mouse is.
    void pointHovered(int point, QPoint globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF toView(float x, float y) const;
    void rebuildOrder();

    std::vector<float> m_xy;
    std::vector<int> m_category;
    std::vector<QRgb> m_colour, m_faded;
    std::vector<bool> m_emphasised; ///< per category
    bool m_fadeOthers = false;
    std::vector<int> m_order; ///< drawing order: a fixed shuffle, emphasised points last
    QList<int> m_selection;
    std::vector<bool> m_selected;
    QRectF m_bounds;
    QPointF m_centre;
    double m_scale = 1; ///< view pixels per data unit
    QImage m_frame;
    SelectionShape m_shape = SelectionShape::Lasso;
    enum class Drag { None, Select, Pan } m_drag = Drag::None;
    QPointF m_pressPos, m_lastPos;
    QPolygonF m_path;
    int m_hovered = -1;
    bool m_autoFit = true;
};

} // namespace masklens::gui
