// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localprocesses.h"

#include "remoterun.h"

#include "analysis/runs.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace masklens::cli {

namespace {
/// The launchers' messages share one translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteRun)
};

/// A free TCP port on loopback for the ranks' rendezvous (the kernel's pick; closed again at
/// once, so a race with another program is possible but harmless: the ranks then fail to meet
/// and the run fails saying so).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 29500;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 29500;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString exitText(int status)
{
    if (WIFSIGNALED(status))
        return Tr::tr("was killed by signal %1").arg(WTERMSIG(status));
    return Tr::tr("exited with status %1").arg(WEXITSTATUS(status));
}

} // namespace

int runProcesses(const model::TrainConfig &config, int processes, RunRelay &relay,
                 const std::atomic<bool> &stop)
{
    const QString trainer = defaultTrainerPath();
    std::vector<std::string> args;
    if (config.resume) {
        args = {"--resume", config.out};
    } else {
        args = model::configToArguments(config);
    }
    // Each rank a fair share of the cores unless --threads said otherwise.
    if (config.threads == 0 && !config.resume) {
        const int cores = int(std::thread::hardware_concurrency());
        args.insert(args.end(),
                    {"--threads", std::to_string(std::max(1, cores / std::max(1, processes)))});
    }
    const int port = freeLoopbackPort();

    // Everything exec needs, made before fork (the child may only call async-signal-safe code).
    std::vector<std::string> argStrings{trainer.toStdString()};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &a : argStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> baseEnv;
    for (char **e = environ; *e; ++e) {
        const std::string v = *e;
        bool ours = false; // the world's variables are set per rank below
        for (const char *name : {"RANK=", "WORLD_SIZE=", "LOCAL_RANK=", "MASTER_ADDR=",
                                 "MASTER_PORT=", "SLURM_NTASKS=", "SLURM_PROCID="})
            ours |= v.rfind(name, 0) == 0;
        if (!ours)
            baseEnv.push_back(v);
    }

    struct Rank
    {
        pid_t pid = -1;
        bool running = false;
        int status = 0;
    };
    std::vector<Rank> ranks(static_cast<std::size_t>(processes));
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        relay.error(Tr::tr("cannot make a pipe for rank 0: %1").arg(qt_error_string(errno)));
        return 2;
    }
    for (int r = 0; r < processes; ++r) {
        std::vector<std::string> env = baseEnv;
        env.insert(env.end(), {"WORLD_SIZE=" + std::to_string(processes),
                               "RANK=" + std::to_string(r), "LOCAL_RANK=" + std::to_string(r),
                               "MASTER_ADDR=127.0.0.1", "MASTER_PORT=" + std::to_string(port)});
        std::vector<char *> envp;
        for (std::string &v : env)
            envp.push_back(v.data());
        envp.push_back(nullptr);
        const int devNull = r == 0 ? -1 : ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setpgid(0, 0); // the window's Cancel reaches this launcher, which stops the ranks
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            ::dup2(r == 0 ? pipeFds[1] : devNull, STDOUT_FILENO);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        if (devNull >= 0)
            ::close(devNull);
        if (pid < 0) {
            relay.error(Tr::tr("cannot start rank %1: %2").arg(r).arg(qt_error_string(errno)));
            for (const Rank &k : ranks)
                if (k.running)
                    ::kill(k.pid, SIGKILL);
            return 2;
        }
        ranks[std::size_t(r)] = {pid, true, 0};
    }
    ::close(pipeFds[1]);
    relay.update([&](analysis::RunRecord &record) {
        record.set(QStringLiteral("processes"), processes);
    });

    // Rank 0's JSON lines are the run's events; a rank that ends badly ends the run.
    std::string buffer;
    bool stopSent = false, failed = false;
    QString failure;
    std::chrono::steady_clock::time_point killAt{};
    auto running = [&] {
        return std::any_of(ranks.begin(), ranks.end(), [](const Rank &k) { return k.running; });
    };
    auto signalAll = [&](int signal) {
        for (const Rank &k : ranks)
            if (k.running)
                ::kill(k.pid, signal);
    };
    bool pipeOpen = true;
    while (running() || pipeOpen) {
        if (pipeOpen) {
            pollfd pfd{pipeFds[0], POLLIN, 0};
            if (::poll(&pfd, 1, 200) > 0) {
                char chunk[65536];
                const ssize_t n = ::read(pipeFds[0], chunk, sizeof chunk);
                if (n <= 0) {
                    pipeOpen = false;
                } else {
                    buffer.append(chunk, std::size_t(n));
                    for (std::size_t nl; (nl = buffer.find('\n')) != std::string::npos;) {
                        const std::string line = buffer.substr(0, nl);
                        buffer.erase(0, nl + 1);
                        if (!line.empty())
                            relay.line(line);
                    }
                }
            }
        } else {
            ::usleep(100000);
        }
        for (std::size_t r = 0; r < ranks.size(); ++r) {
            Rank &k = ranks[r];
            if (!k.running || ::waitpid(k.pid, &k.status, WNOHANG) != k.pid)
                continue;
            k.running = false;
            const bool ok = WIFEXITED(k.status) &&
                            (WEXITSTATUS(k.status) == 0 || WEXITSTATUS(k.status) == 130);
            if (!ok && !failed && running()) {
                // The others would wait for it until the collective timeout: end them now.
                failed = true;
                failure = Tr::tr("rank %1 of %2 %3; the other processes were stopped")
                              .arg(r)
                              .arg(processes)
                              .arg(exitText(k.status));
                signalAll(SIGTERM);
                killAt = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            } else if (!ok && !failed) {
                failed = true;
                failure = Tr::tr("rank %1 of %2 %3").arg(r).arg(processes).arg(exitText(k.status));
            }
        }
        if (stop && !stopSent) { // Ctrl+C or the window's Cancel: every rank saves and stops
            stopSent = true;
            signalAll(SIGTERM);
        }
        if (killAt != std::chrono::steady_clock::time_point{} &&
            std::chrono::steady_clock::now() > killAt) {
            signalAll(SIGKILL);
            killAt = {};
        }
    }
    ::close(pipeFds[0]);
    if (!buffer.empty())
        relay.line(buffer);
    if (failed) {
        relay.error(failure);
        return 2;
    }
    const int status0 = ranks[0].status;
    return WIFEXITED(status0) ? WEXITSTATUS(status0) : 2;
}

} // namespace masklens::cli
