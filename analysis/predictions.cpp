// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "predictions.h"
#include "safefile.h"

#include "csv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace masklens::analysis {

namespace {

/// lupdate files every Tr::tr() text under "Predictions", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Predictions)
};

/// Column indices of a family of probability columns ("prob_0".."prob_17"), or empty when the
/// family is absent; `missing` lists the absent ones of a partly present family.
QList<int> familyColumns(const CsvTable &csv, const QString &prefix, int n, QStringList *missing)
{
    QList<int> cols;
    for (int i = 0; i < n; ++i) {
        const int c = csv.column(QStringLiteral("%1%2").arg(prefix).arg(i));
        if (c < 0)
            missing->append(QStringLiteral("%1%2").arg(prefix).arg(i));
        cols.append(c);
    }
    if (missing->size() == n) {
        missing->clear();
        return {};
    }
    return cols;
}

enum class Parsed { Ok, NotANumber, NotFinite };

Parsed parseRow(const CsvRow &row, const QList<int> &cols, double *out)
{
    Parsed result = Parsed::Ok;
    for (int i = 0; i < cols.size(); ++i) {
        bool ok = false;
        out[i] = row.fields[cols[i]].trimmed().toDouble(&ok);
        if (!ok)
            return Parsed::NotANumber;
        if (!std::isfinite(out[i]))
            result = Parsed::NotFinite;
    }
    return result;
}

Parsed worst(Parsed a, Parsed b)
{
    return a == Parsed::Ok ? b : a;
}

/// Why a probability vector is unusable, or empty.
QString checkDistribution(const double *p, int n, const QString &what)
{
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < 0 || p[i] > 1 + kProbabilitySumTolerance)
            return Tr::tr("%1 probability %2 is outside 0..1").arg(what).arg(p[i]);
        sum += p[i];
    }
    if (std::abs(sum - 1.0) > kProbabilitySumTolerance)
        return Tr::tr("%1 probabilities sum to %2, not 1").arg(what).arg(sum, 0, 'g', 6);
    return {};
}

int argmax(const float *p, int n)
{
    return int(std::max_element(p, p + n) - p);
}

} // namespace

int Predictions::predictedCount() const
{
    return int(std::count_if(predicted.begin(), predicted.end(), [](int p) { return p >= 0; }));
}

Predictions Predictions::empty(const Dataset &dataset, Split split, bool withProbabilities)
{
    Predictions p;
    p.split = split;
    const int n =
        split == Split::Train ? int(dataset.samples.size()) : int(dataset.evalImages.size());
    p.predicted.assign(n, -1);
    if (withProbabilities)
        p.probabilities.assign(std::size_t(n) * kClassCount,
                               std::numeric_limits<float>::quiet_NaN());
    return p;
}

Result<Predictions> readPredictions(const QString &file, const Dataset &dataset)
{
    auto csvResult = readCsv(file);
    if (!csvResult)
        return csvResult.error();
    const CsvTable &csv = *csvResult;

    const int pathCol = csv.column(u"path");
    const int imageCol = csv.column(u"ImageID");
    const int keyCol = pathCol >= 0 ? pathCol : imageCol;
    int predCol = csv.column(u"pred");
    if (predCol < 0)
        predCol = csv.column(u"ans");
    QStringList missing;
    const QList<int> probCols = familyColumns(csv, QStringLiteral("prob_"), kClassCount, &missing);
    const QList<int> maskCols = familyColumns(csv, QStringLiteral("mask_prob_"), 3, &missing);
    const QList<int> genderCols = familyColumns(csv, QStringLiteral("gender_prob_"), 2, &missing);
    const QList<int> ageCols = familyColumns(csv, QStringLiteral("age_prob_"), 3, &missing);
    if (!missing.isEmpty())
        return Error{file, 1,
                     Tr::tr("probability columns incomplete: missing %1").arg(missing.join(u", "))};
    const bool heads = !maskCols.isEmpty() || !genderCols.isEmpty() || !ageCols.isEmpty();
    if (heads && (maskCols.isEmpty() || genderCols.isEmpty() || ageCols.isEmpty()))
        return Error{file, 1,
                     Tr::tr("a three-head file needs mask_prob_0..2, gender_prob_0..1 and "
                            "age_prob_0..2")};
    if (keyCol < 0 || (predCol < 0 && probCols.isEmpty() && !heads))
        return Error{file, 1,
                     Tr::tr("expected a header path,pred[,prob_0..prob_17] or ImageID,pred (or "
                            "ImageID,ans), found %1")
                         .arg(csv.header.join(u','))};

    const Split split = pathCol >= 0 ? Split::Train : Split::Eval;
    const bool withProbs = !probCols.isEmpty() || heads;
    Predictions out = Predictions::empty(dataset, split, withProbs);
    out.file = file;
    out.problems = csv.problems;

    QHash<QString, int> evalIndex;
    if (split == Split::Eval) {
        for (int i = 0; i < int(dataset.evalImages.size()); ++i)
            evalIndex.insert(dataset.evalImages[i].imageId, i);
    }
    std::vector<int> lineOf(out.predicted.size(), 0);

    for (const CsvRow &row : csv.rows) {
        auto problem = [&](const QString &m) { out.problems.push_back({file, row.line, m}); };
        const QString key = row.fields[keyCol].trimmed();
        const int index =
            split == Split::Train ? dataset.findSample(key) : evalIndex.value(key, -1);
        if (index < 0) {
            problem(
                split == Split::Train
                    ? Tr::tr("unknown image '%1' (not in train.csv's folders); row skipped")
                          .arg(key)
                    : Tr::tr("unknown ImageID '%1' (not in eval/info.csv); row skipped").arg(key));
            continue;
        }
        if (lineOf[index] > 0) {
            problem(Tr::tr("'%1' already predicted on line %2; row skipped")
                        .arg(key)
                        .arg(lineOf[index]));
            continue;
        }

        double probs[kClassCount];
        bool probsOk = false;
        // NaN or infinite probabilities come from a model that broke down (a learning rate
        // too high, a zero std): its class on that row is the argmax of NaNs, so the whole
        // row is unusable, not only its probabilities.
        const Parsed parsed =
            !probCols.isEmpty() ? parseRow(row, probCols, probs)
            : heads ? worst(worst(parseRow(row, maskCols, probs), parseRow(row, genderCols, probs)),
                            parseRow(row, ageCols, probs))
                    : Parsed::Ok;
        if (parsed == Parsed::NotFinite) {
            problem(Tr::tr("a probability is NaN or infinite (the model's output is broken); row "
                           "skipped"));
            continue;
        }
        if (!probCols.isEmpty()) {
            if (parseRow(row, probCols, probs) != Parsed::Ok) {
                problem(Tr::tr("a probability is not a number; probabilities ignored"));
            } else if (const QString why = checkDistribution(probs, kClassCount, Tr::tr("class"));
                       !why.isEmpty()) {
                problem(why + Tr::tr("; probabilities ignored"));
            } else {
                probsOk = true;
            }
        } else if (heads) {
            double m[3], g[2], a[3];
            QString why;
            if (parseRow(row, maskCols, m) != Parsed::Ok ||
                parseRow(row, genderCols, g) != Parsed::Ok ||
                parseRow(row, ageCols, a) != Parsed::Ok)
                why = Tr::tr("a probability is not a number");
            else if (why = checkDistribution(m, 3, Tr::tr("mask")); why.isEmpty())
                if (why = checkDistribution(g, 2, Tr::tr("gender")); why.isEmpty())
                    why = checkDistribution(a, 3, Tr::tr("age"));
            if (!why.isEmpty()) {
                problem(why + Tr::tr("; probabilities ignored"));
            } else {
                for (int c = 0; c < kClassCount; ++c) {
                    const ClassParts p = classParts(c);
                    probs[c] = m[int(p.mask)] * g[int(p.gender)] * a[int(p.age)];
                }
                probsOk = true;
            }
        }

        int pred = -1;
        if (predCol >= 0) {
            bool ok = false;
            pred = row.fields[predCol].trimmed().toInt(&ok);
            if (!ok || pred < 0 || pred >= kClassCount) {
                problem(Tr::tr("class '%1' is not in 0..17; row skipped").arg(row.fields[predCol]));
                continue;
            }
        }
        if (probsOk) {
            float *dst = out.probabilities.data() + std::size_t(index) * kClassCount;
            for (int c = 0; c < kClassCount; ++c)
                dst[c] = float(probs[c]);
            if (pred < 0)
                pred = argmax(dst, kClassCount);
        }
        if (pred < 0) {
            problem(Tr::tr("no usable class or probabilities; row skipped"));
            continue;
        }
        out.predicted[index] = pred;
        lineOf[index] = row.line;
    }
    // How they were computed, when the file says (predict and training runs write FILE.json).
    if (const QString about = file + QStringLiteral(".json"); QFileInfo(about).isFile()) {
        if (const auto text = readRegularFile(about, kMaxTextFileBytes))
            out.precision = QJsonDocument::fromJson(*text)
                                .object()
                                .value(QStringLiteral("precision"))
                                .toString()
                                .left(16);
    }
    return out;
}

Status writePredictions(const QString &file, const Dataset &dataset, const Predictions &predictions)
{
    QByteArray text = predictions.split == Split::Train ? "path,pred" : "ImageID,pred";
    if (predictions.hasProbabilities())
        for (int c = 0; c < kClassCount; ++c)
            text += ",prob_" + QByteArray::number(c);
    text += '\n';
    for (int i = 0; i < predictions.count(); ++i) {
        if (predictions.predicted[i] < 0)
            continue;
        const QString key = predictions.split == Split::Train ? dataset.relativePath(i)
                                                              : dataset.evalImages[i].imageId;
        text += csvField(key).toUtf8() + ',' + QByteArray::number(predictions.predicted[i]);
        if (const float *p = predictions.probabilitiesOf(i))
            for (int c = 0; c < kClassCount; ++c)
                text += ',' + QByteArray::number(double(p[c]), 'g', 7);
        text += '\n';
    }
    if (Status st = writeFileAtomically(file, text, LinkPolicy::Follow); !st)
        return st;
    // How they were computed travels with them.
    if (!predictions.precision.isEmpty())
        return writeFileAtomically(
            file + QStringLiteral(".json"),
            QJsonDocument(QJsonObject{{QStringLiteral("precision"), predictions.precision}})
                .toJson(),
            LinkPolicy::Follow);
    return Done{};
}

Result<std::vector<int>> readEvalTruth(const Dataset &dataset)
{
    const QString file = dataset.root + QStringLiteral("/eval/truth.csv");
    auto csv = readCsv(file);
    if (!csv)
        return csv.error();
    const int idCol = csv->column(u"ImageID");
    const int ansCol = csv->column(u"ans");
    if (idCol < 0 || ansCol < 0)
        return Error{file, 1, Tr::tr("expected the header ImageID,ans")};
    QHash<QString, int> index;
    for (int i = 0; i < int(dataset.evalImages.size()); ++i)
        index.insert(dataset.evalImages[i].imageId, i);
    std::vector<int> truth(dataset.evalImages.size(), -1);
    for (const CsvRow &row : csv->rows) {
        bool ok = false;
        const int ans = row.fields[ansCol].trimmed().toInt(&ok);
        const int i = index.value(row.fields[idCol].trimmed(), -1);
        if (ok && i >= 0 && ans >= 0 && ans < kClassCount)
            truth[i] = ans;
    }
    return truth;
}

} // namespace masklens::analysis
