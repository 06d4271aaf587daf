// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test fixtures made by the project's own generator: small, seeded, in a temporary folder.

#include "analysis/detectorrecipe.h"
#include "analysis/synth.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace masklens::tests {

/// Writes a synthetic dataset of `people` people into dir; fails the test on error.
inline bool makeDataset(const QString &dir, int people = 8, quint64 seed = 7, double noise = 0.0,
                        int evalPeople = 0)
{
    analysis::SynthOptions options;
    options.people = people;
    options.seed = seed;
    options.noise = noise;
    options.evalPeople = evalPeople;
    options.overwrite = true;
    const auto report = analysis::writeSynthetic(dir, options);
    if (!report) {
        qWarning("%s", qPrintable(report.error().toString()));
        return false;
    }
    return true;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// The folder names of train/images, sorted.
inline QStringList personFolders(const QString &root)
{
    return QDir(root + QStringLiteral("/train/images"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

/// What a training run's config.json says differently from the label-issue detector's recipe
/// (all but the epochs), or empty: the window's button and issues --find train the same run.
inline QString differsFromDetectorRecipe(const QString &run)
{
    const QJsonObject c =
        QJsonDocument::fromJson(readAll(run + QStringLiteral("/config.json"))).object();
    const analysis::DetectorRecipe r;
    QStringList differs;
    auto text = [&](const char *key, const QString &want) {
        if (c.value(QLatin1String(key)).toString() != want)
            differs << QStringLiteral("%1 %2, not %3")
                           .arg(QLatin1String(key),
                                c.value(QLatin1String(key)).toVariant().toString(), want);
    };
    auto number = [&](const char *key, double want) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (!v.isDouble())
            differs << QStringLiteral("%1 absent, not %2").arg(QLatin1String(key)).arg(want);
        else if (std::abs(v.toDouble() - want) > 1e-9 * std::max(1.0, std::abs(want)))
            differs << QStringLiteral("%1 %2, not %3")
                           .arg(QLatin1String(key))
                           .arg(v.toDouble())
                           .arg(want);
    };
    text("arch", r.arch);
    text("outputs", r.outputs);
    text("crop", r.crop);
    text("loss", r.loss);
    text("sampler", QStringLiteral("none"));
    number("folds", r.folds);
    number("batch", r.batch);
    number("lr", r.lr);
    number("ema", 0);
    number("fit_probes", r.fitProbes);
    if (!c.value(QStringLiteral("face_crop")).toBool())
        differs << QStringLiteral("face_crop off");
    return differs.join(QStringLiteral("; "));
}

} // namespace masklens::tests
