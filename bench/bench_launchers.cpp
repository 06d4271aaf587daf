// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The same small run under each launcher, side by side: seconds from start to the first epoch
// event and to "done" - here (local), over ssh to a loopback sshd, and as a Slurm job on a
// loopback one-node cluster (the daemons of tests/daemons.h). What a launcher adds is its cost.
// Usage: bench_launchers MASKLENS_CLI MASKLENS_TRAIN DATASET CACHE_DIR [ROUNDS]
#include "../tests/daemons.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace masklens::tests;

namespace {

struct Timing
{
    double firstEpoch = -1;
    double done = -1;
};

Timing timeRun(const QString &cli, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(cli, QStringList{QStringLiteral("train")} + args);
    Timing t;
    while (p.state() != QProcess::NotRunning || p.canReadLine()) {
        if (!p.canReadLine())
            p.waitForReadyRead(20);
        while (p.canReadLine()) {
            const QString kind = QJsonDocument::fromJson(p.readLine())
                                     .object()
                                     .value(QStringLiteral("event"))
                                     .toString();
            if (kind == u"epoch" && t.firstEpoch < 0)
                t.firstEpoch = clock.elapsed() / 1000.0;
            if (kind == u"done")
                t.done = clock.elapsed() / 1000.0;
        }
    }
    p.waitForFinished(-1);
    if (t.done < 0)
        std::fprintf(stderr, "bench_launchers: a run failed: %s\n",
                     p.readAllStandardError().right(800).constData());
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 5) {
        std::fprintf(stderr, "usage: bench_launchers CLI TRAIN DATASET CACHE_DIR [ROUNDS]\n");
        return 1;
    }
    const QString cli = a[1], trainer = a[2], data = a[3], cache = a[4];
    const int rounds = a.size() > 5 ? a[5].toInt() : 3;
    QTemporaryDir tmp;
    SshServer sshd;
    SlurmCluster cluster;
    if (!sshd.running() || !cluster.running()) {
        std::fprintf(stderr, "bench_launchers: %s %s\n", qPrintable(sshd.whyNot()),
                     qPrintable(cluster.whyNot()));
        return 2;
    }
    auto recipe = [&](const QString &run) {
        return QStringList{QStringLiteral("--data"), data, QStringLiteral("--out"), run,
                           QStringLiteral("--arch"), QStringLiteral("small"),
                           QStringLiteral("--size"), QStringLiteral("32x40"),
                           QStringLiteral("--epochs"), QStringLiteral("2"),
                           QStringLiteral("--threads"), QStringLiteral("2"),
                           QStringLiteral("--cache-dir"), cache};
    };
    const QProcessEnvironment env = cluster.environment();
    struct Row
    {
        const char *name;
        QStringList extra;
        std::vector<Timing> times;
    };
    std::vector<Row> rows{
        {"local", {}, {}},
        {"ssh (loopback sshd)",
         sshd.launcherOptions() + QStringList{QStringLiteral("--remote-dir"),
                                              tmp.filePath(QStringLiteral("remote")),
                                              QStringLiteral("--remote-trainer"), trainer},
         {}},
        {"slurm (loopback cluster)",
         {QStringLiteral("--launcher"), QStringLiteral("slurm"), QStringLiteral("--trainer"),
          trainer},
         {}}};
    // The cache is made once, before the clock matters.
    timeRun(cli, recipe(tmp.filePath(QStringLiteral("warm"))), env);
    for (int r = 0; r < rounds; ++r) // interleaved, so drifting machine speed hits all alike
        for (Row &row : rows)
            row.times.push_back(timeRun(
                cli,
                recipe(tmp.filePath(QStringLiteral("%1-%2").arg(&row - rows.data()).arg(r))) +
                    row.extra,
                env));
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? -1.0 : v[v.size() / 2];
    };
    std::vector<double> base[2];
    std::printf("%-26s %16s %12s %14s %12s\n", "launcher", "first epoch (s)", "done (s)",
                "extra 1st (s)", "extra done");
    double local[2] = {0, 0};
    for (const Row &row : rows) {
        std::vector<double> first, done;
        for (const Timing &t : row.times) {
            first.push_back(t.firstEpoch);
            done.push_back(t.done);
        }
        const double f = median(first), d = median(done);
        if (&row == &rows[0]) {
            local[0] = f;
            local[1] = d;
        }
        std::printf("%-26s %16.2f %12.2f %14.2f %12.2f\n", row.name, f, d, f - local[0],
                    d - local[1]);
    }
    std::printf("(median of %d interleaved rounds; small CNN, 2 epochs, 32x40)\n", rounds);
    return 0;
}
