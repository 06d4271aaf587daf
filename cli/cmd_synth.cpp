// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"
#include "progressline.h"

#include "analysis/synth.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace masklens::cli {

int runSynth(const QStringList &args)
{
    using analysis::SynthOptions;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Writes a synthetic mask dataset in the competition layout (train/train.csv, "
               "train/images/, eval/info.csv, eval/images/), with injected label errors listed "
               "in train/noise_truth.csv and eval answers in eval/truth.csv."));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QCoreApplication::translate("Cli", "Output folder."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption peopleOpt(QStringLiteral("people"),
                                       QCoreApplication::translate("Cli", "Training people."),
                                       QStringLiteral("N"), QStringLiteral("2700"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QCoreApplication::translate("Cli", "Random seed."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noiseOpt(
        QStringLiteral("noise"),
        QCoreApplication::translate("Cli", "Fraction of people given a wrong label."),
        QStringLiteral("RATE"), QStringLiteral("0.03"));
    const QCommandLineOption evalOpt(
        QStringLiteral("eval-people"),
        QCoreApplication::translate("Cli", "Held-out people (default: two thirds of --people)."),
        QStringLiteral("N"));
    const QCommandLineOption threadsOpt(
        QStringLiteral("threads"),
        QCoreApplication::translate("Cli", "Worker threads (0: all cores)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption forceOpt(
        QStringLiteral("force"),
        QCoreApplication::translate("Cli", "Replace train/ and eval/ in a non-empty folder."));
    const QCommandLineOption duplicatesOpt(
        QStringLiteral("duplicates"),
        QCoreApplication::translate(
            "Cli", "N people photographed again under a new id (same face; new pose, light and "
                   "background) and N single photos copied with small changes into another "
                   "person's folder; the truth in train/duplicates_truth.csv."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions(
        {outOpt, peopleOpt, seedOpt, noiseOpt, evalOpt, duplicatesOpt, threadsOpt, forceOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(outOpt)) {
        err() << QCoreApplication::translate("Cli", "synth: --out DIR is required\n");
        return 1;
    }
    SynthOptions options;
    const auto people = intOption(parser, peopleOpt.names()[0], 1, 1000000);
    const auto noise = doubleOption(parser, noiseOpt.names()[0], 0.0, 1.0);
    const auto threads = intOption(parser, threadsOpt.names()[0], 0, 1024);
    const auto duplicates = intOption(parser, duplicatesOpt.names()[0], 0, 1000000);
    bool seedOk = false;
    options.seed = parser.value(seedOpt).toULongLong(&seedOk);
    if (!seedOk)
        err() << QCoreApplication::translate("Cli", "--seed: expected a whole number >= 0\n");
    std::optional<int> evalPeople = -1;
    if (parser.isSet(evalOpt))
        evalPeople = intOption(parser, evalOpt.names()[0], 0, 1000000);
    if (!people || !noise || !threads || !seedOk || !evalPeople || !duplicates)
        return 1;
    options.duplicates = *duplicates;
    options.people = *people;
    options.noise = *noise;
    options.threads = *threads;
    options.evalPeople = *evalPeople;
    options.overwrite = parser.isSet(forceOpt);

    QElapsedTimer clock;
    clock.start();
    ProgressLine progress(QCoreApplication::translate("Cli", "synth"));
    const auto report = analysis::writeSynthetic(parser.value(outOpt), options, std::ref(progress));
    progress.finish();
    if (!report) {
        err() << report.error().toString() << '\n';
        return 2;
    }
    out() << QCoreApplication::translate(
                 "Cli", "Wrote %1 people (%2 images) and %3 eval images to %4 in %5 s; %6 people "
                        "carry injected label errors (train/noise_truth.csv).\n")
                 .arg(report->people)
                 .arg(report->images)
                 .arg(report->evalImages)
                 .arg(parser.value(outOpt))
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(report->noisyPeople);
    if (report->duplicateRows > 0)
        out() << QCoreApplication::translate(
                     "Cli", "%1 duplicates (people again under new ids, photos copied into other "
                            "people's folders): train/duplicates_truth.csv.\n")
                     .arg(report->duplicateRows);
    return 0;
}

} // namespace masklens::cli
