// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Training view end to end, offscreen: a real tiny run (small CNN, small synthetic dataset)
// drawn live and listed with its numbers; a second run cancelled, after which the window still
// works; a run through a command template; a failing and a crashing trainer shown as failed with
// their last error output; two runs compared.
#include "daemons.h"
#include "fixtures.h"

#include "analysis/runs.h"
#include "gui/chartwidget.h"
#include "gui/errorspage.h"
#include "gui/gallerypage.h"
#include "gui/labeleditor.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/reviewpage.h"
#include "gui/runcomparedialog.h"
#include "gui/runsmodel.h"
#include "gui/trainingpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens;
using namespace masklens::gui;
using namespace masklens::tests;
using Outcome = TrainingProcess::Outcome;

namespace {

QJsonObject readJson(const QString &file)
{
    return QJsonDocument::fromJson(readAll(file)).object();
}

QList<QJsonObject> epochEvents(const QString &runDir)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : readAll(runDir + QStringLiteral("/metrics.jsonl")).split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.value(QStringLiteral("event")).toString() == u"epoch")
            out.append(e);
    }
    return out;
}

TrainingSettings tiny(int epochs)
{
    TrainingSettings t;
    t.arch = QStringLiteral("small");
    t.size = QStringLiteral("32x40");
    t.epochs = epochs;
    t.batch = 32;
    t.lr = 3e-3;
    return t;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_data;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<MainWindow> m_window;

    TrainingPage *page() const { return m_window->trainingPage(); }

    /// Runs to the end; returns the outcome and message.
    std::pair<Outcome, QString> finish(int timeoutMs = 300000)
    {
        QSignalSpy spy(page(), &TrainingPage::runFinished);
        if (!spy.wait(timeoutMs))
            return {Outcome::Failed, QStringLiteral("timed out")};
        return {spy.first().at(1).value<Outcome>(), spy.first().at(2).toString()};
    }

    QString runsCell(int row, int column) const
    {
        return page()->runsModel()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(makeDataset(m_data, 40, 3, 0.0, 0));
        m_language = std::make_unique<Language>();
        m_window = std::make_unique<MainWindow>(m_language.get());
        m_window->resize(1400, 900);
        QSignalSpy loaded(m_window.get(), &MainWindow::datasetLoaded);
        m_window->openDataset(m_data);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().at(0).toBool());
        page()->setCliPath(QStringLiteral(MASKLENS_CLI));
    }

    void aRealRunIsDrawnLiveAndListed()
    {
        page()->setTrainingSettings(tiny(2));
        QString error;
        QVERIFY2(page()->startRun(&error), qPrintable(error));
        QVERIFY(page()->isRunning());
        const auto [outcome, message] = finish();
        QVERIFY2(outcome == Outcome::Done, qPrintable(message));
        QVERIFY(!page()->isRunning());

        // The curves carry the epochs the trainer reported, with its numbers.
        const QString run = page()->currentRunDir();
        const QList<QJsonObject> epochs = epochEvents(run);
        QCOMPARE(epochs.size(), 2);
        QCOMPARE(page()->plottedEpochs(), 2);
        ChartWidget *curves = page()->curvesChart();
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(curves->graph(0)->data()->at(i)->value,
                     epochs[i].value(QStringLiteral("train_loss")).toDouble());
            QCOMPARE(curves->graph(2)->data()->at(i)->value,
                     epochs[i].value(QStringLiteral("val_macro_f1")).toDouble());
        }
        // The latest epoch's per-class F1: 18 bars over two plottables (regular, >=60).
        int bars = 0;
        for (int p = 0; p < page()->perClassChart()->plottableCount(); ++p)
            if (auto *b = qobject_cast<QCPBars *>(page()->perClassChart()->plottable(p)))
                bars += b->dataCount();
        QCOMPARE(bars, 18);

        // Listed with its numbers, labels version and device.
        QCOMPARE(page()->runsModel()->rowCount(), 1);
        const auto info = analysis::readRun(run);
        QVERIFY(info.ok());
        QCOMPARE(info->status, QStringLiteral("done"));
        QCOMPARE(info->labelsVersion, 0);
        QCOMPARE(runsCell(0, 3), QString::number(info->macroF1, 'f', 3));
        QCOMPARE(runsCell(0, 4), QString::number(info->oldF1, 'f', 3));
        QCOMPARE(runsCell(0, 5), QStringLiteral("cpu"));
        // The form's recipe reached the trainer, the moving average (on by default) included.
        QFile config(run + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject recipe = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(recipe.value(QStringLiteral("ema")).toDouble(), 0.999);
        // bfloat16 by default where the CPU runs it natively.
        QCOMPARE(recipe.value(QStringLiteral("precision")).toString(),
                 model::cpuHasNativeBfloat16() ? QStringLiteral("bf16") : QStringLiteral("fp32"));
        QCOMPARE(recipe.value(QStringLiteral("arch")).toString(), QStringLiteral("small"));
        QVERIFY(recipe.value(QStringLiteral("face_crop")).toBool());
        // The tighter face crop by default (README, Training: the 0.85 recipe's).
        QCOMPARE(recipe.value(QStringLiteral("crop")).toString(), QStringLiteral("208x260"));
        QVERIFY(page()->statusText().contains(QString::number(info->macroF1, 'f', 3)));

        // Its predictions load into the Errors view.
        QSignalSpy predictions(m_window.get(), &MainWindow::predictionsLoaded);
        page()->runsTable()->selectRow(0);
        Q_EMIT page()->loadPredictionsRequested(info->predictions);
        QVERIFY(predictions.wait(60000));
        QVERIFY(predictions.first().at(0).toBool());
        QVERIFY(m_window->metrics().has_value());
        QCOMPARE(m_window->pages()->currentWidget(),
                 static_cast<QWidget *>(m_window->errorsPage()));
        QVERIFY(qAbs(m_window->metrics()->macroF1 - info->macroF1) < 1e-6);
    }

    void theSizeFieldShowsTheChosenModelsDefault()
    {
        auto placeholders = [this] {
            QStringList all;
            for (const QLineEdit *e : page()->findChildren<QLineEdit *>())
                all << e->placeholderText();
            return all.join(u'|');
        };
        for (const auto &[arch, size] :
             {std::pair{"medium_hires", "128x160"}, std::pair{"efficientnet_b0", "224x224"},
              std::pair{"small", "64x80"}}) {
            TrainingSettings t = tiny(1);
            t.arch = QString::fromLatin1(arch);
            page()->setTrainingSettings(t);
            QVERIFY2(placeholders().contains(QLatin1String(size)), qPrintable(placeholders()));
        }
        page()->setTrainingSettings(tiny(1));
    }

    void aCorrectionBumpsTheLabelsVersionAndRunsCompare()
    {
        // Correct one person's gender in the window, train again on the corrected labels.
        const auto *ds = m_window->dataset();
        QVERIFY(ds);
        QList<int> person;
        for (int s = 0; s < int(ds->samples.size()); ++s)
            if (ds->samples[s].person == 0)
                person.append(s);
        const auto gender = ds->people[0].gender == analysis::Gender::Male
                                ? analysis::Gender::Female
                                : analysis::Gender::Male;
        QVERIFY(m_window->labelEditor()->setGender(person, gender));
        page()->setTrainingSettings(tiny(2));
        QVERIFY(page()->startRun());
        QVERIFY(finish().first == Outcome::Done);
        QCOMPARE(page()->runsModel()->rowCount(), 2);
        const QStringList runs = page()->runDirs();
        const auto second = analysis::readRun(runs[1]);
        QCOMPARE(second->labelsVersion, 1);
        QCOMPARE(runsCell(1, 2), QStringLiteral("1"));

        // The comparison dialog shows the metrics core's numbers.
        auto *dialog = qobject_cast<RunCompareDialog *>(page()->compareRuns(runs[0], runs[1]));
        QVERIFY(dialog);
        const auto c = analysis::compareRuns(runs[0], runs[1]);
        QVERIFY(c.ok());
        for (int k = 0; k < 18; ++k) {
            QCOMPARE(dialog->perClassTable()->item(k, 2)->data(Qt::UserRole).toDouble(),
                     c->metricsA.perClass[k].f1);
            QCOMPARE(dialog->perClassTable()->item(k, 3)->data(Qt::UserRole).toDouble(),
                     c->metricsB.perClass[k].f1);
        }
        QCOMPARE(dialog->changedTable()->rowCount(),
                 int(c->wrongToRight.size() + c->rightToWrong.size()));
        // samples.csv is each run's labels snapshot: the corrected person's seven images differ.
        int differ = 0;
        const QList<QByteArray> a = readAll(runs[0] + QStringLiteral("/samples.csv")).split('\n');
        const QList<QByteArray> b = readAll(runs[1] + QStringLiteral("/samples.csv")).split('\n');
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i)
            differ += a[i] != b[i] ? 1 : 0;
        QCOMPARE(differ, 7);
        QVERIFY(c->labelsChanged <= 7);
        dialog->close();
    }

    void cancelStopsTheRunAndTheWindowStillWorks()
    {
        TrainingSettings t = tiny(200);
        t.size = QStringLiteral("48x64");
        page()->setTrainingSettings(t);
        QSignalSpy finished(page(), &TrainingPage::runFinished);
        QVERIFY(page()->startRun());
        // Wait until it trains, then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(page()->plottedEpochs() >= 1, 120000);
        QVERIFY(page()->isRunning());
        page()->cancelRun();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).value<Outcome>(), Outcome::Stopped);
        QVERIFY(!page()->isRunning());
        const QString run = page()->currentRunDir();
        QCOMPARE(analysis::readRun(run)->status, QStringLiteral("stopped"));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/last.mlck")));
        QVERIFY(page()->plottedEpochs() < 200);

        // What the user sees after the cancel: Start is offered again and Cancel is not, and
        // the runs table lists this run as stopped.
        QPushButton *start = nullptr, *cancel = nullptr;
        for (QPushButton *b : page()->findChildren<QPushButton *>()) {
            if (b->text() == u"Start training")
                start = b;
            else if (b->text() == u"Cancel")
                cancel = b;
        }
        QVERIFY(start && cancel);
        QVERIFY(start->isEnabled());
        QVERIFY(!cancel->isEnabled() || !cancel->isVisible());
        QTableView *runs = nullptr;
        for (QTableView *t : page()->findChildren<QTableView *>())
            if (t->accessibleName() == u"Runs")
                runs = t;
        QVERIFY(runs);
        bool listedStopped = false;
        for (int r = 0; r < runs->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < runs->model()->columnCount(); ++c)
                cells << runs->model()->index(r, c).data().toString();
            listedStopped |= cells.contains(QStringLiteral("stopped")) &&
                             cells.join(u' ').contains(QFileInfo(run).fileName());
        }
        QVERIFY(listedStopped);
        // The window is usable: switch pages, and a new run starts and finishes.
        m_window->pages()->setCurrentWidget(m_window->galleryPage());
        QVERIFY(!m_window->grab().isNull());
        m_window->pages()->setCurrentWidget(page());
        page()->setTrainingSettings(tiny(1));
        QVERIFY(page()->startRun());
        QVERIFY(finish().first == Outcome::Done);
    }

    void aCommandTemplateRunsTheTrainerElsewhere()
    {
        // The same JSON lines through a template, here the trainer-only executable.
        TrainingSettings t = tiny(1);
        t.useTemplate = true;
        t.commandTemplate =
            QStringLiteral(MASKLENS_TRAIN) +
            QStringLiteral(" --cache {cache} --samples {samples} --out {rundir} {args}");
        page()->setTrainingSettings(t);
        QVERIFY(page()->startRun());
        const auto [outcome, message] = finish();
        QVERIFY2(outcome == Outcome::Done, qPrintable(message));
        QCOMPARE(page()->plottedEpochs(), 1);
        const QJsonObject record = readJson(page()->currentRunDir() + QStringLiteral("/run.json"));
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(record.value(QStringLiteral("launcher")).toString(), QStringLiteral("template"));
        QCOMPARE(record.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    }

    void aFailingTrainerIsShownAsFailed()
    {
        TrainingSettings t = tiny(1);
        t.useTemplate = true;
        t.commandTemplate = QStringLiteral(
            "echo '{\"event\":\"start\",\"device\":\"cuda:0\"}'; "
            "echo 'RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB' >&2; exit 3");
        page()->setTrainingSettings(t);
        QVERIFY(page()->startRun());
        const auto [outcome, message] = finish();
        QCOMPARE(outcome, Outcome::Failed);
        QVERIFY2(message.contains(QStringLiteral("CUDA out of memory")), qPrintable(message));
        QVERIFY(page()->statusText().contains(QStringLiteral("CUDA out of memory")));
        const auto info = analysis::readRun(page()->currentRunDir());
        QCOMPARE(info->status, QStringLiteral("failed"));
        QVERIFY(info->message.contains(QStringLiteral("CUDA out of memory")));
        const int row = int(page()->runDirs().indexOf(info->dir));
        QVERIFY(row >= 0);
        QCOMPARE(runsCell(row, 7), QStringLiteral("failed"));
        QVERIFY(!page()->isRunning());
    }

    void aCrashingTrainerIsShownAsFailed()
    {
        // A trainer that dies of a signal after a line on stderr.
        const QString script = m_tmp.filePath(QStringLiteral("crash.sh"));
        QVERIFY(
            writeAll(script, "#!/bin/sh\necho 'loading libtorch_cuda.so' >&2\nkill -SEGV $$\n"));
        QFile::setPermissions(script, QFile::permissions(script) | QFileDevice::ExeOwner);
        page()->setCliPath(script);
        page()->setTrainingSettings(tiny(1));
        QVERIFY(page()->startRun());
        const auto [outcome, message] = finish();
        QCOMPARE(outcome, Outcome::Failed);
        QVERIFY2(message.contains(QStringLiteral("libtorch_cuda")), qPrintable(message));
        QCOMPARE(analysis::readRun(page()->currentRunDir())->status, QStringLiteral("failed"));
        page()->setCliPath(QStringLiteral(MASKLENS_CLI));

        // And a good run right after still works.
        QCOMPARE(page()->isRunning(), false);
        QVERIFY(m_window->trainingPage()->findChildren<QPushButton *>().size() > 0);
    }

    void foldsAreDrawnOneModelAfterAnother()
    {
        // Two folds of two epochs: four points in a row, and the axis says whose they are.
        TrainingSettings t = tiny(2);
        t.folds = 2;
        page()->setTrainingSettings(t);
        QVERIFY(page()->startRun());
        const auto [outcome, message] = finish();
        QVERIFY2(outcome == Outcome::Done, qPrintable(message));
        QCOMPARE(page()->plottedEpochs(), 4);
        const QString label = page()->curvesChart()->xAxis->label();
        QVERIFY2(label.contains(QStringLiteral("2 models of 2 epochs")), qPrintable(label));
        const QString foldsRun = page()->currentRunDir();
        page()->showRun(foldsRun); // as when picked in the runs list
        QVERIFY2(page()->statusText().contains(QStringLiteral("2 models x 2 epochs")),
                 qPrintable(page()->statusText()));
        // A one-model run's axis is plain epochs again.
        page()->setTrainingSettings(tiny(1));
        QVERIFY(page()->startRun());
        QVERIFY(finish().first == Outcome::Done);
        QCOMPARE(page()->curvesChart()->xAxis->label(), QStringLiteral("epoch"));
    }
    void cropChoiceReachesTheCommandAndIsKept()
    {
        using masklens::gui::Settings;
        using masklens::gui::TrainingSettings;
        TrainingSettings t;
        QCOMPARE(t.crop, QStringLiteral("208x260"));
        QStringList o = t.options();
        QCOMPARE(o.mid(o.indexOf(QStringLiteral("--crop")), 2),
                 QStringList({QStringLiteral("--crop"), QStringLiteral("208x260")}));
        t.crop = QStringLiteral("256x320"); // the baseline's: the plain --face-crop
        o = t.options();
        QVERIFY(o.contains(QStringLiteral("--face-crop")) && !o.contains(QStringLiteral("--crop")));
        t.crop = QStringLiteral("none");
        o = t.options();
        QVERIFY(!o.contains(QStringLiteral("--face-crop")) &&
                !o.contains(QStringLiteral("--crop")));

        // Kept across sessions; a "no face crop" saved before the choice existed stays no.
        Settings settings;
        const TrainingSettings before = settings.training();
        settings.setTraining(t);
        QCOMPARE(Settings().training().crop, QStringLiteral("none"));
        t.crop = QStringLiteral("256x320");
        settings.setTraining(t);
        QCOMPARE(Settings().training().crop, QStringLiteral("256x320"));
        {
            QSettings old;
            old.remove(QStringLiteral("training/crop"));
            old.setValue(QStringLiteral("training/faceCrop"), false);
        }
        QCOMPARE(Settings().training().crop, QStringLiteral("none"));
        settings.setTraining(before);
    }

    // Issue #22: "Find label issues" in the Label issues view trains the detector's recipe as a
    // cross-fitted run and, when it ends, its suspects are in the queue.
    void findLabelIssuesTrainsTheDetectorAndLoadsItsSuspects()
    {
        m_window->pages()->setCurrentWidget(m_window->reviewPage());
        auto *find =
            m_window->reviewPage()->findChild<QPushButton *>(QStringLiteral("findLabelIssues"));
        QVERIFY(find);
        QVERIFY(!find->text().isEmpty());
        page()->setDetectorEpochs(1);
        TrainingSettings form = tiny(1);
        page()->setTrainingSettings(form);
        QSignalSpy loaded(m_window.get(), &MainWindow::predictionsLoaded);
        QVERIFY(find->isEnabled());
        find->click();
        QVERIFY2(page()->isRunning(), qPrintable(page()->statusText()));
        QCOMPARE(m_window->pages()->currentWidget(), page()); // the run is shown as it trains
        QVERIFY(finish().first == Outcome::Done);
        QVERIFY(loaded.wait(60000));
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));
        const QString run = page()->currentRunDir();
        const QJsonObject config = readJson(run + QStringLiteral("/config.json"));
        QCOMPARE(config.value(QStringLiteral("arch")).toString(), QStringLiteral("medium_hires"));
        QCOMPARE(config.value(QStringLiteral("folds")).toInt(), 3);
        QCOMPARE(config.value(QStringLiteral("loss")).toString(), QStringLiteral("ce"));
        // The same recipe as issues --find in every option (the form's learning rate, 3e-3,
        // once leaked into the button's run while the command trained at 1e-3).
        const QString differs = masklens::tests::differsFromDetectorRecipe(run);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/oof_features.npy")));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/train_fit.csv")));
        QVERIFY(m_window->predictions()->file.endsWith(QStringLiteral("oof_predictions.csv")));
        QCOMPARE(m_window->pages()->currentWidget(), m_window->reviewPage());
        // The look issues --find takes: the model with the neighbours in the run's features,
        // made off the GUI thread; then the suspects are in the queue.
        ReviewPage *review = m_window->reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLooking() && review->suspectCount() > 0, 60000);
        QVERIFY2(!review->countsText().contains(QStringLiteral("could not be used")),
                 qPrintable(review->countsText()));
        QVERIFY(review->queue()->model()->rowCount() > 0);
        // The same suspects as the command's look at that run (issues --method, the recipe's).
        QProcess issues;
        const QString out = m_tmp.filePath(QStringLiteral("find-suspects.csv"));
        issues.start(QStringLiteral(MASKLENS_CLI),
                     {QStringLiteral("issues"), QStringLiteral("--data"), m_data,
                      QStringLiteral("--pred"), run + QStringLiteral("/oof_predictions.csv"),
                      QStringLiteral("--method"), analysis::DetectorRecipe().method,
                      QStringLiteral("--gender-rule"),
                      analysis::genderRuleName(analysis::DetectorRecipe().genderRule),
                      QStringLiteral("--out"), out});
        QVERIFY(issues.waitForFinished(120000));
        QCOMPARE(issues.exitCode(), 0);
        QStringList command, window;
        const QList<QByteArray> rows = readAll(out).split('\n');
        for (const QByteArray &row : rows.mid(1))
            if (!row.isEmpty())
                command << QString::fromUtf8(row.left(row.indexOf(',', row.indexOf(',') + 1)));
        for (int i = 0; i < review->suspectCount(); ++i)
            window << review->issue(i).target + u',' +
                          analysis::issueKindName(review->issue(i).kind);
        command.sort();
        window.sort();
        QCOMPARE(window, command);
        // The form keeps the user's own recipe.
        QCOMPARE(page()->trainingSettings().arch, form.arch);
    }

    void aRunTrainsOnTheWindowsAgeBands()
    {
        // Issue #20: moving the >=60 edge moved every count but the trainer's; now the run
        // started after it learns the same classes the charts show.
        const analysis::AgeBands moved{30, 50};
        m_window->setAgeBands(moved);
        QVERIFY(page()->findChildren<QLabel *>().size() > 0);
        page()->setTrainingSettings(tiny(1));
        QVERIFY(page()->startRun());
        QVERIFY(finish().first == Outcome::Done);
        const QString run = page()->currentRunDir();
        const QJsonObject config = readJson(run + QStringLiteral("/config.json"));
        QCOMPARE(config.value(QStringLiteral("old_from")).toInt(), 50);
        QCOMPARE(config.value(QStringLiteral("middle_from")).toInt(), 30);
        // Every label trained on has the age band of 30/50, and some differ from 30/60's.
        int moved50to59 = 0;
        const QList<QByteArray> rows = readAll(run + QStringLiteral("/samples.csv")).split('\n');
        for (const QByteArray &row : rows.mid(1)) {
            const QList<QByteArray> f = row.split(',');
            if (f.size() < 5)
                continue;
            const int label = f[3].toInt(), age = f[4].toInt();
            QCOMPARE(label % 3, int(moved.bandOf(age)));
            moved50to59 += age >= 50 && age < 60;
        }
        QVERIFY(moved50to59 > 0);
        m_window->setAgeBands(analysis::AgeBands{});
    }

    void aRunOnASlurmClusterFromTheForm()
    {
        // Issue #18: form -> curves -> done -> Show in Errors, through a real one-node cluster.
        SlurmCluster cluster;
        if (!cluster.running())
            QSKIP(qPrintable(cluster.whyNot()));
        qputenv("SLURM_CONF", cluster.config().toUtf8()); // what masklens-cli's sbatch reads
        const LaunchSettings before = page()->launchSettings();
        LaunchSettings slurm;
        slurm.where = QStringLiteral("slurm");
        slurm.timeLimit = QStringLiteral("00:30:00");
        page()->setLaunchSettings(slurm);
        TrainingSettings t = tiny(2);
        t.folds = 2; // a job array of two tasks
        page()->setTrainingSettings(t);
        QCOMPARE(page()->launchSettings().where, QStringLiteral("slurm"));
        QString error;
        QVERIFY2(page()->startRun(&error), qPrintable(error));
        const auto [outcome, message] = finish();
        qunsetenv("SLURM_CONF");
        QVERIFY2(outcome == Outcome::Done, qPrintable(message));
        const QString run = page()->currentRunDir();
        QCOMPARE(page()->plottedEpochs(), 4); // both tasks' epochs reached the curves
        const auto info = analysis::readRun(run);
        QCOMPARE(info->status, QStringLiteral("done"));
        QCOMPARE(info->launcher, QStringLiteral("slurm"));
        QCOMPARE(int(info->taskStates.size()), 2);
        for (const auto &[task, state] : info->taskStates)
            QCOMPARE(state, QStringLiteral("COMPLETED"));
        // The runs list says where it ran: the job and its tasks.
        const int row = int(page()->runDirs().indexOf(info->dir));
        QVERIFY(row >= 0);
        QVERIFY2(runsCell(row, 8).startsWith(QStringLiteral("Slurm job ") + info->jobId),
                 qPrintable(runsCell(row, 8)));
        QVERIFY(runsCell(row, 8).contains(QStringLiteral("2/2")));
        // Kept for this dataset.
        QCOMPARE(Settings().launch(m_data).where, QStringLiteral("slurm"));
        QCOMPARE(Settings().launch(m_data).timeLimit, QStringLiteral("00:30:00"));
        // Its out-of-fold predictions go to the Errors view.
        QSignalSpy predictions(m_window.get(), &MainWindow::predictionsLoaded);
        page()->runsTable()->selectRow(row);
        const auto buttons = page()->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == TrainingPage::tr("Show in Errors view"))
                b->click();
        QVERIFY(predictions.wait(60000));
        QVERIFY(predictions.first().at(0).toBool());
        QVERIFY(qAbs(m_window->metrics()->macroF1 - info->macroF1) < 1e-6);
        page()->setLaunchSettings(before);
    }
};

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
