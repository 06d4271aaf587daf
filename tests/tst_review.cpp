// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The label-issue review queue, offscreen: out-of-fold-like probabilities that read one person
// as the other gender and another's incorrect_mask/normal photos the other way round; the queue
// ranks them, A accepts (a journaled, undoable correction), S skips (nothing written), R rejects
// (images marked reviewed, remembered when the queue is built again), all from the keyboard.
#include "fixtures.h"

#include "analysis/labelstore.h"
#include "analysis/predictions.h"
#include "gui/labeleditor.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/reviewpage.h"

#include <QApplication>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace masklens;
using namespace masklens::analysis;
using namespace masklens::gui;
using namespace masklens::tests;
using ReviewStatus = ReviewPage::Status;

class TestReview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_data, m_predictions;
    Gender m_gender0 = Gender::Male;
    QString m_folder0, m_folder1;

    static int find(const ReviewPage *page, IssueKind kind)
    {
        for (int i = 0; i < page->suspectCount(); ++i)
            if (page->issue(i).kind == kind)
                return i;
        return -1;
    }

    static bool open(MainWindow &w, const QString &data, const QString &predictions)
    {
        QSignalSpy loaded(&w, &MainWindow::datasetLoaded);
        w.openDataset(data);
        if (!loaded.wait(60000) || !loaded.first().at(0).toBool())
            return false;
        QSignalSpy pred(&w, &MainWindow::predictionsLoaded);
        w.openPredictions(predictions);
        return pred.wait(60000) && pred.first().at(0).toBool();
    }

    /// A copy of the data of its own (the same generator seed, so the predictions fit): no
    /// other test's answers in its journal.
    QString freshData(const char *name)
    {
        const QString data = m_tmp.filePath(QLatin1String(name));
        return makeDataset(data, 12, 12, 0.0, 0) ? data : QString();
    }

    /// A key press as the user makes it: on the focused queue of the active window.
    static void press(MainWindow &w, Qt::Key key)
    {
        QApplication::setActiveWindow(&w);
        w.reviewPage()->queue()->setFocus();
        QTest::keyClick(w.reviewPage()->queue(), key);
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void initTestCase()
    {
        m_data = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(makeDataset(m_data, 12, 12, 0.0, 0));
        const auto ds = loadDataset(m_data);
        QVERIFY(ds.ok());
        // The model's reading: every image as labelled, except person 0 as the other gender and
        // person 1's incorrect_mask and normal photos swapped.
        std::vector<int> truth(ds->samples.size());
        for (int i = 0; i < int(truth.size()); ++i)
            truth[i] = ds->classOf(i);
        const Person &p0 = ds->people[0], &p1 = ds->people[1];
        m_gender0 = p0.gender;
        m_folder0 = p0.folder;
        m_folder1 = p1.folder;
        for (int s : p0.images) {
            const ClassParts c = classParts(truth[s]);
            truth[s] =
                classIndex(c.mask, c.gender == Gender::Male ? Gender::Female : Gender::Male, c.age);
        }
        std::swap(truth[p1.images[5]], truth[p1.images[6]]);
        Predictions pred = Predictions::empty(*ds, Split::Train, true);
        QRandomGenerator rng(3);
        for (int i = 0; i < int(truth.size()); ++i) {
            const float top = 0.75f + 0.2f * float(rng.generateDouble());
            for (int c = 0; c < kClassCount; ++c)
                pred.probabilities[std::size_t(i) * kClassCount + c] =
                    c == truth[i] ? top : (1.0f - top) / float(kClassCount - 1);
            pred.predicted[i] = truth[i];
        }
        m_predictions = m_tmp.filePath(QStringLiteral("oof.csv"));
        QVERIFY(writePredictions(m_predictions, *ds, pred).ok());
    }

    void acceptSkipRejectFromTheKeyboard()
    {
        Language language;
        MainWindow w(&language);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(open(w, m_data, m_predictions));
        ReviewPage *page = w.reviewPage();
        w.pages()->setCurrentWidget(page);
        QVERIFY(page->suspectCount() >= 2);
        const int gender = find(page, IssueKind::PersonGender);
        const int swap = find(page, IssueKind::MaskSwap);
        QVERIFY(gender >= 0 && swap >= 0);
        QCOMPARE(page->issue(gender).target, m_folder0);
        QCOMPARE(page->issue(swap).target, m_folder1);
        // One suspect for the person, not seven: no image-level suspect repeats the flip.
        for (int i = 0; i < page->suspectCount(); ++i)
            if (page->issue(i).kind == IssueKind::ConfidentLearning)
                QVERIFY(page->issue(i).person != page->issue(gender).person);
        QCOMPARE(page->queue()->model()->rowCount(), page->suspectCount());
        QVERIFY(page->countsText().contains(QStringLiteral("%1 left").arg(page->suspectCount())));

        // The whole person is shown with its labels and the model's reading.
        page->setCurrent(gender);
        QVERIFY(page->detailText().contains(m_folder0));
        QCOMPARE(page->samplesOf(gender).size(), 7);

        // A: accepted, written to the journal, the dataset follows.
        LabelStore *store = w.labelEditor()->store();
        QVERIFY(store);
        const std::size_t before = store->corrections().size();
        press(w, Qt::Key_A);
        QCOMPARE(page->status(gender), ReviewStatus::Accepted);
        QCOMPARE(store->corrections().size(), before + 1);
        QCOMPARE(store->corrections().back().target, m_folder0);
        QCOMPARE(store->corrections().back().field, LabelField::Gender);
        QVERIFY(w.dataset()->people[0].gender != m_gender0);
        QVERIFY(page->countsText().contains(QStringLiteral("1 accepted")));
        QVERIFY(page->current() != gender); // moved on to the next one

        // S: skipped, nothing written.
        page->setCurrent(swap);
        press(w, Qt::Key_S);
        QCOMPARE(page->status(swap), ReviewStatus::Skipped);
        QCOMPARE(store->corrections().size(), before + 1);

        // R: rejected, the person's images marked reviewed; the label stands.
        page->setCurrent(swap);
        press(w, Qt::Key_R);
        QCOMPARE(page->status(swap), ReviewStatus::Rejected);
        QVERIFY(store->corrections().size() > before + 1);
        const int inc = w.dataset()->people[1].images[5];
        QVERIFY(store->isReviewed(w.dataset()->relativePath(inc)));
        QCOMPARE(w.dataset()->samples[inc].mask(), MaskState::Incorrect);

        // Undo brings the accepted one back to review.
        w.labelEditor()->undoStack()->undo(); // the review marks
        w.labelEditor()->undoStack()->undo(); // the gender
        QCOMPARE(w.dataset()->people[0].gender, m_gender0);
        QCOMPARE(page->status(gender), ReviewStatus::Pending);
        w.labelEditor()->undoStack()->redo();
        w.labelEditor()->undoStack()->redo();
        QCOMPARE(page->status(gender), ReviewStatus::Accepted);
    }

    // A training run's predictions come with its training fit (train_fit.csv beside
    // oof_predictions.csv): a person the run's models learnt as labelled while training on them
    // is unusual, not mislabelled, and leaves the queue; one they could not learn stays, its
    // evidence saying so. A fit of another dataset is refused by name.
    void theRunsTrainingFitThinsTheQueue()
    {
        const QString data = freshData("fit");
        QVERIFY(!data.isEmpty());
        const QString run = m_tmp.filePath(QStringLiteral("fitrun"));
        QVERIFY(QDir().mkpath(run));
        const QString predictions = run + QStringLiteral("/oof_predictions.csv");
        QVERIFY(QFile::copy(m_predictions, predictions));
        const auto ds = loadDataset(data);
        QVERIFY(ds.ok());
        const auto writeFit = [&](float person0, const QString &extraRow) {
            QFile f(run + QStringLiteral("/train_fit.csv"));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            QByteArray text = "path,trained,gender,age_band,mask\n";
            for (int s = 0; s < int(ds->samples.size()); ++s)
                text += ds->relativePath(s).toUtf8() + ",60," +
                        QByteArray::number(ds->samples[s].person == 0 ? person0 : 0.95f) +
                        ",0.9,0.97\n";
            // The run's probes: labels made wrong on purpose fitted 0.1 to 0.3 (the fence at 0.4).
            QFile sidecar(run + QStringLiteral("/train_fit.csv.json"));
            return f.write(text + extraRow.toUtf8()) > 0 &&
                   sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   sidecar.write(
                       R"({"middle_from": 30, "old_from": 60, "probe_fits": [0.1, 0.15, 0.2, 0.25, 0.3]})") >
                       0;
        };
        double notLearnt = 0;
        {
            QVERIFY(writeFit(0.15f, {}));
            Language language;
            MainWindow w(&language);
            QVERIFY(open(w, data, predictions));
            const int gender = find(w.reviewPage(), IssueKind::PersonGender);
            QVERIFY(gender >= 0);
            QCOMPARE(w.reviewPage()->issue(gender).target, m_folder0);
            QVERIFY2(w.reviewPage()->issue(gender).evidence.contains(QStringLiteral("0.15")),
                     qPrintable(w.reviewPage()->issue(gender).evidence));
            notLearnt = w.reviewPage()->issue(gender).score;
        }
        {
            // Learnt as labelled: by default still a gender suspect (confident learning's flag
            // judges), ranked lower with the fit in its evidence; the rest stays.
            QVERIFY(writeFit(0.9f, {}));
            Language language;
            MainWindow w(&language);
            QVERIFY(open(w, data, predictions));
            const int gender = find(w.reviewPage(), IssueKind::PersonGender);
            QVERIFY(gender >= 0);
            QVERIFY2(w.reviewPage()->issue(gender).evidence.contains(QStringLiteral("0.90")),
                     qPrintable(w.reviewPage()->issue(gender).evidence));
            QVERIFY(w.reviewPage()->issue(gender).score < notLearnt);
            QVERIFY(find(w.reviewPage(), IssueKind::MaskSwap) >= 0);
        }
        {
            QVERIFY(writeFit(0.15f, QStringLiteral("someone_else/mask1.jpg,60,0.5,0.5,0.5\n")));
            Language language;
            MainWindow w(&language);
            QVERIFY(open(w, data, predictions));
            QCOMPARE(w.reviewPage()->suspectCount(), 0);
            QVERIFY2(w.reviewPage()->countsText().contains(QStringLiteral("train_fit.csv")),
                     qPrintable(w.reviewPage()->countsText()));
        }
    }

    void thePersonsPicturesAreDecodedOffTheGuiThread()
    {
        const QString data = freshData("pictures");
        QVERIFY(!data.isEmpty());
        Language language;
        MainWindow w(&language);
        QVERIFY(open(w, data, m_predictions));
        ReviewPage *page = w.reviewPage();
        const int gender = find(page, IssueKind::PersonGender);
        QVERIFY(gender >= 0);
        page->setCurrent(gender);
        // Asked for, not decoded here: the strip says so until the page's workers deliver.
        int waiting = 0;
        for (const QLabel *picture : page->pictures())
            waiting += picture->text() == QStringLiteral("loading…") ? 1 : 0;
        QVERIFY(waiting > 0);
        page->waitForPictures();
        QCOMPARE(page->pictures().size(), 7);
        for (const QLabel *picture : page->pictures()) {
            QVERIFY(!picture->pixmap().isNull());
            // At the strip's size (124 wide, 3:4), not the gallery's 96.
            QVERIFY(picture->pixmap().width() / picture->pixmap().devicePixelRatio() > 100);
        }
    }

    void answersAreRememberedNextTime()
    {
        // A window accepts the gender suspect and rejects the swap, and is closed.
        const QString data = freshData("remembered");
        QVERIFY(!data.isEmpty());
        {
            Language language;
            MainWindow w(&language);
            QVERIFY(open(w, data, m_predictions));
            ReviewPage *page = w.reviewPage();
            page->setCurrent(find(page, IssueKind::PersonGender));
            QVERIFY(page->accept());
            page->setCurrent(find(page, IssueKind::MaskSwap));
            QVERIFY(page->reject());
        }
        // Reopened: the accepted person agrees with the model now (no longer a suspect), and
        // the rejected swap comes back answered.
        Language language;
        MainWindow w(&language);
        QVERIFY(open(w, data, m_predictions));
        ReviewPage *page = w.reviewPage();
        QCOMPARE(find(page, IssueKind::PersonGender), -1);
        const int swap = find(page, IssueKind::MaskSwap);
        QVERIFY(swap >= 0);
        QCOMPARE(page->status(swap), ReviewStatus::Rejected);
        QVERIFY(page->countsText().contains(QStringLiteral("1 rejected")));
    }

    void withoutProbabilitiesItSaysWhatItNeeds()
    {
        Language language;
        MainWindow w(&language);
        const QString plain = m_tmp.filePath(QStringLiteral("plain.csv"));
        QByteArray text = "path,pred\n";
        const auto ds = loadDataset(m_data);
        for (int i = 0; i < int(ds->samples.size()); ++i)
            text += ds->relativePath(i).toUtf8() + ",0\n";
        QVERIFY(writeAll(plain, text));
        QVERIFY(open(w, m_data, plain));
        QCOMPARE(w.reviewPage()->suspectCount(), 0);
        QVERIFY(w.reviewPage()->countsText().contains(QStringLiteral("out-of-fold")));
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
