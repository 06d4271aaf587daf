// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include "analysis/labels.h"
#include "analysis/labelstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace masklens::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << args.value(0) << ": " << parser.errorText() << '\n'
              << QCoreApplication::translate("Cli", "Try '%1 --help'.\n").arg(args.value(0));
        *exitCode = 1;
        return false;
    }
    if (parser.isSet(help)) {
        // The first line names the program as argv[0]; name the subcommand instead.
        QString help = parser.helpText();
        const qsizetype eol = help.indexOf(u'\n');
        help.replace(0, eol,
                     QCoreApplication::translate("Cli", "Usage: %1 [options]").arg(args.value(0)));
        out() << help;
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min,
                             int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        err() << QCoreApplication::translate("Cli",
                                             "--%1: expected a whole number %2..%3, got '%4'\n")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

std::optional<double> doubleOption(const QCommandLineParser &parser, const QString &name,
                                   double min, double max)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= min && value <= max)) { // "nan" parses, and compares false both ways
        err() << QCoreApplication::translate("Cli", "--%1: expected a number %2..%3, got '%4'\n")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

QCommandLineOption ageBandsCommandLineOption()
{
    return QCommandLineOption(
        QStringLiteral("bands"),
        QCoreApplication::translate("Cli", "Age-band thresholds MIDDLE,OLD (default 30,60): "
                                           "ages below MIDDLE are <MIDDLE, from OLD on >=OLD."),
        QStringLiteral("MIDDLE,OLD"), QStringLiteral("30,60"));
}

QCommandLineOption trainFeaturesCommandLineOption()
{
    return QCommandLineOption(
        QStringLiteral("features"),
        QCoreApplication::translate("Cli", "Embeddings of the train images (predict --features, "
                                           "or a run's oof_features.npy)."),
        QStringLiteral("FILE"));
}

bool ageBandsOption(const QCommandLineParser &parser, analysis::AgeBands *bands)
{
    const QStringList parts = parser.value(QStringLiteral("bands")).split(u',');
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2) {
        bands->middleFrom = parts[0].trimmed().toInt(&ok1);
        bands->oldFrom = parts[1].trimmed().toInt(&ok2);
    }
    if (!ok1 || !ok2 || !bands->valid()) {
        err() << QCoreApplication::translate(
                     "Cli", "--bands: expected two ages MIDDLE,OLD with 0 < MIDDLE < OLD, "
                            "e.g. 30,60 or 30,58; got '%1'\n")
                     .arg(parser.value(QStringLiteral("bands")));
        return false;
    }
    return true;
}

bool applyCorrections(analysis::Dataset *dataset, const QString &command, qint64 *labelsVersion)
{
    std::vector<analysis::Problem> problems;
    auto corrected = analysis::datasetWithCorrections(*dataset, &problems, labelsVersion);
    if (!corrected) {
        err() << command << ": " << corrected.error().toString() << '\n';
        return false;
    }
    for (const analysis::Problem &p : problems)
        err() << command << ": " << p.toString() << '\n';
    *dataset = std::move(corrected).value();
    return true;
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
}

void printProblems(const QString &command, const std::vector<analysis::Problem> &problems,
                   int limit)
{
    const int n = int(problems.size());
    for (int i = 0; i < n && i < limit; ++i)
        err() << command << ": " << problems[i].toString() << '\n';
    if (n > limit)
        err() << QCoreApplication::translate("Cli", "%1: ... and %n more problem(s)", nullptr,
                                             n - limit)
                     .arg(command)
              << '\n';
}

} // namespace masklens::cli
