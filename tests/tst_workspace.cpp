// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace without a window: opening a dataset, correcting a label, moving the age bands and
// loading predictions each emit the right signals (counted) and leave the right derived numbers
// (statistics, metrics, the labels' version) - what every view then draws.
#include "fixtures.h"

#include "gui/labeleditor.h"
#include "gui/workspace.h"

#include "analysis/dataset.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace masklens;
using namespace masklens::analysis;
using masklens::gui::Workspace;

namespace {

/// Spies on every signal of a workspace.
struct Spies
{
    explicit Spies(Workspace *w)
        : opened(w, &Workspace::datasetOpened), labels(w, &Workspace::labelsChanged),
          predictions(w, &Workspace::predictionsChanged), bands(w, &Workspace::ageBandsChanged),
          stats(w, &Workspace::statsChanged), metrics(w, &Workspace::metricsChanged),
          problems(w, &Workspace::problemsChanged), version(w, &Workspace::labelsVersionChanged)
    {
    }
    void clear()
    {
        for (QSignalSpy *s :
             {&opened, &labels, &predictions, &bands, &stats, &metrics, &problems, &version})
            s->clear();
    }
    QSignalSpy opened, labels, predictions, bands, stats, metrics, problems, version;
};

std::shared_ptr<const Dataset> load(const QString &dir)
{
    auto dataset = loadDataset(dir);
    if (!dataset) {
        qWarning("%s", qPrintable(dataset.error().toString()));
        return nullptr;
    }
    return std::make_shared<const Dataset>(std::move(dataset).value());
}

/// Predictions that give every train image its class under `bands` (a perfect model).
std::shared_ptr<const Predictions> perfect(const Dataset &dataset, const AgeBands &bands)
{
    auto p = Predictions::empty(dataset, Split::Train, false);
    p.file = QStringLiteral("perfect.csv");
    for (int s = 0; s < int(dataset.samples.size()); ++s)
        p.predicted[std::size_t(s)] = dataset.classOf(s, bands);
    return std::make_shared<const Predictions>(std::move(p));
}

QList<int> samplesOfPerson(const Dataset &dataset, int person)
{
    QList<int> samples;
    for (int s = 0; s < int(dataset.samples.size()); ++s)
        if (dataset.samples[std::size_t(s)].person == person)
            samples.append(s);
    return samples;
}

int peopleAtLeast(const Dataset &dataset, int age)
{
    int n = 0;
    for (const Person &p : dataset.people)
        n += p.age >= age ? 1 : 0;
    return n;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openingADatasetAnnouncesItOnce()
    {
        QTemporaryDir dir;
        QVERIFY(tests::makeDataset(dir.path(), 12, 3));
        Workspace w;
        Spies spies(&w);
        QVERIFY(!w.isOpen());
        w.open(load(dir.path()));
        QCOMPARE(spies.opened.count(), 1);
        QCOMPARE(spies.stats.count(), 1);
        QCOMPARE(spies.problems.count(), 1);
        QCOMPARE(spies.metrics.count(), 0); // no predictions: nothing to measure, nothing said
        QVERIFY(w.isOpen());
        QVERIFY(w.labelStore() != nullptr); // editing on: the journal's lock is ours
        QCOMPARE(w.stats().people, 12);
        QCOMPARE(w.stats().images, 12 * 7);
        QCOMPARE(w.labelsVersion(), 0);
        QVERIFY(!w.metrics());
        // The statistics are the dataset's own, under the workspace's bands.
        const DatasetStats expected = computeStats(*w.dataset(), w.ageBands());
        QCOMPARE(w.stats().classCounts, expected.classCounts);
    }

    void aCorrectionReachesCountsAndVersion()
    {
        QTemporaryDir dir;
        QVERIFY(tests::makeDataset(dir.path(), 12, 3));
        Workspace w;
        w.open(load(dir.path()));
        Spies spies(&w);
        const Dataset &before = *w.dataset();
        const Gender was = before.people[0].gender;
        const Gender other = was == Gender::Male ? Gender::Female : Gender::Male;
        const auto genderImagesBefore = w.stats().genderImageCounts;

        QVERIFY(w.editor()->setGender(samplesOfPerson(before, 0), other));
        QCOMPARE(spies.labels.count(), 1);
        QCOMPARE(spies.stats.count(), 1);
        QCOMPARE(spies.version.count(), 1);
        QCOMPARE(spies.opened.count(), 0);
        QCOMPARE(spies.metrics.count(), 0);
        QCOMPARE(w.dataset()->people[0].gender, other);
        QCOMPARE(w.original()->people[0].gender, was); // the dataset as loaded stays
        QCOMPARE(w.stats().genderImageCounts[int(other)], genderImagesBefore[int(other)] + 7);
        QCOMPARE(w.stats().genderImageCounts[int(was)], genderImagesBefore[int(was)] - 7);
        QVERIFY(w.labelsVersion() > 0);
        QCOMPARE(w.correctedPeople(), 1);
        QCOMPARE(spies.version.first().at(0).toLongLong(), w.labelsVersion());

        // Undo is an edit too: the counts come back, the version moves on (the journal appends).
        const qint64 version = w.labelsVersion();
        w.editor()->undoStack()->undo();
        QCOMPARE(spies.labels.count(), 2);
        QCOMPARE(w.stats().genderImageCounts, genderImagesBefore);
        QVERIFY(w.labelsVersion() > version);

        // Reopening replays the journal: the correction's version is still there.
        const qint64 last = w.labelsVersion();
        w.open(load(dir.path()));
        QCOMPARE(w.labelsVersion(), last);
        QCOMPARE(w.dataset()->people[0].gender, was);
    }

    void movingTheBandsRecountsEverything()
    {
        QTemporaryDir dir;
        QVERIFY(tests::makeDataset(dir.path(), 40, 5));
        Workspace w;
        w.open(load(dir.path()));
        w.setPredictions(perfect(*w.dataset(), w.ageBands()));
        QCOMPARE(w.metrics()->macroF1, 1.0);
        Spies spies(&w);

        const AgeBands moved{30, 45};
        w.setAgeBands(moved);
        QCOMPARE(spies.bands.count(), 1);
        QCOMPARE(spies.bands.first().at(0).value<AgeBands>(), moved);
        QCOMPARE(spies.stats.count(), 1);
        QCOMPARE(spies.metrics.count(), 1);
        QCOMPARE(w.stats().bands, moved);
        QCOMPARE(w.stats().ageBandCounts[2], peopleAtLeast(*w.dataset(), 45));
        // The predictions were perfect for 30/60; under 30/45 the people aged 45-59 now count
        // as wrong, so the metric falls - the same predictions, other classes.
        QVERIFY(peopleAtLeast(*w.dataset(), 45) > peopleAtLeast(*w.dataset(), 60));
        QVERIFY(w.metrics()->macroF1 < 1.0);

        spies.clear();
        w.setAgeBands(moved);            // the same: nothing happens
        w.setAgeBands(AgeBands{60, 30}); // invalid: refused
        QCOMPARE(spies.bands.count(), 0);
        QCOMPARE(spies.stats.count(), 0);
        QCOMPARE(w.ageBands(), moved);
    }

    void predictionsBringMetricsAndEditsMoveThem()
    {
        QTemporaryDir dir;
        QVERIFY(tests::makeDataset(dir.path(), 40, 5)); // every class present: F1 1 is reachable
        Workspace w;
        w.open(load(dir.path()));
        Spies spies(&w);
        w.setPredictions(perfect(*w.dataset(), w.ageBands()));
        QCOMPARE(spies.predictions.count(), 1);
        QCOMPARE(spies.metrics.count(), 1);
        QCOMPARE(spies.stats.count(), 0); // predictions do not change the dataset's counts
        QCOMPARE(w.metrics()->macroF1, 1.0);

        // Correcting a label the model got "right" makes the model wrong there.
        QVERIFY(
            w.editor()->setMask(samplesOfPerson(*w.dataset(), 0).mid(0, 1), MaskState::NotWorn));
        QCOMPARE(spies.metrics.count(), 2);
        QVERIFY(w.metrics()->macroF1 < 1.0);

        // A new dataset drops the old predictions and says the metrics went.
        w.open(load(dir.path()));
        QCOMPARE(spies.opened.count(), 1);
        QVERIFY(!w.predictions());
        QVERIFY(!w.metrics());
        QCOMPARE(spies.metrics.count(), 3);
        w.setPredictions(nullptr);
        QCOMPARE(spies.metrics.count(), 3); // none before, none after: nothing said
    }

    void asecondWorkspaceOnTheSameFolderIsReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(tests::makeDataset(dir.path(), 8, 3));
        Workspace first;
        first.open(load(dir.path()));
        QVERIFY(first.editor()->setGender(
            samplesOfPerson(*first.dataset(), 1),
            first.dataset()->people[1].gender == Gender::Male ? Gender::Female : Gender::Male));
        Workspace second;
        Spies spies(&second);
        second.open(load(dir.path()));
        QVERIFY(second.labelStore() == nullptr);
        QVERIFY(!second.editor()->canEdit());
        // It shows the first one's corrections, and says why it cannot edit.
        QCOMPARE(second.dataset()->people[1].gender, first.dataset()->people[1].gender);
        QCOMPARE(second.labelsVersion(), first.labelsVersion());
        QCOMPARE(spies.problems.count(), 1);
        QVERIFY(!second.problems().empty());
        QVERIFY(second.problems().back().file.contains(QStringLiteral(".masklens")));
        // Closing the first lets a reopened second edit.
        first.close();
        QVERIFY(!first.isOpen());
        second.open(load(dir.path()));
        QVERIFY(second.labelStore() != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
