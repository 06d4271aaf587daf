// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target shares: a small generated dataset made once per process in a
// temporary folder, and a way to hand the fuzzer's bytes to a reader that takes a file.

#include "analysis/dataset.h"
#include "analysis/synth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace masklens::fuzz {

inline QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/masklens-fuzz-XXXXXX"));
    return dir;
}

inline void writeBytes(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
}

/// Four people with eval images, generated once; readers are fuzzed against it.
inline const analysis::Dataset &fixtureDataset()
{
    static std::unique_ptr<analysis::Dataset> ds = [] {
        const QString root = scratch().filePath(QStringLiteral("data"));
        analysis::SynthOptions o;
        o.people = 4;
        o.evalPeople = 2;
        o.seed = 5;
        o.threads = 1;
        o.overwrite = true;
        if (!analysis::writeSynthetic(root, o))
            std::abort();
        auto loaded = analysis::loadDataset(root);
        if (!loaded)
            std::abort();
        return std::make_unique<analysis::Dataset>(std::move(loaded).value());
    }();
    return *ds;
}

/// Splits the input at "\n===\n" into up to `n` parts (several files from one input).
inline QList<QByteArray> parts(const uint8_t *data, size_t size, int n)
{
    QList<QByteArray> out;
    QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i < n - 1; ++i) {
        const qsizetype at = all.indexOf("\n===\n");
        if (at < 0)
            break;
        out.append(all.left(at + 1));
        all.remove(0, at + 5);
    }
    out.append(all);
    while (out.size() < n)
        out.append(QByteArray());
    return out;
}

} // namespace masklens::fuzz
