// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One model of a training run, an epoch at a time: ModelTrainer builds (or resumes) the network,
// its moving average and its optimizer, and each trainEpoch() trains the epoch's batches,
// validates, keeps the best checkpoint, saves the point --resume continues from and records the
// epoch event. The run (trainingrun.h) makes one per fold x seed; tests drive one in process
// (tests/tst_modeltrainer: stop after an epoch by setting the flag, resume, compare).
// RunContext is what every model of a run shares. LibTorch; model/*.cpp only.

#include "torchinclude.h"

#include "augment.h"
#include "cachefile.h"
#include "distributed.h"
#include "eventwriter.h"
#include "expected.h"
#include "netspec.h"
#include "trainconfig.h"
#include "trainset.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace masklens::model {

/// What every model of a run shares: read once by TrainingRun::open.
struct RunContext
{
    TrainConfig config;
    ModelSpec spec;
    std::vector<TrainSample> samples;
    CacheFile cache;
    torch::Device device{torch::kCPU};
    bool channelsLast = true;
    bool predictBf16 = false; ///< --predict-precision, resolved for the device
    World world;
    std::unique_ptr<Distributed> dist; ///< null for one process
    std::vector<double> classCount;    ///< images per class, for the weighted loss and sampler
    AugmentOptions augment;
    EventWriter events{[](const std::string &) {}, 0};
    const std::atomic<bool> *stop = nullptr;

    int ranks() const { return world.size; }
    /// A sum over the processes (nothing to do for one): loss values, stop flags.
    std::vector<double> sumOverRanks(std::vector<double> values) const;
    /// The stop flag of any process (every process calls it at the same point).
    bool stopRequested() const { return sumOverRanks({stop && *stop ? 1.0 : 0.0})[0] > 0; }
    /// `count` samples of `which` from `from`, decoded from the cache onto the device.
    void loadBatch(const std::vector<int> &which, std::size_t from, std::size_t count,
                   torch::Tensor *images, torch::Tensor *labels, torch::Tensor *ages) const;
};

/// A model of the run: its fold of validation people and its seed.
/// The fields of a sample's training fit: summed p(own gender), p(own age band), p(own mask
/// state), and how many times it was trained on.
inline constexpr int kFitFields = 4;

/// The same class with the other gender (class = mask*6 + gender*3 + age band).
constexpr int otherGender(int label)
{
    return (label / 3) % 2 == 0 ? label + 3 : label - 3;
}

struct ModelRun
{
    int index = 0; ///< 0..models-1, in the order fold x seed
    int fold = 0;
    std::uint64_t seed = 1;
    std::filesystem::path dir;
};

class ModelTrainer
{
public:
    ModelTrainer(const RunContext &run, ModelRun model, std::vector<int> trainSet,
                 std::vector<int> valSet);
    ~ModelTrainer();
    ModelTrainer(const ModelTrainer &) = delete;
    ModelTrainer &operator=(const ModelTrainer &) = delete;

    /// A model a previous run finished (its state.txt says so, its predictions are there).
    bool finishedBefore() const { return m_finishedBefore; }
    /// Builds the network (or loads RUN/last.mlck with --resume), the moving average and the
    /// optimizer, and gives every process rank 0's weights.
    Status prepare();

    enum class Epoch { Trained, Stopped };
    /// Trains and validates the next epoch (from the batch a stopped run got to), saves its
    /// checkpoints and records its event. Stopped: the stop flag was seen; the resume point is
    /// saved and a "stopped" event says where.
    Expected<Epoch> trainEpoch();
    int epochsDone() const { return m_epoch; }
    bool done() const;
    /// The best epoch's answers on the validation images (valSet order).
    struct Validated
    {
        std::vector<float> probabilities; ///< 18 per image
        std::vector<float> features;      ///< featureWidth per image; empty when not kept
        int featureWidth = 0;
        /// The training fit (m_fit's two blocks, summed over the epochs the model trained on
        /// each image); empty for a model finished by an older MaskLens.
        std::vector<float> fit;
    };
    /// Marks the model done (state.txt) and returns the best epoch's validation probabilities and
    /// features. For a model finished before, reads them back (a model finished by an older
    /// MaskLens has no features).
    Expected<Validated> finish();
    double bestF1() const { return m_bestF1; }
    const ModelRun &model() const { return m_model; }
    const std::vector<int> &valSet() const { return m_valSet; }

private:
    struct Network;
    Status saveResumePoint(int epochsDone, std::size_t batchesDone);
    /// Adds this epoch's training fit (summed over the processes) to the model's.
    void keepEpochFit();
    /// Adds a batch's share (order[from .. from + count)) to this epoch's training fit.
    void addFit(const torch::Tensor &logits, std::size_t from, std::size_t count,
                const std::vector<int> &order);
    double learningRate(int epoch) const;

    const RunContext &m_run;
    ModelRun m_model;
    std::vector<int> m_trainSet;
    std::vector<int> m_valSet;
    std::vector<double> m_sampleWeight;
    /// The training fit, kFitFields per run sample: the summed probabilities the network gave
    /// the image's own gender, age band and mask state while training on it (the augmented
    /// view, before that batch's step), and the number of times it did. An image whose label
    /// the network only fits late, by memorising, is likely mislabelled (the idea of the area
    /// under the margin: Pleiss et al., NeurIPS 2020). Saved with the resume point.
    /// Two blocks of kFitFields per sample: the images trained with their own labels, then the
    /// --fit-probes images (trained with the other gender: their fit of that label).
    std::vector<float> m_fit, m_epochFit;
    std::vector<char> m_probe; ///< per sample: a probe of this model; empty: no probes
    std::unique_ptr<Network> m_net;
    int m_epoch = 0;              ///< epochs done
    std::size_t m_startBatch = 0; ///< batches of the next epoch done before a stop
    double m_bestF1 = -1;
    bool m_finishedBefore = false;
    std::map<std::string, std::string> m_state; ///< state.txt of earlier pieces (--resume)
};

} // namespace masklens::model
