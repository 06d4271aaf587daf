// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The ssh and Slurm launchers and RunRelay, which prints their events and keeps run.json. Long
// (~800 lines) because both launchers share the relay, the settings' JSON and the process
// helpers here; each launcher is ~300 lines of its own and moves to a file of its own when a
// third one comes.
#include "remoterun.h"

#include "cliutil.h"

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

#include <chrono>
#include <condition_variable>
#include <map>
#include <set>
#include <thread>

#include <algorithm>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace masklens::cli {

namespace {

/// lupdate files every Tr::tr() text under "RemoteRun", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteRun)
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void emitError(RunRelay &relay, const QString &message)
{
    relay.line(protocol::ErrorEvent{message.toStdString()}.json());
}

/// ssh, rsync and the Slurm commands end with masklens-cli: a killed launcher leaves no ssh
/// holding a remote trainer. They get a process group of their own: the window's Cancel signals
/// masklens-cli's group, and the ssh that carries the trainer's events must live on until the
/// trainer has saved its checkpoint and said "stopped".
void dieWithParent(QProcess &p)
{
    p.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
}

struct Command
{
    int code = -1; ///< -1: could not start or timed out
    QByteArray out;
    QByteArray err;
};

Command runCommand(const QString &program, const QStringList &args, int timeoutMs = 600000,
                   const QByteArray &input = {})
{
    QProcess p;
    dieWithParent(p);
    p.start(program, args);
    Command c;
    if (!p.waitForStarted(30000)) {
        c.err = Tr::tr("cannot run %1: %2").arg(program, p.errorString()).toUtf8();
        return c;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        c.err = Tr::tr("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000).toUtf8();
        return c;
    }
    c.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = p.readAllStandardOutput();
    c.err = p.readAllStandardError();
    return c;
}

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(shellQuote(w));
    return quoted.join(u' ');
}

QStringList toQStrings(const std::vector<std::string> &v)
{
    QStringList out;
    for (const std::string &s : v)
        out.append(QString::fromStdString(s));
    return out;
}

/// The last lines of a file (a task's Slurm output), for the message of a failed run.
QString tailOf(const QString &file, int lines = 5)
{
    const auto bytes = analysis::readRegularFile(file, 64 << 20);
    if (!bytes)
        return {};
    QList<QByteArray> all = bytes->trimmed().split('\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return QString::fromUtf8(all.join(" | "));
}

/// Reads the JSON lines a file has gained since the last call.
class LineTail
{
public:
    explicit LineTail(QString file) : m_file(std::move(file)) {}
    QList<QByteArray> newLines()
    {
        QList<QByteArray> lines;
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly) || f.size() < m_offset)
            return lines;
        f.seek(m_offset);
        m_partial += f.readAll();
        m_offset = f.pos();
        qsizetype end;
        while ((end = m_partial.indexOf('\n')) >= 0) {
            lines.append(m_partial.left(end));
            m_partial.remove(0, end + 1);
        }
        return lines;
    }

private:
    QString m_file;
    qint64 m_offset = 0;
    QByteArray m_partial;
};

// --- ssh ---------------------------------------------------------------------------------------

QStringList sshArguments(const SshSettings &s)
{
    // BatchMode: never a password prompt on a pipe; the keepalives turn a dead link into an
    // error within 15 s instead of a hang.
    QStringList a{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                  QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=5"),
                  QStringLiteral("-o"), QStringLiteral("ServerAliveCountMax=3")};
    // One connection for the run's many ssh and rsync calls (each handshake costs ~0.3 s);
    // the master ends 15 s after the last of them.
    const QString sockets = QDir::tempPath() + QStringLiteral("/masklens-ssh-%1").arg(::getuid());
    if (QDir().mkpath(sockets) &&
        QFile::setPermissions(sockets, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        a << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
          << QStringLiteral("ControlPath=") + sockets + QStringLiteral("/%C")
          << QStringLiteral("-o") << QStringLiteral("ControlPersist=15");
    if (s.port > 0)
        a << QStringLiteral("-p") << QString::number(s.port);
    if (!s.identity.isEmpty())
        a << QStringLiteral("-i") << s.identity;
    for (const QString &o : s.options)
        a << QStringLiteral("-o") << o;
    return a;
}

} // namespace

// --- RunRelay ------------------------------------------------------------------------------------

struct RunRelay::Heartbeat
{
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::thread thread;
};

RunRelay::RunRelay(analysis::RunRecord &record)
    : m_record(record), m_heartbeat(std::make_unique<Heartbeat>())
{
    Heartbeat *h = m_heartbeat.get();
    h->thread = std::thread([this, h] {
        std::unique_lock lock(h->mutex);
        while (!h->wake.wait_for(lock, std::chrono::seconds(2), [h] { return h->stop; })) {
            lock.unlock();
            {
                std::lock_guard recordLock(m_mutex);
                saveRecord();
            }
            lock.lock();
        }
    });
}

RunRelay::~RunRelay()
{
    stop();
}

void RunRelay::error(const QString &message)
{
    emitError(*this, message);
}

void RunRelay::stop()
{
    if (!m_heartbeat)
        return;
    {
        std::lock_guard lock(m_heartbeat->mutex);
        m_heartbeat->stop = true;
    }
    m_heartbeat->wake.notify_all();
    if (m_heartbeat->thread.joinable())
        m_heartbeat->thread.join();
    m_heartbeat.reset();
}

void RunRelay::saveRecord()
{
    // A run.json that cannot be written (a full disk) is said once; the run goes on and its
    // events still reach stdout.
    if (const auto st = m_record.save(); !st && !m_saveFailed.exchange(true))
        err() << Tr::tr("train: cannot update run.json: %1\n").arg(st.error().toString());
}

void RunRelay::line(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    std::lock_guard lock(m_mutex);
    const analysis::ParsedLine e = m_record.observeLine(QByteArray::fromStdString(text));
    if (e.type() != protocol::EventType::Progress)
        saveRecord();
}

void RunRelay::update(const std::function<void(analysis::RunRecord &)> &change)
{
    std::lock_guard lock(m_mutex);
    change(m_record);
    saveRecord();
}

// --- settings in run.json
// -------------------------------------------------------------------------

QJsonObject sshToJson(const SshSettings &s)
{
    return {{QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("identity"), s.identity},
            {QStringLiteral("remote_dir"), s.remoteDir},
            {QStringLiteral("remote_trainer"), s.remoteTrainer},
            {QStringLiteral("ssh_options"), QJsonArray::fromStringList(s.options)}};
}

SshSettings sshFromJson(const QJsonObject &o)
{
    SshSettings s;
    s.host = o.value(QStringLiteral("host")).toString();
    s.port = o.value(QStringLiteral("port")).toInt();
    s.identity = o.value(QStringLiteral("identity")).toString();
    s.remoteDir = o.value(QStringLiteral("remote_dir")).toString(s.remoteDir);
    s.remoteTrainer = o.value(QStringLiteral("remote_trainer")).toString(s.remoteTrainer);
    for (const QJsonValue &v : o.value(QStringLiteral("ssh_options")).toArray())
        s.options.append(v.toString());
    return s;
}

QJsonObject slurmToJson(const SlurmSettings &s)
{
    return {{QStringLiteral("partition"), s.partition},
            {QStringLiteral("account"), s.account},
            {QStringLiteral("gpus_per_task"), s.gpusPerTask},
            {QStringLiteral("tasks_per_model"), s.tasksPerModel},
            {QStringLiteral("time"), s.time},
            {QStringLiteral("sbatch_args"), QJsonArray::fromStringList(s.sbatchArgs)},
            {QStringLiteral("trainer"), s.trainer}};
}

SlurmSettings slurmFromJson(const QJsonObject &o)
{
    SlurmSettings s;
    s.partition = o.value(QStringLiteral("partition")).toString();
    s.account = o.value(QStringLiteral("account")).toString();
    s.gpusPerTask = o.value(QStringLiteral("gpus_per_task")).toInt();
    s.tasksPerModel = std::max(1, o.value(QStringLiteral("tasks_per_model")).toInt(1));
    s.time = o.value(QStringLiteral("time")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("sbatch_args")).toArray())
        s.sbatchArgs.append(v.toString());
    s.trainer = o.value(QStringLiteral("trainer")).toString();
    return s;
}

QString defaultTrainerPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + QStringLiteral("/masklens-train"),
                                     here + QStringLiteral("/../model/masklens-train")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral("masklens-train");
}

// --- ssh ---------------------------------------------------------------------------------------

int runOverSsh(const model::TrainConfig &config, const SshSettings &ssh, RunRelay &relay,
               const std::atomic<bool> &stop)
{
    const QString runDir = QString::fromStdString(config.out);
    const QString cache = QString::fromStdString(config.cache);
    const QString remoteRun =
        ssh.remoteDir + QStringLiteral("/runs/") + QFileInfo(runDir).fileName();
    const QString remoteCache = ssh.remoteDir + QStringLiteral("/cache");
    const QStringList base = sshArguments(ssh);
    const QString rsh = QStringLiteral("ssh ") + shellJoin(base);
    auto remote = [&](const QString &command, int timeoutMs = 120000,
                      const QByteArray &input = {}) {
        return runCommand(QStringLiteral("ssh"), base + QStringList{ssh.host, command}, timeoutMs,
                          input);
    };
    auto rsync = [&](const QStringList &args) {
        // -s: remote paths reach rsync whole, spaces and all.
        return runCommand(QStringLiteral("rsync"),
                          QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                                      QStringLiteral("--partial"), QStringLiteral("-e"), rsh} +
                              args);
    };
    auto failed = [&](const QString &what, const Command &c) {
        emitError(relay, Tr::tr("%1 on %2 failed: %3")
                             .arg(what, ssh.host,
                                  lastLine(c.err).isEmpty() ? Tr::tr("exit status %1").arg(c.code)
                                                            : lastLine(c.err)));
        return 2;
    };
    const QString at = ssh.host + u':';

    Command c = remote(QStringLiteral("mkdir -p ") + shellQuote(remoteRun) + u' ' +
                       shellQuote(remoteCache));
    if (c.code != 0)
        return failed(Tr::tr("creating %1").arg(remoteRun), c);
    if (config.resume) {
        // A trainer of this run still going there (a dropped connection) is stopped first.
        c = remote(QStringLiteral("cd ") + shellQuote(remoteRun) +
                   QStringLiteral(" && if [ -f trainer.pid ] && kill -0 \"$(cat trainer.pid)\" "
                                  "2>/dev/null; then kill -TERM \"$(cat trainer.pid)\"; i=0; "
                                  "while kill -0 \"$(cat trainer.pid)\" 2>/dev/null && [ $i -lt "
                                  "300 ]; do sleep 0.2; i=$((i+1)); done; fi; true"));
        if (c.code != 0)
            return failed(Tr::tr("stopping an earlier trainer"), c);
    }
    err() << Tr::tr("train: sending the image cache and labels to %1\n").arg(ssh.host);
    err().flush();
    if (c = rsync({cache, at + remoteCache + u'/'}); c.code != 0)
        return failed(Tr::tr("sending the image cache"), c);
    if (c = rsync({QString::fromStdString(config.samples),
                   at + remoteRun + QStringLiteral("/samples.csv")});
        c.code != 0)
        return failed(Tr::tr("sending samples.csv"), c);
    model::TrainConfig there = config;
    there.cache = "../../cache/" + QFileInfo(cache).fileName().toStdString();
    there.samples = "samples.csv";
    there.out = ".";
    there.resume = false;
    there.task = -1;
    if (!config.init.empty()) {
        if (c = rsync(
                {QString::fromStdString(config.init), at + remoteRun + QStringLiteral("/init.pt")});
            c.code != 0)
            return failed(Tr::tr("sending the initial weights"), c);
        there.init = "init.pt";
    }
    if (config.resume) {
        // What the run has here (checkpoints, state) goes back, in case the server lost it.
        if (c = rsync({QStringLiteral("--update"), QStringLiteral("--exclude=run.json"),
                       QStringLiteral("--exclude=config.json"),
                       QStringLiteral("--exclude=samples.csv"), QStringLiteral("--exclude=slurm/"),
                       runDir + u'/', at + remoteRun + u'/'});
            c.code != 0)
            return failed(Tr::tr("sending the run's checkpoints"), c);
        if (c = remote(QStringLiteral("cat > ") +
                           shellQuote(remoteRun + QStringLiteral("/config.json")),
                       60000, QByteArray::fromStdString(model::configToJson(there) + '\n'));
            c.code != 0)
            return failed(Tr::tr("writing config.json"), c);
    }

    auto fetch = [&] {
        return rsync({QStringLiteral("--exclude=run.json"), QStringLiteral("--exclude=config.json"),
                      QStringLiteral("--exclude=samples.csv"),
                      QStringLiteral("--exclude=trainer.pid"), QStringLiteral("--exclude=init.pt"),
                      QStringLiteral("--exclude=*.partial"), at + remoteRun + u'/', runDir + u'/'});
    };
    // Paths in the trainer's events are the server's (relative to its run folder): after a
    // fetch they exist here.
    auto localPath = [&](const QJsonValue &v) {
        const QString p = v.toString();
        if (p.isEmpty() || QDir::isAbsolutePath(p))
            return v;
        return QJsonValue(QDir::cleanPath(runDir + u'/' + p));
    };

    QStringList trainerArgs = config.resume
                                  ? QStringList{QStringLiteral("--resume"), QStringLiteral(".")}
                                  : toQStrings(model::configToArguments(there));
    if (config.resume && config.device != "auto")
        trainerArgs << QStringLiteral("--device") << QString::fromStdString(config.device);
    // $$ is the shell that exec turns into the trainer: trainer.pid is the trainer's pid, what
    // a Cancel signals.
    const QString command = QStringLiteral("cd ") + shellQuote(remoteRun) +
                            QStringLiteral(" && echo $$ > trainer.pid && exec ") +
                            shellQuote(ssh.remoteTrainer) + u' ' + shellJoin(trainerArgs);
    QProcess p;
    dieWithParent(p);
    p.start(QStringLiteral("ssh"), base + QStringList{ssh.host, command});
    if (!p.waitForStarted(30000)) {
        emitError(relay, Tr::tr("cannot run ssh: %1").arg(p.errorString()));
        return 2;
    }
    p.closeWriteChannel();
    QByteArray errTail;
    bool stopSent = false;
    bool ended = false; // a done, stopped or error event came
    auto handle = [&](const QByteArray &raw) {
        const analysis::ParsedLine parsed = analysis::parseTrainingEvent(raw);
        if (parsed.json.isEmpty()) {
            if (!raw.trimmed().isEmpty())
                err() << QString::fromUtf8(raw) << '\n';
            return;
        }
        using protocol::EventType;
        const std::optional<EventType> kind = parsed.type();
        if (kind == EventType::Epoch || kind == EventType::Ensemble || kind == EventType::Done ||
            kind == EventType::Stopped)
            (void)fetch(); // the files the event speaks of are here when it arrives
        QJsonObject e = parsed.json;
        bool changed = false;
        for (const char *key : {protocol::key::checkpoint, protocol::key::predictions})
            if (e.contains(QLatin1String(key))) {
                e[QLatin1String(key)] = localPath(e.value(QLatin1String(key)));
                changed = true;
            }
        ended |= kind == EventType::Done || kind == EventType::Stopped || kind == EventType::Error;
        relay.line(changed ? compact(e).toStdString()
                           : raw.toStdString()); // as the trainer wrote it
    };
    while (true) {
        const bool running = p.state() != QProcess::NotRunning;
        if (running)
            p.waitForReadyRead(200);
        const QByteArray e = p.readAllStandardError();
        if (!e.isEmpty()) {
            err() << QString::fromUtf8(e);
            err().flush();
            errTail = (errTail + e).right(4000);
        }
        while (p.canReadLine())
            handle(p.readLine().chopped(1));
        if (stop && !stopSent) {
            stopSent = true;
            err() << Tr::tr("train: stopping the trainer on %1 (it saves its checkpoint)\n")
                         .arg(ssh.host);
            err().flush();
            (void)remote(QStringLiteral("kill -TERM \"$(cat ") +
                             shellQuote(remoteRun + QStringLiteral("/trainer.pid")) +
                             QStringLiteral(")\""),
                         30000);
        }
        if (!running)
            break;
    }
    p.waitForFinished(-1);
    if (const QByteArray rest = p.readAllStandardOutput(); !rest.isEmpty())
        for (const QByteArray &line : rest.split('\n'))
            if (!line.isEmpty())
                handle(line);
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    // Whatever exists comes back, also after a failure; a finished run whose checkpoints and
    // predictions did not come back has not finished here.
    if (const Command last = fetch(); last.code != 0 && code == 0)
        return failed(Tr::tr("copying the run's files back"), last);
    if (code == 0 || code == 130 || (code == 2 && ended))
        return code;
    if (!ended)
        emitError(relay, Tr::tr("the connection to %1 was lost: %2")
                             .arg(ssh.host, lastLine(errTail).isEmpty()
                                                ? Tr::tr("ssh exited with status %1").arg(code)
                                                : lastLine(errTail)));
    return 2;
}

// --- Slurm -------------------------------------------------------------------------------------

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
