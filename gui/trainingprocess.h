// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One training run as a child process: `masklens-cli train` on this computer, or - through a
// user's command template - anywhere that speaks the same JSON lines (ssh to a GPU machine, srun
// or sbatch on a cluster). Reads stdout line by line into events, keeps the tail of stderr, and
// stops the run cleanly on cancel (SIGTERM to the run's process group; the trainer saves its
// last checkpoint and says "stopped"). The run's run.json says how it ended, even when the
// trainer crashed. GUI thread only.

#include "analysis/trainingevent.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace masklens::analysis {
class RunRecord;
}

namespace masklens::gui {

/// What the Training view asks a run to be (data, run folder, options, where); see runs.h for
/// the other words for a run.
struct TrainingRequest
{
    QString cli;             ///< the masklens-cli executable
    QString data;            ///< dataset folder (its corrections are applied)
    QString runDir;          ///< the new run's folder
    QStringList options;     ///< masklens-cli train options (--arch small --epochs 2 ...)
    QString commandTemplate; ///< empty: train here; else see expandTemplate()
};

class TrainingProcess : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Done, Stopped, Failed };
    Q_ENUM(Outcome)

    explicit TrainingProcess(QObject *parent = nullptr);
    ~TrainingProcess() override;

    /// Starts a run; false (with the reason) when one is running or the request is incomplete.
    bool start(const TrainingRequest &request, QString *error = nullptr);
    /// Asks the run to stop (SIGTERM to its process group; SIGKILL if it has not ended after
    /// `graceMs`). finished() follows.
    void cancel(int graceMs = 30000);
    bool isRunning() const;
    bool isCancelling() const { return m_cancelling; }
    const TrainingRequest &request() const { return m_request; }
    /// The last lines the process wrote on stderr.
    QStringList errorTail() const { return m_errorTail; }

    /// masklens-cli next to this executable, in the build tree, or on PATH.
    static QString defaultCli();
    /// Replaces {cache}, {cache_name}, {samples}, {rundir}, {run}, {data} and {args} (the trainer
    /// options) by their shell-quoted values.
    static QString expandTemplate(const QString &commandTemplate, const QString &cache,
                                  const QString &samples, const QString &runDir,
                                  const QString &data, const QStringList &trainerOptions);
    static QString shellQuote(const QString &text);
    /// The options masklens-train understands (drops the cache-making ones: --size,
    /// --labels, --cache-dir, --original-labels).
    static QStringList trainerOptions(const QStringList &cliOptions);

Q_SIGNALS:
    /// One event of the trainer (start, progress, epoch, ensemble, stopped, error, done, and
    /// prepared before a templated run), typed (model/core/trainingprotocol.h).
    void event(const masklens::analysis::TrainingEvent &event);
    /// A line for the log: the trainer's stderr, or what the launcher is doing.
    void logLine(const QString &line);
    void finished(masklens::gui::TrainingProcess::Outcome outcome, const QString &message);

private:
    void keepStderr(const QByteArray &bytes);
    void launch(const QString &program, const QStringList &arguments);
    void readStdout();
    void readStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void startTemplate(const protocol::PreparedEvent &prepared);
    void end(Outcome outcome, const QString &message);

    enum class Phase { Idle, Local, Preparing, Template };
    Phase m_phase = Phase::Idle;
    TrainingRequest m_request;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<analysis::RunRecord> m_record; ///< templated runs: we keep run.json
    std::optional<protocol::PreparedEvent> m_prepared;
    QByteArray m_stderrPending; ///< stderr not yet in RUN/stderr.log (no run folder yet)
    QStringList m_errorTail;
    QString m_errorEvent; ///< message of an "error" event
    bool m_sawDone = false;
    bool m_sawStopped = false;
    bool m_cancelling = false;
    QTimer m_killTimer;
};

} // namespace masklens::gui
