// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Slurm launcher (runOnSlurm): one job array, a task per model (or srun -n N for data
// parallelism), watched through scontrol and each task's metrics.jsonl; a stop is scancel with
// SIGTERM, so each task saves its checkpoint as a local run does.
#include "remoterun.h"

#include "cliutil.h"
#include "launchtools.h"

#include "analysis/safefile.h"
#include "analysis/trainingevent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <set>
#include <thread>

#include <unistd.h>

namespace masklens::cli {

using namespace launch;

namespace {

/// "0-3", "1,3", "2-3%2" -> {0,1,2,3}, {1,3}, {2,3}.
std::set<int> parseTaskList(QString text)
{
    std::set<int> out;
    text = text.section(u'%', 0, 0);
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        bool ok1 = false, ok2 = false;
        const int from = range.value(0).toInt(&ok1);
        const int to = range.size() > 1 ? range.value(1).toInt(&ok2) : from;
        if (ok1 && (range.size() == 1 || ok2))
            for (int t = from; t <= to && t - from < 100000; ++t)
                out.insert(t);
    }
    return out;
}

bool terminalState(const QString &state)
{
    return state == u"COMPLETED" || state == u"FAILED" || state == u"CANCELLED" ||
           state == u"TIMEOUT" || state == u"NODE_FAIL" || state == u"OUT_OF_MEMORY" ||
           state == u"PREEMPTED" || state == u"BOOT_FAIL" || state == u"DEADLINE";
}

/// Each array task's state: from the controller while it knows the job, else from accounting.
/// Empty when neither answers.
std::map<int, QString> taskStates(const QString &jobId)
{
    std::map<int, QString> states;
    Command c = runCommand(
        QStringLiteral("scontrol"),
        {QStringLiteral("-o"), QStringLiteral("show"), QStringLiteral("job"), jobId}, 60000);
    if (c.code == 0) {
        static const QRegularExpression task(QStringLiteral("\\bArrayTaskId=(\\S+)"));
        static const QRegularExpression state(QStringLiteral("\\bJobState=(\\S+)"));
        for (const QByteArray &line : c.out.split('\n')) {
            const QString l = QString::fromUtf8(line);
            const auto t = task.match(l), s = state.match(l);
            if (t.hasMatch() && s.hasMatch())
                for (int id : parseTaskList(t.captured(1)))
                    states[id] = s.captured(1);
        }
        if (!states.empty())
            return states;
    }
    c = runCommand(QStringLiteral("sacct"),
                   {QStringLiteral("-n"), QStringLiteral("-P"), QStringLiteral("-X"),
                    QStringLiteral("-j"), jobId, QStringLiteral("-o"),
                    QStringLiteral("JobID,State")},
                   60000);
    if (c.code == 0)
        for (const QByteArray &line : c.out.split('\n')) {
            const QStringList f = QString::fromUtf8(line).trimmed().split(u'|');
            if (f.size() < 2 || !f[0].contains(u'_'))
                continue;
            QString ids = f[0].section(u'_', 1);
            ids.remove(u'[').remove(u']');
            for (int id : parseTaskList(ids))
                states[id] = f[1].section(u' ', 0, 0); // "CANCELLED by 0"
        }
    return states;
}

bool modelDone(const QString &folder)
{
    const auto state = analysis::readRegularFile(folder + QStringLiteral("/state.txt"), 1 << 20);
    return state && state->split('\n').contains("done 1");
}

QString modelFolder(const model::TrainConfig &config, int m)
{
    const QString out = QString::fromStdString(config.out);
    if (model::modelCount(config) == 1)
        return out;
    const int seeds = int(config.seeds.size());
    return out + QStringLiteral("/fold%1_seed%2").arg(m / seeds).arg(config.seeds[m % seeds]);
}

bool underLocalTemp(const QString &path)
{
    const QString p = QFileInfo(path).absoluteFilePath();
    for (const char *local : {"/tmp/", "/var/tmp/", "/dev/shm/", "/run/"})
        if (p.startsWith(QLatin1String(local)))
            return true;
    return false;
}

} // namespace

int runOnSlurm(const model::TrainConfig &config, const SlurmSettings &slurm, RunRelay &relay,
               const std::atomic<bool> &stop)
{
    const QString runDir = QFileInfo(QString::fromStdString(config.out)).absoluteFilePath();
    for (const QString &path : {runDir, QString::fromStdString(config.cache)})
        if (underLocalTemp(path))
            err() << Tr::tr("train: warning: %1 is in a folder the cluster's nodes do not share "
                            "(/tmp and the like are each machine's own); on a cluster of more than "
                            "this machine use shared storage (home, /scratch, NFS) for the run and "
                            "--cache-dir\n")
                         .arg(path);
    const int models = model::modelCount(config);
    QList<int> unfinished;
    for (int m = 0; m < models; ++m)
        if (!config.resume || !modelDone(modelFolder(config, m)))
            unfinished.append(m);
    const QString slurmDir = runDir + QStringLiteral("/slurm");
    if (!QDir().mkpath(slurmDir)) {
        emitError(relay, Tr::tr("cannot create %1").arg(slurmDir));
        return 2;
    }
    auto taskOut = [&](int t) { return slurmDir + QStringLiteral("/task-%1.out").arg(t); };
    auto taskErr = [&](int t) { return slurmDir + QStringLiteral("/task-%1.err").arg(t); };

    if (!unfinished.isEmpty()) {
        // The job runs in the run folder: a relative --trainer means one from here.
        QString trainer = slurm.trainer.isEmpty() ? defaultTrainerPath() : slurm.trainer;
        if (trainer.contains(u'/') && QFileInfo::exists(trainer))
            trainer = QFileInfo(trainer).absoluteFilePath();
        // With --tasks-per-model N, srun starts N ranks of the model (SLURM_PROCID...), which
        // meet through c10d; a rank that fails ends the step (--kill-on-bad-exit).
        const QString launch = slurm.tasksPerModel > 1
                                   ? QStringLiteral("exec srun --kill-on-bad-exit=1 ")
                                   : QStringLiteral("exec ");
        QString script = QStringLiteral("#!/bin/sh\n# One model of a MaskLens run: task I of the "
                                        "job array trains model I (masklens-train --task I).\n") +
                         launch + shellQuote(trainer) + QStringLiteral(" --resume ") +
                         shellQuote(runDir) + QStringLiteral(" --task \"$SLURM_ARRAY_TASK_ID\"");
        if (config.device != "auto")
            script += QStringLiteral(" --device ") + QString::fromStdString(config.device);
        script += u'\n';
        const QString scriptFile = slurmDir + QStringLiteral("/job.sh");
        if (auto st = analysis::writeFileAtomically(scriptFile, script.toUtf8()); !st) {
            emitError(relay, st.error().toString());
            return 2;
        }
        QFile::setPermissions(scriptFile, QFile::permissions(scriptFile) | QFile::ExeOwner);
        QStringList list;
        for (int t : unfinished) {
            QFile::remove(taskOut(t)); // a resubmitted task's output starts afresh
            QFile::remove(taskErr(t));
            list.append(QString::number(t));
        }
        QStringList args{QStringLiteral("--parsable"),
                         QStringLiteral("--array=") + list.join(u','),
                         QStringLiteral("--job-name=masklens-") + QFileInfo(runDir).fileName(),
                         QStringLiteral("--chdir=") + runDir,
                         QStringLiteral("--output=") + slurmDir + QStringLiteral("/task-%a.out"),
                         QStringLiteral("--error=") + slurmDir + QStringLiteral("/task-%a.err")};
        if (!slurm.partition.isEmpty())
            args << QStringLiteral("--partition=") + slurm.partition;
        if (!slurm.account.isEmpty())
            args << QStringLiteral("--account=") + slurm.account;
        if (slurm.tasksPerModel > 1)
            args << QStringLiteral("--ntasks=") + QString::number(slurm.tasksPerModel);
        if (slurm.gpusPerTask > 0)
            args << QStringLiteral("--gpus-per-task=") + QString::number(slurm.gpusPerTask);
        if (!slurm.time.isEmpty())
            args << QStringLiteral("--time=") + slurm.time;
        args << slurm.sbatchArgs << scriptFile;
        const Command c = runCommand(QStringLiteral("sbatch"), args, 120000);
        const QString jobId = QString::fromUtf8(c.out).trimmed().section(u';', 0, 0);
        if (c.code != 0 || jobId.isEmpty()) {
            emitError(relay,
                      Tr::tr("sbatch failed: %1")
                          .arg(lastLine(c.err).isEmpty() ? Tr::tr("exit status %1").arg(c.code)
                                                         : lastLine(c.err)));
            return 2;
        }
        QJsonArray tasks;
        for (int t : unfinished)
            tasks.append(t);
        relay.update([&](analysis::RunRecord &r) {
            r.set(QStringLiteral("job_id"), jobId);
            r.set(QStringLiteral("tasks"), QJsonObject{});
        });
        protocol::SubmittedEvent submitted{jobId.toStdString(), {}, models};
        for (const QJsonValue &t : tasks)
            submitted.tasks.push_back(t.toInt());
        relay.line(submitted.json());

        // Follow the array: states from the controller, each task's events from its output.
        std::map<int, QString> known;
        std::map<int, std::unique_ptr<LineTail>> tails;
        for (int t : unfinished)
            tails[t] = std::make_unique<LineTail>(taskOut(t));
        bool cancelled = false;
        int unknownPolls = 0;
        auto relayTaskLines = [&] {
            for (auto &[t, tail] : tails)
                for (const QByteArray &raw : tail->newLines()) {
                    const analysis::ParsedLine parsed = analysis::parseTrainingEvent(raw);
                    // One start and one done for the whole run: the merge gives them.
                    if (!parsed.json.isEmpty() && parsed.type() != protocol::EventType::Start &&
                        parsed.type() != protocol::EventType::TaskDone)
                        relay.line(raw.toStdString());
                }
        };
        while (true) {
            relayTaskLines();
            if (stop && !cancelled) {
                cancelled = true;
                err()
                    << Tr::tr(
                           "train: cancelling job %1 (its running tasks save their checkpoints)\n")
                           .arg(jobId);
                err().flush();
                (void)runCommand(QStringLiteral("scancel"), {jobId}, 60000);
            }
            std::map<int, QString> states = taskStates(jobId);
            if (states.empty() && ++unknownPolls >= 5) {
                // Neither the controller nor accounting knows the job any more: what the
                // tasks left on disk decides.
                for (int t : unfinished)
                    if (!known.count(t) || !terminalState(known[t]))
                        states[t] = modelDone(modelFolder(config, t)) ? QStringLiteral("COMPLETED")
                                                                      : QStringLiteral("FAILED");
            }
            bool allEnded = true;
            for (int t : unfinished) {
                const auto it = states.find(t);
                if (it != states.end() && known[t] != it->second) {
                    known[t] = it->second;
                    relay.line(
                        protocol::TaskEvent{jobId.toStdString(), t, t, it->second.toStdString()}
                            .json());
                    relay.update([&](analysis::RunRecord &r) {
                        QJsonObject all = r.json().value(QStringLiteral("tasks")).toObject();
                        all[QString::number(t)] = it->second;
                        r.set(QStringLiteral("tasks"), all);
                    });
                }
                allEnded &= known.count(t) && terminalState(known[t]);
            }
            if (allEnded)
                break;
            QThread::msleep(stop ? 200 : 700);
        }
        QThread::msleep(300); // the last lines of the output files
        relayTaskLines();
        if (cancelled) {
            protocol::StoppedEvent stopped; // the job's: no model or epoch of its own
            stopped.message = Tr::tr("job %1 cancelled; --resume resubmits the unfinished tasks")
                                  .arg(jobId)
                                  .toStdString();
            relay.line(stopped.json());
            return 130;
        }
        for (int t : unfinished)
            if (known[t] != u"COMPLETED") {
                QString tail = tailOf(taskErr(t));
                if (tail.isEmpty())
                    tail = tailOf(taskOut(t));
                emitError(relay, Tr::tr("task %1 of job %2 ended %3: %4 (%5)")
                                     .arg(t)
                                     .arg(jobId, known[t],
                                          tail.isEmpty() ? Tr::tr("no output") : tail, taskErr(t)));
                return 2;
            }
    }

    // Merge exactly as a local run does: every model is done, so the trainer's --resume only
    // votes, writes the out-of-fold predictions and best.mlck, and says done.
    if (models > 1) {
        QByteArray all;
        for (int m = 0; m < models; ++m)
            if (const auto bytes = analysis::readRegularFile(
                    modelFolder(config, m) + QStringLiteral("/metrics.jsonl"), 256 << 20))
                all += *bytes;
        if (auto st = analysis::writeFileAtomically(runDir + QStringLiteral("/metrics.jsonl"), all);
            !st) {
            emitError(relay, st.error().toString());
            return 2;
        }
    }
    model::TrainConfig merge = config;
    merge.resume = true;
    merge.task = -1;
    return model::runTraining(
        merge, [&](const std::string &line) { relay.line(line); }, stop);
}

} // namespace masklens::cli
