// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it, offscreen: opening a dataset in the background, the counts it
// shows, thresholds, problems, failures, language, saved charts and screenshots.
#include "fixtures.h"

#include "analysis/datasetstats.h"
#include "gui/chartwidget.h"
#include "gui/datasetpage.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace masklens;
using namespace masklens::tests;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;
    gui::Language m_language;

    bool openAndWait(gui::MainWindow &w, const QString &dir, bool *ok = nullptr)
    {
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(dir);
        if (!loaded.wait(30000))
            return false;
        if (ok)
            *ok = loaded.first().at(0).toBool();
        return true;
    }

private Q_SLOTS:
    void init() { QSettings().clear(); } // each test starts from default settings

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(makeDataset(m_data, 30, 5, 0.0, 2));
        m_language.apply(QStringLiteral("en"));
    }

    void opensInTheBackgroundAndShowsTheCounts()
    {
        gui::MainWindow w(&m_language);
        w.show();
        bool ok = false;
        QVERIFY(openAndWait(w, m_data, &ok));
        QVERIFY(ok);
        QVERIFY(w.dataset());
        QCOMPARE(w.stats().people, 30);
        QCOMPARE(w.stats().images, 210);
        QVERIFY2(w.datasetPage()->headline().contains(QStringLiteral("30 people · 210 images")),
                 qPrintable(w.datasetPage()->headline()));
        QVERIFY(w.datasetPage()->headline().contains(QStringLiteral("imbalance")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("data")));
    }

    void movingTheOldThresholdUpdatesEverything()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(openAndWait(w, m_data));
        const auto spins = w.datasetPage()->findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 2);
        spins[1]->setValue(45); // old band from 45
        const analysis::DatasetStats expected =
            analysis::computeStats(*w.dataset(), analysis::AgeBands{30, 45});
        QCOMPARE(w.stats().ageBandCounts, expected.ageBandCounts);
        QCOMPARE(w.stats().classCounts, expected.classCounts);
        QCOMPARE(w.stats().bands.oldFrom, 45);
        spins[1]->setValue(60);
        QCOMPARE(w.stats().bands.oldFrom, 60);
    }

    void problemsAreListed()
    {
        QTemporaryDir broken;
        QVERIFY(makeDataset(broken.path(), 4, 2, 0.0, 0));
        QFile csv(broken.filePath(QStringLiteral("train/train.csv")));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("999999,unknown,Asian,40,999999_unknown_Asian_40\n");
        csv.close();
        gui::MainWindow w(&m_language);
        auto tester = std::make_unique<QAbstractItemModelTester>(
            w.problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openAndWait(w, broken.path()));
        QCOMPARE(w.problemsModel()->rowCount(), 1);
        const QModelIndex file = w.problemsModel()->index(0, gui::ProblemsModel::File);
        const QModelIndex line = w.problemsModel()->index(0, gui::ProblemsModel::Line);
        QCOMPARE(file.data().toString(), QStringLiteral("train/train.csv"));
        QCOMPARE(line.data().toInt(), 6);
        QCOMPARE(w.workspace()->problems().at(0).kind, analysis::ProblemKind::UnknownGender);
        QVERIFY(
            !w.problemsModel()->index(0, gui::ProblemsModel::Message).data().toString().isEmpty());
    }

    void aFailedOpenKeepsThePreviousDataset()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(openAndWait(w, m_data));
        QTemporaryDir empty;
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(empty.path());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QVERIFY(loaded.first().at(1).toString().contains(QStringLiteral("train.csv")));
        QVERIFY(w.dataset());
        QCOMPARE(w.stats().people, 30);
    }

    void cancelLeavesTheWindowUsable()
    {
        gui::MainWindow w(&m_language);
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(m_data);
        w.cancelLoading();
        QVERIFY(loaded.wait(30000) || loaded.count() == 1);
        QVERIFY(!w.isLoading());
        // The load was cancelled, not finished: no dataset, and the window says so.
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("cancelled"));
        QVERIFY(!w.dataset());
        QStringList status;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            status << label->text();
        QVERIFY2(status.join(u' ').contains(QStringLiteral("Loading cancelled")),
                 qPrintable(status.join(u' ')));
        QVERIFY(openAndWait(w, m_data));
        QCOMPARE(w.stats().people, 30);
    }

    void cancelAfterTheReadButBeforeItShowsStillCancels()
    {
        // The CI race: a small dataset is read on the pool before the window hears of it, and
        // the user's Cancel in between must still keep it from opening.
        gui::MainWindow w(&m_language);
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(m_data);
        QThread::msleep(3000); // no events: the read ends on the pool, its result waits
        QVERIFY(w.isLoading());
        w.cancelLoading();
        QVERIFY(loaded.wait(30000) || loaded.count() == 1);
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("cancelled"));
        QVERIFY(!w.dataset());
        QVERIFY(!w.isLoading());
        QVERIFY(openAndWait(w, m_data)); // the next open is not cancelled by the old click
        QCOMPARE(w.stats().people, 30);
    }

    void languageSwitchChangesVisibleText()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(openAndWait(w, m_data));
        QCOMPARE(w.pages()->tabText(0), QStringLiteral("Dataset"));
        QCOMPARE(m_language.apply(QStringLiteral("ko")), QStringLiteral("ko"));
        // Qt posts LanguageChange to the windows: it arrives with the next event-loop turn.
        QTRY_COMPARE(w.pages()->tabText(0), QStringLiteral("데이터셋"));
        QVERIFY2(w.datasetPage()->headline().contains(QStringLiteral("사람 30명")),
                 qPrintable(w.datasetPage()->headline()));
        m_language.apply(QStringLiteral("en"));
        QTRY_COMPARE(w.pages()->tabText(0), QStringLiteral("Dataset"));
    }

    void chartsSaveAsPngAndPdf()
    {
        gui::MainWindow w(&m_language);
        w.resize(1200, 800);
        w.show();
        QVERIFY(openAndWait(w, m_data));
        QTemporaryDir out;
        for (gui::ChartWidget *chart : w.datasetPage()->charts()) {
            for (const char *ext : {".png", ".pdf"}) {
                const QString file = out.filePath(QStringLiteral("chart") + QLatin1String(ext));
                QVERIFY(chart->saveTo(file));
                QVERIFY(QFileInfo(file).size() > 1000);
            }
        }
        QVERIFY(!QImage(out.filePath(QStringLiteral("chart.png"))).isNull());
        QVERIFY(readAll(out.filePath(QStringLiteral("chart.pdf"))).startsWith("%PDF"));
    }

    void screenshotsOfEveryView()
    {
        gui::MainWindow w(&m_language);
        w.resize(1200, 800);
        w.show();
        QVERIFY(openAndWait(w, m_data));
        QTemporaryDir out;
        QString error;
        QVERIFY2(w.saveScreenshots(out.path(), &error), qPrintable(error));
        // Every view's picture, each a real picture of that view (not one blank colour), and
        // the index naming each with its title.
        const QString index = QString::fromUtf8(readAll(out.filePath(QStringLiteral("index.txt"))));
        const QStringList titles{QStringLiteral("Dataset"), QStringLiteral("Errors"),
                                 QStringLiteral("Gallery"), QStringLiteral("Label issues"),
                                 QStringLiteral("Training")};
        const QStringList views{QStringLiteral("dataset"), QStringLiteral("errors"),
                                QStringLiteral("gallery"), QStringLiteral("review"),
                                QStringLiteral("training")};
        QList<QImage> shots;
        for (int v = 0; v < views.size(); ++v) {
            const QImage shot(out.filePath(views[v] + QStringLiteral(".png")));
            QVERIFY2(!shot.isNull(), qPrintable(views[v]));
            QVERIFY(shot.width() >= 1000 && shot.height() >= 700);
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height(); y += 7)
                for (int x = 0; x < shot.width(); x += 7)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(views[v]));
            QVERIFY2(index.contains(views[v] + QStringLiteral(".png\t") + titles[v]),
                     qPrintable(index));
            for (const QImage &other : std::as_const(shots))
                QVERIFY2(other != shot, qPrintable(views[v] + QStringLiteral(" repeats a view")));
            shots << shot;
        }
    }

    void clickingAClassBarReportsTheClass()
    {
        gui::MainWindow w(&m_language);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, m_data));
        QSignalSpy clicked(w.datasetPage(), &gui::DatasetPage::classClicked);
        gui::ChartWidget *chart = w.datasetPage()->classChart();
        chart->replot();
        // The middle of bar 4 (clear of the axis, which takes clicks near it).
        const double middle = w.stats().classCounts[4] / 2.0;
        const QPoint at(int(chart->xAxis->coordToPixel(4)),
                        int(chart->yAxis->coordToPixel(middle)));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
