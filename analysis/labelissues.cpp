// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelissues.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace masklens::analysis {

namespace {
/// lupdate files every Tr::tr() text under "LabelIssues", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelIssues)
};
} // namespace

QString issueValueText(const IssueValue &value, const AgeBands &bands)
{
    if (const int *c = std::get_if<int>(&value))
        return QString::number(*c);
    if (const Gender *g = std::get_if<Gender>(&value))
        return genderName(*g);
    if (const AgeBand *b = std::get_if<AgeBand>(&value))
        return ageBandName(*b, bands);
    const MaskPair &m = std::get<MaskPair>(value);
    return QStringLiteral("%1/%2").arg(maskStateName(m.incorrectImage),
                                       maskStateName(m.normalImage));
}

QString genderRuleName(GenderRule rule)
{
    switch (rule) {
    case GenderRule::Flag:
        return QStringLiteral("flag");
    case GenderRule::Fence:
        return QStringLiteral("fence");
    case GenderRule::Cut:
        return QStringLiteral("cut");
    }
    return {};
}

QString issueKindName(IssueKind k)
{
    switch (k) {
    case IssueKind::PersonGender:
        return QStringLiteral("gender_flip");
    case IssueKind::PersonAgeBand:
        return QStringLiteral("age_band");
    case IssueKind::MaskSwap:
        return QStringLiteral("mask_swap");
    case IssueKind::ConfidentLearning:
        break;
    }
    return QStringLiteral("label_error");
}

std::vector<int> confidentLearningIssues(const std::vector<int> &labels, const float *probs, int k,
                                         std::vector<int> *suggested, std::vector<double> *jointOut)
{
    const int n = int(labels.size());
    // 1. Per-class thresholds: the mean probability of class j over the samples labelled j.
    std::vector<double> threshold(k, 0.0);
    std::vector<int> count(k, 0);
    for (int i = 0; i < n; ++i) {
        if (labels[i] < 0)
            continue;
        threshold[labels[i]] += probs[std::size_t(i) * k + labels[i]];
        ++count[labels[i]];
    }
    for (int j = 0; j < k; ++j)
        threshold[j] = count[j] > 0 ? threshold[j] / count[j] : 1.0;

    // 2. The confident joint: each sample counts once, under the likeliest class it clears.
    //    As in cleanlab, a probability within 1e-6 of the threshold clears it: a class whose
    //    samples all carry the same probability has that as its mean, which rounding can put a
    //    hair above every one of them.
    for (double &t : threshold)
        t -= 1e-6;
    std::vector<double> joint(std::size_t(k) * k, 0.0);
    for (int i = 0; i < n; ++i) {
        if (labels[i] < 0)
            continue;
        const float *p = probs + std::size_t(i) * k;
        int best = -1;
        for (int j = 0; j < k; ++j)
            if (p[j] >= threshold[j] && (best < 0 || p[j] > p[best]))
                best = j;
        if (best >= 0)
            joint[std::size_t(labels[i]) * k + best] += 1;
    }
    // 3. Calibrate each row to the number of samples with that label, then the whole to n.
    double total = 0;
    for (int r = 0; r < k; ++r) {
        const double rowSum =
            std::accumulate(joint.begin() + r * k, joint.begin() + (r + 1) * k, 0.0);
        for (int c = 0; c < k; ++c) {
            double &v = joint[std::size_t(r) * k + c];
            v = rowSum > 0 ? v / rowSum * count[r] : 0.0;
            total += v;
        }
    }
    const int labelled = std::accumulate(count.begin(), count.end(), 0);
    if (total > 0)
        for (double &v : joint)
            v *= labelled / total;
    if (jointOut)
        *jointOut = joint;

    // 4. Prune by noise rate: for each off-diagonal cell (given r, true c), flag the
    //    round(joint) samples labelled r with the largest margin p(c) - p(r), keeping at least
    //    one sample per class.
    std::vector<int> flagged(n, 0);
    std::vector<int> suggestion(n, -1);
    std::vector<std::vector<int>> byLabel(k);
    for (int i = 0; i < n; ++i)
        if (labels[i] >= 0)
            byLabel[labels[i]].push_back(i);
    for (int r = 0; r < k; ++r) {
        int removable = std::max(0, count[r] - 1);
        for (int c = 0; c < k; ++c) {
            if (c == r)
                continue;
            int take = std::min(int(std::lround(joint[std::size_t(r) * k + c])), removable);
            if (take <= 0)
                continue;
            std::vector<std::pair<double, int>> margins;
            for (int i : byLabel[r]) {
                const float *p = probs + std::size_t(i) * k;
                margins.emplace_back(double(p[c]) - p[r], i);
            }
            std::partial_sort(margins.begin(),
                              margins.begin() + std::min<std::size_t>(take, margins.size()),
                              margins.end(), [](auto &a, auto &b) { return a.first > b.first; });
            for (int t = 0; t < take && t < int(margins.size()); ++t) {
                const int i = margins[t].second;
                // As cleanlab does: never flag a sample whose given label is the model's own
                // prediction.
                const float *p = probs + std::size_t(i) * k;
                if (int(std::max_element(p, p + k) - p) == r)
                    continue;
                if (!flagged[i]) {
                    flagged[i] = 1;
                    // Suggest what the model reads, the most likely class other than the given
                    // one (cleanlab's predicted label), not merely the cell that flagged it:
                    // for a class the model never predicts, every margin there is about 0.
                    int best = r == 0 ? 1 : 0;
                    for (int o = 0; o < k; ++o)
                        if (o != r && p[o] > p[best])
                            best = o;
                    suggestion[i] = best;
                    --removable;
                }
            }
        }
    }
    if (suggested)
        *suggested = suggestion;
    return flagged;
}

Result<std::vector<LabelIssue>> findLabelIssues(const Dataset &ds, const Predictions &pred,
                                                const AgeBands &bands, const IssueOptions &options,
                                                IssueGates *gates)
{
    if (pred.split != Split::Train || !pred.hasProbabilities() ||
        pred.count() != int(ds.samples.size()))
        return Error{
            pred.file, 0,
            Tr::tr("finding label issues needs class probabilities for the training images "
                   "(out-of-fold: masklens-cli train --folds K writes them)")};
    const int n = int(ds.samples.size());
    std::vector<int> labels(n, -1);
    std::vector<float> probs(pred.probabilities);
    for (int i = 0; i < n; ++i) {
        const float *p = pred.probabilitiesOf(i);
        if (!std::isnan(p[0]) && !ds.samples[i].excluded)
            labels[i] = ds.classOf(i, bands);
        else
            std::fill_n(probs.begin() + std::size_t(i) * kClassCount, kClassCount, 0.0f);
    }
    std::vector<LabelIssue> issues;

    // Image level: confident learning over the 18 classes.
    std::vector<int> suggested;
    const std::vector<int> flagged =
        confidentLearningIssues(labels, probs.data(), kClassCount, &suggested);
    for (int i = 0; i < n; ++i) {
        if (!flagged[i])
            continue;
        const float *p = probs.data() + std::size_t(i) * kClassCount;
        const int given = labels[i];
        float otherBest = 0;
        for (int c = 0; c < kClassCount; ++c)
            if (c != given)
                otherBest = std::max(otherBest, p[c]);
        LabelIssue issue;
        issue.target = ds.relativePath(i);
        issue.kind = IssueKind::ConfidentLearning;
        issue.field = QStringLiteral("class");
        issue.given = given;
        issue.suggested = suggested[i];
        // Normalised margin in 0..1: (max other - self + 1) / 2.
        issue.score = options.ranking == IssueRanking::NormalizedMargin
                          ? (double(otherBest) - p[given] + 1.0) / 2.0
                          : 1.0 - p[given];
        issue.evidence = Tr::tr("p(given %1) = %2, p(suggested %3) = %4")
                             .arg(className(given, bands))
                             .arg(double(p[given]), 0, 'f', 2)
                             .arg(className(suggested[i], bands))
                             .arg(double(p[suggested[i]]), 0, 'f', 2);
        issue.sample = i;
        issue.person = ds.samples[i].person;
        issues.push_back(issue);
    }

    // Person level: the images of a person vote on gender and age band (their mean marginal
    // probabilities), and confident learning runs over people, so its thresholds adapt to how
    // sure the model is - one suspect per person, not seven.
    const int people = int(ds.people.size());
    std::vector<int> personGender(people, -1), personBand(people, -1), votes(people, 0);
    std::vector<float> genderProbs(std::size_t(people) * 2, 0.0f),
        bandProbs(std::size_t(people) * 3, 0.0f);
    for (int pi = 0; pi < people; ++pi) {
        const Person &person = ds.people[pi];
        for (int s : person.images) {
            if (s < 0 || labels[s] < 0)
                continue;
            const float *p = probs.data() + std::size_t(s) * kClassCount;
            for (int c = 0; c < kClassCount; ++c) {
                const ClassParts parts = classParts(c);
                genderProbs[std::size_t(pi) * 2 + int(parts.gender)] += p[c];
                bandProbs[std::size_t(pi) * 3 + int(parts.age)] += p[c];
            }
            ++votes[pi];
        }
        if (votes[pi] < 3)
            continue; // too few images to outvote the label
        for (int g = 0; g < 2; ++g)
            genderProbs[std::size_t(pi) * 2 + g] /= float(votes[pi]);
        for (int b = 0; b < 3; ++b)
            bandProbs[std::size_t(pi) * 3 + b] /= float(votes[pi]);
        personGender[pi] = int(person.gender);
        personBand[pi] = int(bands.bandOf(person.age));
    }
    // The run's training fit of each person's gender and age band: the mean over its images.
    std::vector<double> genderFit(people, -1.0), bandFit(people, -1.0);
    if (options.fit && options.fit->values.size() == ds.samples.size())
        for (int pi = 0; pi < people; ++pi) {
            double g = 0, b = 0;
            int n = 0;
            for (int s : ds.people[pi].images)
                if (s >= 0 && !std::isnan(options.fit->values[std::size_t(s)][0])) {
                    g += options.fit->values[std::size_t(s)][0];
                    b += options.fit->values[std::size_t(s)][1];
                    ++n;
                }
            if (n > 0) {
                genderFit[pi] = g / n;
                if (options.fit->ageBands == bands) // std::optional: unknown bands never match
                    bandFit[pi] = b / n;
            }
        }
    // A person the models learnt to read as labelled is unusual, not mislabelled.
    std::optional<double> fitThreshold = options.fitThreshold;
    if (!fitThreshold && options.fit)
        fitThreshold = options.fit->thresholdFromProbes();
    const auto fitAllows = [&](double fit) {
        return fit < 0 || !fitThreshold || fit < *fitThreshold;
    };
    const auto fitScore = [](double p, double fit) { return fit < 0 ? p : p * (1.0 - fit); };
    const auto fitEvidence = [](double fit, const QString &labelled) {
        return fit < 0 ? QString()
                       : Tr::tr("; while training on them the models gave %1 %2 on average")
                             .arg(labelled)
                             .arg(fit, 0, 'f', 2);
    };
    // With the run's probes by name (and no threshold given) the probes, scored as the wrong
    // labels they are, estimate how many wrong genders there are and where the F1 of a cut on
    // the score peaks (trainingfit.h: bestScoreCut); with GenderRule::Cut that cut judges.
    std::optional<ScoreCut> genderCut;
    if (!options.fitThreshold && options.fit && !options.fit->probes.empty()) {
        std::vector<double> scores, probeScores;
        for (int pi = 0; pi < people; ++pi)
            if (personGender[pi] >= 0 && genderFit[pi] >= 0)
                scores.push_back(fitScore(genderProbs[std::size_t(pi) * 2 + 1 - personGender[pi]],
                                          genderFit[pi]));
        for (const ProbeFit &probe : options.fit->probes)
            if (probe.person < people && personGender[probe.person] >= 0)
                probeScores.push_back(fitScore(
                    genderProbs[std::size_t(probe.person) * 2 + personGender[probe.person]],
                    probe.fit));
        genderCut = bestScoreCut(scores, probeScores);
    }
    GenderRule rule = options.genderRule;
    if (rule == GenderRule::Cut && !genderCut)
        rule = GenderRule::Fence;
    if (rule == GenderRule::Flag && options.fitThreshold)
        rule = GenderRule::Fence; // a threshold asked for is used
    if (gates) {
        gates->fitThreshold = fitThreshold;
        gates->genderCut = genderCut;
        gates->genderRule = rule;
    }
    const auto judgeGender = [&](int pi, bool flagged) {
        const double p = genderProbs[std::size_t(pi) * 2 + 1 - personGender[pi]]; // the other
        if (rule == GenderRule::Cut && genderFit[pi] >= 0)
            return p > 0.5 && fitScore(p, genderFit[pi]) >= genderCut->score;
        const bool read = flagged && p >= options.personThreshold;
        return rule == GenderRule::Flag ? read : read && fitAllows(genderFit[pi]);
    };
    std::vector<int> suggestedGender, suggestedBand;
    const auto genderFlags =
        confidentLearningIssues(personGender, genderProbs.data(), 2, &suggestedGender);
    const auto bandFlags = confidentLearningIssues(personBand, bandProbs.data(), 3, &suggestedBand);
    for (int pi = 0; pi < people; ++pi) {
        const Person &person = ds.people[pi];
        if (personGender[pi] >= 0 && judgeGender(pi, genderFlags[pi])) {
            suggestedGender[pi] = 1 - personGender[pi]; // two genders: the flag's suggestion
            LabelIssue issue;
            issue.target = person.folder;
            issue.kind = IssueKind::PersonGender;
            issue.field = QStringLiteral("gender");
            issue.given = person.gender;
            issue.suggested = Gender(suggestedGender[pi]);
            const double p = genderProbs[std::size_t(pi) * 2 + suggestedGender[pi]];
            issue.score = fitScore(p, genderFit[pi]);
            issue.evidence = Tr::tr("%1 images: mean p(%2) = %3")
                                 .arg(votes[pi])
                                 .arg(genderName(Gender(suggestedGender[pi])))
                                 .arg(p, 0, 'f', 2) +
                             fitEvidence(genderFit[pi], genderName(person.gender));
            issue.person = pi;
            issues.push_back(issue);
        }
        if (bandFlags[pi] &&
            bandProbs[std::size_t(pi) * 3 + suggestedBand[pi]] >= options.personThreshold &&
            fitAllows(bandFit[pi])) {
            LabelIssue issue;
            issue.target = person.folder;
            issue.kind = IssueKind::PersonAgeBand;
            issue.field = QStringLiteral("age_band");
            issue.given = AgeBand(personBand[pi]);
            issue.suggested = AgeBand(suggestedBand[pi]);
            const double p = bandProbs[std::size_t(pi) * 3 + suggestedBand[pi]];
            issue.score = fitScore(p, bandFit[pi]);
            issue.evidence = Tr::tr("%1 images: mean p(%2) = %3 (age %4)")
                                 .arg(votes[pi])
                                 .arg(ageBandName(AgeBand(suggestedBand[pi]), bands))
                                 .arg(p, 0, 'f', 2)
                                 .arg(person.age) +
                             fitEvidence(bandFit[pi], ageBandName(AgeBand(personBand[pi]), bands));
            issue.person = pi;
            issues.push_back(issue);
        }
        // incorrect_mask read as not worn and normal read as incorrect: the files are swapped.
        const int inc = person.images[kIncorrectStem], nor = person.images[kNormalStem];
        if (inc >= 0 && nor >= 0 && labels[inc] >= 0 && labels[nor] >= 0) {
            auto maskProb = [&](int s, MaskState m) {
                const float *p = probs.data() + std::size_t(s) * kClassCount;
                double sum = 0;
                for (int c = 0; c < kClassCount; ++c)
                    if (classParts(c).mask == m)
                        sum += p[c];
                return sum;
            };
            const MaskState incLabel = ds.samples[inc].mask(), norLabel = ds.samples[nor].mask();
            const double a = maskProb(inc, norLabel), b = maskProb(nor, incLabel);
            // Each photo is read as the other one's state rather than its own.
            if (incLabel != norLabel && a > maskProb(inc, incLabel) &&
                b > maskProb(nor, norLabel)) {
                LabelIssue issue;
                issue.target = person.folder;
                issue.kind = IssueKind::MaskSwap;
                issue.field = QStringLiteral("mask");
                issue.given = MaskPair{incLabel, norLabel};
                issue.suggested = MaskPair{norLabel, incLabel};
                issue.score = (a + b) / 2;
                issue.evidence = Tr::tr("%1 read as %2 (p %3), %4 read as %5 (p %6)")
                                     .arg(ds.samples[inc].fileName, maskStateName(norLabel))
                                     .arg(a, 0, 'f', 2)
                                     .arg(ds.samples[nor].fileName, maskStateName(incLabel))
                                     .arg(b, 0, 'f', 2);
                issue.person = pi;
                issues.push_back(issue);
            }
        }
    }
    // An image whose suggestion a person-level suspect explains (the person's other gender or
    // band, the swapped mask) is that suspect, not one more: one suspect per person, not seven.
    std::vector<int> genderSuspect(people, -1), bandSuspect(people, -1), swapSuspect(people, 0);
    for (const LabelIssue &issue : issues) {
        if (issue.kind == IssueKind::PersonGender)
            genderSuspect[issue.person] = int(std::get<Gender>(issue.suggested));
        else if (issue.kind == IssueKind::PersonAgeBand)
            bandSuspect[issue.person] = suggestedBand[issue.person];
        else if (issue.kind == IssueKind::MaskSwap)
            swapSuspect[issue.person] = 1;
    }
    std::erase_if(issues, [&](const LabelIssue &issue) {
        if (issue.kind != IssueKind::ConfidentLearning)
            return false;
        const ClassParts given = classParts(std::get<int>(issue.given));
        const ClassParts to = classParts(std::get<int>(issue.suggested));
        const int pi = issue.person;
        const bool genderOnly =
            to.mask == given.mask && to.age == given.age && genderSuspect[pi] == int(to.gender);
        const bool bandOnly =
            to.mask == given.mask && to.gender == given.gender && bandSuspect[pi] == int(to.age);
        const Person &person = ds.people[pi];
        const bool swapped = swapSuspect[pi] && to.gender == given.gender && to.age == given.age &&
                             (issue.sample == person.images[kIncorrectStem] ||
                              issue.sample == person.images[kNormalStem]);
        // Gender and age band belong to the person: an image alone does not get a suspect
        // for them (see IssueOptions::imageAttributes).
        const bool personAttributeOnly = !options.imageAttributes && to.mask == given.mask;
        return genderOnly || bandOnly || swapped || personAttributeOnly;
    });
    std::stable_sort(issues.begin(), issues.end(),
                     [](const LabelIssue &a, const LabelIssue &b) { return a.score > b.score; });
    for (LabelIssue &issue : issues) {
        issue.givenText = issueValueText(issue.given, bands);
        issue.suggestedText = issueValueText(issue.suggested, bands);
    }
    return issues;
}

} // namespace masklens::analysis
