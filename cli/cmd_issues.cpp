// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "analysis/csv.h"
#include "analysis/detectorrecipe.h"
#include "analysis/features.h"
#include "analysis/labelissues.h"
#include "analysis/neighbourvote.h"
#include "analysis/runs.h"
#include "analysis/safefile.h"
#include "analysis/trainingevent.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <cmath>
#include <optional>

#include <set>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Score
{
    int suspects = 0, truth = 0, hits = 0;
    double precision() const { return suspects ? double(hits) / suspects : 0.0; }
    double recall() const { return truth ? double(hits) / truth : 0.0; }
};

Score compare(const std::set<QString> &suspects, const std::set<QString> &truth)
{
    Score s;
    s.suspects = int(suspects.size());
    s.truth = int(truth.size());
    for (const QString &t : suspects)
        s.hits += truth.count(t) ? 1 : 0;
    return s;
}

QJsonObject scoreJson(const Score &s)
{
    return {{QStringLiteral("suspects"), s.suspects},
            {QStringLiteral("true_errors"), s.truth},
            {QStringLiteral("found"), s.hits},
            {QStringLiteral("precision"), s.precision()},
            {QStringLiteral("recall"), s.recall()}};
}

/// The detector's recipe (analysis/detectorrecipe.h, shared with the window's Find label
/// issues) with `epochs` epochs (--find-epochs).
QStringList findRecipe(int epochs)
{
    analysis::DetectorRecipe recipe;
    recipe.epochs = epochs;
    return recipe.options();
}

/// Trains the recipe into DATA/.masklens/runs/find-<time> with this masklens-cli, its progress
/// on stderr; the run's out-of-fold predictions file, or empty (the reason printed).
QString trainForFinding(const QString &data, const analysis::AgeBands &bands, int epochs,
                        bool originalLabels)
{
    const QString runs = analysis::runsFolder(data);
    QDir().mkpath(runs);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString run = QDir(runs).filePath(QStringLiteral("find-") + stamp);
    for (int k = 2; QFileInfo::exists(run); ++k)
        run = QDir(runs).filePath(QStringLiteral("find-%1-%2").arg(stamp).arg(k));
    QStringList args{QStringLiteral("train"),
                     QStringLiteral("--data"),
                     data,
                     QStringLiteral("--out"),
                     run,
                     QStringLiteral("--bands"),
                     QStringLiteral("%1,%2").arg(bands.middleFrom).arg(bands.oldFrom)};
    args += findRecipe(epochs);
    if (originalLabels)
        args << QStringLiteral("--original-labels");
    err() << Tr::tr("issues: training the detector's model into %1 (%2)\n")
                 .arg(run, findRecipe(epochs).join(u' '));
    err().flush();
    QProcess trainer;
    trainer.setProcessChannelMode(QProcess::SeparateChannels);
    trainer.start(QCoreApplication::applicationFilePath(), args);
    if (!trainer.waitForStarted(30000)) {
        err() << Tr::tr("issues: cannot start the trainer: %1\n").arg(trainer.errorString());
        return {};
    }
    QString failure;
    int lastEpochShown = -1;
    auto relay = [&] {
        while (trainer.canReadLine()) {
            const analysis::ParsedLine line = analysis::parseTrainingEvent(trainer.readLine());
            if (const auto *e = line.as<protocol::EpochEvent>()) {
                const int shown = e->at.model * 1000 + e->at.epoch;
                if (shown == lastEpochShown)
                    continue;
                lastEpochShown = shown;
                err() << Tr::tr("issues: fold %1/3, epoch %2/%3: validation macro F1 %4\n")
                             .arg(e->at.fold + 1)
                             .arg(e->at.epoch)
                             .arg(e->at.epochs)
                             .arg(e->valMacroF1, 0, 'f', 3);
                err().flush();
            } else if (const auto *f = line.as<protocol::ErrorEvent>()) {
                failure = QString::fromStdString(f->message);
            }
        }
    };
    QObject::connect(&trainer, &QProcess::readyReadStandardOutput, relay);
    QObject::connect(&trainer, &QProcess::readyReadStandardError,
                     [&] { trainer.readAllStandardError(); }); // the cache's own lines
    while (!trainer.waitForFinished(1000))
        if (trainer.state() == QProcess::NotRunning)
            break;
    relay();
    if (trainer.exitStatus() != QProcess::NormalExit || trainer.exitCode() != 0) {
        err() << Tr::tr("issues: the detector's training run failed (%1): %2\n")
                     .arg(run, failure.isEmpty() ? trainer.errorString() : failure);
        return {};
    }
    return QDir(run).filePath(QStringLiteral("oof_predictions.csv"));
}

} // namespace

int runIssues(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Finds likely wrong labels from out-of-fold probabilities (masklens-cli train --folds K "
        "writes them): confident learning per image, and person-level checks (a person's seven "
        "images voting on gender and age band; swapped incorrect_mask/normal files). Writes one "
        "row per suspect: target,kind,field,given,suggested,score,evidence."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption predOpt(
        QStringLiteral("pred"), Tr::tr("Predictions with probabilities."), QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Suspects CSV to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     Tr::tr("Print the suspects (and scores) as JSON."));
    const QCommandLineOption rankOpt(QStringLiteral("ranking"),
                                     Tr::tr("margin (normalised margin) or self_confidence."),
                                     QStringLiteral("R"), QStringLiteral("margin"));
    const QCommandLineOption truthOpt(
        QStringLiteral("truth"),
        Tr::tr("Known errors (a synthetic dataset's "
               "train/noise_truth.csv): report precision and recall."),
        QStringLiteral("FILE"));
    const QCommandLineOption originalOpt(QStringLiteral("original-labels"),
                                         Tr::tr("Ignore the corrections journal."));
    const QCommandLineOption thresholdOpt(
        QStringLiteral("person-threshold"),
        Tr::tr("Lowest mean probability of the other gender or age band over a person's images for "
               "a person-level suspect (default 0.6); higher: fewer, surer suspects."),
        QStringLiteral("P"), QStringLiteral("0.6"));
    const QCommandLineOption methodOpt(
        QStringLiteral("method"),
        Tr::tr("cl: the model's probabilities (confident learning and the person checks); knn: "
               "the labels of each image's nearest neighbours in feature space (other people "
               "only) instead; both: the mean of the two. knn and both need --features."),
        QStringLiteral("M"), QStringLiteral("cl"));
    const QCommandLineOption featuresOpt(
        QStringLiteral("features"),
        Tr::tr("Embeddings of the train images (default: the run's oof_features.npy or "
               "val_features.npy beside --pred, when there is one)."),
        QStringLiteral("FILE"));
    const QCommandLineOption findOpt(
        QStringLiteral("find"),
        Tr::tr("Train the detector's model first (3 folds of the 128x160 CNN on the face crop, "
               "three heads, cross-entropy; into DIR/.masklens/runs/find-TIME, progress on "
               "stderr), then look with its out-of-fold predictions and features (--method "
               "knn unless given)."));
    const QCommandLineOption findEpochsOpt(QStringLiteral("find-epochs"),
                                           Tr::tr("Epochs of that run (default 30)."),
                                           QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption imageSuspectsOpt(
        QStringLiteral("image-suspects"),
        Tr::tr("mask (default): image-level suspects only about an image's mask state; gender "
               "and age band belong to the person and are judged over its seven images by the "
               "person checks. all: also an image read alone as the other gender or band."),
        QStringLiteral("WHICH"), QStringLiteral("mask"));
    const QCommandLineOption fitOpt(
        QStringLiteral("fit"),
        Tr::tr("The training fit of the run that made --pred (default: its train_fit.csv, when "
               "there is one): a person-level suspect then also needs the run's models to have "
               "fitted the person's label badly while training on it."),
        QStringLiteral("FILE"));
    const QCommandLineOption noFitOpt(QStringLiteral("no-fit"),
                                      Tr::tr("Look without the training fit."));
    const QCommandLineOption fitThresholdOpt(
        QStringLiteral("fit-threshold"),
        Tr::tr("Highest mean training fit of a person's label (the probability the models gave "
               "it while training on the person) for a person-level suspect (default: the upper "
               "Tukey fence of the fits of the run's probes, labels made wrong on purpose; none "
               "without probes)."),
        QStringLiteral("F"));
    const QCommandLineOption genderRuleOpt(
        QStringLiteral("gender-rule"),
        Tr::tr("How a person's gender is judged with the run's training fit. flag (default; "
               "with --find the detector's rule, fence): "
               "confident learning's flag and --person-threshold, the fit ranking the "
               "suspects. fence: also a fit below the probes' fence (or --fit-threshold). cut: "
               "p(other) x (1 - fit) reaching the cut where the F1 the probes estimate peaks. "
               "Either way the probes' estimate is reported."),
        QStringLiteral("RULE"), QStringLiteral("flag"));
    parser.addOptions({dataOpt, predOpt, outOpt, jsonOpt, rankOpt, truthOpt, originalOpt,
                       thresholdOpt, methodOpt, featuresOpt, findOpt, findEpochsOpt,
                       imageSuspectsOpt, fitOpt, noFitOpt, fitThresholdOpt, genderRuleOpt,
                       ageBandsCommandLineOption()});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || (!parser.isSet(predOpt) && !parser.isSet(findOpt)) ||
        (!parser.isSet(outOpt) && !parser.isSet(jsonOpt))) {
        err() << Tr::tr("issues: --data DIR, --pred FILE (or --find) and --out FILE (or --json) "
                        "are required\n");
        return 1;
    }
    const auto findEpochs = intOption(parser, findEpochsOpt.names()[0], 1, 1000);
    if (!findEpochs)
        return 1;
    analysis::AgeBands bands;
    if (!ageBandsOption(parser, &bands))
        return 1;
    const QString method = parser.isSet(findOpt) && !parser.isSet(methodOpt)
                               ? analysis::DetectorRecipe().method
                               : parser.value(methodOpt);
    if (method != u"cl" && method != u"knn" && method != u"both") {
        err() << Tr::tr("--method: expected cl, knn or both\n");
        return 1;
    }
    analysis::IssueOptions options;
    if (parser.value(rankOpt) == u"self_confidence")
        options.ranking = analysis::IssueRanking::SelfConfidence;
    else if (parser.value(rankOpt) != u"margin") {
        err() << Tr::tr("--ranking: expected margin or self_confidence\n");
        return 1;
    }
    if (parser.value(imageSuspectsOpt) != u"mask" && parser.value(imageSuspectsOpt) != u"all") {
        err() << Tr::tr("--image-suspects: expected mask or all\n");
        return 1;
    }
    options.imageAttributes = parser.value(imageSuspectsOpt) == u"all";
    bool thresholdOk = false;
    options.personThreshold = parser.value(thresholdOpt).toDouble(&thresholdOk);
    if (!thresholdOk || options.personThreshold < 0.5 || options.personThreshold > 1.0) {
        err() << Tr::tr("--person-threshold: expected a probability from 0.5 to 1\n");
        return 1;
    }
    if (parser.isSet(fitThresholdOpt)) {
        options.fitThreshold = doubleOption(parser, fitThresholdOpt.names()[0], 0.0, 1.0);
        if (!options.fitThreshold)
            return 1;
    }
    // issues --find judges by the detector's rule unless another is asked for.
    if (parser.isSet(findOpt) && !parser.isSet(genderRuleOpt))
        options.genderRule = analysis::DetectorRecipe().genderRule;
    else if (const QString rule = parser.value(genderRuleOpt); rule == u"flag")
        options.genderRule = analysis::GenderRule::Flag;
    else if (rule == u"fence")
        options.genderRule = analysis::GenderRule::Fence;
    else if (rule == u"cut")
        options.genderRule = analysis::GenderRule::Cut;
    else {
        err() << Tr::tr("--gender-rule: expected flag, fence or cut\n");
        return 1;
    }
    if (parser.isSet(fitOpt) && parser.isSet(noFitOpt)) {
        err() << Tr::tr("issues: --fit and --no-fit exclude each other\n");
        return 1;
    }
    auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("issues: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    if (!parser.isSet(originalOpt) && !applyCorrections(&*ds, QStringLiteral("issues")))
        return 2;
    QString predFile = parser.value(predOpt);
    if (parser.isSet(findOpt)) {
        predFile = trainForFinding(ds->root, bands, *findEpochs, parser.isSet(originalOpt));
        if (predFile.isEmpty())
            return 2;
    }
    const auto pred = analysis::readPredictions(predFile, *ds);
    if (!pred) {
        err() << Tr::tr("issues: %1\n").arg(pred.error().toString());
        return 2;
    }
    printProblems(QStringLiteral("issues"), pred->problems);
    int withProbabilities = 0;
    for (int i = 0; i < pred->count(); ++i)
        if (const float *p = pred->probabilitiesOf(i); p && !std::isnan(p[0]))
            ++withProbabilities;
    if (withProbabilities == 0) {
        err() << Tr::tr("issues: %1: no row with usable class probabilities; nothing to look for "
                        "label issues in\n")
                     .arg(predFile);
        return 2;
    }
    // The training fit: given, or the run's own beside its predictions file.
    std::optional<analysis::TrainingFit> fit;
    if (const QString fitFile = parser.isSet(noFitOpt) ? QString()
                                : parser.isSet(fitOpt) ? parser.value(fitOpt)
                                                       : analysis::trainingFitBeside(predFile);
        !fitFile.isEmpty()) {
        auto read = analysis::readTrainingFit(fitFile, *ds);
        if (!read) {
            err() << Tr::tr("issues: %1\n").arg(read.error().toString());
            return 2;
        }
        fit = std::move(read).value();
        options.fit = &*fit;
    }
    // The features: given, or the run's own beside its predictions file.
    QString featuresFile = parser.value(featuresOpt);
    if (featuresFile.isEmpty())
        featuresFile = analysis::featuresBeside(predFile);
    if (method != u"cl" && featuresFile.isEmpty()) {
        err() << Tr::tr("issues: --method %1 needs --features FILE (predict --features, or a "
                        "training run's oof_features.npy)\n")
                     .arg(method);
        return 1;
    }
    // Each method's view of the images: the model's probabilities, the neighbours' vote, or
    // their mean.
    std::map<QString, analysis::Predictions> views;
    views.emplace(QStringLiteral("cl"), *pred);
    if (!featuresFile.isEmpty() && (method != u"cl" || parser.isSet(truthOpt))) {
        const auto features = analysis::readFeatures(featuresFile, *ds, analysis::Split::Train);
        if (!features) {
            err() << Tr::tr("issues: %1\n").arg(features.error().toString());
            return 2;
        }
        if (const auto same = analysis::checkSameModel(*features, predFile); !same) {
            err() << Tr::tr("issues: %1\n").arg(same.error().toString());
            return 2;
        }
        auto vote = analysis::neighbourVote(*ds, *features, bands);
        if (!vote) {
            err() << Tr::tr("issues: %1\n").arg(vote.error().toString());
            return 2;
        }
        views.emplace(QStringLiteral("both"), analysis::blendPredictions(*ds, *pred, *vote));
        views.emplace(QStringLiteral("knn"), std::move(vote).value());
    }
    QElapsedTimer clock;
    clock.start();
    analysis::IssueGates gates;
    const auto issues = analysis::findLabelIssues(*ds, views.at(method), bands, options, &gates);
    const double ms = clock.nsecsElapsed() / 1e6;
    if (!issues) {
        err() << Tr::tr("issues: %1\n").arg(issues.error().toString());
        return 2;
    }

    if (parser.isSet(outOpt)) {
        QByteArray text = "target,kind,field,given,suggested,score,evidence\n";
        for (const analysis::LabelIssue &i : *issues)
            text += analysis::csvField(i.target).toUtf8() + ',' +
                    analysis::issueKindName(i.kind).toUtf8() + ',' + i.field.toUtf8() + ',' +
                    analysis::csvField(i.givenText).toUtf8() + ',' +
                    analysis::csvField(i.suggestedText).toUtf8() + ',' +
                    QByteArray::number(i.score, 'g', 6) + ',' +
                    analysis::csvField(i.evidence).toUtf8() + '\n';
        if (auto st = analysis::writeFileAtomically(parser.value(outOpt), text,
                                                    analysis::LinkPolicy::Follow);
            !st) {
            err() << Tr::tr("issues: %1\n").arg(st.error().toString());
            return 2;
        }
    }

    // Against known errors: per kind, the suspects' people against the true ones, beside the
    // plain baseline "the prediction differs from the label" (an image's predicted gender, mask
    // or age band differs; its person counts as a suspect of that kind).
    QJsonObject scores;
    std::map<QString, std::set<QString>> truePeople; // kind -> people with a true error
    if (parser.isSet(truthOpt)) {
        const auto truth = analysis::readCsv(parser.value(truthOpt));
        if (!truth) {
            err() << Tr::tr("issues: %1\n").arg(truth.error().toString());
            return 2;
        }
        for (const analysis::CsvRow &row : truth->rows)
            truePeople[row.fields.value(1)].insert(row.fields.value(0).section(u'/', 0, 0));
        std::map<QString, std::set<QString>> found, baseline;
        std::map<QString, std::vector<std::pair<double, QString>>> ranked; // score, person
        for (const analysis::LabelIssue &i : *issues)
            if (i.kind != analysis::IssueKind::ConfidentLearning) {
                found[analysis::issueKindName(i.kind)].insert(i.target);
                ranked[analysis::issueKindName(i.kind)].emplace_back(i.score, i.target);
            }
        for (int s = 0; s < int(ds->samples.size()); ++s) {
            const int p = pred->predicted[s];
            if (p < 0)
                continue;
            const auto given = analysis::classParts(ds->classOf(s, bands)),
                       said = analysis::classParts(p);
            const QString folder = ds->people[ds->samples[s].person].folder;
            if (given.gender != said.gender)
                baseline[QStringLiteral("gender_flip")].insert(folder);
            if (given.age != said.age)
                baseline[QStringLiteral("age_shift")].insert(folder);
            if (given.mask != said.mask && ds->samples[s].stem >= 5)
                baseline[QStringLiteral("mask_swap")].insert(folder);
        }
        for (const auto &[truthKind, ours] :
             {std::pair{QStringLiteral("gender_flip"), QStringLiteral("gender_flip")},
              std::pair{QStringLiteral("mask_swap"), QStringLiteral("mask_swap")},
              std::pair{QStringLiteral("age_shift"), QStringLiteral("age_band")}}) {
            const Score a = compare(found[ours], truePeople[truthKind]);
            const Score b = compare(baseline[truthKind], truePeople[truthKind]);
            // Down the ranking: the first suspect at which 80% of the true errors are found,
            // and the precision there (what a stricter --person-threshold would give).
            auto &list = ranked[ours];
            std::stable_sort(list.begin(), list.end(),
                             [](const auto &x, const auto &y) { return x.first > y.first; });
            Score at80;
            double at80Score = 0;
            at80.truth = a.truth;
            for (const auto &[score, person] : list) {
                ++at80.suspects;
                at80.hits += truePeople[truthKind].count(person) ? 1 : 0;
                at80Score = score;
                if (at80.truth > 0 && at80.hits >= 0.8 * at80.truth)
                    break;
            }
            const bool reached = at80.truth > 0 && at80.hits >= 0.8 * at80.truth;
            QJsonObject masklens = scoreJson(a);
            if (reached)
                masklens.insert(QStringLiteral("at_recall_0.8"),
                                QJsonObject{{QStringLiteral("precision"), at80.precision()},
                                            {QStringLiteral("suspects"), at80.suspects},
                                            {QStringLiteral("min_score"), at80Score}});
            scores.insert(truthKind, QJsonObject{{QStringLiteral("masklens"), masklens},
                                                 {QStringLiteral("baseline"), scoreJson(b)}});
            if (!parser.isSet(jsonOpt))
                out() << Tr::tr(
                             "%1: MaskLens precision %2 recall %3 (%4 suspects, %5 of %6 true "
                             "errors); "
                             "baseline 'prediction differs' precision %7 recall %8 (%9 suspects)\n")
                             .arg(truthKind.leftJustified(12))
                             .arg(a.precision(), 0, 'f', 3)
                             .arg(a.recall(), 0, 'f', 3)
                             .arg(a.suspects)
                             .arg(a.hits)
                             .arg(a.truth)
                             .arg(b.precision(), 0, 'f', 3)
                             .arg(b.recall(), 0, 'f', 3)
                             .arg(b.suspects);
            if (!parser.isSet(jsonOpt) && reached)
                out() << Tr::tr("%1  down the ranking, recall 0.8 is reached at precision %2 (the "
                                "first %3 suspects, scores >= %4)\n")
                             .arg(QString(12, u' '))
                             .arg(at80.precision(), 0, 'f', 3)
                             .arg(at80.suspects)
                             .arg(at80Score, 0, 'f', 4);
        }
    }

    // Suspects against the truth, per kind and the whole queue; `line` gets the same in words.
    const auto summarize = [&](const std::vector<analysis::LabelIssue> &found, QString *line) {
        std::map<QString, std::set<QString>> people;
        int queue = 0, trueInQueue = 0;
        for (const analysis::LabelIssue &i : found) {
            ++queue;
            const QString person = i.target.section(u'/', 0, 0);
            bool isTrue = false;
            for (const auto &[kind, who] : truePeople)
                isTrue = isTrue || who.count(person);
            trueInQueue += isTrue ? 1 : 0;
            if (i.kind != analysis::IssueKind::ConfidentLearning)
                people[analysis::issueKindName(i.kind)].insert(i.target);
        }
        QJsonObject kinds;
        for (const auto &[truthKind, ours] :
             {std::pair{QStringLiteral("gender_flip"), QStringLiteral("gender_flip")},
              std::pair{QStringLiteral("mask_swap"), QStringLiteral("mask_swap")},
              std::pair{QStringLiteral("age_shift"), QStringLiteral("age_band")}}) {
            const Score sc = compare(people[ours], truePeople[truthKind]);
            kinds.insert(truthKind, scoreJson(sc));
            *line += QStringLiteral(" %1 %2/%3")
                         .arg(truthKind)
                         .arg(sc.precision(), 0, 'f', 2)
                         .arg(sc.recall(), 0, 'f', 2);
        }
        kinds.insert(QStringLiteral("queue"), QJsonObject{{QStringLiteral("suspects"), queue},
                                                          {QStringLiteral("true"), trueInQueue}});
        *line += Tr::tr("; queue %1 suspects, %2 on a person with a true error")
                     .arg(queue)
                     .arg(trueInQueue);
        return kinds;
    };

    // Each method side by side on the same truth (with features: cl, knn and both).
    if (parser.isSet(truthOpt) && views.size() > 1) {
        QJsonObject methods;
        for (const QString &m :
             {QStringLiteral("cl"), QStringLiteral("knn"), QStringLiteral("both")}) {
            // The chosen method's suspects are the ones found above.
            const auto found =
                m == method ? issues : analysis::findLabelIssues(*ds, views.at(m), bands, options);
            if (!found)
                continue;
            QString line;
            methods.insert(m, summarize(*found, &line));
            if (!parser.isSet(jsonOpt))
                out() << Tr::tr("method %1 (precision/recall):%2\n").arg(m.leftJustified(4), line);
        }
        scores.insert(QStringLiteral("methods"), methods);
    }
    // The same method without the training fit, side by side.
    if (parser.isSet(truthOpt) && fit) {
        analysis::IssueOptions without = options;
        without.fit = nullptr;
        if (const auto found = analysis::findLabelIssues(*ds, views.at(method), bands, without)) {
            QString line;
            scores.insert(QStringLiteral("without_fit"), summarize(*found, &line));
            if (!parser.isSet(jsonOpt))
                out() << Tr::tr("without the training fit (precision/recall):%1\n").arg(line);
        }
    }

    std::map<QString, int> perKind;
    for (const analysis::LabelIssue &i : *issues)
        ++perKind[analysis::issueKindName(i.kind)];
    if (parser.isSet(jsonOpt)) {
        QJsonArray list;
        for (const analysis::LabelIssue &i : *issues)
            list.append(QJsonObject{{QStringLiteral("target"), i.target},
                                    {QStringLiteral("kind"), analysis::issueKindName(i.kind)},
                                    {QStringLiteral("field"), i.field},
                                    {QStringLiteral("given"), i.givenText},
                                    {QStringLiteral("suggested"), i.suggestedText},
                                    {QStringLiteral("score"), i.score},
                                    {QStringLiteral("evidence"), i.evidence}});
        QJsonObject counts;
        for (const auto &[k, v] : perKind)
            counts.insert(k, v);
        QJsonObject gatesJson;
        if (gates.fitThreshold)
            gatesJson.insert(QStringLiteral("fit_threshold"), *gates.fitThreshold);
        gatesJson.insert(QStringLiteral("gender_rule"), analysis::genderRuleName(gates.genderRule));
        if (gates.genderCut)
            gatesJson.insert(
                QStringLiteral("gender_cut"),
                QJsonObject{
                    {QStringLiteral("score"), gates.genderCut->score},
                    {QStringLiteral("probes"), gates.genderCut->probes},
                    {QStringLiteral("estimated_wrong_labels"), gates.genderCut->wrongLabels},
                    {QStringLiteral("estimated_recall"), gates.genderCut->estimatedRecall},
                    {QStringLiteral("estimated_f1"), gates.genderCut->estimatedF1}});
        printJson({{QStringLiteral("suspects"), list},
                   {QStringLiteral("counts"), counts},
                   {QStringLiteral("milliseconds"), ms},
                   {QStringLiteral("gates"), gatesJson},
                   {QStringLiteral("method"), method},
                   {QStringLiteral("scores"), scores}});
    } else {
        if (gates.genderCut) {
            QString judged;
            switch (gates.genderRule) {
            case analysis::GenderRule::Cut:
                judged = Tr::tr("a person is a suspect from score %1 (p(other) x (1 - fit)), this "
                                "cut's recall about %2")
                             .arg(gates.genderCut->score, 0, 'f', 3)
                             .arg(gates.genderCut->estimatedRecall, 0, 'f', 2);
                break;
            case analysis::GenderRule::Fence:
                judged = Tr::tr("judged by confident learning's flag and a fit below %1 "
                                "(--gender-rule cut: from score %2)")
                             .arg(gates.fitThreshold.value_or(1.0), 0, 'f', 2)
                             .arg(gates.genderCut->score, 0, 'f', 3);
                break;
            case analysis::GenderRule::Flag:
                judged = Tr::tr("judged by confident learning's flag (--gender-rule cut: from "
                                "score %1)")
                             .arg(gates.genderCut->score, 0, 'f', 3);
                break;
            }
            out() << Tr::tr("gender: the run's %1 probes put the wrong genders at about %2; %3\n")
                         .arg(gates.genderCut->probes)
                         .arg(gates.genderCut->wrongLabels, 0, 'f', 0)
                         .arg(judged);
        }
        QString summary;
        for (const auto &[k, v] : perKind)
            summary += QStringLiteral(" %1 %2,").arg(k).arg(v);
        summary.chop(1);
        out() << Tr::tr("%1 suspects (%2) in %3 ms%4\n")
                     .arg(issues->size())
                     .arg(summary)
                     .arg(ms, 0, 'f', 1)
                     .arg(parser.isSet(outOpt) ? Tr::tr("; wrote %1").arg(parser.value(outOpt))
                                               : QString());
    }
    return 0;
}

} // namespace masklens::cli
