// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"
#include "progressline.h"

#include "analysis/dataset.h"
#include "analysis/submission.h"
#include "model/classifier.h"
#include "model/inference.h"
#include "model/runtime.h"

#include <QCoreApplication>
#include <QDir>

namespace masklens::cli {

namespace {
/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The models of a training run: one per fold and seed (RUN/fold<k>_seed<s>/best.mlck) when it
/// trained several, else RUN/best.mlck.
QStringList runModels(const QString &run)
{
    QStringList models;
    const QDir dir(run);
    for (const QString &sub : dir.entryList({QStringLiteral("fold*_seed*")},
                                            QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString file = dir.filePath(sub + QStringLiteral("/best.mlck"));
        if (QFileInfo(file).isFile())
            models << file;
    }
    if (models.isEmpty() && QFileInfo(dir.filePath(QStringLiteral("best.mlck"))).isFile())
        models << dir.filePath(QStringLiteral("best.mlck"));
    return models;
}
} // namespace

int runSubmit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the competition's submission: eval/info.csv's rows in its order with ans "
               "filled, from one predictions file or several, or from the models of training runs "
               "(hard voting; a tie goes to the "
               "class with the largest summed probability). Refuses when an eval image has no "
               "prediction."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption predOpt(
        QStringLiteral("pred"), Tr::tr("Eval predictions (ImageID,pred[,prob_0..17]); repeatable."),
        QStringLiteral("FILE"));
    const QCommandLineOption runOpt(
        QStringLiteral("run"),
        Tr::tr("A training run: each of its models (one per fold and seed) predicts the eval "
               "images and votes; repeatable, and may be combined with --pred."),
        QStringLiteral("RUNDIR"));
    const QCommandLineOption deviceOpt(QStringLiteral("device"),
                                       Tr::tr("For --run: auto, cpu or cuda."),
                                       QStringLiteral("DEVICE"), QStringLiteral("auto"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        Tr::tr("For --run: threads (0: all cores)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Submission CSV to write."),
                                    QStringLiteral("FILE"));
    parser.addOptions({dataOpt, predOpt, runOpt, deviceOpt, threadsOpt, outOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || (!parser.isSet(predOpt) && !parser.isSet(runOpt)) ||
        !parser.isSet(outOpt)) {
        err() << Tr::tr("submit: --data DIR, --pred FILE or --run RUNDIR (one or more) and --out "
                        "FILE are required\n");
        return 1;
    }
    const auto device = model::parseDeviceChoice(parser.value(deviceOpt).toStdString());
    bool threadsOk = false;
    const int threads = parser.value(threadsOpt).toInt(&threadsOk);
    if (!device || !threadsOk || threads < 0) {
        err() << Tr::tr("submit: --device is auto, cpu or cuda and --threads a count\n");
        return 1;
    }
    QStringList models;
    for (const QString &run : parser.values(runOpt)) {
        const QStringList found = runModels(run);
        if (found.isEmpty()) {
            err() << Tr::tr("submit: %1 holds no trained model (best.mlck)\n").arg(run);
            return 2;
        }
        models += found;
    }
    const auto ds = analysis::loadDataset(parser.value(dataOpt));
    if (!ds) {
        err() << Tr::tr("submit: cannot read the dataset: %1\n").arg(ds.error().toString());
        return 2;
    }
    if (ds->evalImages.empty()) {
        err() << Tr::tr("submit: %1 has no eval images (eval/info.csv)\n").arg(ds->root);
        return 2;
    }
    std::vector<analysis::Predictions> files;
    for (const QString &file : parser.values(predOpt)) {
        auto p = analysis::readPredictions(file, *ds);
        if (!p) {
            err() << Tr::tr("submit: %1\n").arg(p.error().toString());
            return 2;
        }
        printProblems(QStringLiteral("submit"), p->problems);
        files.push_back(std::move(p).value());
    }
    if (!models.isEmpty()) {
        model::configureThreads(threads);
        QStringList paths;
        for (int i = 0; i < int(ds->evalImages.size()); ++i)
            paths.append(ds->evalImagePath(i));
        for (const QString &file : models) {
            model::Classifier::Options options;
            options.device = *device;
            const auto loaded = model::Classifier::load(file.toStdString(), options);
            if (!loaded) {
                err() << Tr::tr("submit: %1\n").arg(QString::fromStdString(loaded.error()));
                return 2;
            }
            const auto &classifier = *loaded;
            ProgressLine progress(Tr::tr("submit: %1").arg(file));
            const auto result = model::predictImages(*classifier, paths, {}, std::ref(progress));
            progress.finish();
            if (!result) {
                err() << Tr::tr("submit: %1\n").arg(result.error().toString());
                return 2;
            }
            analysis::Predictions p =
                analysis::Predictions::empty(*ds, analysis::Split::Eval, true);
            p.file = file;
            p.predicted = result->predicted;
            p.probabilities = result->probabilities;
            files.push_back(std::move(p));
        }
    }
    const auto submission = analysis::voteSubmission(*ds, files);
    if (!submission) {
        err() << Tr::tr("submit: %1\n").arg(submission.error().toString());
        return 2;
    }
    if (auto st = analysis::writeSubmission(parser.value(outOpt), *ds, *submission); !st) {
        err() << Tr::tr("submit: %1\n").arg(st.error().toString());
        return 2;
    }
    out() << Tr::tr("Wrote %1: %2 eval images from %3 file(s); %4 unanimous, %5 ties broken by "
                    "probability\n")
                 .arg(parser.value(outOpt))
                 .arg(submission->ans.size())
                 .arg(files.size())
                 .arg(submission->unanimous)
                 .arg(submission->tiesBroken);
    return 0;
}

} // namespace masklens::cli
