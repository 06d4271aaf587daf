// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The data map (issue #22), side by side in one run:
//  layout  N images' features (18 classes of clustered embeddings, the network's 1280 or 160
//          wide) laid out by analysis::computeMap; the same features go to FILE.npy for
//          bench/reference_map.py (scikit-learn's Barnes-Hut t-SNE) to time beside it.
//  render  frames of a 100,000-point scatter while panning and zooming: the Map view's
//          ScatterView beside a QCustomPlot scatter of the same points (18 graphs, no lines),
//          drawn offscreen at the same size; ms per frame and the ratio.
// Usage: bench_map layout N WIDTH FILE.npy | bench_map render N FRAMES
#include "analysis/maplayout.h"
#include "gui/scatterview.h"
#include "model/core/npy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <qcustomplot.h>

#include <cmath>
#include <cstdio>

using namespace masklens;

namespace {

/// 18 classes, each a cloud around its centre with 30 sub-clusters (people, poses).
analysis::Features synthetic(int n, int width)
{
    QRandomGenerator rng(11);
    auto normal = [&] {
        const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    std::vector<std::vector<float>> centres(static_cast<std::size_t>(18 * 30),
                                            std::vector<float>(static_cast<std::size_t>(width)));
    for (int c = 0; c < 18; ++c)
        for (int s = 0; s < 30; ++s)
            for (int d = 0; d < width; ++d)
                centres[std::size_t(c * 30 + s)][std::size_t(d)] =
                    float((s == 0 ? 1.0 : 0.0) * normal() +
                          (s > 0 ? centres[std::size_t(c * 30)][std::size_t(d)] + 0.3 * normal()
                                 : 0.0));
    analysis::Features f;
    f.rows = n;
    f.width = width;
    f.data.reserve(std::size_t(n) * std::size_t(width));
    for (int i = 0; i < n; ++i) {
        const int c = i % 18, s = 1 + (i / 18) % 29;
        for (int d = 0; d < width; ++d)
            f.data.push_back(std::max(0.f, centres[std::size_t(c * 30 + s)][std::size_t(d)] +
                                               float(0.15 * normal())));
    }
    f.group.assign(std::size_t(n), 0);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args[1] == u"layout") {
        const int n = args[2].toInt(), width = args[3].toInt();
        const analysis::Features f = synthetic(n, width);
        const std::string bytes =
            model::npy::encode(std::size_t(n), std::size_t(width), f.data.data());
        QFile out(args[4]);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), qint64(bytes.size())) < 0)
            return 2;
        out.close();
        QElapsedTimer t;
        t.start();
        const auto map = analysis::computeMap(f);
        const double seconds = t.nsecsElapsed() / 1e9;
        if (!map)
            return 3;
        std::printf("{\"images\": %d, \"width\": %d, \"seconds\": %.2f, \"kept15\": %.3f}\n", n,
                    width, seconds, analysis::neighbourhoodKept(f, *map, 15, 500));
        return 0;
    }
    if (args.size() >= 4 && args[1] == u"render") {
        const int n = args[2].toInt(), frames = args[3].toInt();
        QRandomGenerator rng(5);
        std::vector<float> xy;
        std::vector<int> category;
        for (int i = 0; i < n; ++i) {
            const int c = i % 18;
            const double a = c * 2 * M_PI / 18;
            xy.push_back(float(10 * std::cos(a) + 1.5 * (rng.generateDouble() - 0.5) * 2));
            xy.push_back(float(10 * std::sin(a) + 1.5 * (rng.generateDouble() - 0.5) * 2));
            category.push_back(c);
        }
        QList<QColor> colours;
        for (int c = 0; c < 18; ++c)
            colours << QColor::fromHsv(c * 20, 200, 200);
        const QSize size(1280, 800);

        gui::ScatterView view;
        view.resize(size);
        view.setPoints(xy);
        view.setColouring(category, colours, {2, 5, 8, 11, 14, 17}, false);
        QElapsedTimer t;
        t.start();
        for (int f = 0; f < frames; ++f) {
            if (f % 20 < 10)
                view.zoom(f % 20 < 5 ? 1.1 : 1 / 1.1, QPointF(640, 400));
            else
                view.pan(QPointF(f % 20 < 15 ? 8 : -8, 4));
            view.renderFrame();
        }
        const double ours = t.nsecsElapsed() / 1e6 / frames;

        QCustomPlot plot;
        plot.resize(size);
        plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        for (int c = 0; c < 18; ++c) {
            QCPGraph *g = plot.addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colours[c], 3));
            g->setAdaptiveSampling(true);
            QVector<double> x, y;
            for (int i = c; i < n; i += 18) {
                x << xy[std::size_t(i) * 2];
                y << xy[std::size_t(i) * 2 + 1];
            }
            g->setData(x, y);
        }
        plot.rescaleAxes();
        t.restart();
        for (int f = 0; f < frames; ++f) {
            if (f % 20 < 10) {
                plot.xAxis->scaleRange(f % 20 < 5 ? 1 / 1.1 : 1.1);
                plot.yAxis->scaleRange(f % 20 < 5 ? 1 / 1.1 : 1.1);
            } else {
                plot.xAxis->moveRange(f % 20 < 15 ? 0.1 : -0.1);
            }
            plot.replot(QCustomPlot::rpImmediateRefresh);
        }
        const double reference = t.nsecsElapsed() / 1e6 / frames;
        std::printf("{\"points\": %d, \"frames\": %d, \"scatterview_ms\": %.2f, "
                    "\"qcustomplot_ms\": %.2f, \"ratio\": %.1f}\n",
                    n, frames, ours, reference, reference / ours);
        return 0;
    }
    std::fprintf(stderr, "usage: bench_map layout N WIDTH FILE.npy | bench_map render N FRAMES\n");
    return 1;
}
