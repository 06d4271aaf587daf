// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding wrong labels from out-of-fold probabilities, with two kinds of evidence:
//  - confident learning as cleanlab does it (Northcutt, Jiang & Chuang, "Confident Learning:
//    Estimating Uncertainty in Dataset Labels", JAIR 2021; cleanlab's find_label_issues with
//    filter_by="prune_by_noise_rate"): per-class thresholds (the mean self-confidence of each
//    given class), the confident joint, calibrated to the label counts, and for each off-diagonal
//    cell that many samples with the largest margin p(suggested) - p(given) flagged (never one
//    whose given label is the model's prediction); ranked by normalised margin (or
//    self-confidence);
//  - checks that use this data's structure: a person's seven images vote on gender and age band
//    (their mean marginals, with confident learning over people; one suspect per person, not
//    seven), and an incorrect_mask / normal pair that the model reads the other way round is a
//    swap suspect.
// Plain functions over vectors; 18,900 x 18 takes a few milliseconds.

#include "dataset.h"
#include "predictions.h"
#include "trainingfit.h"

#include <QJsonObject>

#include <optional>
#include <variant>

namespace masklens::analysis {

enum class IssueKind { ConfidentLearning, PersonGender, PersonAgeBand, MaskSwap };
QString issueKindName(IssueKind k); ///< label_error, gender_flip, age_band, mask_swap

/// A mask swap's labels: the incorrect_mask image's mask state, and the normal image's.
struct MaskPair
{
    MaskState incorrectImage = MaskState::Incorrect;
    MaskState normalImage = MaskState::NotWorn;
    friend bool operator==(const MaskPair &, const MaskPair &) = default;
};

/// What a suspect says a label is, typed by its kind: a class 0..17 (ConfidentLearning), a
/// gender (PersonGender), an age band (PersonAgeBand) or the two images' masks (MaskSwap).
using IssueValue = std::variant<int, Gender, AgeBand, MaskPair>;

/// The text files and the queue show for a value: the class number, "male", "30-59" (under
/// `bands`), "incorrect/normal".
QString issueValueText(const IssueValue &value, const AgeBands &bands);

struct LabelIssue
{
    QString target; ///< an image "folder/file", or a person's folder
    IssueKind kind = IssueKind::ConfidentLearning;
    QString field; ///< class, gender, age_band, mask
    IssueValue given;
    IssueValue suggested;
    QString givenText;     ///< issueValueText(given) under the bands it was found with
    QString suggestedText; ///< the same for suggested (the CSV and JSON columns)
    double score = 0;      ///< higher: more likely wrong (0..1)
    QString evidence;      ///< in words, for the review queue
    int sample = -1;       ///< the image, for image-level issues
    int person = -1;
};

enum class IssueRanking { NormalizedMargin, SelfConfidence };

/// How the person check judges gender when the look has the run's training fit (README,
/// "Finding label issues": measured on held-out runs of the detector's recipe).
enum class GenderRule {
    /// Confident learning's flag and personThreshold; the fit ranks (p(other) x (1 - fit)) but
    /// does not veto. The default: with the detector's full-resolution face crop the models
    /// read the unusual people right, and the fence only cost true flips (pooled over four
    /// held-out runs 0.99 / 0.96 against the fence's 1.00 / 0.89).
    Flag,
    /// Also a fit below fitThreshold or the probes' upper fence: for a model that misreads
    /// unusual people (a long-haired man read as a woman) as confidently as wrong labels. The
    /// detector's (DetectorRecipe::genderRule) since the generator gave each face its own
    /// traits, with the neighbours' vote.
    Fence,
    /// p(other) x (1 - fit) reaching the cut where the F1 the probes estimate peaks
    /// (IssueGates::genderCut; confident learning's flag not asked); Fence without that cut.
    Cut,
};

/// flag, fence or cut: --gender-rule's names.
QString genderRuleName(GenderRule rule);

struct IssueOptions
{
    IssueRanking ranking = IssueRanking::NormalizedMargin;
    double personThreshold =
        0.6; ///< mean probability of the other gender/band over a person's images
    /// Image-level suspects about gender or age band too. Off by default: those are the
    /// person's, judged over all seven images by the person-level checks; one image read as
    /// the other gender or band is that check's evidence (mostly honest age-edge confusions),
    /// not a label error of its own. Image-level suspects about the mask state always show.
    bool imageAttributes = false;
    /// The training fit of the run that made the probabilities (trainingfit.h), or null. With
    /// it a person-level suspect scores p(other) x (1 - fit). When the run measured what a
    /// wrong label's fit looks like (its probes: TrainingFit::thresholdFromProbes), or
    /// fitThreshold is given, an age-band suspect (a gender suspect too under GenderRule::Fence,
    /// or with fitThreshold given) also needs the models to have fitted the
    /// person's label below that while training on it: a person the models learnt to read as
    /// labelled is unusual, not mislabelled. (Asking the held-out reading for personThreshold
    /// alone, without confident learning's flag, was measured and dropped: more false flips on
    /// a held-out set, README.) When the fit names its probes (and no fitThreshold is given),
    /// they estimate how many wrong genders there are and where a cut on that score would go
    /// (IssueGates::genderCut).
    const TrainingFit *fit = nullptr;
    std::optional<double> fitThreshold;
    /// How a person's gender is judged when there is a fit (GenderRule). A fitThreshold given
    /// makes Flag judge as Fence.
    GenderRule genderRule = GenderRule::Flag;
};

/// How a look judged people (findLabelIssues fills it when asked).
struct IssueGates
{
    /// The highest fit a person-level suspect could have (given, or the probes' fence).
    std::optional<double> fitThreshold;
    /// What the run's probes by name estimate (how many wrong genders, where a cut on
    /// p(other) x (1 - fit) would go), when there were enough; it judged only with
    /// GenderRule::Cut.
    std::optional<ScoreCut> genderCut;
    GenderRule genderRule = GenderRule::Flag; ///< the rule that judged gender
};

/// Every suspect, highest score first. Needs probabilities for the train split.
Result<std::vector<LabelIssue>>
findLabelIssues(const Dataset &dataset, const Predictions &predictions, const AgeBands &bands,
                const IssueOptions &options = {}, IssueGates *gates = nullptr);

/// The confident-learning part alone: a flag per sample (true: likely mislabelled) and its
/// suggested class, for given labels and probabilities (n x classes); *joint (when given) is the
/// calibrated confident joint, classes x classes, row = given label, column = likely true one.
std::vector<int> confidentLearningIssues(const std::vector<int> &labels, const float *probabilities,
                                         int classes, std::vector<int> *suggested = nullptr,
                                         std::vector<double> *joint = nullptr);

} // namespace masklens::analysis
