// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the masklens-cli subcommands: option parsing with clear errors, typed
// option values, JSON output.

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <vector>

namespace masklens::analysis {
struct AgeBands;
struct Problem;
class Dataset;
} // namespace masklens::analysis

namespace masklens::cli {

/// Parses `args`; on --help prints help and sets *exitCode 0, on an error prints it with the
/// help hint and sets *exitCode 1. Returns false in both cases.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode);

/// Integer option value, or nullopt after printing "--name: expected ...".
std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min,
                             int max);
std::optional<double> doubleOption(const QCommandLineParser &parser, const QString &name,
                                   double min, double max);
/// --bands 30,60 -> AgeBands; prints an error and returns false when malformed.
bool ageBandsOption(const QCommandLineParser &parser, analysis::AgeBands *bands);
QCommandLineOption ageBandsCommandLineOption();
/// --features FILE: embeddings of the train images (duplicates, map).
QCommandLineOption trainFeaturesCommandLineOption();

/// Replaces *dataset by its corrected labels (the corrections journal, issue #7), printing the
/// journal's problems as "<command>: ..."; false (message printed) when it cannot be read.
/// `labelsVersion` gets the journal's version (0: the original labels).
bool applyCorrections(analysis::Dataset *dataset, const QString &command,
                      qint64 *labelsVersion = nullptr);

/// Prints `problems` as "<command>: file:line: message" on stderr, at most `limit` of them and
/// then how many more there were (a file of 100k junk rows must not print 100k lines).
void printProblems(const QString &command, const std::vector<analysis::Problem> &problems,
                   int limit = 20);

void printJson(const QJsonObject &object);
QTextStream &out();
QTextStream &err();

} // namespace masklens::cli
