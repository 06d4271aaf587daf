// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test fixtures made by the project's own generator: small, seeded, in a temporary folder.

#include "analysis/synth.h"

#include <QDir>
#include <QFile>
#include <QTest>

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

} // namespace masklens::tests
