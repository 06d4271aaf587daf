// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The ssh launcher (runOverSsh): the prepared run and its cache go to the GPU server with rsync
// (only what it lacks), masklens-train runs there under ssh with its events relayed line by line,
// a stop reaches it as SIGTERM, and the checkpoints and predictions come back.
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

} // namespace masklens::cli
