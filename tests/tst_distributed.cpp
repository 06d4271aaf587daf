// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #19: one model over several processes through PyTorch's c10d (Gloo on loopback, the
// real process group, no stand-in). Two ranks train what one rank trains: the same weights
// after 20 steps at the same global batch (with --sync-bn, no augmentation, no dropout), for
// the small CNN and EfficientNet-B0; with each rank's own batch norm both learn alike; a rank
// that dies fails the run in seconds, naming it; a stop reaches every rank and --resume then
// continues as if nothing had happened. The world comes from torchrun's or Slurm's variables.
#include "model/core/checkpoint.h"
#include "model/core/distributed.h"
#include "model/core/networks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <map>

using namespace masklens::model;

namespace {

struct Result
{
    int code = -1;
    QList<QJsonObject> events;
    QByteArray err;
};

Result collect(QProcess &p)
{
    Result r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError();
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            r.events.append(doc.object());
    }
    return r;
}

Result cli(const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.start(QStringLiteral(MASKLENS_CLI), args);
    p.waitForFinished(timeoutMs);
    return collect(p);
}

QList<QJsonObject> ofKind(const Result &r, const char *kind)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : r.events)
        if (e.value(QStringLiteral("event")).toString() == QLatin1String(kind))
            out.append(e);
    return out;
}

QJsonObject runJson(const QString &run)
{
    QFile f(run + QStringLiteral("/run.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

/// The largest difference between two checkpoints' parameters and batch-norm statistics.
double maxDifference(const QString &a, const QString &b, QString *why)
{
    const auto ca = loadCheckpoint(a.toStdString());
    const auto cb = loadCheckpoint(b.toStdString());
    if (!ca || !cb) {
        *why = QString::fromStdString(!ca ? ca.error() : cb.error());
        return 1e9;
    }
    const auto pa = ca->network->named_parameters(true), pb = cb->network->named_parameters(true);
    const auto ba = ca->network->named_buffers(true), bb = cb->network->named_buffers(true);
    double worst = 0;
    auto compare = [&](const std::string &key, const torch::Tensor &x, const torch::Tensor &y) {
        const double d = (x - y).abs().max().item<double>();
        if (d > worst) {
            worst = d;
            *why = QStringLiteral("%1 differs most: ").arg(QString::fromStdString(key));
        }
    };
    for (const auto &item : pa)
        compare(item.key(), item.value(), pb[item.key()]);
    // Batch-norm statistics relative to their size (a running variance of 1,000 is common deep
    // in the network, where float32 keeps 4 digits after the point).
    for (const auto &item : ba)
        if (item.value().is_floating_point())
            compare(item.key(), item.value() / (item.value().abs() + 1),
                    bb[item.key()] / (item.value().abs() + 1));
    return worst;
}

/// How two runs' training fits (train_fit.csv) differ: "" when they list the same images, each
/// trained as often, with fits within `tolerance`; else the first difference.
QString fitDifference(const QString &a, const QString &b, double tolerance)
{
    const auto read = [](const QString &file) {
        std::map<QString, QStringList> rows;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return rows;
        f.readLine(); // the header
        while (!f.atEnd()) {
            const QStringList fields = QString::fromUtf8(f.readLine()).trimmed().split(u',');
            if (fields.size() == 5)
                rows[fields[0]] = fields.mid(1);
        }
        return rows;
    };
    const auto ra = read(a + QStringLiteral("/train_fit.csv")),
               rb = read(b + QStringLiteral("/train_fit.csv"));
    if (ra.empty() || ra.size() != rb.size())
        return QStringLiteral("%1 rows against %2").arg(ra.size()).arg(rb.size());
    for (const auto &[path, x] : ra) {
        const auto other = rb.find(path);
        if (other == rb.end())
            return path + QStringLiteral(" only in the first");
        const QStringList &y = other->second;
        if (x[0] != y[0])
            return path + QStringLiteral(" trained %1 against %2 times").arg(x[0], y[0]);
        for (int k = 1; k < 4; ++k)
            if (std::abs(x[k].toDouble() - y[k].toDouble()) > tolerance)
                return path + QStringLiteral(": %1 against %2").arg(x[k], y[k]);
    }
    return {};
}

/// Sets exactly these world variables for a scope (the others unset), and unsets them after.
struct EnvScope
{
    explicit EnvScope(const QList<std::pair<const char *, const char *>> &vars)
    {
        clear();
        for (const auto &[name, value] : vars)
            qputenv(name, value);
    }
    ~EnvScope() { clear(); }
    static void clear()
    {
        for (const char *name : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT",
                                 "SLURM_NTASKS", "SLURM_PROCID", "SLURM_LOCALID",
                                 "SLURM_JOB_NODELIST", "SLURM_STEP_NODELIST", "SLURM_JOB_ID"})
            qunsetenv(name);
    }
};

} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;

    QStringList recipe(const QString &out, const char *arch, const char *size) const
    {
        return {QStringLiteral("train"),
                QStringLiteral("--data"),
                m_data,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--arch"),
                QLatin1String(arch),
                QStringLiteral("--size"),
                QLatin1String(size),
                QStringLiteral("--batch"),
                QStringLiteral("16"),
                QStringLiteral("--threads"),
                QStringLiteral("1")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!haveDistributed())
            QSKIP("this build has no c10d process group (libgloo-dev was missing)");
        m_data = m_tmp.filePath(QStringLiteral("data"));
        const Result r =
            cli({QStringLiteral("synth"), QStringLiteral("--out"), m_data,
                 QStringLiteral("--people"), QStringLiteral("60"), QStringLiteral("--seed"),
                 QStringLiteral("4"), QStringLiteral("--eval-people"), QStringLiteral("0")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void theWorldComesFromTheEnvironment()
    {
        World w;
        auto read = [&w]() -> std::string {
            const auto found = worldFromEnvironment();
            if (!found)
                return found.error().empty() ? std::string("(no reason)") : found.error();
            w = *found;
            return {};
        };
        {
            EnvScope env({});
            QVERIFY(read().empty());
            QCOMPARE(w.size, 1);
            QCOMPARE(w.rank, 0);
        }
        {
            EnvScope env({{"WORLD_SIZE", "4"},
                          {"RANK", "2"},
                          {"LOCAL_RANK", "0"},
                          {"MASTER_ADDR", "node7"},
                          {"MASTER_PORT", "29501"}});
            QVERIFY2(read().empty(), read().c_str());
            QCOMPARE(w.size, 4);
            QCOMPARE(w.rank, 2);
            QCOMPARE(w.localRank, 0);
            QCOMPARE(QString::fromStdString(w.masterAddr), QStringLiteral("node7"));
            QCOMPARE(w.masterPort, 29501);
            QCOMPARE(QString::fromStdString(w.source), QStringLiteral("torchrun"));
        }
        {
            EnvScope env({{"SLURM_NTASKS", "8"},
                          {"SLURM_PROCID", "5"},
                          {"SLURM_LOCALID", "1"},
                          {"SLURM_JOB_NODELIST", "gpu[03-05,07],cpu1"},
                          {"SLURM_JOB_ID", "123456"}});
            QVERIFY2(read().empty(), read().c_str());
            QCOMPARE(w.size, 8);
            QCOMPARE(w.rank, 5);
            QCOMPARE(w.localRank, 1);
            QCOMPARE(QString::fromStdString(w.masterAddr), QStringLiteral("gpu03"));
            QCOMPARE(w.masterPort, 20000 + 123456 % 20000);
            QCOMPARE(QString::fromStdString(w.source), QStringLiteral("slurm"));
        }
        {
            // One Slurm task (a job array's task) is one process.
            EnvScope env({{"SLURM_NTASKS", "1"}, {"SLURM_PROCID", "0"}});
            QVERIFY(read().empty());
            QCOMPARE(w.size, 1);
        }
        for (const auto &bad : QList<QList<std::pair<const char *, const char *>>>{
                 {{"WORLD_SIZE", "2"}, {"RANK", "2"}, {"MASTER_ADDR", "h"}, {"MASTER_PORT", "1"}},
                 {{"WORLD_SIZE", "2"}, {"RANK", "0"}},
                 {{"WORLD_SIZE", "two"}, {"RANK", "0"}},
                 {{"WORLD_SIZE", "2"},
                  {"RANK", "1"},
                  {"MASTER_ADDR", "h"},
                  {"MASTER_PORT", "70000"}}}) {
            EnvScope env(bad);
            const auto refused = worldFromEnvironment();
            QVERIFY(!refused);
            QVERIFY(!refused.error().empty());
        }
        QCOMPARE(QString::fromStdString(firstSlurmHost("node01")), QStringLiteral("node01"));
        QCOMPARE(QString::fromStdString(firstSlurmHost("a1,b[1-2]")), QStringLiteral("a1"));
        QCOMPARE(QString::fromStdString(firstSlurmHost("gpu-[0012-0015]")),
                 QStringLiteral("gpu-0012"));
    }

    void twoRanksTrainWhatOneRankTrains_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("lr");
        // B0 from scratch at a batch of 16 is chaotic at larger rates: one process run twice,
        // --threads 1 and then 2 (only the summation order differs), ends 0.05 apart after 8
        // steps at 1e-3 and 0.02 at 1e-4. At 1e-5 rounding stays rounding (5e-6 after 20).
        QTest::newRow("small CNN")
            << QStringLiteral("small") << QStringLiteral("48x64") << QStringLiteral("0.001");
        QTest::newRow("EfficientNet-B0") << QStringLiteral("efficientnet_b0")
                                         << QStringLiteral("64x80") << QStringLiteral("0.00001");
    }
    void twoRanksTrainWhatOneRankTrains()
    {
        QFETCH(QString, arch);
        QFETCH(QString, size);
        QFETCH(QString, lr);
        // SGD: Adam normalises each weight's step by its gradient, so a gradient that is
        // rounding noise (what a batch norm cancels) moves by a full step either way.
        const QStringList exact{QStringLiteral("--optimizer"),
                                QStringLiteral("sgd"),
                                QStringLiteral("--lr"),
                                lr,
                                QStringLiteral("--sync-bn"),
                                QStringLiteral("--no-augment"),
                                QStringLiteral("--no-dropout"),
                                QStringLiteral("--epochs"),
                                QStringLiteral("1"),
                                QStringLiteral("--limit-batches"),
                                QStringLiteral("20")};
        const QString one = m_tmp.filePath(QStringLiteral("one-") + arch);
        const QString two = m_tmp.filePath(QStringLiteral("two-") + arch);
        const QByteArray a = arch.toUtf8(), s = size.toUtf8();
        const Result r1 = cli(recipe(one, a.constData(), s.constData()) + exact);
        QVERIFY2(r1.code == 0, r1.err.constData());
        const Result r2 = cli(recipe(two, a.constData(), s.constData()) + exact +
                              QStringList{QStringLiteral("--processes"), QStringLiteral("2")});
        QVERIFY2(r2.code == 0, r2.err.constData());
        QCOMPARE(ofKind(r1, "start").value(0).value(QStringLiteral("world_size")).toInt(), 1);
        QCOMPARE(ofKind(r2, "start").value(0).value(QStringLiteral("world_size")).toInt(), 2);
        QCOMPARE(ofKind(r2, "start").value(0).value(QStringLiteral("rank")).toInt(), 0);
        // 20 steps of the same global batches: the same weights and statistics.
        QCOMPARE(ofKind(r2, "progress").last().value(QStringLiteral("batch")).toInt(), 20);
        QString why;
        const double diff = maxDifference(one + QStringLiteral("/last.mlck"),
                                          two + QStringLiteral("/last.mlck"), &why);
        qInfo("%s: largest weight difference after 20 steps, 1 vs 2 ranks: %.3g", qPrintable(arch),
              diff);
        QVERIFY2(diff < 1e-4, qPrintable(why + QString::number(diff)));
        // The training fit counts every rank's share: each image the same number of times,
        // with what the same network said of it.
        const QString fits = fitDifference(one, two, 1e-3);
        QVERIFY2(fits.isEmpty(), qPrintable(fits));
        // Only rank 0 wrote: one events stream, one run.json, done.
        QCOMPARE(runJson(two).value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(runJson(two).value(QStringLiteral("processes")).toInt(), 2);
        QCOMPARE(ofKind(r2, "done").size(), 1);
    }

    void withEachRanksOwnBatchNormBothLearn()
    {
        const QStringList plan{QStringLiteral("--no-augment"), QStringLiteral("--epochs"),
                               QStringLiteral("6")};
        const QString one = m_tmp.filePath(QStringLiteral("local-bn-1"));
        const QString two = m_tmp.filePath(QStringLiteral("local-bn-2"));
        const Result r1 = cli(recipe(one, "small", "48x64") + plan);
        const Result r2 = cli(recipe(two, "small", "48x64") + plan +
                              QStringList{QStringLiteral("--processes"), QStringLiteral("2")});
        QVERIFY2(r1.code == 0 && r2.code == 0, r1.err + r2.err);
        auto losses = [](const Result &r) {
            QList<double> out;
            for (const QJsonObject &e : ofKind(r, "epoch"))
                out << e.value(QStringLiteral("train_loss")).toDouble();
            return out;
        };
        const auto l1 = losses(r1), l2 = losses(r2);
        QCOMPARE(l2.size(), 6);
        QVERIFY2(l1.last() < l1.first() * 0.8 && l2.last() < l2.first() * 0.8,
                 qPrintable(QStringLiteral("%1 -> %2, %3 -> %4")
                                .arg(l1.first())
                                .arg(l1.last())
                                .arg(l2.first())
                                .arg(l2.last())));
        const double f1 = ofKind(r1, "done")[0].value(QStringLiteral("val_macro_f1")).toDouble();
        const double f2 = ofKind(r2, "done")[0].value(QStringLiteral("val_macro_f1")).toDouble();
        qInfo("macro F1 with each rank's batch norm: 1 rank %.3f, 2 ranks %.3f", f1, f2);
        QVERIFY2(std::abs(f1 - f2) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(f1).arg(f2)));
    }

    void aRankThatDiesFailsTheRunInSeconds()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("dies"));
        QProcess p;
        p.start(QStringLiteral(MASKLENS_CLI),
                recipe(dir, "small", "48x64") +
                    QStringList{QStringLiteral("--epochs"), QStringLiteral("400"),
                                QStringLiteral("--processes"), QStringLiteral("2")});
        QVERIFY(p.waitForStarted());
        // Wait until both ranks train (rank 0 reports progress), then kill rank 1 outright.
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        while (!out.contains("\"progress\"") && clock.elapsed() < 120000 &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        QVERIFY(out.contains("\"progress\""));
        pid_t victim = 0;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (!entry.toInt() || !environ.open(QIODevice::ReadOnly) ||
                !cmdline.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> vars = environ.readAll().split('\0');
            if (cmdline.readAll().contains(dir.toUtf8()) && vars.contains("RANK=1"))
                victim = pid_t(entry.toInt());
        }
        QVERIFY(victim > 0);
        ::kill(victim, SIGKILL);
        clock.restart();
        QVERIFY(p.waitForFinished(30000));
        const qint64 ms = clock.elapsed();
        qInfo("the run ended %lld ms after rank 1 was killed", ms);
        QVERIFY(ms < 15000);
        QCOMPARE(p.exitCode(), 2);
        const QJsonObject run = runJson(dir);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(run.value(QStringLiteral("message")).toString().contains(u"rank 1 of 2"),
                 qPrintable(run.value(QStringLiteral("message")).toString()));
    }

    void aStopReachesEveryRankAndResumeContinuesIdentically()
    {
        // No random draws (augmentations, dropout): their generator's state is not saved.
        const QStringList plan{QStringLiteral("--no-augment"), QStringLiteral("--no-dropout"),
                               QStringLiteral("--epochs"),     QStringLiteral("4"),
                               QStringLiteral("--processes"),  QStringLiteral("2")};
        const QString whole = m_tmp.filePath(QStringLiteral("whole"));
        const Result r = cli(recipe(whole, "small", "48x64") + plan);
        QVERIFY2(r.code == 0, r.err.constData());

        const QString stopped = m_tmp.filePath(QStringLiteral("stopped"));
        QProcess p;
        p.start(QStringLiteral(MASKLENS_CLI), recipe(stopped, "small", "48x64") + plan);
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("\"epoch\"") && clock.elapsed() < 120000 &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        QVERIFY(out.contains("\"epoch\""));
        ::kill(pid_t(p.processId()), SIGTERM); // the launcher passes it to both ranks
        QVERIFY(p.waitForFinished(60000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(out.contains("\"stopped\""));
        QCOMPARE(runJson(stopped).value(QStringLiteral("status")).toString(),
                 QStringLiteral("stopped"));

        const Result resumed = cli({QStringLiteral("train"), QStringLiteral("--resume"), stopped});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(ofKind(resumed, "start").value(0).value(QStringLiteral("world_size")).toInt(), 2);
        QString why;
        const double diff = maxDifference(whole + QStringLiteral("/last.mlck"),
                                          stopped + QStringLiteral("/last.mlck"), &why);
        qInfo("stopped and resumed vs uninterrupted: largest weight difference %.3g", diff);
        QVERIFY2(diff < 1e-5, qPrintable(why + QString::number(diff)));
        const QString fits = fitDifference(whole, stopped, 1e-4);
        QVERIFY2(fits.isEmpty(), qPrintable(fits));
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
