// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A training run from its options to its "done" event: TrainingRun::open reads the cache and
// the samples, picks the device, connects the processes of a several-process run and writes
// config.json; start() says so; model(m) gives the ModelTrainer of each fold x seed (person-
// level folds, one model on a fifth of the people with --folds 1); finish() votes the seeds'
// ensembles, writes the out-of-fold or validation predictions and the run's best.mlck, and
// records "done". runTraining (trainer.h) drives it; tests drive it step by step. LibTorch.

#include "modeltrainer.h"

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace masklens::model {

class TrainingRun
{
public:
    static Expected<std::unique_ptr<TrainingRun>> open(const TrainConfig &config,
                                                       EventWriter::Sink sink,
                                                       const std::atomic<bool> &stop,
                                                       const World &world);
    ~TrainingRun();

    const RunContext &context() const { return *m_context; }
    const EventWriter &events() const { return m_context->events; }
    int modelCount() const { return int(m_models.size()); }
    /// Whether this process trains model m (a Slurm task trains one model of the run).
    bool trains(int m) const { return m_context->config.task < 0 || m == m_context->config.task; }

    /// The "start" event.
    void start() const;
    /// The trainer of model m; a Slurm task's events go beside its model.
    std::unique_ptr<ModelTrainer> model(int m);
    /// Takes a finished model's best validation probabilities for the ensembles, and the first
    /// seed's features of each fold for the out-of-fold features.
    void collect(const ModelTrainer &trainer, ModelTrainer::Validated validated);
    /// After every model: the ensembles, the predictions file and its features (oof_features.npy
    /// beside oof_predictions.csv, rows in the same order), best.mlck and "done" (a Slurm task
    /// says "task_done" instead: its launcher merges the tasks).
    Status finish();

private:
    TrainingRun() = default;
    /// oof_features.npy (or val_features.npy) and its sidecar, beside the predictions file.
    Status writeFeatures(const std::filesystem::path &predictions) const;
    /// train_fit.csv (and its sidecar, the run's age bands) beside the predictions file: each
    /// trained image's training fit (modeltrainer.h), over every model that trained on it.
    Status writeFit(const std::filesystem::path &predictions) const;

    std::unique_ptr<RunContext> m_context;
    std::vector<ModelRun> m_models;
    std::vector<int> m_foldOf;                                  ///< per sample
    std::map<int, std::vector<std::vector<float>>> m_foldProbs; ///< fold -> per model
    std::map<int, std::vector<float>> m_foldFeatures;           ///< fold -> its first model's
    int m_featureWidth = 0;                                     ///< 0: some model kept none
    std::vector<double> m_fit; ///< kFitFields per sample, summed over models; empty: none kept
    bool m_fitMissing = false; ///< some model kept none (finished by an older MaskLens)
    std::map<int, std::vector<int>> m_foldMembers;
    double m_bestOverall = -1;
    std::filesystem::path m_bestOverallFile;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace masklens::model
