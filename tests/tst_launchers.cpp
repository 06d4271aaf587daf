// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where training runs (issue #18), end to end against real engines on loopback: a local run
// that never lies about being alive, an OpenSSH server the tests start themselves, and a
// one-node Slurm cluster (munged, slurmctld, slurmd) they start and stop.
#include "daemons.h"
#include "fixtures.h"

#include "analysis/dataset.h"
#include "analysis/predictions.h"
#include "analysis/runs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace masklens::analysis;
using namespace masklens::tests;

namespace {

/// masklens-cli train in the background, its JSON events read as they come.
class Training
{
public:
    Training(const QStringList &args,
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(MASKLENS_CLI), QStringList{QStringLiteral("train")} + args);
    }
    ~Training()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    /// Waits for an event of `kind`; false when the process ends or time runs out first.
    bool waitFor(const char *kind, int ms = 240000)
    {
        return waitFor(
            kind, [](const QJsonObject &) { return true; }, ms);
    }
    /// Waits for an event of `kind` that `matches`.
    template <typename Matches> bool waitFor(const char *kind, Matches matches, int ms = 240000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            read();
            for (const QJsonObject &e : m_events)
                if (e.value(QStringLiteral("event")).toString() == QLatin1String(kind) &&
                    matches(e))
                    return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(200);
        }
        return false;
    }
    int finish(int ms = 300000)
    {
        m_process.waitForFinished(ms);
        read();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void terminate() { ::kill(pid_t(m_process.processId()), SIGTERM); }
    void killHard() { ::kill(pid_t(m_process.processId()), SIGKILL); }
    QList<QJsonObject> events(const char *kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_events)
            if (e.value(QStringLiteral("event")).toString() == QLatin1String(kind))
                out.append(e);
        return out;
    }
    QByteArray errors() const { return m_err; }

private:
    void read()
    {
        m_err += m_process.readAllStandardError();
        while (m_process.canReadLine()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine());
            if (doc.isObject())
                m_events.append(doc.object());
        }
    }
    QProcess m_process;
    QList<QJsonObject> m_events;
    QByteArray m_err;
};

QJsonObject runJson(const QString &run)
{
    return QJsonDocument::fromJson(readAll(run + QStringLiteral("/run.json"))).object();
}

/// masklens-train processes whose command line mentions `text` (a test's own folder).
int trainersMentioning(const QString &text)
{
    int n = 0;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!entry.toLongLong() || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray c = cmdline.readAll().replace('\0', ' ');
        n += c.contains("masklens-train") && c.contains(text.toUtf8());
    }
    return n;
}

QList<double> trainLosses(const QString &metrics)
{
    QList<double> out;
    for (const QByteArray &line : readAll(metrics).split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.value(QStringLiteral("event")).toString() == u"epoch")
            out.append(e.value(QStringLiteral("train_loss")).toDouble());
    }
    return out;
}

} // namespace

class TestLaunchers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_cache;

    QStringList recipe(const QString &run, int epochs) const
    {
        return {QStringLiteral("--data"),      m_data,
                QStringLiteral("--out"),       run,
                QStringLiteral("--size"),      QStringLiteral("32x40"),
                QStringLiteral("--epochs"),    QString::number(epochs),
                QStringLiteral("--threads"),   QStringLiteral("1"),
                QStringLiteral("--cache-dir"), m_cache};
    }
    QString run(const char *name) const { return m_tmp.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_tmp.filePath(QStringLiteral("data"));
        m_cache = m_tmp.filePath(QStringLiteral("cache"));
        QVERIFY(makeDataset(m_data, 16));
    }

    // --- runs never lie about being alive ----------------------------------------------------

    void aKilledLocalTrainerReadsAsFailed()
    {
        const QString dir = run("killed");
        Training t(recipe(dir, 400) +
                   QStringList{QStringLiteral("--limit-batches"), QStringLiteral("1")});
        QVERIFY(t.waitFor("epoch"));
        const QJsonObject first = runJson(dir);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(first.value(QStringLiteral("launcher")).toString(), QStringLiteral("local"));
        QVERIFY(first.value(QStringLiteral("pid")).toInteger() > 0);
        QVERIFY(!first.value(QStringLiteral("host")).toString().isEmpty());
        QTest::qWait(3000); // the heartbeat moves while it runs
        const QJsonObject later = runJson(dir);
        QVERIFY(later.value(QStringLiteral("heartbeat")).toString() >
                first.value(QStringLiteral("heartbeat")).toString());
        auto info = readRun(dir);
        QCOMPARE(info->status, QStringLiteral("running"));

        t.killHard(); // as the OOM killer would: no chance to write anything
        t.finish();
        QCOMPARE(runJson(dir).value(QStringLiteral("status")).toString(),
                 QStringLiteral("running"));
        info = readRun(dir);
        QVERIFY(info.ok());
        QCOMPARE(info->status, QStringLiteral("failed"));
        QVERIFY2(info->message.contains(QStringLiteral("ended without a result")),
                 qPrintable(info->message));
    }

    // --- OpenSSH ------------------------------------------------------------------------------

    void sshRunLooksLikeALocalRun()
    {
        SshServer sshd;
        if (!sshd.running())
            QSKIP(qPrintable(sshd.whyNot()));
        const QString remote = m_tmp.filePath(QStringLiteral("remote-ssh"));
        const QString dir = run("ssh");
        Training t(recipe(dir, 2) + sshd.launcherOptions() +
                   QStringList{QStringLiteral("--remote-dir"), remote,
                               QStringLiteral("--remote-trainer"), QStringLiteral(MASKLENS_TRAIN)});
        QCOMPARE(t.finish(), 0);
        QCOMPARE(t.events("start").size(), 1);
        QCOMPARE(t.events("epoch").size(), 2);
        QCOMPARE(t.events("done").size(), 1);
        // The files came back; the paths in the events are this machine's.
        for (const char *file :
             {"best.mlck", "last.mlck", "val_predictions.csv", "metrics.jsonl", "state.txt",
              "config.json", "samples.csv", "train_fit.csv", "train_fit.csv.json"})
            QVERIFY2(QFile::exists(dir + u'/' + QLatin1String(file)), file);
        QCOMPARE(t.events("done")[0].value(QStringLiteral("checkpoint")).toString(),
                 dir + QStringLiteral("/best.mlck"));
        QVERIFY(QFile::exists(remote + QStringLiteral("/runs/ssh/best.mlck"))); // it ran there
        const auto info = readRun(dir);
        QCOMPARE(info->status, QStringLiteral("done"));
        QCOMPARE(info->launcher, QStringLiteral("ssh"));
        QCOMPARE(info->epochs, 2);
        QVERIFY(info->macroF1 >= 0);
    }

    void aRunWhoseFilesCannotComeBackFails()
    {
        SshServer sshd;
        if (!sshd.running())
            QSKIP(qPrintable(sshd.whyNot()));
        const QString remote = m_tmp.filePath(QStringLiteral("remote-blocked"));
        const QString dir = run("ssh-blocked");
        // val_predictions.csv taken here by a folder that holds something: the server's file
        // cannot be copied over it, so the run's last fetch fails.
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/val_predictions.csv/taken")));
        Training t(recipe(dir, 1) + sshd.launcherOptions() +
                   QStringList{QStringLiteral("--remote-dir"), remote,
                               QStringLiteral("--remote-trainer"), QStringLiteral(MASKLENS_TRAIN)});
        QCOMPARE(t.finish(), 2); // not 0: the run did not finish here
        const QString message =
            t.events("error").value(0).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("copying the run's files back")),
                 qPrintable(message));
        QCOMPARE(readRun(dir)->status, QStringLiteral("failed"));
    }

    void sshCancelDropAndResume()
    {
        SshServer sshd;
        if (!sshd.running())
            QSKIP(qPrintable(sshd.whyNot()));
        const QString remote = m_tmp.filePath(QStringLiteral("remote-cancel"));
        const QStringList where =
            sshd.launcherOptions() + QStringList{QStringLiteral("--remote-dir"), remote,
                                                 QStringLiteral("--remote-trainer"),
                                                 QStringLiteral(MASKLENS_TRAIN)};
        const QStringList slow{QStringLiteral("--limit-batches"), QStringLiteral("1")};

        // Cancel: the remote trainer saves its checkpoint, the files come back, none is left.
        const QString dir = run("ssh-cancel");
        {
            Training t(recipe(dir, 300) + where + slow);
            QVERIFY(t.waitFor("epoch"));
            t.terminate();
            QCOMPARE(t.finish(), 130);
            QCOMPARE(t.events("stopped").size(), 1);
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/last.mlck")));
        QCOMPARE(readRun(dir)->status, QStringLiteral("stopped"));
        QCOMPARE(trainersMentioning(remote), 0);

        // A dropped connection fails the run with ssh's own message.
        const QString dropped = run("ssh-drop");
        {
            Training t(recipe(dropped, 150) + where + slow);
            QVERIFY(t.waitFor("epoch"));
            QVERIFY(sshd.killSessions() > 0);
            QCOMPARE(t.finish(), 2);
            const QString message =
                t.events("error").value(0).value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("connection")), qPrintable(message));
        }
        const auto failed = readRun(dropped);
        QCOMPARE(failed->status, QStringLiteral("failed"));
        QVERIFY(failed->epochs >= 1);

        // --resume continues there from the last checkpoint and finishes.
        Training again({QStringLiteral("--resume"), dropped});
        QCOMPARE(again.finish(), 0);
        QCOMPARE(again.events("done").size(), 1);
        const auto info = readRun(dropped);
        QCOMPARE(info->status, QStringLiteral("done"));
        QCOMPARE(info->launcher, QStringLiteral("ssh"));
        QCOMPARE(trainLosses(dropped + QStringLiteral("/metrics.jsonl")).size(), 150);
        QCOMPARE(trainersMentioning(remote), 0);
    }

    // --- Slurm -------------------------------------------------------------------------------

    void slurmArrayEqualsALocalRun()
    {
        SlurmCluster cluster;
        if (!cluster.running())
            QSKIP(qPrintable(cluster.whyNot()));
        const QStringList plan{QStringLiteral("--folds"), QStringLiteral("2"),
                               QStringLiteral("--seeds"), QStringLiteral("1,2")};
        const QString local = run("slurm-local");
        {
            Training t(recipe(local, 2) + plan);
            QCOMPARE(t.finish(), 0);
        }
        const QString dir = run("slurm");
        Training t(recipe(dir, 2) + plan +
                       QStringList{QStringLiteral("--launcher"), QStringLiteral("slurm")},
                   cluster.environment());
        QCOMPARE(t.finish(), 0);
        QCOMPARE(t.events("submitted").size(), 1);
        const QString job = t.events("submitted")[0].value(QStringLiteral("job_id")).toString();
        QCOMPARE(t.events("submitted")[0].value(QStringLiteral("tasks")).toArray().size(), 4);
        // The controller knows four array tasks of that one job, all completed.
        QProcess scontrol;
        scontrol.setProcessEnvironment(cluster.environment());
        scontrol.start(QStringLiteral("scontrol"),
                       {QStringLiteral("-o"), QStringLiteral("show"), QStringLiteral("job"), job});
        QVERIFY(scontrol.waitForFinished(30000));
        const QList<QByteArray> tasks = scontrol.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(tasks.size(), 4);
        for (const QByteArray &task : tasks) {
            QVERIFY(task.contains("ArrayJobId=" + job.toUtf8() + ' '));
            QVERIFY(task.contains("JobState=COMPLETED"));
        }
        std::set<int> seen;
        for (const QJsonObject &e : t.events("task"))
            if (e.value(QStringLiteral("state")).toString() == u"COMPLETED")
                seen.insert(e.value(QStringLiteral("task")).toInt());
        QCOMPARE(int(seen.size()), 4);
        QCOMPARE(t.events("epoch").size(), 8); // each task's, relayed
        QCOMPARE(t.events("ensemble").size(), 1);
        QCOMPARE(t.events("done").size(), 1);
        QCOMPARE(readRun(dir)->status, QStringLiteral("done"));
        QCOMPARE(runJson(dir).value(QStringLiteral("job_id")).toString(), job);

        // The out-of-fold file covers every image once and equals the local run's.
        const auto ds = loadDataset(m_data);
        const auto oof = readPredictions(dir + QStringLiteral("/oof_predictions.csv"), *ds);
        QVERIFY(oof.ok());
        QVERIFY(oof->problems.empty());
        QCOMPARE(oof->predictedCount(), int(ds->samples.size()));
        QCOMPARE(readAll(dir + QStringLiteral("/oof_predictions.csv")),
                 readAll(local + QStringLiteral("/oof_predictions.csv")));
        // So does the training fit, gathered from the tasks' models.
        QVERIFY(!readAll(dir + QStringLiteral("/train_fit.csv")).isEmpty());
        QCOMPARE(readAll(dir + QStringLiteral("/train_fit.csv")),
                 readAll(local + QStringLiteral("/train_fit.csv")));
        QCOMPARE(trainLosses(dir + QStringLiteral("/metrics.jsonl")),
                 trainLosses(local + QStringLiteral("/metrics.jsonl")));
    }

    void slurmTasksPerModelRunsEachModelThroughSrun()
    {
        // Issue #19: --tasks-per-model 2 makes each array task an srun of two ranks that meet
        // through c10d; they train what two local processes train.
        SlurmCluster cluster;
        if (!cluster.running())
            QSKIP(qPrintable(cluster.whyNot()));
        const QStringList exact{QStringLiteral("--no-augment"), QStringLiteral("--no-dropout")};
        const QString local = run("ranks-local");
        {
            Training t(recipe(local, 2) + exact +
                       QStringList{QStringLiteral("--processes"), QStringLiteral("2")});
            QCOMPARE(t.finish(), 0);
        }
        const QString dir = run("ranks-slurm");
        Training t(recipe(dir, 2) + exact +
                       QStringList{QStringLiteral("--launcher"), QStringLiteral("slurm"),
                                   QStringLiteral("--tasks-per-model"), QStringLiteral("2")},
                   cluster.environment());
        QVERIFY2(t.finish() == 0, t.errors().constData());
        const QString job = t.events("submitted")[0].value(QStringLiteral("job_id")).toString();
        QProcess scontrol;
        scontrol.setProcessEnvironment(cluster.environment());
        scontrol.start(QStringLiteral("scontrol"),
                       {QStringLiteral("-o"), QStringLiteral("show"), QStringLiteral("job"), job});
        QVERIFY(scontrol.waitForFinished(30000));
        const QByteArray shown = scontrol.readAllStandardOutput();
        QVERIFY2(shown.contains("NumTasks=2"), shown.constData());
        QVERIFY(readAll(dir + QStringLiteral("/slurm/job.sh")).contains("exec srun "));
        QCOMPARE(runJson(dir)
                     .value(QStringLiteral("slurm"))
                     .toObject()
                     .value(QStringLiteral("tasks_per_model"))
                     .toInt(),
                 2);
        QCOMPARE(readRun(dir)->status, QStringLiteral("done"));
        // The same two ranks' training as on this computer.
        QCOMPARE(trainLosses(dir + QStringLiteral("/metrics.jsonl")).size(), 2);
        QCOMPARE(trainLosses(dir + QStringLiteral("/metrics.jsonl")),
                 trainLosses(local + QStringLiteral("/metrics.jsonl")));
    }

    void slurmCancelAndFailedTask()
    {
        SlurmCluster cluster;
        if (!cluster.running())
            QSKIP(qPrintable(cluster.whyNot()));
        const QStringList plan{QStringLiteral("--folds"),    QStringLiteral("2"),
                               QStringLiteral("--seeds"),    QStringLiteral("1,2"),
                               QStringLiteral("--launcher"), QStringLiteral("slurm")};
        // scancel mid-run: the tasks save their checkpoints, the run is stopped.
        const QString dir = run("slurm-cancel");
        {
            Training t(recipe(dir, 300) + plan +
                           QStringList{QStringLiteral("--limit-batches"), QStringLiteral("1")},
                       cluster.environment());
            // The node has two CPUs, so two of the four tasks run at a time: wait until the
            // first task (fold 0, seed 1) has trained, whichever of the two reports first.
            QVERIFY(t.waitFor("epoch", [](const QJsonObject &e) {
                return e.value(QStringLiteral("fold")).toInt(-1) == 0 &&
                       e.value(QStringLiteral("seed")).toInt(-1) == 1;
            }));
            t.terminate();
            QCOMPARE(t.finish(), 130);
            QVERIFY(!t.events("stopped").isEmpty());
            // Every task that had trained an epoch keeps its progress.
            for (const QJsonObject &e : t.events("epoch")) {
                const QString member = QStringLiteral("/fold%1_seed%2/last.mlck")
                                           .arg(e.value(QStringLiteral("fold")).toInt())
                                           .arg(e.value(QStringLiteral("seed")).toInt());
                QVERIFY2(QFile::exists(dir + member), qPrintable(member));
            }
        }
        QCOMPARE(readRun(dir)->status, QStringLiteral("stopped"));
        QVERIFY(QFile::exists(dir + QStringLiteral("/fold0_seed1/last.mlck")));
        QCOMPARE(trainersMentioning(dir), 0);

        // A task that fails fails the run, naming it; --resume resubmits only that one.
        const QString broken = run("slurm-fail");
        QVERIFY(QDir().mkpath(broken));
        QVERIFY(writeAll(broken + QStringLiteral("/fold1_seed2"), "a file where a folder goes"));
        {
            Training t(recipe(broken, 1) + plan, cluster.environment());
            QCOMPARE(t.finish(), 2);
            // The task's own error is relayed; the run's last word names the task.
            const QString message =
                t.events("error").last().value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("task 3")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("FAILED")), qPrintable(message));
        }
        QCOMPARE(readRun(broken)->status, QStringLiteral("failed"));
        QVERIFY(QFile::remove(broken + QStringLiteral("/fold1_seed2")));
        Training again({QStringLiteral("--resume"), broken}, cluster.environment());
        QCOMPARE(again.finish(), 0);
        const QJsonArray resubmitted =
            again.events("submitted").value(0).value(QStringLiteral("tasks")).toArray();
        QCOMPARE(resubmitted, QJsonArray{3});
        QCOMPARE(again.events("done").size(), 1);
        QCOMPARE(readRun(broken)->status, QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestLaunchers)
#include "tst_launchers.moc"
