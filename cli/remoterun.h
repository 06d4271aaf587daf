// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where `masklens-cli train` runs the trainer (issue #18): here, on a GPU server over ssh, or as
// a Slurm job array. Whatever the launcher, stdout carries the same JSON lines
// (docs/training-protocol.md) and the local run folder ends up as after a local run; run.json
// says which launcher, host and job, and carries a heartbeat.
//
// Built on the users' own tools: OpenSSH and rsync for ssh (only what the server lacks is sent;
// the cache is keyed by content already), sbatch/scontrol/scancel for Slurm. Main thread; the
// stop flag (SIGINT/SIGTERM) stops the remote trainer or cancels the job, which saves its
// checkpoints as a local run does.

#include "analysis/runs.h"
#include "model/core/trainer.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace masklens::cli {

/// Prints each event line on stdout and keeps run.json in step (saved on every event but
/// progress, and every two seconds by a heartbeat thread while the relay lives).
class RunRelay
{
public:
    explicit RunRelay(analysis::RunRecord &record);
    ~RunRelay();
    /// One JSON line (no newline): printed, observed, saved. Thread-safe.
    void line(const std::string &text);
    /// Changes run.json under the relay's lock and saves it.
    void update(const std::function<void(analysis::RunRecord &)> &change);
    /// Stops the heartbeat; the record is the caller's again.
    void stop();
    /// An error event: printed, observed (run.json: failed with the message), saved.
    void error(const QString &message);

private:
    struct Heartbeat;
    void saveRecord(); ///< under m_mutex
    analysis::RunRecord &m_record;
    std::atomic<bool> m_saveFailed{false};
    std::mutex m_mutex;
    std::unique_ptr<Heartbeat> m_heartbeat;
};

struct SshSettings
{
    QString host;                                  ///< [USER@]HOST
    int port = 0;                                  ///< 0: ssh's default
    QString identity;                              ///< -i FILE
    QString remoteDir = QStringLiteral("masklens"); ///< on the server, relative to its home
    QString remoteTrainer = QStringLiteral("masklens-train");
    QStringList options; ///< extra -o KEY=VALUE for ssh (known-hosts files, proxies...)
};

struct SlurmSettings
{
    QString partition;
    QString account;
    int gpusPerTask = 0;
    QString time; ///< HH:MM:SS
    QStringList sbatchArgs;
    QString trainer; ///< masklens-train as the nodes see it; empty: beside masklens-cli
    int tasksPerModel = 1; ///< > 1: each model over that many tasks (srun, data parallelism)
};

/// Runs the training of `config` (local paths; its run folder, cache and samples made) on the
/// server. Returns the exit code the trainer's would be: 0, 2 (failed; an error event says
/// why, ssh's own message for a dropped connection), 130 (stopped).
int runOverSsh(const model::TrainConfig &config, const SshSettings &ssh, RunRelay &relay,
               const std::atomic<bool> &stop);

/// Submits one job array with one task per model still to train, follows it (submitted and
/// task events, the tasks' own events), and merges as a local run does once all are done.
int runOnSlurm(const model::TrainConfig &config, const SlurmSettings &slurm, RunRelay &relay,
               const std::atomic<bool> &stop);

/// The settings kept in run.json, for --resume.
QJsonObject sshToJson(const SshSettings &s);
SshSettings sshFromJson(const QJsonObject &o);
QJsonObject slurmToJson(const SlurmSettings &s);
SlurmSettings slurmFromJson(const QJsonObject &o);

/// masklens-train as this masklens-cli would run it: beside it, in the build tree, or PATH.
QString defaultTrainerPath();

} // namespace masklens::cli
