// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// masklens-cli subcommands. Each takes the arguments after the subcommand name (argv[0] is
// "masklens-cli <name>") and returns the process exit code: 0 done, 1 usage error, 2 bad data,
// nothing usable, or a file that cannot be written; 130 stopped by a signal.

#include <QStringList>

namespace masklens::cli {

int runSynth(const QStringList &args);
int runStats(const QStringList &args);
int runInfo(const QStringList &args);
int runEvaluate(const QStringList &args);
int runPredict(const QStringList &args);
int runModel(const QStringList &args);
int runTrain(const QStringList &args);
int runLabels(const QStringList &args);
int runIssues(const QStringList &args);
int runDuplicates(const QStringList &args);
int runMap(const QStringList &args);
int runRuns(const QStringList &args);
int runSubmit(const QStringList &args);

/// Dispatches argv to a subcommand; prints the list of subcommands for --help or none.
int runCli(const QStringList &arguments);

} // namespace masklens::cli
