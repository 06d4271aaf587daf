// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingfit.h"

#include "csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace masklens::analysis {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(masklens::analysis::TrainingFit)
};

/// The q-quantile of ascending values, linear between the order statistics as numpy.quantile
/// gives it by default. Not empty.
double quantileOfSorted(const std::vector<double> &ascending, double q)
{
    const double at = q * double(ascending.size() - 1);
    const std::size_t below = std::size_t(std::floor(at));
    const std::size_t above = std::min(below + 1, ascending.size() - 1);
    return ascending[below] + (ascending[above] - ascending[below]) * (at - double(below));
}
} // namespace

Result<TrainingFit> readTrainingFit(const QString &file, const Dataset &dataset)
{
    auto table = readCsv(file);
    if (!table)
        return table.error();
    if (!table->problems.empty())
        return table->problems.front();
    const int path = table->column(u"path");
    const std::array<int, 3> columns = {table->column(u"gender"), table->column(u"age_band"),
                                        table->column(u"mask")};
    for (const auto &[index, name] :
         {std::pair{path, "path"}, std::pair{columns[0], "gender"},
          std::pair{columns[1], "age_band"}, std::pair{columns[2], "mask"}})
        if (index < 0)
            return Error{file, 1,
                         Tr::tr("no \"%1\" column (expected path,trained,gender,age_band,mask)")
                             .arg(QLatin1String(name)),
                         ProblemKind::MissingColumn};
    TrainingFit fit;
    fit.file = file;
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    fit.values.assign(dataset.samples.size(), {nan, nan, nan});
    for (const CsvRow &row : table->rows) {
        const QString image = row.fields[path].trimmed();
        const int s = dataset.findSample(image);
        if (s < 0)
            return Error{file, row.line,
                         Tr::tr("\"%1\" is not a train image of this dataset: the training fit "
                                "of another dataset?")
                             .arg(image)};
        auto &value = fit.values[std::size_t(s)];
        if (!std::isnan(value[0]))
            return Error{file, row.line, Tr::tr("\"%1\" is listed twice").arg(image),
                         ProblemKind::DuplicateRow};
        for (int k = 0; k < 3; ++k) {
            bool ok = false;
            const double v = row.fields[columns[std::size_t(k)]].trimmed().toDouble(&ok);
            if (!ok || !(v >= 0.0 && v <= 1.0))
                return Error{file, row.line,
                             Tr::tr("%1: expected a probability from 0 to 1, not \"%2\"")
                                 .arg(table->header[columns[std::size_t(k)]],
                                      row.fields[columns[std::size_t(k)]].left(40))};
            value[std::size_t(k)] = float(v);
        }
        ++fit.rows;
    }
    if (fit.rows == 0)
        return Error{file, 0, Tr::tr("no rows")};
    // The sidecar: the run's bands and probes. Absent is fine (a fit made elsewhere); damaged is
    // refused, never read as "no probes" - the threshold would silently change.
    const QString about = file + QStringLiteral(".json");
    QFile sidecar(about);
    if (!sidecar.exists())
        return fit;
    if (sidecar.size() > (1 << 20) || !sidecar.open(QIODevice::ReadOnly))
        return Error{about, 0,
                     sidecar.size() > (1 << 20) ? Tr::tr("larger than 1 MB: not a training fit's")
                                                : sidecar.errorString()};
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(sidecar.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return Error{about, 0, Tr::tr("not a JSON object (%1)").arg(parsed.errorString())};
    const QJsonObject o = doc.object();
    if (o.contains(u"middle_from") || o.contains(u"old_from")) {
        const AgeBands bands{o.value(u"middle_from").toInt(-1), o.value(u"old_from").toInt(-1)};
        if (!bands.valid())
            return Error{about, 0,
                         Tr::tr("middle_from and old_from: expected two ages, the first lower")};
        fit.ageBands = bands;
    }
    const QJsonArray probes = o.value(u"probe_fits").toArray();
    if (o.contains(u"probe_fits") && !o.value(u"probe_fits").isArray())
        return Error{about, 0, Tr::tr("probe_fits: expected an array of probabilities")};
    for (qsizetype k = 0; k < probes.size(); ++k) {
        const double x = probes[k].toDouble(-1);
        if (!probes[k].isDouble() || !(x >= 0 && x <= 1))
            return Error{about, 0,
                         Tr::tr("probe_fits[%1]: expected a probability from 0 to 1").arg(k)};
        fit.probeFits.push_back(x);
    }
    std::sort(fit.probeFits.begin(), fit.probeFits.end());
    // Who the probes were (MaskLens after 0.13 writes it): each one's fit by person folder.
    if (o.contains(u"probes") && !o.value(u"probes").isArray())
        return Error{about, 0, Tr::tr("probes: expected an array of {person, fit}")};
    const QJsonArray named = o.value(u"probes").toArray();
    for (qsizetype k = 0; k < named.size(); ++k) {
        const QJsonObject probe = named[k].toObject();
        const QString folder = probe.value(u"person").toString();
        const double x = probe.value(u"fit").toDouble(-1);
        if (!probe.value(u"person").isString() || !probe.value(u"fit").isDouble() ||
            !(x >= 0 && x <= 1))
            return Error{
                about, 0,
                Tr::tr("probes[%1]: expected a person folder and a fit from 0 to 1").arg(k)};
        const int person = dataset.findPerson(folder);
        if (person < 0)
            return Error{about, 0,
                         Tr::tr("probes[%1]: \"%2\" is not a person of this dataset")
                             .arg(k)
                             .arg(folder.left(80))};
        if (std::any_of(fit.probes.begin(), fit.probes.end(),
                        [person](const ProbeFit &p) { return p.person == person; }))
            return Error{about, 0,
                         Tr::tr("probes[%1]: \"%2\" is listed twice").arg(k).arg(folder.left(80))};
        fit.probes.push_back({person, x});
    }
    return fit;
}

std::optional<ScoreCut> bestScoreCut(const std::vector<double> &scores,
                                     const std::vector<double> &probeScores)
{
    if (probeScores.size() < kMinProbesForCut || scores.empty())
        return std::nullopt;
    std::vector<double> probes = probeScores, people = scores;
    std::sort(probes.begin(), probes.end());
    std::sort(people.begin(), people.end());
    const auto atLeast = [](const std::vector<double> &ascending, double c) {
        return double(ascending.end() - std::lower_bound(ascending.begin(), ascending.end(), c));
    };
    const auto recall = [&](double c) { return atLeast(probes, c) / double(probes.size()); };
    // How many wrong labels there are: the people who score like the upper three quarters of
    // the probes, over the three quarters (where the right labels hardly reach).
    const double lowerQuartile = quantileOfSorted(probes, 0.25);
    ScoreCut cut;
    cut.probes = int(probes.size());
    cut.wrongLabels = atLeast(people, lowerQuartile) / recall(lowerQuartile);
    if (cut.wrongLabels <= 0)
        return std::nullopt; // nobody scores like the probes: nothing to estimate from
    // F1 = 2 R M / (M + N(c)): M wrong labels, R(c) of them scoring at least c (the probes'
    // share), N(c) people scoring at least c. Each distinct score, highest first.
    double best = -1;
    for (std::size_t k = people.size(); k-- > 0;) {
        if (k > 0 && people[k - 1] == people[k])
            continue; // the cut takes everyone with this score
        const double r = recall(people[k]);
        const double kept = double(people.size() - k);
        const double f1 = 2 * r * cut.wrongLabels / (cut.wrongLabels + kept);
        if (f1 > best) {
            best = f1;
            cut.score = people[k];
            cut.estimatedRecall = r;
            cut.estimatedF1 = f1;
        }
    }
    return cut;
}

std::optional<double> TrainingFit::thresholdFromProbes() const
{
    if (probeFits.size() < 4)
        return std::nullopt;
    const double q1 = quantileOfSorted(probeFits, 0.25), q3 = quantileOfSorted(probeFits, 0.75);
    return q3 + 1.5 * (q3 - q1);
}

QString trainingFitBeside(const QString &predictionsFile)
{
    const QFileInfo info(predictionsFile);
    const QString name = info.fileName();
    if (name != u"oof_predictions.csv" && name != u"val_predictions.csv")
        return {};
    const QString beside = info.dir().filePath(QStringLiteral("train_fit.csv"));
    return QFileInfo::exists(beside) ? beside : QString();
}

} // namespace masklens::analysis
