// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "analysis/dataset.h"
#include "analysis/submission.h"

#include <QCoreApplication>

namespace masklens::cli {

namespace {
/// lupdate files every Tr::tr() text under "Cli", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runSubmit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the competition's submission: eval/info.csv's rows in its order with ans "
               "filled, from one predictions file or several (hard voting; a tie goes to the "
               "class with the largest summed probability). Refuses when an eval image has no "
               "prediction."));
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("Dataset folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption predOpt(
        QStringLiteral("pred"), Tr::tr("Eval predictions (ImageID,pred[,prob_0..17]); repeatable."),
        QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Submission CSV to write."),
                                    QStringLiteral("FILE"));
    parser.addOptions({dataOpt, predOpt, outOpt});
    int code = 0;
    if (!parseArguments(parser, args, &code))
        return code;
    if (!parser.isSet(dataOpt) || !parser.isSet(predOpt) || !parser.isSet(outOpt)) {
        err() << Tr::tr("submit: --data DIR, --pred FILE (one or more) and --out FILE are "
                        "required\n");
        return 1;
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
