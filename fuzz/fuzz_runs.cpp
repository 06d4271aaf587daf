// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a run folder's run.json, config.json and metrics.jsonl ("\n===\n" between them),
// as runs list and the window read them.
#include "fuzzfixture.h"

#include "analysis/runs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace masklens;
    const QString run = fuzz::scratch().filePath(QStringLiteral("run"));
    QDir().mkpath(run);
    const QList<QByteArray> files = fuzz::parts(data, size, 3);
    const char *names[] = {"run.json", "config.json", "metrics.jsonl"};
    for (int i = 0; i < 3; ++i)
        fuzz::writeBytes(run + u'/' + QLatin1String(names[i]),
                         reinterpret_cast<const uint8_t *>(files[i].constData()),
                         size_t(files[i].size()));
    (void)analysis::readRun(run);
    return 0;
}
