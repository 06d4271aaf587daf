// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's background work on its own, without a window: a load reports progress and its
// dataset, a load replaced by another is never reported, a cancelled load says so, and a
// predictions file or a model that cannot be read comes back as an error naming the file - never
// as an exception out of the future.
#include "fixtures.h"

#include "gui/datasetjobs.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens;
using masklens::gui::DatasetJobs;

Q_DECLARE_METATYPE(masklens::gui::DatasetJobs::Loaded)
Q_DECLARE_METATYPE(masklens::gui::DatasetJobs::Predicted)

class TestDatasetJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(tests::makeDataset(m_dir.path(), 12));
        QVERIFY(tests::makeDataset(m_other.path(), 5, 9));
    }

    void aLoadReportsProgressAndItsDataset()
    {
        DatasetJobs jobs;
        QSignalSpy loaded(&jobs, &DatasetJobs::loaded);
        QSignalSpy range(&jobs, &DatasetJobs::progressRange);
        jobs.load(m_dir.path());
        QVERIFY(jobs.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        const auto outcome = loaded.first().at(0).value<DatasetJobs::Loaded>();
        QVERIFY(!outcome.cancelled);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error.toString()));
        QCOMPARE(int(outcome.dataset->people.size()), 12);
        QVERIFY(range.count() >= 1);
        QVERIFY(!jobs.isLoading());
    }

    void aReplacedLoadIsNeverReported()
    {
        DatasetJobs jobs;
        QSignalSpy loaded(&jobs, &DatasetJobs::loaded);
        jobs.load(m_dir.path());
        jobs.load(m_other.path()); // the user opened another folder at once
        QVERIFY(loaded.wait(30000));
        QTest::qWait(50); // anything late from the first load would arrive now
        QCOMPARE(loaded.count(), 1);
        const auto outcome = loaded.first().at(0).value<DatasetJobs::Loaded>();
        QVERIFY(outcome.dataset);
        QCOMPARE(outcome.dataset->root, QDir(m_other.path()).absolutePath());
        QCOMPARE(int(outcome.dataset->people.size()), 5);
    }

    void aCancelledLoadSaysSo()
    {
        DatasetJobs jobs;
        QSignalSpy loaded(&jobs, &DatasetJobs::loaded);
        jobs.load(m_dir.path());
        jobs.cancelLoad();
        QVERIFY(loaded.wait(30000) || loaded.count() == 1);
        const auto outcome = loaded.first().at(0).value<DatasetJobs::Loaded>();
        // Cancelled before it finished, or finished first: never both, never an error.
        QVERIFY(outcome.cancelled != bool(outcome.dataset));
        QVERIFY(outcome.error.message.isEmpty());
    }

    void aMissingFolderIsAnErrorNamingIt()
    {
        DatasetJobs jobs;
        QSignalSpy loaded(&jobs, &DatasetJobs::loaded);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-dataset"));
        jobs.load(missing);
        QVERIFY(loaded.wait(30000));
        const auto outcome = loaded.first().at(0).value<DatasetJobs::Loaded>();
        QVERIFY(!outcome.cancelled && !outcome.dataset);
        QVERIFY2(outcome.error.toString().contains(QStringLiteral("no-such-dataset")),
                 qPrintable(outcome.error.toString()));
    }

    void unreadablePredictionsAndModelsAreErrorsNamingTheFile()
    {
        DatasetJobs jobs;
        QSignalSpy loaded(&jobs, &DatasetJobs::loaded);
        jobs.load(m_dir.path());
        QVERIFY(loaded.wait(30000));
        const auto dataset = loaded.first().at(0).value<DatasetJobs::Loaded>().dataset;
        QVERIFY(dataset);

        const QString csv = m_dir.filePath(QStringLiteral("broken_predictions.csv"));
        QVERIFY(tests::writeAll(csv, "these are not predictions\n"));
        QSignalSpy read(&jobs, &DatasetJobs::predictionsRead);
        jobs.readPredictions(csv, dataset);
        QVERIFY(read.wait(30000));
        const auto predictions = read.first().at(0).value<DatasetJobs::Predicted>();
        QVERIFY(!predictions.predictions && !predictions.cancelled);
        QVERIFY2(predictions.error.toString().contains(QStringLiteral("broken_predictions.csv")),
                 qPrintable(predictions.error.toString()));

        const QString model = m_dir.filePath(QStringLiteral("not_a_model.pt"));
        QVERIFY(tests::writeAll(model, "definitely not a model"));
        QSignalSpy ran(&jobs, &DatasetJobs::modelFinished);
        jobs.runModel(model, dataset, false);
        QVERIFY(ran.wait(60000));
        const auto run = ran.first().at(0).value<DatasetJobs::Predicted>();
        QVERIFY(!run.predictions && !run.cancelled);
        QVERIFY2(run.error.toString().contains(QStringLiteral("not_a_model.pt")),
                 qPrintable(run.error.toString()));
        QVERIFY(!jobs.isRunningModel());
    }

private:
    QTemporaryDir m_dir, m_other;
};

QTEST_MAIN(TestDatasetJobs)
#include "tst_datasetjobs.moc"
