// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding wrong labels: confident learning on constructed probabilities, and the person-level
// checks (gender vote, incorrect/normal swap) on a generated dataset.
#include "fixtures.h"

#include "analysis/labelissues.h"
#include "analysis/neighbourvote.h"
#include "analysis/trainingfit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
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
/// `person` read as the other gender: its images' classes in `truth` get the other gender.
void readAsOtherGender(std::vector<int> &truth, const Person &person)
{
    for (int s : person.images) {
        const ClassParts c = classParts(truth[std::size_t(s)]);
        truth[std::size_t(s)] =
            classIndex(c.mask, c.gender == Gender::Male ? Gender::Female : Gender::Male, c.age);
    }
}
/// A noisy model's probabilities: softmax of (`sharpness` toward the true class + normal noise),
/// with `noise` of the given labels moved to another class; classes drawn with a long tail, as
/// the >=60 classes are rare.
struct NoisyData
{
    std::vector<int> labels;
    std::vector<float> probs;
};
NoisyData noisyModel(int n, int k, double noise, double sharpness, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto normal = [&rng] {
        const double u = std::max(1e-12, rng.generateDouble()), v = rng.generateDouble();
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
    };
    NoisyData d;
    d.probs.resize(std::size_t(n) * k);
    for (int i = 0; i < n; ++i) {
        // Class c drawn with weight 1 / (c + 1): the last classes are a few percent each.
        double total = 0;
        for (int c = 0; c < k; ++c)
            total += 1.0 / (c + 1);
        double pick = rng.generateDouble() * total;
        int truth = 0;
        while (truth < k - 1 && (pick -= 1.0 / (truth + 1)) > 0)
            ++truth;
        std::vector<double> logit(k);
        double top = -1e300;
        for (int c = 0; c < k; ++c) {
            logit[c] = normal() + (c == truth ? sharpness : 0.0);
            top = std::max(top, logit[c]);
        }
        double sum = 0;
        for (double &l : logit)
            sum += (l = std::exp(l - top));
        for (int c = 0; c < k; ++c)
            d.probs[std::size_t(i) * k + c] = float(logit[c] / sum);
        int label = truth;
        if (rng.generateDouble() < noise)
            label = (truth + 1 + int(rng.bounded(k - 1))) % k;
        d.labels.push_back(label);
    }
    return d;
}
} // namespace

class TestLabelIssues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The review's ask: the detector against a reference written apart from it (numpy alone;
    // cleanlab is not packaged in Debian) on the same probabilities - the calibrated confident
    // joint cell by cell, and the very same flagged images with the same suggestions.
    void confidentLearningEqualsANumpyReference_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("noise");
        QTest::addColumn<double>("sharpness");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("6 classes, 8% noise") << 1500 << 6 << 0.08 << 3.0 << 11u;
        QTest::newRow("18 classes, 4% noise") << 4000 << 18 << 0.04 << 4.0 << 12u;
        QTest::newRow("gender, 3% noise") << 900 << 2 << 0.03 << 2.5 << 13u;
        QTest::newRow("age band, a weak model") << 900 << 3 << 0.05 << 1.0 << 14u;
    }
    void confidentLearningEqualsANumpyReference()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(double, noise);
        QFETCH(double, sharpness);
        QFETCH(quint32, seed);
        const NoisyData d = noisyModel(n, k, noise, sharpness, seed);
        std::vector<int> suggested;
        std::vector<double> joint;
        const auto flags = confidentLearningIssues(d.labels, d.probs.data(), k, &suggested, &joint);

        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("probs.txt"));
        QByteArray text;
        for (int i = 0; i < n; ++i) {
            text += QByteArray::number(d.labels[i]);
            for (int c = 0; c < k; ++c) // float32 exactly: 9 significant digits round-trip
                text += ' ' + QByteArray::number(double(d.probs[std::size_t(i) * k + c]), 'g', 9);
            text += '\n';
        }
        QVERIFY(writeAll(input, text));
        QProcess py;
        py.start(
            QStringLiteral(MASKLENS_PYTHON),
            {QStringLiteral(MASKLENS_SOURCE_DIR "/tests/oracle/prune_by_noise_rate.py"), input});
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject ref = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QVERIFY2(!ref.isEmpty(), "the numpy reference printed nothing (python3-numpy installed?)");

        const QJsonArray refJoint = ref[QStringLiteral("joint")].toArray();
        QCOMPARE(refJoint.size(), k);
        for (int r = 0; r < k; ++r)
            for (int c = 0; c < k; ++c) {
                const double ours = joint[std::size_t(r) * k + c];
                const double theirs = refJoint[r].toArray()[c].toDouble();
                QVERIFY2(std::abs(ours - theirs) < 1e-9,
                         qPrintable(QStringLiteral("joint[%1][%2]: %3 vs %4")
                                        .arg(r)
                                        .arg(c)
                                        .arg(ours, 0, 'g', 17)
                                        .arg(theirs, 0, 'g', 17)));
            }
        std::vector<int> ours, oursSuggested, theirs, theirsSuggested;
        for (int i = 0; i < n; ++i)
            if (flags[i]) {
                ours.push_back(i);
                oursSuggested.push_back(suggested[i]);
            }
        for (const QJsonValue v : ref[QStringLiteral("flagged")].toArray())
            theirs.push_back(v.toInt());
        for (const QJsonValue v : ref[QStringLiteral("suggested")].toArray())
            theirsSuggested.push_back(v.toInt());
        QCOMPARE(ours, theirs);
        QCOMPARE(oursSuggested, theirsSuggested);
        // Not an empty agreement: a good share of the injected noise gets flagged.
        QVERIFY2(ours.size() >= std::size_t(n * noise / 3),
                 qPrintable(QStringLiteral("%1 flagged").arg(ours.size())));
    }

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

    // The second opinion (issue #22): neighbours in feature space vote with their labels. Each
    // image's embedding is its true class, plus a little of its own person - so a person's own
    // photos are its nearest neighbours. Person 0 is labelled with the wrong gender, person 1's
    // incorrect_mask and normal files are swapped: the neighbours' vote finds both, and only
    // because a person's own photos do not vote (they would outvote the others 6 to 4 for the
    // wrong label).
    void neighboursVoteWithTheirLabels()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 120, 13, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        const int n = int(ds->samples.size()), people = int(ds->people.size());
        std::vector<int> truth(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            truth[std::size_t(i)] = ds->classOf(i);
        const Person &p0 = ds->people[0], &p1 = ds->people[1];
        readAsOtherGender(truth, p0);
        std::swap(truth[std::size_t(p1.images[5])], truth[std::size_t(p1.images[6])]);
        Features f;
        f.file = dir.filePath(QStringLiteral("features.npy"));
        f.rows = n;
        f.width = kClassCount + people;
        f.data.assign(std::size_t(n) * std::size_t(f.width), 0.0f);
        f.group.assign(std::size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            f.data[std::size_t(i) * f.width + truth[std::size_t(i)]] = 1.0f;
            f.data[std::size_t(i) * f.width + kClassCount + ds->samples[std::size_t(i)].person] =
                0.3f;
        }
        const auto vote = neighbourVote(*ds, f, AgeBands{});
        QVERIFY2(vote, vote ? "" : qPrintable(vote.error().toString()));
        // Every image's vote is its true class (all ten neighbours of another person agree).
        int agree = 0;
        for (int i = 0; i < n; ++i)
            agree += vote->predicted[std::size_t(i)] == truth[std::size_t(i)];
        QVERIFY2(agree >= n * 0.95, qPrintable(QStringLiteral("%1 of %2").arg(agree).arg(n)));
        const auto issues = findLabelIssues(*ds, *vote, AgeBands{});
        QVERIFY(issues.ok());
        bool gender = false, swap = false;
        for (const LabelIssue &i : *issues) {
            if (i.kind == IssueKind::PersonGender) {
                QCOMPARE(i.target, p0.folder);
                gender = true;
            } else if (i.kind == IssueKind::MaskSwap) {
                QCOMPARE(i.target, p1.folder);
                swap = true;
            }
        }
        QVERIFY(gender && swap);
        // Blended with a model that has no opinion (uniform), the vote still decides.
        Predictions unsure = Predictions::empty(*ds, Split::Train, true);
        std::fill(unsure.probabilities.begin(), unsure.probabilities.end(), 1.0f / kClassCount);
        std::fill(unsure.predicted.begin(), unsure.predicted.end(), 0);
        const Predictions both = blendPredictions(*ds, unsure, *vote);
        for (int i = 0; i < n; ++i)
            QCOMPARE(both.predicted[std::size_t(i)], vote->predicted[std::size_t(i)]);
        // Features of another dataset are refused.
        Features other = f;
        other.rows = n - 1;
        QVERIFY(!neighbourVote(*ds, other, AgeBands{}));
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
        readAsOtherGender(truth, p0);
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

    void anImageAloneGetsNoSuspectAboutItsPersonsGenderOrAge()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 12, 13, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        QRandomGenerator rng(9);
        std::vector<int> truth(ds->samples.size());
        for (int i = 0; i < int(truth.size()); ++i)
            truth[i] = ds->classOf(i);
        // One photo of person 2 reads as the other gender, one of person 3 as another age band
        // (the person checks, over seven photos, see nothing), and person 4's mask2 photo reads
        // as no mask: only that one is an image's own label.
        const int genderImage = ds->people[2].images[0], bandImage = ds->people[3].images[1];
        const int maskImage = ds->people[4].images[1];
        const ClassParts g = classParts(truth[genderImage]);
        truth[genderImage] =
            classIndex(g.mask, g.gender == Gender::Male ? Gender::Female : Gender::Male, g.age);
        // Another band that other people of the dataset have (a class with labelled images).
        const ClassParts b = classParts(truth[bandImage]);
        int otherBand = -1;
        for (int i = 0; i < int(truth.size()) && otherBand < 0; ++i) {
            const ClassParts o = classParts(truth[i]);
            if (o.mask == b.mask && o.gender == b.gender && o.age != b.age)
                otherBand = truth[i];
        }
        QVERIFY(otherBand >= 0);
        truth[bandImage] = otherBand;
        const ClassParts m = classParts(truth[maskImage]);
        truth[maskImage] = classIndex(MaskState::NotWorn, m.gender, m.age);
        Predictions pred = Predictions::empty(*ds, Split::Train, true);
        pred.probabilities = confident(truth, kClassCount, rng);
        // The three photos read surely (above every class's mean confidence).
        for (const int s : {genderImage, bandImage, maskImage})
            for (int c = 0; c < kClassCount; ++c)
                pred.probabilities[std::size_t(s) * kClassCount + c] =
                    c == truth[s] ? 0.983f : 0.001f;
        pred.predicted = truth;

        auto suspectOf = [](const std::vector<LabelIssue> &issues, int sample) {
            for (const LabelIssue &i : issues)
                if (i.sample == sample)
                    return &i;
            return static_cast<const LabelIssue *>(nullptr);
        };
        const auto byDefault = findLabelIssues(*ds, pred, AgeBands{});
        QVERIFY(byDefault.ok());
        QVERIFY(!suspectOf(*byDefault, genderImage));
        QVERIFY(!suspectOf(*byDefault, bandImage));
        const LabelIssue *mask = suspectOf(*byDefault, maskImage);
        QVERIFY(mask);
        QCOMPARE(classParts(std::get<int>(mask->suggested)).mask, MaskState::NotWorn);
        for (const LabelIssue &i : *byDefault)
            if (i.kind == IssueKind::ConfidentLearning)
                QVERIFY(classParts(std::get<int>(i.suggested)).mask !=
                        classParts(std::get<int>(i.given)).mask);

        // Asked for, the image-level gender and band suspects are there.
        IssueOptions all;
        all.imageAttributes = true;
        const auto withAll = findLabelIssues(*ds, pred, AgeBands{}, all);
        QVERIFY(withAll.ok());
        QVERIFY(suspectOf(*withAll, genderImage));
        QVERIFY(suspectOf(*withAll, bandImage));
        QVERIFY(suspectOf(*withAll, maskImage));
    }

    // The run's training fit tells a wrong label (the models only memorised it: a low fit) from
    // an unusual person read as the other gender by a model that never saw them (the models
    // learnt them as labelled: a high fit). Only the first stays a suspect, ranked by both.
    void trainingFitKeepsOnlyLabelsTheModelsCouldNotLearn()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 40, 12, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        QRandomGenerator rng(11);
        std::vector<int> truth(ds->samples.size());
        for (int i = 0; i < int(truth.size()); ++i)
            truth[i] = ds->classOf(i);
        // People 0 and 2 look like the other gender to a model that never saw them; person 4
        // like the next age band.
        for (int person : {0, 2})
            readAsOtherGender(truth, ds->people[person]);
        for (int s : ds->people[4].images) {
            const ClassParts c = classParts(truth[s]);
            truth[s] = classIndex(c.mask, c.gender,
                                  c.age == AgeBand::Young ? AgeBand::Middle : AgeBand::Young);
        }
        Predictions pred = Predictions::empty(*ds, Split::Train, true);
        pred.probabilities = confident(truth, kClassCount, rng);
        pred.predicted = truth;
        const auto suspectsOf = [](const std::vector<LabelIssue> &issues, IssueKind kind) {
            QStringList who;
            for (const LabelIssue &i : issues)
                if (i.kind == kind)
                    who << i.target;
            who.sort();
            return who;
        };
        const QString p0 = ds->people[0].folder, p2 = ds->people[2].folder,
                      p4 = ds->people[4].folder;
        const auto without = findLabelIssues(*ds, pred, AgeBands{});
        QVERIFY(without.ok());
        QCOMPARE(suspectsOf(*without, IssueKind::PersonGender), (QStringList{p0, p2}));
        QCOMPARE(suspectsOf(*without, IssueKind::PersonAgeBand), QStringList{p4});

        // Everyone fitted well while training, but person 0's gender (0.2) and person 4's age
        // band (0.25).
        TrainingFit fit;
        fit.values.assign(ds->samples.size(), {0.95f, 0.9f, 0.97f});
        fit.rows = int(ds->samples.size());
        for (int s : ds->people[0].images)
            fit.values[std::size_t(s)][0] = 0.2f;
        for (int s : ds->people[2].images)
            fit.values[std::size_t(s)][0] = 0.8f;
        for (int s : ds->people[4].images)
            fit.values[std::size_t(s)][1] = 0.25f;
        fit.ageBands = AgeBands{};
        IssueOptions options;
        options.fit = &fit;
        // Without probes nothing says where "not learnt" ends: every suspect stays, ranked by
        // p(other) x (1 - fit).
        const auto unprobed = findLabelIssues(*ds, pred, AgeBands{}, options);
        QVERIFY(unprobed.ok());
        QCOMPARE(suspectsOf(*unprobed, IssueKind::PersonGender), (QStringList{p0, p2}));
        QCOMPARE(unprobed->front().target, p0); // the fit ranks the label not learnt first
        // The run's probes (labels made wrong on purpose) fitted 0.1 to 0.45, one outlier at
        // 0.9 (a probe who looks like the other gender): quartiles 0.2 and 0.3 (numpy.quantile's),
        // the fence at 0.3 + 1.5 x 0.1 = 0.45.
        fit.probeFits = {0.1, 0.2, 0.25, 0.3, 0.45, 0.9};
        QVERIFY(std::abs(*fit.thresholdFromProbes() - 0.7125) < 1e-12);
        fit.probeFits = {0.1, 0.2, 0.25, 0.3, 0.45};
        QVERIFY(std::abs(*fit.thresholdFromProbes() - 0.45) < 1e-12);
        // By default the probes' fence gates the age band; gender is judged by confident
        // learning's flag, the fit only ranking (the label not learnt first).
        const auto flagged = findLabelIssues(*ds, pred, AgeBands{}, options);
        QVERIFY(flagged.ok());
        QCOMPARE(suspectsOf(*flagged, IssueKind::PersonGender), (QStringList{p0, p2}));
        QCOMPARE(suspectsOf(*flagged, IssueKind::PersonAgeBand), QStringList{p4});
        QCOMPARE(flagged->front().target, p0);
        // --gender-rule fence: the fence gates gender too, and the unusual person is out.
        options.genderRule = GenderRule::Fence;
        const auto with = findLabelIssues(*ds, pred, AgeBands{}, options);
        QVERIFY(with.ok());
        QCOMPARE(suspectsOf(*with, IssueKind::PersonGender), QStringList{p0});
        QCOMPARE(suspectsOf(*with, IssueKind::PersonAgeBand), QStringList{p4});
        for (const LabelIssue &i : *with)
            if (i.target == p0 && i.kind == IssueKind::PersonGender) {
                const LabelIssue &before =
                    *std::find_if(without->begin(), without->end(), [&](const LabelIssue &b) {
                        return b.target == p0 && b.kind == IssueKind::PersonGender;
                    });
                QCOMPARE(i.score, before.score * (1.0 - double(0.2f)));
                QVERIFY2(i.evidence.contains(QStringLiteral("0.20")), qPrintable(i.evidence));
            }
        // A threshold given overrides the probes': a higher one lets the unusual person through.
        options.fitThreshold = 0.85;
        QCOMPARE(
            suspectsOf(*findLabelIssues(*ds, pred, AgeBands{}, options), IssueKind::PersonGender),
            (QStringList{p0, p2}));

        // The age-band fit is about the bands the run trained on: under other bands (or bands
        // not known) it is not used, and the suspect keeps its plain evidence.
        options.fitThreshold.reset();
        for (int s : ds->people[4].images)
            fit.values[std::size_t(s)][1] = 0.9f;
        QCOMPARE(
            suspectsOf(*findLabelIssues(*ds, pred, AgeBands{}, options), IssueKind::PersonAgeBand),
            QStringList{});
        fit.ageBands = AgeBands{30, 58};
        QCOMPARE(
            suspectsOf(*findLabelIssues(*ds, pred, AgeBands{}, options), IssueKind::PersonAgeBand),
            QStringList{p4});
        fit.ageBands.reset();
        QCOMPARE(
            suspectsOf(*findLabelIssues(*ds, pred, AgeBands{}, options), IssueKind::PersonAgeBand),
            QStringList{p4});
    }

    // Where to cut: the probes, scored as the wrong labels they are, estimate how many wrong
    // labels there are and what share of them each cut keeps (numpy oracle in the comments).
    void scoreCutFromProbesKeepsTheWrongLabelsOnly()
    {
        // 300 right labels scoring 0..0.35, five unusual people at 0.40-0.50, 20 wrong labels
        // at 0.55..0.85 - where the run's 40 probes score too.
        std::vector<double> scores, probes;
        for (int k = 0; k < 300; ++k)
            scores.push_back(0.35 * k / 299);
        for (double x : {0.4, 0.42, 0.44, 0.47, 0.5})
            scores.push_back(x);
        for (int k = 0; k < 20; ++k)
            scores.push_back(0.55 + 0.3 * k / 19);
        for (int k = 0; k < 40; ++k)
            probes.push_back(0.55 + 0.3 * k / 39);
        const auto cut = bestScoreCut(scores, probes);
        QVERIFY(cut);
        // numpy: q25 = 0.625; 15 people score at least that, 0.75 of the probes: M = 20.
        QVERIFY(std::abs(cut->wrongLabels - 20.0) < 1e-9);
        QCOMPARE(cut->score, 0.55); // every wrong label, none of the unusual people
        QCOMPARE(cut->estimatedRecall, 1.0);
        QCOMPARE(cut->probes, 40);
        // The order of the scores does not matter.
        std::reverse(scores.begin(), scores.end());
        QCOMPARE(bestScoreCut(scores, probes)->score, 0.55);
        // Nobody scoring like the probes: no estimate (the older rule judges).
        QVERIFY(!bestScoreCut(std::vector<double>(300, 0.1), std::vector<double>(40, 0.6)));
        // Too few probes say nothing.
        probes.resize(kMinProbesForCut - 1);
        QVERIFY(!bestScoreCut(scores, probes));
        QVERIFY(!bestScoreCut({}, std::vector<double>(40, 0.5)));
    }

    // With the run's probes by name the gender check is one cut on p(other) x (1 - fit): a
    // wrong label the models read as the other gender and could not learn is kept, an unusual
    // person they learnt as labelled is not, and the look says where it cut.
    void probesByNameCutTheGenderSuspects()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 60, 12, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        // Models that never saw a person give its class 0.9: p(its gender) = 0.9 + 8 x 0.1/17.
        // People 0..6 are read as the other gender.
        const std::vector<int> readOther{0, 1, 2, 3, 4, 5, 6};
        Predictions pred = Predictions::empty(*ds, Split::Train, true);
        pred.probabilities.assign(ds->samples.size() * kClassCount, 0.1f / 17);
        for (int i = 0; i < int(ds->samples.size()); ++i) {
            ClassParts c = classParts(ds->classOf(i));
            if (std::count(readOther.begin(), readOther.end(), ds->samples[i].person))
                c.gender = c.gender == Gender::Male ? Gender::Female : Gender::Male;
            pred.predicted[i] = classIndex(c.mask, c.gender, c.age);
            pred.probabilities[std::size_t(i) * kClassCount + pred.predicted[i]] = 0.9f;
        }
        TrainingFit fit;
        fit.rows = int(ds->samples.size());
        fit.values.assign(ds->samples.size(), {0.95f, 0.9f, 0.97f});
        // All but person 2 were hard to learn as labelled - wrong labels, fitted like the probes
        // below; person 2 was learnt as labelled (0.85): an unusual person.
        for (int person : readOther)
            for (int s : ds->people[person].images)
                fit.values[std::size_t(s)][0] =
                    person == 2 ? 0.85f : 0.05f + 0.03f * float(person - (person > 2));
        // People 10..39 were the run's probes: trained with the other gender, fitted it 0.05-0.2.
        for (int person = 10; person < 40; ++person) {
            fit.probes.push_back({person, 0.05 + 0.005 * (person - 10)});
            fit.probeFits.push_back(fit.probes.back().fit);
        }
        IssueOptions options;
        options.fit = &fit;
        const auto genderSuspects = [&](const IssueOptions &o, IssueGates *g) {
            QStringList who;
            const auto issues = findLabelIssues(*ds, pred, AgeBands{}, o, g);
            if (issues.ok())
                for (const LabelIssue &i : *issues)
                    if (i.kind == IssueKind::PersonGender)
                        who << i.target;
            who.sort();
            return who;
        };
        QStringList everyoneReadOther, wrong;
        for (int person : readOther) {
            everyoneReadOther << ds->people[person].folder;
            if (person != 2)
                wrong << ds->people[person].folder;
        }
        everyoneReadOther.sort();
        wrong.sort();
        // By default the probes only estimate and confident learning's flag judges gender: the
        // fit ranks, it does not veto.
        IssueGates estimated;
        QCOMPARE(genderSuspects(options, &estimated), everyoneReadOther);
        QVERIFY(estimated.genderCut && estimated.genderRule == GenderRule::Flag);
        // The fence of the probes' fits (quartiles 0.08625 and 0.15875: 0.15875 + 1.5 x
        // 0.0725) keeps person 2 out when asked for.
        QVERIFY(estimated.fitThreshold && std::abs(*estimated.fitThreshold - 0.2675) < 1e-9);
        options.genderRule = GenderRule::Fence;
        IssueGates fenced;
        QCOMPARE(genderSuspects(options, &fenced), wrong);
        QCOMPARE(fenced.genderRule, GenderRule::Fence);
        options.genderRule = GenderRule::Cut;
        IssueGates gates;
        QCOMPARE(genderSuspects(options, &gates), wrong);
        QVERIFY(gates.genderCut && gates.genderRule == GenderRule::Cut);
        QCOMPARE(gates.genderCut->probes, 30);
        // The probes' lower quartile (numpy.quantile, linear): 0.9471 x (1 - 0.15875) = 0.797,
        // reached by 4 people (fits 0.05..0.14) and 22 of the 30 probes: M = 4 x 30 / 22.
        QVERIFY2(std::abs(gates.genderCut->wrongLabels - 60.0 / 11.0) < 1e-6,
                 qPrintable(QString::number(gates.genderCut->wrongLabels)));
        // A threshold given is the older rule: confident learning's flag and the fit below it.
        options.fitThreshold = 0.9;
        IssueGates given;
        QVERIFY(findLabelIssues(*ds, pred, AgeBands{}, options, &given).ok());
        QVERIFY(!given.genderCut && given.genderRule == GenderRule::Fence);
        options.genderRule = GenderRule::Flag; // a threshold given is used by the default too
        options.fitThreshold = 0.5;
        IssueGates givenFlag;
        QCOMPARE(genderSuspects(options, &givenFlag), wrong);
        QCOMPARE(givenFlag.genderRule, GenderRule::Fence);
        QCOMPARE(*given.fitThreshold, 0.9);
    }

    // train_fit.csv from somewhere else is refused naming the file and line, never matched to the
    // wrong people.
    void trainingFitFileIsCheckedAgainstTheDataset()
    {
        QTemporaryDir dir;
        QVERIFY(makeDataset(dir.path(), 3, 2, 0.0, 0));
        const auto ds = loadDataset(dir.path());
        QVERIFY(ds.ok());
        const QString a = ds->relativePath(0), b = ds->relativePath(1);
        const QString file = dir.filePath(QStringLiteral("train_fit.csv"));
        const auto read = [&](const QString &text) {
            QFile f(file);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(text.toUtf8());
            f.close();
            return readTrainingFit(file, *ds);
        };
        const QString header = QStringLiteral("path,trained,gender,age_band,mask\n");
        const auto good = read(header + a + QStringLiteral(",60,0.25,0.5,0.75\n") + b +
                               QStringLiteral(",60,1,0,1\n"));
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().toString()));
        QCOMPARE(good->rows, 2);
        QCOMPARE(good->values[0][0], 0.25f);
        QCOMPARE(good->values[0][2], 0.75f);
        QVERIFY(std::isnan(good->values[2][0])); // no row: unknown
        QVERIFY(!good->ageBands);

        const auto failsAt = [&](const QString &text, int line, const QString &says) {
            const auto r = read(text);
            QVERIFY2(!r.ok(), qPrintable(text));
            QCOMPARE(r.error().file, file);
            QCOMPARE(r.error().line, line);
            QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        };
        failsAt(header + a +
                    QStringLiteral(",60,0.2,0.5,0.7\nother_female_Asian_30/mask1.jpg,60,"
                                   "0.2,0.5,0.7\n"),
                3, QStringLiteral("another dataset"));
        failsAt(header + a + QStringLiteral(",60,1.5,0.5,0.7\n"), 2, QStringLiteral("gender"));
        failsAt(header + a + QStringLiteral(",60,nan,0.5,0.7\n"), 2, QStringLiteral("gender"));
        failsAt(header + a + QStringLiteral(",60,0.2,0.5,0.7\n") + a +
                    QStringLiteral(",60,0.2,0.5,0.7\n"),
                3, QStringLiteral("twice"));
        failsAt(QStringLiteral("path,gender,mask\n") + a + QStringLiteral(",0.2,0.7\n"), 1,
                QStringLiteral("age_band"));
        failsAt(header, 0, QStringLiteral("no rows"));
        failsAt(header + a + QStringLiteral(",60,0.2\n"), 2, QString());

        // The run's bands, from the sidecar.
        QFile sidecar(file + QStringLiteral(".json"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(
            R"({"format": "masklens-training-fit-1", "middle_from": 30, "old_from": 58})");
        sidecar.close();
        const auto banded = read(header + a + QStringLiteral(",60,0.25,0.5,0.75\n"));
        QVERIFY(banded.ok());
        QVERIFY(banded->ageBands && *banded->ageBands == (AgeBands{30, 58}));
        QVERIFY(banded->probes.empty());
        // The probes by person folder.
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write(QStringLiteral("{\"probe_fits\": [0.3], \"probes\": [{\"person\": "
                                     "\"%1\", \"fit\": 0.3}]}")
                          .arg(ds->people[1].folder)
                          .toUtf8());
        sidecar.close();
        const auto named = read(header + a + QStringLiteral(",60,0.25,0.5,0.75\n"));
        QVERIFY2(named.ok(), qPrintable(named.ok() ? QString() : named.error().toString()));
        QCOMPARE(named->probes.size(), std::size_t(1));
        QCOMPARE(named->probes[0].person, 1);
        QCOMPARE(named->probes[0].fit, 0.3);
        // A damaged sidecar is refused by name, never read as "no probes".
        const auto damagedBy = [&](const QByteArray &json, const QString &says) {
            QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sidecar.write(json);
            sidecar.close();
            const auto r = read(header + a + QStringLiteral(",60,0.25,0.5,0.75\n"));
            QVERIFY2(!r.ok(), json.constData());
            QCOMPARE(r.error().file, file + QStringLiteral(".json"));
            QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        };
        damagedBy(R"({"middle_from": 30, "old_from": 60, "probe_fits": [0.2, "x"]})",
                  QStringLiteral("probe_fits[1]"));
        damagedBy(R"({"probe_fits": [0.2, 1.5]})", QStringLiteral("probe_fits[1]"));
        damagedBy(R"({"probe_fits": 0.2})", QStringLiteral("probe_fits"));
        damagedBy(R"({"probes": {"person": "x"}})", QStringLiteral("probes"));
        damagedBy(R"({"probes": [{"person": "nobody_male_Asian_30", "fit": 0.2}]})",
                  QStringLiteral("not a person of this dataset"));
        damagedBy(QStringLiteral("{\"probes\": [{\"person\": \"%1\", \"fit\": 1.2}]}")
                      .arg(ds->people[0].folder)
                      .toUtf8(),
                  QStringLiteral("probes[0]"));
        damagedBy(QStringLiteral("{\"probes\": [{\"person\": \"%1\", \"fit\": 0.2}, "
                                 "{\"person\": \"%1\", \"fit\": 0.3}]}")
                      .arg(ds->people[0].folder)
                      .toUtf8(),
                  QStringLiteral("twice"));
        damagedBy(R"({"middle_from": 60, "old_from": 30})", QStringLiteral("old_from"));
        damagedBy("{\"middle_from\": 30, \"old_f", QStringLiteral("JSON"));
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
