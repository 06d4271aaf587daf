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
    return fit;
}

std::optional<double> TrainingFit::thresholdFromProbes() const
{
    if (probeFits.size() < 4)
        return std::nullopt;
    // Linear between the order statistics, as numpy.quantile does by default.
    const auto quantile = [this](double q) {
        const double at = q * double(probeFits.size() - 1);
        const std::size_t below = std::size_t(std::floor(at));
        const std::size_t above = std::min(below + 1, probeFits.size() - 1);
        return probeFits[below] + (probeFits[above] - probeFits[below]) * (at - double(below));
    };
    const double q1 = quantile(0.25), q3 = quantile(0.75);
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
