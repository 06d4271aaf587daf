// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Training runs on disk and their comparison. A run folder (docs/training-protocol.md) holds
// config.json, samples.csv (the labels it trained on), metrics.jsonl, checkpoints, predictions and
// run.json: who launched it and how it ended (started, status, labels version, device, seconds,
// the last error). Whoever launches a run - masklens-cli train, or the workbench for a run that
// goes through a command template - keeps run.json up to date by feeding every JSON event line to
// a RunRecord. Reentrant; no Qt GUI, no torch.

#include "metrics.h"
#include "result.h"
#include "trainingevent.h"

#include <QDateTime>
#include <QJsonObject>

#include <map>
#include <vector>

namespace masklens::analysis {

// The words for a run: RunRecord keeps a run's run.json while it runs (the launcher's side);
// RunInfo is a finished or running run read back from its folder (runs list, Compare);
// gui::TrainingRequest is what the window asks a run to be; model::TrainingRun and ModelRun are
// the trainer's own (the run being trained, and one model of it).

/// run.json, kept as the run goes. Status: running, done, stopped, failed (prepared: the
/// cache and samples are made, the training happens elsewhere).
class RunRecord
{
public:
    explicit RunRecord(const QString &runDir);

    /// Starts a fresh record: status "running", started now.
    void begin(int labelsVersion, const QString &data, const QString &launcher);
    /// Continues an existing record (a resumed run, or a prepared one trained elsewhere):
    /// status "running" again, wall time adding up.
    void resume();
    /// Reads run.json as it is (e.g. to mark a crashed run failed).
    void load();
    /// Takes one line of the trainer's stdout; returns it parsed (parseTrainingEvent). start:
    /// device; done: status done, scores; stopped: status stopped; error: status failed with
    /// the message.
    ParsedLine observeLine(const QByteArray &line);
    /// How the process ended: a non-zero exit without a done/stopped event is a failure; the
    /// message (e.g. the last lines of stderr) is kept.
    void finish(int exitCode, bool crashed, const QString &message);
    void set(const QString &key, const QJsonValue &value) { m_json[key] = value; }
    /// Writes run.json atomically, with the heartbeat (now): call at least every few seconds
    /// while the run is alive (masklens-cli train does, from a thread of its own).
    Status save() const;
    const QJsonObject &json() const { return m_json; }
    QString status() const;

private:
    void keptByThisProcess(); ///< pid and host of the process keeping the record
    QString m_dir;
    QJsonObject m_json;
    qint64 m_startMs = 0;
};

/// A run read back from its folder: config.json, run.json and metrics.jsonl summarised.
struct RunInfo
{
    QString dir;
    QString name;           ///< the folder's name
    QString status;         ///< done, stopped, failed, running (or "unknown" without run.json)
    QDateTime started;      ///< invalid when unknown
    double seconds = -1;    ///< wall time, -1 when unknown
    int labelsVersion = -1; ///< the corrections journal's last entry trained on (0: original)
    QString device;
    QString architecture;
    QString message;                ///< the error of a failed run
    int epochs = 0;                 ///< epochs finished (all models)
    int epochsPlanned = 0;          ///< per model
    double macroF1 = -1;            ///< of the saved predictions (done), else best epoch; -1 none
    double oldF1 = -1;              ///< mean F1 of the >=60 classes, same source
    std::vector<double> perClassF1; ///< 18, same source; empty when none
    QString predictions;            ///< oof_predictions.csv or val_predictions.csv; empty when none
    bool outOfFold = false;
    QJsonObject config;
    QString data;                      ///< the dataset it trained on, when recorded
    QString launcher;                  ///< local (masklens-cli), ssh, slurm, template...
    QString host;                      ///< the computer of the process that keeps run.json
    QString jobId;                     ///< a Slurm run's job id
    QString sshHost;                   ///< an ssh run's server
    std::map<int, QString> taskStates; ///< a Slurm run's array tasks: task -> PENDING, RUNNING...
};

/// A "running" run whose heartbeat is older than this, on another computer, has ended.
inline constexpr qint64 kHeartbeatTimeoutSeconds = 60;

/// Reads a run folder. Fails when it has neither config.json nor run.json. A run.json that
/// says "running" while its process is gone (killed, out of memory, a dropped connection)
/// reads as failed: "the trainer ended without a result".
Result<RunInfo> readRun(const QString &dir);
/// The runs in a folder (its subfolders that are runs; the folder itself when it is one; for a
/// dataset folder, DIR/.masklens/runs), oldest first. Unreadable ones go to problems.
std::vector<RunInfo> listRuns(const QString &dir, std::vector<Problem> *problems = nullptr);
/// Where the workbench keeps a dataset's runs: DATASET/.masklens/runs.
QString runsFolder(const QString &datasetDir);
QJsonObject runToJson(const RunInfo &run);

struct ChangedSample
{
    QString path;
    int label = -1; ///< the reference label (run B's)
    int predictedA = -1;
    int predictedB = -1;
};

/// Two runs side by side on the images both predicted, scored against run B's labels (after a
/// correction, B is the run on the corrected labels: the fair reference for both).
struct RunComparison
{
    RunInfo a, b;
    Metrics metricsA, metricsB;
    int compared = 0;      ///< images predicted by both
    int onlyA = 0;         ///< predicted by A only
    int onlyB = 0;         ///< predicted by B only
    int labelsChanged = 0; ///< images whose label differs between the runs' samples
    std::vector<ChangedSample> wrongToRight; ///< wrong in A, right in B
    std::vector<ChangedSample> rightToWrong; ///< right in A, wrong in B
    /// B's confusion minus A's, row-major kClassCount x kClassCount.
    std::vector<int> confusionDiff() const;
};

Result<RunComparison> compareRuns(const QString &dirA, const QString &dirB);
QJsonObject comparisonToJson(const RunComparison &c);

/// The per-class F1 of metrics, as a list (index = class).
std::vector<double> classF1(const Metrics &metrics);

/// Mean F1 over the >=60 classes of an 18-class F1 list (-1 when empty).
double oldClassesF1(const std::vector<double> &perClassF1);

} // namespace masklens::analysis
