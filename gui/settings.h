// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one typed front to QSettings: every persisted choice of the window lives here.
// GUI thread only.

#include "analysis/labels.h"
#include "model/core/netspec.h"

#include <QSettings>
#include <QStringList>

namespace masklens::gui {

/// The Training view's form: the run's recipe and where it runs.
struct TrainingSettings
{
    QString arch = QStringLiteral("medium");
    /// Defaults: the best measured CPU recipe (README, Training): the medium CNN with face crop,
    /// three heads and label smoothing; ten epochs take about five minutes on two cores.
    QString outputs = QStringLiteral("three_heads"); ///< or classes18
    QString size;                                    ///< WxH; empty: the architecture's default
    int epochs = 10;
    int batch = 32;
    double lr = 3e-3;
    QString loss = QStringLiteral("smoothing"); ///< for labels known to be partly wrong
    QString sampler = QStringLiteral("none");
    int folds = 1;
    QString seeds = QStringLiteral("1");
    QString device = QStringLiteral("auto");
    QString init;
    /// The face crop: "none", "256x320" (--face-crop, the competition baseline's) or
    /// "208x260" (--crop 208x260: 1.23x the pixels for the face; +0.01 macro F1 here).
    QString crop = QStringLiteral("208x260");
    bool ema = true; ///< --ema 0.999: a steadier validation figure (README, Training)
    /// --precision bf16; the default is on where the CPU has AVX-512 bfloat16 instructions.
    bool bf16 = model::cpuHasNativeBfloat16();
    int limitBatches = 0; ///< 0: whole epochs
    double fitProbes = 0; ///< --fit-probes: the label-issue detector's run (no form field)
    bool useTemplate = false;
    QString commandTemplate;

    /// The masklens-cli train options (without --data/--out).
    QStringList options() const;
};

/// Where a dataset's runs train (issue #18): this computer, an SSH server, a Slurm cluster or a
/// command template. Kept per dataset: each dataset lives with its own server or cluster.
struct LaunchSettings
{
    QString where = QStringLiteral("local"); ///< local, ssh, slurm or template
    QString host;                            ///< [USER@]HOST
    int port = 0;                            ///< 0: ssh's default
    QString identity;
    QString remoteDir = QStringLiteral("masklens");
    QString remoteTrainer = QStringLiteral("masklens-train");
    QString partition;
    QString account;
    int gpusPerTask = 0;
    QString timeLimit;  ///< HH:MM:SS; empty: the partition's
    QString sbatchArgs; ///< extra sbatch arguments, separated by spaces
    QString commandTemplate;

    /// The masklens-cli train options for this launcher (none for local and template).
    QStringList options() const;
    /// Why the form cannot start a run (an SSH server without a host...), or empty.
    QString problem() const;
};

class Settings
{
public:
    Settings();

    QStringList recentDatasets() const;
    void addRecentDataset(const QString &path);

    analysis::AgeBands ageBands() const;
    void setAgeBands(const analysis::AgeBands &bands);

    /// "en", "ko", or empty for the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    /// Run Model computes in bfloat16 (issue #24): faster on AVX-512 BF16 CPUs, answers move
    /// slightly; off by default, and the predictions say so when on.
    bool predictBf16() const;
    void setPredictBf16(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    TrainingSettings training() const;
    void setTraining(const TrainingSettings &training);
    /// `dataset`'s launcher; before any was saved for it, the last global choice (a command
    /// template set up before launchers were per dataset stays).
    LaunchSettings launch(const QString &dataset) const;
    void setLaunch(const QString &dataset, const LaunchSettings &launch);

    static constexpr int kMaxRecent = 8;

private:
    QSettings m_settings;
};

} // namespace masklens::gui
