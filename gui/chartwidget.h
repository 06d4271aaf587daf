// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QCustomPlot with the workbench's look (readable fonts, >=60 colours) and a context menu
// that saves it as PNG or PDF. It follows the widget palette (a dark theme gets a dark chart with
// light text): before every replot the background, axes, grid, title, legend, text items and
// lines take the palette's colours, except items marked with kKeepColour (e.g. the white numbers
// on the confusion matrix's dark cells). GUI thread only.

#include <qcustomplot.h>

#include <vector>

namespace masklens::gui {

namespace colors {
inline const QColor kRegular(70, 130, 180); ///< steel blue
inline const QColor kOld(214, 96, 77);      ///< the >=60 classes
inline const QColor kSecondary(150, 150, 150);
} // namespace colors

class ChartWidget : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    /// A dynamic property: an item that has it set to true keeps the colour its page gave it.
    static constexpr const char *kKeepColour = "masklensKeepColour";
    /// The palette's colours on everything drawn (called before each replot).
    void applyPalette();
    /// The >=60 classes' columns on a tinted band from 0 to `top` (per-class charts with the
    /// classes on the x axis): the one place that tint is drawn.
    void shadeOldClasses(double top);

    /// Writes PNG or PDF by the file's suffix; false with a reason in *error.
    bool saveTo(const QString &fileName, QString *error = nullptr);
    /// Asks for a file name and saves; used by the context menu.
    void saveAs();

    /// The chart's title, shown above the plot and used as the default file name.
    void setTitle(const QString &title);
    QString title() const { return m_title ? m_title->text() : QString(); }

    /// Replaces the plottables by one bar per class (index = class, 0..17), the >=60 classes in
    /// their colour, the y axis from 0 to `top`, ticks at every class.
    void setClassBars(const std::vector<double> &values, double top, const QString &yLabel);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCPTextElement *m_title = nullptr;
};

} // namespace masklens::gui
