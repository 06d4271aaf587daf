// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "analysis/labels.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace masklens::gui {

ChartWidget::ChartWidget(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumSize(320, 220);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Save chart as PNG or PDF…"), this, &ChartWidget::saveAs);
        menu.exec(mapToGlobal(pos));
    });
    QFont tickFont = font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.9);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(tickFont);
        axis->grid()->setZeroLinePen(Qt::NoPen); // a stray line through the first bar otherwise
    }
    connect(this, &QCustomPlot::beforeReplot, this, &ChartWidget::applyPalette);
    applyPalette();
}

void ChartWidget::applyPalette()
{
    const QPalette &p = palette();
    const QColor text = p.color(QPalette::Text);
    // The grid halfway between the background and the text: faint on light and dark alike.
    const QColor base = p.color(QPalette::Base);
    const QColor grid = QColor::fromRgbF((base.redF() * 3 + text.redF()) / 4,
                                         (base.greenF() * 3 + text.greenF()) / 4,
                                         (base.blueF() * 3 + text.blueF()) / 4);
    setBackground(base);
    for (QCPAxisRect *rect : axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(text, 0));
            axis->setTickPen(QPen(text, 0));
            axis->setSubTickPen(QPen(text, 0));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        }
    }
    if (m_title)
        m_title->setTextColor(text);
    if (legend) {
        legend->setBrush(base);
        legend->setTextColor(text);
        legend->setBorderPen(QPen(grid));
    }
    for (int i = 0; i < itemCount(); ++i) {
        QCPAbstractItem *it = item(i);
        if (it->property(kKeepColour).toBool())
            continue;
        if (auto *label = qobject_cast<QCPItemText *>(it)) {
            label->setColor(text);
        } else if (auto *line = qobject_cast<QCPItemStraightLine *>(it)) {
            QPen pen = line->pen();
            pen.setColor(text);
            line->setPen(pen);
        }
    }
}

void ChartWidget::shadeOldClasses(double top)
{
    for (int c = 0; c < analysis::kClassCount; ++c) {
        if (!analysis::isOldClass(c))
            continue;
        auto *band = new QCPItemRect(this);
        band->topLeft->setCoords(c - 0.48, top);
        band->bottomRight->setCoords(c + 0.48, 0);
        band->setPen(Qt::NoPen);
        band->setBrush(QColor(colors::kOld.red(), colors::kOld.green(), colors::kOld.blue(), 40));
        band->setLayer(QStringLiteral("background"));
        band->setSelectable(false);
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot();
    }
}

void ChartWidget::setTitle(const QString &title)
{
    setAccessibleName(title); // what a screen reader announces for the chart
    if (!m_title) {
        plotLayout()->insertRow(0);
        QFont f = font();
        f.setBold(true);
        m_title = new QCPTextElement(this, title, f);
        plotLayout()->addElement(0, 0, m_title);
    } else {
        m_title->setText(title);
    }
}

bool ChartWidget::saveTo(const QString &fileName, QString *error)
{
    const bool pdf = fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const int w = qMax(width(), 640);
    const int h = qMax(height(), 400);
    const bool ok = pdf ? savePdf(fileName, w, h) : savePng(fileName, w, h, 2.0);
    if (!ok && error)
        *error = tr("Could not write %1").arg(fileName);
    return ok;
}

void ChartWidget::saveAs()
{
    QString base = title().isEmpty() ? QStringLiteral("chart") : title();
    base.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save chart"), base + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!saveTo(fileName, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ChartWidget::setClassBars(const std::vector<double> &values, double top,
                               const QString &yLabel)
{
    clearPlottables();
    auto *regular = new QCPBars(xAxis, yAxis);
    auto *old = new QCPBars(xAxis, yAxis);
    regular->setBrush(colors::kRegular);
    old->setBrush(colors::kOld);
    for (QCPBars *b : {regular, old}) {
        b->setPen(Qt::NoPen);
        b->setWidth(0.75);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < analysis::kClassCount; ++c) {
        if (c < int(values.size()))
            (analysis::isOldClass(c) ? old : regular)->addData(c, values[std::size_t(c)]);
        ticker->addTick(c, QString::number(c));
    }
    xAxis->setTicker(ticker);
    xAxis->setRange(-0.6, analysis::kClassCount - 0.4);
    yAxis->setRange(0, top);
    yAxis->setLabel(yLabel);
}

} // namespace masklens::gui
