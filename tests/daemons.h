// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real daemons for the tests, on loopback, from a temporary folder: an OpenSSH server with a
// throwaway host key and a key made for the test, and a one-node Slurm cluster (munged,
// slurmctld, slurmd) with a slurm.conf of its own. Each is stopped by its destructor, so also
// when a test fails. They need root (sshd's privilege separation, munged's key) and the Debian
// packages scripts/install-deps installs.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace masklens::tests {

/// A TCP port nobody listens on right now.
inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t n = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &n) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

inline bool runQuietly(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline qint64 pidFrom(const QString &pidFile)
{
    QFile f(pidFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

/// SIGTERM, a few seconds' grace, then SIGKILL.
inline void stopProcess(qint64 pid)
{
    if (pid <= 0)
        return;
    ::kill(pid_t(pid), SIGTERM);
    for (int i = 0; i < 50 && ::kill(pid_t(pid), 0) == 0; ++i)
        QThread::msleep(100);
    if (::kill(pid_t(pid), 0) == 0)
        ::kill(pid_t(pid), SIGKILL);
}

/// The pid a daemon wrote to `pidFile`, once it is there: a daemon creates the file before it
/// writes its pid, so a file that merely exists may still read as empty (0). 0 on timeout.
inline qint64 waitForPid(const QString &pidFile, int ms = 10000)
{
    for (int waited = 0;; waited += 100) {
        if (const qint64 pid = pidFrom(pidFile); pid > 0)
            return pid;
        if (waited >= ms)
            return 0;
        QThread::msleep(100);
    }
}


class SshServer
{
public:
    SshServer()
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("sshd on loopback needs root here");
            return;
        }
        const QString d = m_dir.path();
        m_port = freePort();
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation's empty folder
        if (!runQuietly(QStringLiteral("ssh-keygen"),
                        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                         QStringLiteral("-N"), QString(), QStringLiteral("-f"), d + QStringLiteral("/host_key")}) ||
            !runQuietly(QStringLiteral("ssh-keygen"),
                        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                         QStringLiteral("-N"), QString(), QStringLiteral("-f"), identity()})) {
            m_why = QStringLiteral("ssh-keygen failed");
            return;
        }
        QFile::copy(identity() + QStringLiteral(".pub"), d + QStringLiteral("/authorized_keys"));
        QFile config(d + QStringLiteral("/sshd_config"));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
                                    "AuthorizedKeysFile %2/authorized_keys\nPidFile %2/sshd.pid\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\n"
                                    "UsePAM no\nStrictModes no\n")
                         .arg(m_port)
                         .arg(d)
                         .toUtf8());
        config.close();
        if (!runQuietly(QStringLiteral("/usr/sbin/sshd"),
                        {QStringLiteral("-f"), config.fileName(), QStringLiteral("-E"),
                         d + QStringLiteral("/sshd.log")}) ||
            (m_pid = waitForPid(d + QStringLiteral("/sshd.pid"))) <= 0) {
            m_why = QStringLiteral("sshd did not start");
            return;
        }
    }
    ~SshServer()
    {
        killSessions();
        // A daemon that wrote its pid only after the wait gave up is stopped too.
        stopProcess(m_pid > 0 ? m_pid : pidFrom(m_dir.path() + QStringLiteral("/sshd.pid")));
    }
    bool running() const { return m_pid > 0; }
    QString whyNot() const { return m_why; }
    int port() const { return m_port; }
    QString identity() const { return m_dir.path() + QStringLiteral("/client_key"); }
    /// The launcher options that reach this server.
    QStringList launcherOptions() const
    {
        return {QStringLiteral("--launcher"), QStringLiteral("ssh"),
                QStringLiteral("--host"), QStringLiteral("root@127.0.0.1"),
                QStringLiteral("--port"), QString::number(m_port),
                QStringLiteral("--identity"), identity(),
                QStringLiteral("--ssh-option"),
                QStringLiteral("UserKnownHostsFile=") + m_dir.path() + QStringLiteral("/known_hosts"),
                QStringLiteral("--ssh-option"), QStringLiteral("StrictHostKeyChecking=accept-new")};
    }
    /// Kills the per-connection sshd processes: every open session drops, as when a link dies.
    int killSessions()
    {
        int killed = 0;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray s = stat.readAll();
            const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
            if (f.size() > 1 && f[1].toLongLong() == m_pid && m_pid > 0) {
                ::kill(pid_t(pid), SIGKILL);
                ++killed;
            }
        }
        return killed;
    }

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    qint64 m_pid = 0;
    QString m_why;
};

class SlurmCluster
{
public:
    SlurmCluster()
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("a Slurm cluster on loopback needs root here");
            return;
        }
        const QString d = m_dir.path();
        for (const char *sub : {"munge", "state", "spool", "log"})
            QDir(d).mkpath(QLatin1String(sub));
        QFile key(d + QStringLiteral("/munge/munge.key"));
        key.open(QIODevice::WriteOnly);
        QFile random(QStringLiteral("/dev/urandom"));
        random.open(QIODevice::ReadOnly);
        key.write(random.read(1024));
        key.close();
        key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(d + QStringLiteral("/munge"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!runQuietly(QStringLiteral("/usr/sbin/munged"),
                        {QStringLiteral("--key-file=") + d + QStringLiteral("/munge/munge.key"),
                         QStringLiteral("--socket=") + socket(),
                         QStringLiteral("--pid-file=") + d + QStringLiteral("/munge/pid"),
                         QStringLiteral("--log-file=") + d + QStringLiteral("/munge/log"),
                         QStringLiteral("--seed-file=") + d + QStringLiteral("/munge/seed"),
                         QStringLiteral("-f")})) {
            m_why = QStringLiteral("munged did not start");
            return;
        }
        m_pidFiles.append(d + QStringLiteral("/munge/pid"));
        if (waitForPid(m_pidFiles.last()) <= 0) {
            m_why = QStringLiteral("munged did not start");
            return;
        }
        QFile conf(config());
        conf.open(QIODevice::WriteOnly);
        conf.write(QStringLiteral(
                       "ClusterName=masklens\nSlurmctldHost=localhost\nSlurmctldPort=%1\n"
                       "SlurmdPort=%2\nSlurmUser=root\nSlurmdUser=root\nAuthType=auth/munge\n"
                       "AuthInfo=socket=%3\nCredType=cred/munge\nStateSaveLocation=%4/state\n"
                       "SlurmdSpoolDir=%4/spool\nSlurmctldPidFile=%4/slurmctld.pid\n"
                       "SlurmdPidFile=%4/slurmd.pid\nSlurmctldLogFile=%4/log/slurmctld.log\n"
                       "SlurmdLogFile=%4/log/slurmd.log\nProctrackType=proctrack/linuxproc\n"
                       "TaskPlugin=task/none\nSelectType=select/cons_tres\n"
                       "SelectTypeParameters=CR_CPU\nMpiDefault=none\nReturnToService=2\n"
                       "SchedulerType=sched/backfill\nSchedulerParameters=sched_interval=1\n"
                       "JobAcctGatherType=jobacct_gather/none\n"
                       "AccountingStorageType=accounting_storage/none\nKillWait=20\n"
                       "NodeName=localhost CPUs=2 State=UNKNOWN\n"
                       "PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE "
                       "State=UP\n")
                       .arg(freePort())
                       .arg(freePort())
                       .arg(socket(), d)
                       .toUtf8());
        conf.close();
        // Each pid file is noted before the wait: whatever started is stopped at the end.
        m_pidFiles.append(d + QStringLiteral("/slurmctld.pid"));
        if (!runQuietly(QStringLiteral("/usr/sbin/slurmctld"), {QStringLiteral("-i")}, environment()) ||
            waitForPid(m_pidFiles.last()) <= 0) {
            m_why = QStringLiteral("slurmctld did not start: ") + log(QStringLiteral("slurmctld"));
            return;
        }
        m_pidFiles.append(d + QStringLiteral("/slurmd.pid"));
        if (!runQuietly(QStringLiteral("/usr/sbin/slurmd"), {QStringLiteral("-N"), QStringLiteral("localhost")},
                        environment()) ||
            waitForPid(m_pidFiles.last()) <= 0) {
            m_why = QStringLiteral("slurmd did not start: ") + log(QStringLiteral("slurmd"));
            return;
        }
        // Ready once the node is idle.
        for (int i = 0; i < 100; ++i) {
            QProcess p;
            p.setProcessEnvironment(environment());
            p.start(QStringLiteral("sinfo"), {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")});
            p.waitForFinished(10000);
            if (p.readAllStandardOutput().trimmed() == "idle") {
                m_ready = true;
                return;
            }
            QThread::msleep(200);
        }
        m_why = QStringLiteral("the node never became idle: ") + log(QStringLiteral("slurmctld"));
    }
    ~SlurmCluster()
    {
        // Jobs first (their processes end with slurmd), then the daemons in reverse order.
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral("scancel"), {QStringLiteral("--user=root")});
        p.waitForFinished(10000);
        // The pids are read now, not when each daemon started: a pid file found empty then
        // (created, not yet written) left slurmctld running after the test.
        for (auto it = m_pidFiles.crbegin(); it != m_pidFiles.crend(); ++it)
            stopProcess(pidFrom(*it));
    }
    bool running() const { return m_ready; }
    QString whyNot() const { return m_why; }
    QString config() const { return m_dir.path() + QStringLiteral("/slurm.conf"); }
    QString socket() const { return m_dir.path() + QStringLiteral("/munge/sock"); }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_CONF"), config());
        return env;
    }
    QString log(const QString &daemon) const
    {
        QFile f(m_dir.path() + QStringLiteral("/log/") + daemon + QStringLiteral(".log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(600)) : QString();
    }

private:
    QTemporaryDir m_dir;
    QStringList m_pidFiles; ///< munged, slurmctld, slurmd: stopped in reverse order
    bool m_ready = false;
    QString m_why;
};

} // namespace masklens::tests
