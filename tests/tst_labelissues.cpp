// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding wrong labels: confident learning on constructed probabilities, and the person-level
// checks (gender vote, incorrect/normal swap) on a generated dataset.
#include "fixtures.h"

#include "analysis/labelissues.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {
/// Probabilities for `truth` with confidence around 0.8 spread over the rest.
std::vector<float> confident(const std::vector<int> &truth, int k, QRandomGenerator &rng)
{
    std::vector<float> p(truth.size() * std::size_t(k));
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const float top = 0.7f + 0.25f * float(rng.generateDouble());
        for (int c = 0; c < k; ++c)
            p[i * k + c] = c == truth[i] ? top : (1.0f - top) / float(k - 1);
    }
    return p;
}
} // namespace

class TestLabelIssues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confidentLearningFindsFlippedLabels()
    {
        QRandomGenerator rng(5);
        const int k = 4, n = 400;
        std::vector<int> truth(n);
        for (int i = 0; i < n; ++i)
            truth[i] = i % k;
        auto probs = confident(truth, k, rng);
        std::vector<int> labels = truth;
        const std::vector<int> flipped{3, 50, 101, 222, 399, 17};
        for (int i : flipped) {
            labels[i] = (truth[i] + 1) % k;
            // The model is sure of the true class (above every class's mean self-confidence).
            for (int c = 0; c < k; ++c)
                probs[std::size_t(i) * k + c] = c == truth[i] ? 0.97f : 0.01f;
        }
        std::vector<int> suggested;
        const auto flags = confidentLearningIssues(labels, probs.data(), k, &suggested);
        int found = 0, wrong = 0;
        for (int i = 0; i < n; ++i) {
            const bool isFlipped = std::find(flipped.begin(), flipped.end(), i) != flipped.end();
            if (flags[i] && isFlipped) {
                ++found;
                QCOMPARE(suggested[i], truth[i]);
            }
            wrong += flags[i] && !isFlipped;
        }
        QCOMPARE(found, int(flipped.size()));
        QCOMPARE(wrong, 0);
    }

    void cleanLabelsGiveNoIssues()
    {
        QRandomGenerator rng(6);
        std::vector<int> labels(300);
        for (int i = 0; i < 300; ++i)
            labels[i] = i % 3;
        const auto probs = confident(labels, 3, rng);
        const auto flags = confidentLearningIssues(labels, probs.data(), 3);
        QCOMPARE(std::accumulate(flags.begin(), flags.end(), 0), 0);
    }

    void personChecks()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 8, 12, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        QRandomGenerator rng(7);
        std::vector<int> truth(ds->samples.size());
        for (int i = 0; i < int(truth.size()); ++i)
            truth[i] = ds->classOf(i);
        // Person 0 looks like the other gender in every photo; person 1's incorrect_mask and
        // normal photos show each other's mask state.
        const Person &p0 = ds->people[0], &p1 = ds->people[1];
        for (int s : p0.images) {
            const ClassParts c = classParts(truth[s]);
            truth[s] =
                classIndex(c.mask, c.gender == Gender::Male ? Gender::Female : Gender::Male, c.age);
        }
        std::swap(truth[p1.images[5]], truth[p1.images[6]]);
        Predictions pred = Predictions::empty(*ds, Split::Train, true);
        pred.probabilities = confident(truth, kClassCount, rng);
        pred.predicted = truth;
        const auto issues = findLabelIssues(*ds, pred, AgeBands{});
        QVERIFY(issues.ok());
        int gender = 0, swaps = 0;
        for (const LabelIssue &i : *issues) {
            if (i.kind == IssueKind::PersonGender) {
                ++gender;
                QCOMPARE(i.target, p0.folder);
                QCOMPARE(i.suggestedText,
                         genderName(p0.gender == Gender::Male ? Gender::Female : Gender::Male));
                QVERIFY(std::get<Gender>(i.suggested) != p0.gender);
                QCOMPARE(std::get<Gender>(i.given), p0.gender);
                QVERIFY(i.evidence.contains(QStringLiteral("7 images")));
            }
            if (i.kind == IssueKind::MaskSwap) {
                ++swaps;
                QCOMPARE(i.target, p1.folder);
            }
            QVERIFY(i.kind != IssueKind::PersonAgeBand);
        }
        QCOMPARE(gender, 1); // one suspect for the person, not seven
        QCOMPARE(swaps, 1);
        // Ranked: scores never increase down the list.
        for (std::size_t i = 1; i < issues->size(); ++i)
            QVERIFY((*issues)[i - 1].score >= (*issues)[i].score);
    }

    void needsProbabilities()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 3, 2, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        Predictions pred = Predictions::empty(*ds, Split::Train, false);
        const auto issues = findLabelIssues(*ds, pred, AgeBands{});
        QVERIFY(!issues.ok());
        QVERIFY(issues.error().message.contains(QStringLiteral("probabilities")));
    }
};

QTEST_GUILESS_MAIN(TestLabelIssues)
#include "tst_labelissues.moc"
