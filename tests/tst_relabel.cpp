// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Relabeling in the window: person-level edits, bulk edits as one undo step, undo/redo through
// the journal, swap, reviewed/excluded marks, revert from the corrections list, the lock.
#include "fixtures.h"

#include "analysis/datasetstats.h"
#include "gui/correctionsmodel.h"
#include "gui/gallerypage.h"
#include "gui/labeleditor.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/problemsmodel.h"
#include "gui/samplemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace masklens;
using namespace masklens::analysis;
using namespace masklens::tests;

class TestRelabel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    gui::Language m_language;
    int m_case = 0;

    QString fresh()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("d%1").arg(++m_case));
        return makeDataset(dir, 8, 4, 0.0, 0) ? dir : QString();
    }
    static bool open(gui::MainWindow &w, const QString &dir)
    {
        QSignalSpy loaded(&w, &gui::MainWindow::datasetLoaded);
        w.openDataset(dir);
        return loaded.wait(30000) && loaded.first().at(0).toBool();
    }
    static void select(gui::MainWindow &w, const QList<int> &samples)
    {
        QListView *view = w.galleryPage()->view();
        view->setCurrentIndex(view->model()->index(samples.first(), 0)); // selects just that one
        for (int s : samples)
            view->selectionModel()->select(view->model()->index(s, 0), QItemSelectionModel::Select);
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_language.apply(QStringLiteral("en"));
    }

    void genderEditChangesThePersonAndUndoes()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, fresh()));
        QAbstractItemModelTester tester(w.correctionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Person &person = w.dataset()->people[0];
        const Gender other = person.gender == Gender::Male ? Gender::Female : Gender::Male;
        const auto before = w.stats().genderCounts;
        select(w, {person.images[2]});
        w.galleryPage()
            ->editAction(other == Gender::Male ? QStringLiteral("M") : QStringLiteral("F"))
            ->trigger();
        // All seven images, the counts and the journal.
        for (int s : w.originalDataset()->people[0].images)
            QCOMPARE(w.sampleModel()->info(s).trueClass, w.dataset()->classOf(s));
        QCOMPARE(w.dataset()->people[0].gender, other);
        QCOMPARE(w.stats().genderCounts[int(other)], before[int(other)] + 1);
        QCOMPARE(w.correctionsModel()->rowCount(), 1);
        QCOMPARE(w.labelEditor()->undoStack()->count(), 1);

        w.labelEditor()->undoStack()->undo();
        QCOMPARE(w.dataset()->people[0].gender, person.gender);
        QCOMPARE(w.stats().genderCounts, before);
        QCOMPARE(w.correctionsModel()->rowCount(), 2); // undo is journaled too
        w.labelEditor()->undoStack()->redo();
        QCOMPARE(w.dataset()->people[0].gender, other);
        QCOMPARE(w.correctionsModel()->rowCount(), 3);
    }

    void bulkEditIsOneUndoStep()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, fresh()));
        const Dataset &ds = *w.originalDataset();
        select(w, {ds.people[1].images[0], ds.people[2].images[3], ds.people[3].images[6]});
        QCOMPARE(w.galleryPage()->selectedSamples().size(), 3);
        w.galleryPage()->editAction(QStringLiteral("3"))->trigger(); // age band >=60
        QCOMPARE(w.labelEditor()->undoStack()->count(), 1);
        for (int p : {1, 2, 3})
            QCOMPARE(w.dataset()->people[p].age >= 60 || ds.people[p].age >= 60, true);
        QCOMPARE(w.stats().ageBandCounts[2], computeStats(*w.dataset()).ageBandCounts[2]);
        w.labelEditor()->undoStack()->undo();
        for (int p : {1, 2, 3})
            QCOMPARE(w.dataset()->people[p].age, ds.people[p].age);
    }

    void swapReviewedExcludedAndRevert()
    {
        gui::MainWindow w(&m_language);
        QVERIFY(open(w, fresh()));
        const Person &p = w.originalDataset()->people[4];
        const int incorrect = p.images[5], normal = p.images[6];
        select(w, {p.images[0]});
        w.galleryPage()->editAction(QStringLiteral("S"))->trigger();
        QCOMPARE(w.dataset()->samples[incorrect].mask(), MaskState::NotWorn);
        QCOMPARE(w.dataset()->samples[normal].mask(), MaskState::Incorrect);
        QCOMPARE(w.labelEditor()->undoStack()->count(), 1);

        select(w, {normal});
        w.galleryPage()->editAction(QStringLiteral("R"))->trigger();
        QVERIFY(w.sampleModel()->info(normal).reviewed);
        w.galleryPage()->editAction(QStringLiteral("X"))->trigger();
        QVERIFY(w.dataset()->samples[normal].excluded);
        QVERIFY(w.sampleModel()->info(normal).excluded);
        w.galleryPage()->editAction(QStringLiteral("X"))->trigger(); // toggles back
        QVERIFY(!w.dataset()->samples[normal].excluded);

        // Revert the swap of the normal image from the corrections list (newest first).
        int row = -1;
        for (int r = 0; r < w.correctionsModel()->rowCount(); ++r) {
            const Correction &c = w.correctionsModel()->correction(r);
            if (c.field == LabelField::Mask && c.target == w.dataset()->relativePath(normal))
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(w.labelEditor()->revert(w.correctionsModel()->correction(row)));
        QCOMPARE(w.dataset()->samples[normal].mask(), MaskState::NotWorn);
    }

    void aSecondWindowCannotEdit()
    {
        const QString dir = fresh();
        gui::MainWindow first(&m_language);
        QVERIFY(open(first, dir));
        QVERIFY(first.labelEditor()->canEdit());
        gui::MainWindow second(&m_language);
        QVERIFY(open(second, dir));
        QVERIFY(!second.labelEditor()->canEdit());
        bool told = false;
        for (int r = 0; r < second.problemsModel()->rowCount(); ++r)
            told |= second.problemsModel()
                        ->index(r, gui::ProblemsModel::Message)
                        .data()
                        .toString()
                        .contains(QStringLiteral("editing is off"));
        QVERIFY(told);
        select(second, {0});
        QVERIFY(!second.labelEditor()->setGender({0}, Gender::Male));
        QCOMPARE(second.dataset()->people[0].gender, first.dataset()->people[0].gender);
    }
};

QTEST_MAIN(TestRelabel)
#include "tst_relabel.moc"
