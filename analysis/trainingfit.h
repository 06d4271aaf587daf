// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A training run's training fit (train_fit.csv beside its out-of-fold predictions:
// path,trained,gender,age_band,mask): for each train image, the mean probability the run's
// models gave its own gender, age band and mask state while they trained on it (over every epoch
// and every model that had it in its training folds). Out-of-fold probabilities say what a model
// that never saw a person reads; the fit says how hard the person's label was to learn. A
// correct but unusual person (a long-haired man) is learnt as labelled; a wrong label is only
// memorised late, so its fit stays low - the area-under-the-margin idea (Pleiss et al.,
// "Identifying Mislabeled Data using the Area Under the Margin Ranking", NeurIPS 2020). Any thread.

#include "dataset.h"
#include "result.h"

#include <array>
#include <optional>
#include <vector>

namespace masklens::analysis {

/// A probe of the run (train --fit-probes): a person its models trained with the other gender
/// on purpose, and the mean fit they gave that gender.
struct ProbeFit
{
    int person = -1; ///< index into the dataset's people
    double fit = 0;
};

struct TrainingFit
{
    QString file;
    /// Per train sample (the dataset's order): the fit of its gender, age band and mask state;
    /// NaN for an image the file has no row for.
    std::vector<std::array<float, 3>> values;
    int rows = 0;
    /// The age bands the run trained on (train_fit.csv.json); the age-band fit means something
    /// only under the same bands. Unknown without the sidecar.
    std::optional<AgeBands> ageBands;
    /// The run's probes (train --fit-probes): each probe person's fit of the other gender,
    /// which a model trained them with on purpose - what a wrong label's fit looks like in this
    /// run. Ascending; empty without probes.
    std::vector<double> probeFits;
    /// The same probes by person (the sidecar's "probes"; empty in a fit written before it
    /// named them, or without probes).
    std::vector<ProbeFit> probes;

    /// The fit below which a label fits like a wrong one: the upper Tukey fence of the probes'
    /// fits (third quartile + 1.5 x the interquartile range; quartiles as numpy.quantile gives
    /// them). A fence, not a high quantile: some probes were people who look like the other
    /// gender (or carried a wrong label already), whom the flip made easy to learn - outliers
    /// above the wrong labels' fits. None without probes (at least four).
    std::optional<double> thresholdFromProbes() const;
};

/// Where to cut a ranking of suspects whose wrong labels look like the probes: each person's
/// score and each probe's score as if it were a wrong label. R(c), the share of the probes
/// scoring at least c, estimates the recall of the cut c; the number of wrong labels M is
/// estimated from the people scoring at least the probes' lower quartile (N there / R there);
/// the cut maximises the F1 that follows, 2 R(c) M / (M + N(c)), N(c) the people kept.
struct ScoreCut
{
    double score = 0;       ///< keep the people scoring at least this
    double wrongLabels = 0; ///< M
    double estimatedRecall = 0;
    double estimatedF1 = 0;
    int probes = 0;
};
inline constexpr std::size_t kMinProbesForCut = 20;
/// None with fewer than kMinProbesForCut probes or no scores, or when nobody scores like the
/// probes' upper three quarters (M = 0).
std::optional<ScoreCut> bestScoreCut(const std::vector<double> &scores,
                                     const std::vector<double> &probeScores);

/// Reads FILE for `dataset`'s train images. Fails naming the file and line on a row that does not
/// parse, an image the dataset does not have (another dataset), an image listed twice, or a
/// value that is not a probability; and when no row is left. A sidecar FILE.json
/// ({"middle_from": 30, "old_from": 60, "probe_fits": [...]}) gives the run's age bands and its
/// probes; one that is there but damaged fails naming it.
Result<TrainingFit> readTrainingFit(const QString &file, const Dataset &dataset);

/// The training fit that belongs with a predictions file: train_fit.csv beside a run's
/// oof_predictions.csv or val_predictions.csv; empty when there is none.
QString trainingFitBeside(const QString &predictionsFile);

} // namespace masklens::analysis
