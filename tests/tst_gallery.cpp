// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Errors view and the gallery as a user drives them, offscreen: a click on a matrix cell
// shows exactly those samples, the >=60 focus shows exactly those errors, sorting, export, the
// detail panel, thumbnails; every item model under QAbstractItemModelTester.
#include "fixtures.h"

#include "analysis/metrics.h"
#include "gui/chartwidget.h"
#include "gui/datasetpage.h"
#include "gui/errorspage.h"
#include "gui/gallerypage.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/samplefilter.h"
#include "gui/samplemodel.h"
#include "gui/thumbnailcache.h"
#include "model/core/modelinit.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens;
using namespace masklens::analysis;
using namespace masklens::tests;

class TestGallery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data, m_pred;
    gui::Language m_language;
    std::optional<Dataset> m_ds;
    std::vector<int> m_predicted;

    void open(gui::MainWindow &w)
    {
        QSignalSpy loaded(&w, &gui::MainWindow::predictionsLoaded);
        w.openDataset(m_data);
        w.openPredictions(m_pred);
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().at(0).toBool());
    }

private Q_SLOTS:
    void init() { QSettings().clear(); } // each test starts from default settings

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        m_language.apply(QStringLiteral("en"));
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(makeDataset(m_data, 40, 8, 0.0, 0));
        auto ds = loadDataset(m_data);
        QVERIFY(ds.ok());
        m_ds = std::move(ds).value();
        // Predictions with known mistakes: every third image one class off, every seventh
        // predicted as the old class of its mask state.
        QByteArray csv = "path,pred";
        for (int c = 0; c < kClassCount; ++c)
            csv += ",prob_" + QByteArray::number(c);
        csv += '\n';
        for (int i = 0; i < int(m_ds->samples.size()); ++i) {
            const int t = m_ds->classOf(i);
            int p = t;
            if (i % 3 == 0)
                p = (t + 1) % kClassCount;
            if (i % 7 == 0)
                p = (t / 6) * 6 + 5;
            m_predicted.push_back(p);
            const double top = 0.5 + 0.4 * ((i * 37) % 100) / 100.0;
            csv += m_ds->relativePath(i).toUtf8() + ',' + QByteArray::number(p);
            for (int c = 0; c < kClassCount; ++c)
                csv +=
                    ',' + QByteArray::number(c == p ? top : (1 - top) / (kClassCount - 1), 'g', 17);
            csv += '\n';
        }
        m_pred = m_tmp.filePath(QStringLiteral("pred.csv"));
        QVERIFY(writeAll(m_pred, csv));
    }

    void modelsPassTheTester()
    {
        gui::MainWindow w(&m_language);
        QAbstractItemModelTester samples(w.sampleModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter(w.galleryPage()->filter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(w);
        w.galleryPage()->filter()->setOldFocus(true);
        w.galleryPage()->filter()->setSortKey(gui::SampleFilter::SortKey::LossDescending);
        w.galleryPage()->filter()->clearFilters();
        QCOMPARE(w.sampleModel()->rowCount(), int(m_ds->samples.size()));
    }

    void headlineShowsTheMetrics()
    {
        gui::MainWindow w(&m_language);
        open(w);
        Predictions p = Predictions::empty(*m_ds, Split::Train, false);
        p.predicted = m_predicted;
        const Metrics m = computeMetrics(evaluationData(*m_ds, p, AgeBands{}));
        QVERIFY2(w.errorsPage()->headline().contains(
                     QStringLiteral("Macro F1 %1").arg(m.macroF1, 0, 'f', 4)),
                 qPrintable(w.errorsPage()->headline()));
    }

    void matrixCellClickShowsExactlyThoseSamples()
    {
        gui::MainWindow w(&m_language);
        w.resize(1300, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        open(w);
        // An off-diagonal cell with samples in it.
        const ConfusionMatrix &cm = w.metrics()->confusion;
        int t = -1, p = -1;
        for (int a = 0; a < kClassCount && t < 0; ++a)
            for (int b = 0; b < kClassCount; ++b)
                if (a != b && cm.at(a, b) > 0) {
                    t = a;
                    p = b;
                    break;
                }
        QVERIFY(t >= 0);
        w.pages()->setCurrentWidget(w.errorsPage());
        gui::ChartWidget *chart = w.errorsPage()->confusionChart();
        chart->replot();
        const QPoint at(int(chart->xAxis->coordToPixel(p)), int(chart->yAxis->coordToPixel(t)));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        QCOMPARE(w.pages()->currentWidget(), w.galleryPage());
        gui::SampleFilter *f = w.galleryPage()->filter();
        QCOMPARE(f->rowCount(), cm.at(t, p));
        for (int row = 0; row < f->rowCount(); ++row) {
            const int s = f->sampleAt(row);
            QCOMPARE(m_ds->classOf(s), t);
            QCOMPARE(m_predicted[std::size_t(s)], p);
        }
    }

    void oldFocusShowsExactlyThoseErrors()
    {
        gui::MainWindow w(&m_language);
        open(w);
        int expected = 0;
        for (int i = 0; i < int(m_ds->samples.size()); ++i) {
            const int t = m_ds->classOf(i), p = m_predicted[std::size_t(i)];
            expected += t != p && (isOldClass(t) || isOldClass(p));
        }
        QVERIFY(expected > 0);
        gui::SampleFilter *f = w.galleryPage()->filter();
        f->setOldFocus(true);
        QCOMPARE(f->rowCount(), expected);
        for (int row = 0; row < f->rowCount(); ++row) {
            const int s = f->sampleAt(row);
            QVERIFY(m_ds->classOf(s) != m_predicted[std::size_t(s)]);
        }
    }

    void sortingAndExport()
    {
        gui::MainWindow w(&m_language);
        open(w);
        gui::SampleFilter *f = w.galleryPage()->filter();
        f->setSortKey(gui::SampleFilter::SortKey::LossDescending);
        double previous = 1e9;
        for (int row = 0; row < f->rowCount(); ++row) {
            const double loss = f->index(row, 0).data(gui::SampleModel::LossRole).toDouble();
            QVERIFY(loss <= previous + 1e-9);
            previous = loss;
        }
        f->setCorrectness(gui::SampleFilter::Correctness::Wrong);
        const QString file = m_tmp.filePath(QStringLiteral("wrong.csv"));
        QVERIFY(w.galleryPage()->exportCsv(file));
        const QByteArray text = readAll(file);
        QCOMPARE(text.count('\n'), f->rowCount() + 1);
        QVERIFY(text.startsWith("path,person,label,predicted,confidence,loss\n"));
    }

    void detailPanelAndThumbnails()
    {
        gui::MainWindow w(&m_language);
        w.resize(1300, 900);
        w.show();
        open(w);
        w.pages()->setCurrentWidget(w.galleryPage());
        QListView *view = w.galleryPage()->view();
        view->setCurrentIndex(view->model()->index(3, 0));
        const int sample = w.galleryPage()->currentSample();
        QCOMPARE(sample, 3);
        QVERIFY(w.galleryPage()->detailText().contains(m_ds->relativePath(3)));
        QVERIFY(w.galleryPage()->detailText().contains(QStringLiteral("Top 3")));
        // The sample's own label, age band included, and its person's own age.
        const int truth = m_ds->classOf(3);
        const Person &person = m_ds->people[std::size_t(m_ds->samples[3].person)];
        const QString label =
            QStringLiteral("Label: %1 (class %2)").arg(className(truth).toHtmlEscaped()).arg(truth);
        QVERIFY2(w.galleryPage()->detailText().contains(label),
                 qPrintable(label + QStringLiteral(" in ") + w.galleryPage()->detailText()));
        QVERIFY(
            w.galleryPage()->detailText().contains(QStringLiteral(", %1 years").arg(person.age)));
        // With the old band moved (as the winners did, to 58), the names follow the window's bands.
        const AgeBands moved{30, 45};
        w.setAgeBands(moved);
        int between = -1; // a sample whose person is 45-59: >=45 now, 30-59 before
        for (int i = 0; i < int(m_ds->samples.size()) && between < 0; ++i) {
            const int age = m_ds->people[std::size_t(m_ds->samples[std::size_t(i)].person)].age;
            if (age >= 45 && age < 60)
                between = i;
        }
        QVERIFY(between >= 0);
        view->setCurrentIndex(view->model()->index(between, 0));
        QCOMPARE(w.galleryPage()->currentSample(), between);
        const int movedTruth = m_ds->classOf(between, moved);
        const QString movedLabel = QStringLiteral("Label: %1 (class %2)")
                                       .arg(className(movedTruth, moved).toHtmlEscaped())
                                       .arg(movedTruth);
        QVERIFY2(w.galleryPage()->detailText().contains(movedLabel),
                 qPrintable(movedLabel + QStringLiteral(" in ") + w.galleryPage()->detailText()));
        // Thumbnails arrive off the GUI thread and are cached within the byte budget.
        gui::ThumbnailCache *cache = w.thumbnails();
        QSignalSpy ready(cache, &gui::ThumbnailCache::ready);
        QVERIFY(cache->thumbnail(10).isNull());
        QTRY_VERIFY(!cache->thumbnail(10).isNull());
        QCOMPARE(cache->thumbnail(10).height(), cache->thumbnailSize().height());
        QVERIFY(cache->usedBytes() > 0);
    }

    void anotherDatasetsThumbnailsArriveAtOnce()
    {
        // Review finding: right after setDataset, the old dataset's workers still counted as
        // running, so the new dataset's first requests started none and never arrived.
        auto first = std::make_shared<const Dataset>(*m_ds);
        auto second = std::make_shared<const Dataset>(*m_ds);
        for (int round = 0; round < 20; ++round) {
            gui::ThumbnailCache cache;
            cache.setDataset(first);
            for (int s = 0; s < 60; ++s)
                (void)cache.thumbnail(s); // both workers busy with the first dataset
            cache.setDataset(second);
            const int wanted = 100 + round;
            QVERIFY(cache.thumbnail(wanted).isNull());
            QTRY_VERIFY_WITH_TIMEOUT(!cache.thumbnail(wanted).isNull(), 10000);
        }
    }

    void runsAModelInsideTheApp()
    {
        model::ModelSpec spec;
        spec.architecture = model::Architecture::Small;
        spec.preprocessing.width = 48;
        spec.preprocessing.height = 64;
        const QString file = m_tmp.filePath(QStringLiteral("small.mlck"));
        QVERIFY(model::createCheckpoint(spec, {}, file.toStdString()).ok());

        gui::MainWindow w(&m_language);
        QSignalSpy dataset(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(m_data);
        QVERIFY(dataset.wait(30000));
        QSignalSpy done(&w, &gui::MainWindow::predictionsLoaded);
        w.runModel(file);
        QVERIFY(w.isRunningModel());
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(w.predictions()->predictedCount(), int(m_ds->samples.size()));
        QVERIFY(w.metrics().has_value());
        QCOMPARE(w.metrics()->samples, int(m_ds->samples.size()));
        const QString out = m_tmp.filePath(QStringLiteral("saved.csv"));
        QVERIFY(w.savePredictions(out));
        QVERIFY(readAll(out).startsWith("path,pred,prob_0"));
        QCOMPARE(w.predictions()->precision, QStringLiteral("fp32"));
        QVERIFY(!w.errorsPage()->detailLine().contains(QStringLiteral("bfloat16")));
        QCOMPARE(readAll(out + QStringLiteral(".json")).contains("\"fp32\""), true);

        // In bfloat16 (issue #24): the same images predicted, and the source says bfloat16.
        const std::vector<int> fp32 = w.predictions()->predicted;
        w.setPredictBf16(true);
        done.clear();
        w.runModel(file);
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(w.predictions()->precision, QStringLiteral("bf16"));
        QVERIFY2(w.errorsPage()->detailLine().contains(QStringLiteral("bfloat16")),
                 qPrintable(w.errorsPage()->detailLine()));
        // Saved, the file says so beside it, and read back the window says so again.
        const QString saved = m_tmp.filePath(QStringLiteral("saved-bf16.csv"));
        QVERIFY(w.savePredictions(saved));
        QVERIFY(readAll(saved + QStringLiteral(".json")).contains("\"bf16\""));
        const auto back = analysis::readPredictions(saved, *m_ds);
        QVERIFY(back.ok());
        QCOMPARE(back->precision, QStringLiteral("bf16"));
        int same = 0;
        for (std::size_t i = 0; i < fp32.size(); ++i)
            same += fp32[i] == w.predictions()->predicted[i];
        QVERIFY2(same >= int(fp32.size()) * 9 / 10, qPrintable(QString::number(same)));
        w.setPredictBf16(false);

        // Cancelled at once: the window stays usable and keeps its predictions.
        done.clear();
        w.runModel(file);
        w.cancelWork();
        QVERIFY(done.wait(120000));
        QVERIFY(!w.isRunningModel());
        if (!done.first().at(0).toBool()) // (a fast machine may finish before the cancel lands)
            QCOMPARE(done.first().at(1).toString(), QStringLiteral("cancelled"));
        QCOMPARE(w.predictions()->predictedCount(), int(m_ds->samples.size()));

        // A file that is not a model: a clear failure, nothing replaced.
        done.clear();
        w.runModel(m_pred);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(done.first().at(1).toString().contains(QStringLiteral("pred.csv")));
    }

    void changingBandsRecomputesTheErrors()
    {
        gui::MainWindow w(&m_language);
        open(w);
        const QString before = w.errorsPage()->headline();
        QVERIFY(before.contains(QStringLiteral(">=60")));
        w.datasetPage()->findChildren<QSpinBox *>()[1]->setValue(50);
        QVERIFY(w.errorsPage()->headline().contains(QStringLiteral(">=50")));
    }
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
