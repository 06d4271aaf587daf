// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submission.h"

#include "csv.h"
#include "safefile.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace masklens::analysis {

namespace {
/// lupdate files every Tr::tr() text under "Submission", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

Result<Submission> voteSubmission(const Dataset &dataset,
                                  const std::vector<Predictions> &predictions)
{
    if (predictions.empty())
        return Error{QString(), 0, Tr::tr("no predictions to vote")};
    for (const Predictions &p : predictions)
        if (p.split != Split::Eval || p.count() != int(dataset.evalImages.size()))
            return Error{p.file, 0,
                         Tr::tr("not predictions for eval/info.csv's images (expected the "
                                "header ImageID,pred or ImageID,ans)")};
    Submission s;
    s.ans.assign(dataset.evalImages.size(), -1);
    for (int i = 0; i < int(dataset.evalImages.size()); ++i) {
        std::array<int, kClassCount> votes{};
        std::array<double, kClassCount> mass{};
        int voters = 0;
        for (const Predictions &p : predictions) {
            if (p.predicted[i] < 0)
                continue;
            ++voters;
            ++votes[p.predicted[i]];
            if (const float *probs = p.probabilitiesOf(i); probs && !std::isnan(probs[0]))
                for (int c = 0; c < kClassCount; ++c)
                    mass[c] += probs[c];
        }
        if (voters == 0)
            return Error{dataset.evalCsvPath(), dataset.evalImages[i].csvLine,
                         Tr::tr("no prediction for %1 in any file; a submission needs every "
                                "eval image")
                             .arg(dataset.evalImages[i].imageId)};
        int best = 0;
        int tied = 0;
        for (int c = 1; c < kClassCount; ++c)
            if (votes[c] > votes[best])
                best = c;
        for (int c = 0; c < kClassCount; ++c)
            tied += votes[c] == votes[best];
        if (tied > 1) {
            // Among the classes with the most votes, the largest summed probability; with no
            // probabilities, the lowest class (stated in the README).
            int pick = -1;
            for (int c = 0; c < kClassCount; ++c)
                if (votes[c] == votes[best] && (pick < 0 || mass[c] > mass[pick]))
                    pick = c;
            best = pick;
            ++s.tiesBroken;
        }
        s.unanimous += votes[best] == voters;
        s.ans[i] = best;
    }
    return s;
}

Status writeSubmission(const QString &file, const Dataset &dataset, const Submission &submission)
{
    QByteArray text = "ImageID,ans\n";
    for (int i = 0; i < int(dataset.evalImages.size()); ++i)
        text += csvField(dataset.evalImages[i].imageId).toUtf8() + ',' +
                QByteArray::number(submission.ans[i]) + '\n';
    return writeFileAtomically(file, text, LinkPolicy::Follow);
}

} // namespace masklens::analysis
