// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace masklens::cli {

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command kCommands[] = {
    {"synth", runSynth,
     QT_TRANSLATE_NOOP("Cli", "write a synthetic dataset in the competition layout")},
    {"stats", runStats,
     QT_TRANSLATE_NOOP("Cli", "summarise a dataset: counts, imbalance, problems")},
    {"evaluate", runEvaluate,
     QT_TRANSLATE_NOOP(
         "Cli", "score a predictions file: per-class F1, macro F1, confusion, errors by age")},
    {"predict", runPredict,
     QT_TRANSLATE_NOOP("Cli", "run a model over a dataset's images and write its predictions")},
    {"train", runTrain,
     QT_TRANSLATE_NOOP("Cli", "train a model (the users' recipe), printing JSON lines")},
    {"labels", runLabels,
     QT_TRANSLATE_NOOP("Cli",
                       "correct labels (journaled, never losing an edit), show the log, export")},
    {"issues", runIssues,
     QT_TRANSLATE_NOOP("Cli",
                       "find likely wrong labels (confident learning, person-level checks)")},
    {"duplicates", runDuplicates,
     QT_TRANSLATE_NOOP("Cli", "find near-duplicate photos and people under two ids (identity "
                              "leaks across folds)")},
    {"map", runMap,
     QT_TRANSLATE_NOOP("Cli", "lay the images' embeddings out on a 2-D map (and list each "
                              "image's most similar ones)")},
    {"submit", runSubmit,
     QT_TRANSLATE_NOOP("Cli", "write the competition submission (ImageID,ans), voting several "
                              "predictions files")},
    {"runs", runRuns,
     QT_TRANSLATE_NOOP("Cli", "list training runs, compare two (per-class F1, samples changed)")},
    {"model", runModel,
     QT_TRANSLATE_NOOP(
         "Cli", "model init: write an untrained checkpoint, optionally from torchvision weights")},
    {"info", runInfo,
     QT_TRANSLATE_NOOP("Cli", "show the LibTorch runtime: version, threads, CUDA")},
};

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Usage: masklens-cli <command> [options]\n\n"
                                              "Commands:\n");
    for (const Command &c : kCommands)
        out << QStringLiteral("  %1  %2\n")
                   .arg(QString::fromLatin1(c.name).leftJustified(10),
                        QCoreApplication::translate("Cli", c.summary));
    out << QCoreApplication::translate("Cli",
                                       "\nRun masklens-cli <command> --help for its options.\n");
}

} // namespace

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h" ||
        arguments[1] == u"help") {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? 1 : 0;
    }
    if (arguments[1] == u"--version") {
        out << QStringLiteral("masklens-cli %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    for (const Command &c : kCommands) {
        if (arguments[1] == QLatin1String(c.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("masklens-cli ") + arguments[1]);
            return c.run(rest);
        }
    }
    err << QCoreApplication::translate("Cli", "masklens-cli: unknown command '%1'\n\n")
               .arg(arguments[1]);
    printUsage(err);
    return 1;
}

} // namespace masklens::cli
