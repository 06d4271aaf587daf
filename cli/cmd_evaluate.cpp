// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "analysis/datasetstats.h"
#include "analysis/metrics.h"
#include "analysis/synth.h"

#include <QJsonArray>

#include <QCoreApplication>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// --where KEY=VALUE: keeps the samples whose true label matches. Keys: person (folder), gender
/// (male|female), mask (wear|incorrect|normal), age_band (0..2), age (exact).
bool buildSubset(const QStringList &clauses, const analysis::Dataset &ds,
                 const analysis::AgeBands &bands, std::vector<int> *subset)
{
    using namespace analysis;
    for (int i = 0; i < int(ds.samples.size()); ++i)
        subset->push_back(i);
    for (const QString &clause : clauses) {
        const QString key = clause.section(u'=', 0, 0).trimmed();
        const QString value = clause.section(u'=', 1).trimmed();
        std::function<bool(int)> keep;
        if (key == u"person") {
            const int person = ds.findPerson(value);
            if (person < 0) {
                err() << Tr::tr("--where person=%1: no such folder in train.csv\n").arg(value);
                return false;
            }
            keep = [&ds, person](int s) { return ds.samples[s].person == person; };
        } else if (key == u"gender") {
            const auto g = parseGender(value);
            if (!g) {
                err() << Tr::tr("--where gender: expected male or female\n");
                return false;
            }
            keep = [&ds, g](int s) { return ds.people[ds.samples[s].person].gender == *g; };
        } else if (key == u"mask") {
            const auto m = parseMaskState(value);
            if (!m) {
                err() << Tr::tr("--where mask: expected wear, incorrect or normal\n");
                return false;
            }
            keep = [&ds, m](int s) { return ds.samples[s].mask() == *m; };
        } else if (key == u"age_band" || key == u"age") {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok || (key == u"age_band" && (v < 0 || v > 2))) {
                err() << Tr::tr("--where %1: expected a number%2\n")
                             .arg(key, key == u"age_band" ? Tr::tr(" 0..2") : QString());
                return false;
            }
            const bool band = key == u"age_band";
            keep = [&ds, &bands, band, v](int s) {
                const int age = ds.people[ds.samples[s].person].age;
                return band ? int(bands.bandOf(age)) == v : age == v;
            };
        } else {
            err()
                << Tr::tr("--where: unknown key '%1' (person, gender, mask, age_band, age)\n").arg(key);
            return false;
        }
        std::erase_if(*subset, [&](int s) { return !keep(s); });
    }
    return true;
}

QString pct(double v)
{
    return QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 1);
}

void printReport(const analysis::Metrics &m, const analysis::Predictions &pred,
                 const analysis::AgeBands &bands, const QString &data)
{
    using namespace analysis;
    QTextStream &o = out();
    o << Tr::tr("Predictions %1 on %2 (%3 split): %4 samples evaluated, %5 without a prediction\n\n")
             .arg(pred.file, data, pred.split == Split::Train ? Tr::tr("train") : Tr::tr("eval"))
             .arg(m.samples)
             .arg(m.unpredicted);
    o << Tr::tr("  class  label                   precision  recall      F1  support\n");
    double oldF1 = 0;
    for (int c = 0; c < kClassCount; ++c) {
        const ClassScore &s = m.perClass[c];
        if (isOldClass(c))
            oldF1 += s.f1 / 6.0;
        o << QStringLiteral("  %1%2  %3  %4  %5  %6  %7\n")
                 .arg(c, 4)
                 .arg(isOldClass(c) ? QStringLiteral("*") : QStringLiteral(" "))
                 .arg(className(c, bands).leftJustified(22))
                 .arg(s.precision, 9, 'f', 3)
                 .arg(s.recall, 6, 'f', 3)
                 .arg(s.f1, 6, 'f', 3)
                 .arg(s.support, 7);
    }
    o << Tr::tr("  * the >=%1 classes: mean F1 %2\n\n").arg(bands.oldFrom).arg(oldF1, 0, 'f', 3);
    o << Tr::tr("  Macro F1 %1   accuracy %2\n").arg(m.macroF1, 0, 'f', 4).arg(pct(m.accuracy));
    o << Tr::tr("  Per attribute: mask F1 %1 (accuracy %2), gender F1 %3 (%4), age band F1 %5 (%6)\n")
             .arg(m.mask.macroF1(), 0, 'f', 3)
             .arg(pct(m.mask.accuracy()))
             .arg(m.gender.macroF1(), 0, 'f', 3)
             .arg(pct(m.gender.accuracy()))
             .arg(m.ageBand.macroF1(), 0, 'f', 3)
             .arg(pct(m.ageBand.accuracy()));
    o << Tr::tr("  Error rate by true age band:");
    for (int b = 0; b < 3; ++b)
        o << QStringLiteral(" %1 %2").arg(ageBandName(AgeBand(b), bands),
                                          pct(m.errorByAgeBand[b].rate()));
    o << '\n';
    if (!m.errorByAge.empty()) {
        o << Tr::tr("  Error rate near the band edges:");
        for (const auto &[age, e] : m.errorByAge) {
            if (std::abs(age - bands.middleFrom) <= 2 || std::abs(age - bands.oldFrom) <= 3)
                o << QStringLiteral(" %1:%2").arg(age).arg(pct(e.rate()));
        }
        o << '\n';
    }
    if (m.calibration)
        o << Tr::tr("  Expected calibration error %1 (%2 bins)\n")
                 .arg(m.calibration->ece, 0, 'f', 4)
                 .arg(m.calibration->bins.size());
    if (!pred.problems.empty()) {
        o << Tr::tr("\n  %1 problem(s) in the predictions file:\n").arg(pred.problems.size());
        for (const Problem &p : pred.problems)
            o << "    " << p.toString() << '\n';
    }
}

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Scores a predictions file against a dataset's labels (train split) or "
           "eval/truth.csv (eval split): per-class precision/recall/F1, macro F1 and accuracy as "
           "scikit-learn computes them, per-attribute scores, error rate by age, calibration."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption predOpt(QStringLiteral("pred"), Tr::tr("Predictions CSV."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print one JSON object."));
    const QCommandLineOption whereOpt(
        QStringLiteral("where"),
        Tr::tr("Only samples whose true label matches KEY=VALUE (person, gender, mask, age_band, "
           "age); repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption originalOpt(
        QStringLiteral("original-labels"),
        Tr::tr("Score against train.csv as it is, ignoring the corrections journal."));
    const QCommandLineOption truthOpt(
        QStringLiteral("truth"),
        Tr::tr("Score against the true labels of a synthetic dataset: the generator's "
           "train/noise_truth.csv undoes its injected errors first."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {dataOpt, predOpt, jsonOpt, whereOpt, originalOpt, truthOpt, ageBandsCommandLineOption()});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || !parser.isSet(predOpt)) {
        err() << Tr::tr("evaluate: --data DIR and --pred FILE are required\n");
        return 1;
    }
    analysis::AgeBands bands;
    if (!ageBandsOption(parser, &bands))
        return 1;

    auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("evaluate: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    // The corrected labels, as the users last left them.
    if (!parser.isSet(originalOpt) && !applyCorrections(&*ds, QStringLiteral("evaluate")))
        return 2;
    int truthChanged = -1;
    if (parser.isSet(truthOpt)) {
        const auto changed = analysis::applyNoiseTruth(&*ds, parser.value(truthOpt));
        if (!changed) {
            err() << Tr::tr("evaluate: --truth: %1\n").arg(changed.error().toString());
            return 2;
        }
        truthChanged = *changed;
    }
    const auto pred = analysis::readPredictions(parser.value(predOpt), *ds);
    if (!pred) {
        err() << Tr::tr("evaluate: cannot read the predictions: %1\n").arg(pred.error().toString());
        return 2;
    }
    std::vector<int> evalTruth;
    if (pred->split == analysis::Split::Eval) {
        auto truth = analysis::readEvalTruth(*ds);
        if (!truth) {
            err() << Tr::tr("evaluate: eval predictions need the answers: %1\n")
                         .arg(truth.error().toString());
            return 2;
        }
        evalTruth = std::move(truth).value();
    }
    const analysis::EvaluationData data = analysis::evaluationData(*ds, *pred, bands, evalTruth);
    std::vector<int> subset;
    const bool filtered = parser.isSet(whereOpt);
    if (filtered) {
        if (pred->split != analysis::Split::Train) {
            err() << Tr::tr(
                "evaluate: --where needs train-split predictions (eval images have no person)\n");
            return 1;
        }
        if (!buildSubset(parser.values(whereOpt), *ds, bands, &subset))
            return 1;
    }
    const analysis::Metrics m = analysis::computeMetrics(data, filtered ? &subset : nullptr);
    if (m.samples == 0) {
        // Nothing was evaluated: a report of zeros is not a result.
        printProblems(QStringLiteral("evaluate"), pred->problems);
        err() << Tr::tr("evaluate: %1: no usable prediction rows%2; nothing to evaluate\n")
                     .arg(parser.value(predOpt),
                          filtered ? Tr::tr(" in the --where subset") : QString());
        return 2;
    }
    if (parser.isSet(jsonOpt)) {
        QJsonObject o = analysis::metricsToJson(m, bands);
        QJsonArray problems;
        for (const analysis::Problem &p : pred->problems)
            problems.append(analysis::problemToJson(p));
        o.insert(QStringLiteral("problems"), problems);
        o.insert(QStringLiteral("split"), pred->split == analysis::Split::Train
                                              ? QStringLiteral("train")
                                              : QStringLiteral("eval"));
        if (truthChanged >= 0) {
            o.insert(QStringLiteral("truth"), parser.value(truthOpt));
            o.insert(QStringLiteral("truth_labels_changed"), truthChanged);
        }
        printJson(o);
    } else {
        if (truthChanged >= 0)
            out() << Tr::tr("Labels: the truth from %1 (%2 labels set back)\n")
                         .arg(parser.value(truthOpt))
                         .arg(truthChanged);
        printReport(m, *pred, bands, ds->root);
    }
    return 0;
}

} // namespace masklens::cli
