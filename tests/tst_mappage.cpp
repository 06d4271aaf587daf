// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Map view (issue #22) as a user drives it, offscreen: predictions with features beside them
// bring the map; every image is a point; the >=60 classes and the pale others when highlighted;
// a lasso selection fills the strip and goes to the gallery; hovering shows the image; a click
// opens it in the gallery with its similar images; a dataset that changed under the features is
// refused by name, never drawn with a stale map.
#include "fixtures.h"

#include "analysis/features.h"
#include "analysis/labels.h"
#include "gui/chartwidget.h"
#include "gui/gallerypage.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/mappage.h"
#include "gui/samplefilter.h"
#include "gui/scatterview.h"
#include "model/core/modelinit.h"

#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens;
using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &event);
}

/// Writes NAME_predictions.csv (right for every image but every fifth) and NAME_features.npy
/// beside it (each image near its class's corner), for the dataset at `dir`.
bool writeRun(const QString &dir, const QString &name)
{
    auto ds = loadDataset(dir);
    if (!ds)
        return false;
    QByteArray csv = "path,pred";
    for (int c = 0; c < kClassCount; ++c)
        csv += ",prob_" + QByteArray::number(c);
    csv += '\n';
    const int width = 24;
    std::vector<float> features;
    QRandomGenerator rng(5);
    for (int i = 0; i < int(ds->samples.size()); ++i) {
        const int t = ds->classOf(i);
        const int p = i % 5 == 0 ? (t + 1) % kClassCount : t;
        csv += ds->relativePath(i).toUtf8() + ',' + QByteArray::number(p);
        for (int c = 0; c < kClassCount; ++c)
            csv += ',' + QByteArray::number(c == p ? 0.83 : 0.01, 'g', 17);
        csv += '\n';
        for (int d = 0; d < width; ++d)
            features.push_back((d == t ? 1.f : 0.f) + float(0.05 * rng.generateDouble()));
    }
    return writeAll(QDir(dir).filePath(name + QStringLiteral("_predictions.csv")), csv) &&
           writeFeatures(QDir(dir).filePath(name + QStringLiteral("_features.npy")), *ds,
                         Split::Train, width, features, QStringLiteral("test"));
}

} // namespace

class TestMapPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;
    gui::Language m_language;
    std::optional<Dataset> m_ds;

    /// Opens the dataset and its predictions; the map comes with them.
    bool open(gui::MainWindow &w, const QString &dir)
    {
        QSignalSpy ready(w.mapPage(), &gui::MapPage::mapReady);
        w.resize(1200, 900);
        w.show();
        w.pages()->setCurrentWidget(w.mapPage());
        w.openDataset(dir);
        w.openPredictions(QDir(dir).filePath(QStringLiteral("run_predictions.csv")));
        if (!ready.wait(60000) || !ready.first().at(0).toBool()) {
            qWarning("no map: %s", ready.isEmpty() ? "" : qPrintable(ready.first().at(1).toString()));
            return false;
        }
        QCoreApplication::processEvents();
        w.mapPage()->view()->fit();
        return true;
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_language.apply(QStringLiteral("en"));
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(makeDataset(m_data, 40, 8));
        QVERIFY(writeRun(m_data, QStringLiteral("run")));
        auto ds = loadDataset(m_data);
        QVERIFY(ds);
        m_ds = std::move(ds).value();
    }

    void predictionsBringTheMapOfEveryImage()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, m_data));
        gui::MapPage *map = w.mapPage();
        QVERIFY(map->layout());
        const int n = int(m_ds->samples.size());
        QCOMPARE(map->layout()->rows, n);
        QCOMPARE(map->view()->pointCount(), n);
        QVERIFY(map->message().contains(QStringLiteral("%1 images on the map").arg(n)));
        // The legend counts each class as the dataset does; the >=60 lines are there too.
        for (int c = 0; c < kClassCount; ++c) {
            int count = 0;
            for (int i = 0; i < n; ++i)
                count += m_ds->classOf(i) == c ? 1 : 0;
            QVERIFY2(map->legend().contains(
                         QStringLiteral("%1 (%2)").arg(className(c)).arg(count)),
                     qPrintable(map->legend().join(u'|')));
        }
        // Every image is a point in view.
        for (int i = 0; i < n; ++i)
            QVERIFY(map->view()->rect().contains(map->view()->viewPosition(i).toPoint()));
    }

    void theOldAreOnTopAndTheRestPaleWhenHighlighted()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, m_data));
        gui::MapPage *map = w.mapPage();
        map->setColouring(gui::MapPage::Colouring::AgeBand);
        map->setHighlightOld(true);
        const QImage frame = map->view()->renderFrame();
        const qreal ratio = frame.devicePixelRatio();
        int oldSeen = 0, youngPale = 0, young = 0;
        for (int i = 0; i < int(m_ds->samples.size()); ++i) {
            const QPoint p = (map->view()->viewPosition(i) * ratio).toPoint();
            const QColor pixel = frame.pixelColor(p);
            if (isOldClass(m_ds->classOf(i))) {
                oldSeen += pixel == gui::colors::kOld ? 1 : 0;
                QCOMPARE(pixel, gui::colors::kOld); // never buried under another class
            } else if (classParts(m_ds->classOf(i)).age == AgeBand::Middle) {
                ++young;
                // Pale: lighter than the band's own colour (unless an old point sits on it).
                youngPale += pixel.lightness() > gui::colors::kRegular.lightness() ? 1 : 0;
            }
        }
        QVERIFY(oldSeen > 0);
        QVERIFY2(youngPale > young * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(youngPale).arg(young)));
        // Unticking a legend line hides those points.
        QVERIFY(map->legend().at(2).startsWith(ageBandName(AgeBand::Old)));
        auto *legend = map->findChild<QListWidget *>(QStringLiteral("mapLegend"));
        QVERIFY(legend);
        legend->item(2)->setCheckState(Qt::Unchecked);
        QCoreApplication::processEvents();
        const QImage hidden = map->view()->renderFrame();
        int stillOld = 0;
        for (int y = 0; y < hidden.height(); ++y)
            for (int x = 0; x < hidden.width(); ++x)
                stillOld += hidden.pixelColor(x, y) == gui::colors::kOld ? 1 : 0;
        QCOMPARE(stillOld, 0);
        QCOMPARE(legend->item(2)->checkState(), Qt::Unchecked);
    }

    void aLassoFillsTheStripAndGoesToTheGallery()
    {
        // A folder whose long name makes the map's message two lines with its hint and one
        // line with the selection's count.
        const QString dir = m_tmp.filePath(QStringLiteral("a-dataset-folder-with-a-long-name-"
                                                          "as-real-paths-have"));
        QVERIFY(makeDataset(dir, 40, 8));
        QVERIFY(writeRun(dir, QStringLiteral("run")));
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, dir));
        gui::MapPage *map = w.mapPage();
        gui::ScatterView *view = map->view();
        const QSize viewSize = view->size();
        // Around image 3: a lasso of 30 pixels each side, drawn with the mouse.
        const QPointF c = view->viewPosition(3);
        const QList<QPointF> corners = {c + QPointF(-30, -30), c + QPointF(30, -30),
                                        c + QPointF(30, 30), c + QPointF(-30, 30)};
        mouse(view, QEvent::MouseButtonPress, corners[0], Qt::LeftButton, Qt::LeftButton);
        for (int k = 1; k <= 4; ++k)
            for (int s = 1; s <= 10; ++s) {
                const QPointF a = corners[k - 1], b = corners[k % 4];
                mouse(view, QEvent::MouseMove, a + (b - a) * s / 10.0, Qt::NoButton,
                      Qt::LeftButton);
            }
        mouse(view, QEvent::MouseButtonRelease, corners[0], Qt::LeftButton, Qt::NoButton);
        const QList<int> selected = view->selection();
        QVERIFY(selected.contains(3));
        QList<int> inside;
        for (int i = 0; i < view->pointCount(); ++i) {
            const QPointF p = view->viewPosition(i);
            if (std::abs(p.x() - c.x()) < 29.5 && std::abs(p.y() - c.y()) < 29.5)
                inside << i;
        }
        qInfo("lasso: %lld selected, %lld inside", qlonglong(selected.size()), qlonglong(inside.size()));
        QCOMPARE(selected, inside);
        QCOMPARE(map->stripSamples(), selected);
        // The map does not move under the user's hand: selecting resizes nothing.
        QCoreApplication::processEvents();
        QCOMPARE(view->size(), viewSize);
        QVERIFY(map->message().contains(QStringLiteral("%1 selected").arg(selected.size())));
        auto *toGallery = map->findChild<QPushButton *>(QStringLiteral("selectionToGallery"));
        QVERIFY(toGallery && toGallery->isEnabled());
        toGallery->click();
        QCOMPARE(w.pages()->currentWidget(), w.galleryPage());
        QCOMPARE(w.galleryPage()->filter()->rowCount(), int(selected.size()));

        // A rectangle over everything selects every image.
        view->setSelectionShape(gui::ScatterView::SelectionShape::Rectangle);
        w.pages()->setCurrentWidget(map);
        QCoreApplication::processEvents();
        mouse(view, QEvent::MouseButtonPress, QPointF(1, 1), Qt::LeftButton, Qt::LeftButton);
        mouse(view, QEvent::MouseMove, QPointF(view->width() - 1, view->height() - 1),
              Qt::NoButton, Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, QPointF(view->width() - 1, view->height() - 1),
              Qt::LeftButton, Qt::NoButton);
        QCOMPARE(int(view->selection().size()), view->pointCount());
    }

    void hoverShowsTheImageAndAClickOpensItWithItsLookAlikes()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, m_data));
        gui::MapPage *map = w.mapPage();
        gui::ScatterView *view = map->view();
        const QPointF p = view->viewPosition(10);
        mouse(view, QEvent::MouseMove, p, Qt::NoButton, Qt::NoButton);
        const int under = view->pointAt(p);
        QVERIFY(under >= 0);
        auto *hover = qobject_cast<QLabel *>(map->hoverPreview());
        QVERIFY(hover);
        QVERIFY(hover->text().contains(m_ds->relativePath(under)));
        QVERIFY(hover->text().contains(QStringLiteral("label %1").arg(className(m_ds->classOf(under)).toHtmlEscaped())));
        mouse(view, QEvent::MouseMove, QPointF(-50, -50), Qt::NoButton, Qt::NoButton);
        QVERIFY(!map->hoverPreview());

        mouse(view, QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(w.pages()->currentWidget(), w.galleryPage());
        QCOMPARE(w.galleryPage()->currentSample(), under);
        // The gallery shows the image and its 15 nearest: in this run's features, its class.
        const auto *filter = w.galleryPage()->filter();
        QCOMPARE(filter->rowCount(), 16);
        QCOMPARE(filter->sampleAt(0), under);
        int sameClass = 0;
        for (int row = 1; row < filter->rowCount(); ++row)
            sameClass += m_ds->classOf(filter->sampleAt(row)) == m_ds->classOf(under) ? 1 : 0;
        int classSize = 0;
        for (int i = 0; i < int(m_ds->samples.size()); ++i)
            classSize += m_ds->classOf(i) == m_ds->classOf(under) ? 1 : 0;
        QCOMPARE(sameClass, std::min(15, classSize - 1));
        auto *similar = w.galleryPage()->findChild<QPushButton *>(QStringLiteral("similarImages"));
        QVERIFY(similar && similar->isEnabled());
    }

    void cancelStopsTheLayoutAndDrawsNothing()
    {
        gui::MainWindow w(&m_language);
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(m_data);
        QVERIFY(loaded.wait(30000));
        // Features never laid out before (no cache): the layout has to run.
        std::vector<float> features;
        QRandomGenerator rng(77);
        for (std::size_t i = 0; i < m_ds->samples.size() * 8; ++i)
            features.push_back(float(rng.generateDouble()));
        const QString file = m_tmp.filePath(QStringLiteral("fresh_features.npy"));
        QVERIFY(writeFeatures(file, *m_ds, Split::Train, 8, features, QStringLiteral("test")));
        gui::MapPage *map = w.mapPage();
        QSignalSpy ready(map, &gui::MapPage::mapReady);
        map->openFeatures(file);
        QVERIFY(map->isBusy());
        map->cancel();
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.first().at(0).toBool(), false);
        QVERIFY(ready.first().at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!map->layout());
        QCOMPARE(map->view()->pointCount(), 0);
        // Opened again, it is made.
        map->openFeatures(file);
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.last().at(0).toBool(), true);
        QCOMPARE(map->layout()->rows, int(m_ds->samples.size()));
    }

    void runModelBringsTheMapOfItsEmbeddings()
    {
        model::ModelSpec spec;
        spec.architecture = model::Architecture::Small;
        spec.preprocessing.width = 48;
        spec.preprocessing.height = 64;
        const QString file = m_tmp.filePath(QStringLiteral("small.mlck"));
        QVERIFY(model::createCheckpoint(spec, {}, file.toStdString()).ok());
        gui::MainWindow w(&m_language);
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(m_data);
        QVERIFY(loaded.wait(30000));
        QSignalSpy ready(w.mapPage(), &gui::MapPage::mapReady);
        w.runModel(file);
        QVERIFY(ready.wait(120000));
        QVERIFY2(ready.first().at(0).toBool(), qPrintable(ready.first().at(1).toString()));
        QCOMPARE(w.mapPage()->layout()->rows, int(m_ds->samples.size()));
        QVERIFY(w.mapPage()->message().contains(QStringLiteral("run in MaskLens")));
        // Its similar images are the gallery's.
        QCOMPARE(w.mapPage()->similar(0).size(), 15);
        // Another dataset: the model's features went with the old one.
        QSignalSpy reloaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(m_data);
        QVERIFY(reloaded.wait(30000));
        QVERIFY(!w.mapPage()->layout());
        QVERIFY(!w.mapPage()->isBusy());
    }

    void aDatasetChangedUnderTheFeaturesIsRefusedNotDrawnStale()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("changing"));
        QVERIFY(makeDataset(dir, 20, 9));
        QVERIFY(writeRun(dir, QStringLiteral("run")));
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, dir));
        QVERIFY(w.mapPage()->layout());
        // One person leaves train.csv; the dataset is read again.
        const QString csv = QDir(dir).filePath(QStringLiteral("train/train.csv"));
        QList<QByteArray> lines = readAll(csv).split('\n');
        lines.removeAt(1);
        QVERIFY(writeAll(csv, lines.join('\n')));
        QSignalSpy ready(w.mapPage(), &gui::MapPage::mapReady);
        w.openDataset(dir);
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.first().at(0).toBool(), false);
        QVERIFY(!w.mapPage()->layout());
        QCOMPARE(w.mapPage()->view()->pointCount(), 0);
        const QString message = ready.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("run_features.npy")), qPrintable(message));
        QVERIFY(w.mapPage()->message().contains(QStringLiteral("run_features.npy")));
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
