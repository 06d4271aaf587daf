// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A training run's recipe: the options of masklens-train / masklens-cli train, their checks
// (every number finite and in range before anything is written), config.json (written, and
// read back by --resume) and a model's state.txt. No LibTorch: these readers are fuzzed on their
// own (fuzz/). Reentrant.

#include "expected.h"
#include "netspec.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace masklens::model {

enum class LossKind { CrossEntropy, LabelSmoothing, Focal, ClassWeighted };
std::string lossName(LossKind k);
std::optional<LossKind> parseLoss(std::string_view text);

struct TrainConfig
{
    std::string cache;   ///< packed image cache (its size is the input size)
    std::string samples; ///< index,path,person,label,age
    std::string out;     ///< run folder
    Architecture architecture = Architecture::Small;
    OutputLayout outputs = OutputLayout::Classes18;
    int epochs = 10;
    int batch = 32;
    double lr = 1e-3;
    int lrStep = 0; ///< StepLR step in epochs; 0: a third of the epochs
    double lrGamma = 0.5;
    bool cosineSchedule = false; ///< --lr-schedule cosine instead of StepLR
    /// --ema: validate and save an exponential moving average of the weights (and batch-norm
    /// statistics), updated after every step with this decay; 0: off.
    double emaDecay = 0;
    /// --age-weight: the age regression's share of the loss (three_heads_age only).
    double ageWeight = 1.0;
    LossKind loss = LossKind::CrossEntropy;
    double labelSmoothing = 0.1;
    double focalGamma = 2.0;
    bool weightedSampler = false;
    bool augment = true;
    bool bf16 = false; ///< --precision bf16: autocast the forward pass to bfloat16
    /// --predict-precision: the validation predictions (val/oof_predictions.csv and their
    /// features) in fp32, bf16, or auto (bf16 on CUDA or a CPU with native bfloat16).
    std::string predictPrecision = "fp32";
    /// --colour-augment: probability of the HSV and brightness/contrast steps.
    double colourAugment = 0.5;
    /// --fit-probes F: in each model, this fraction of its training people is trained with the
    /// other gender on purpose - known wrong labels whose training fit shows what a wrong
    /// label's fit looks like in this run (train_fit.csv.json: probe_fits), so the label-issue
    /// finder's fit threshold fits the run. 0: none.
    double fitProbes = 0;
    int folds = 1; ///< 1: one model validated on a fifth of the people
    std::vector<std::uint64_t> seeds{1};
    std::string device = "auto";
    int threads = 0;
    std::string init; ///< starting weights (torch.save'd dict), e.g. torchvision's ImageNet
    bool resume = false;
    bool faceCrop = false; ///< recorded in checkpoints: the cache was made with the face crop
    int cropWidth = kBaselineCropWidth; ///< --crop: the face crop's size in the 384x512 frame
    int cropHeight = kBaselineCropHeight;
    int middleFrom = 30;
    int oldFrom = 60;
    int limitBatches = 0; ///< stop each epoch after this many batches (tests, smoke runs)
    /// --task I: train model I of the folds x seeds plan alone (one task of a Slurm job array)
    /// and stop before the ensemble; its events go to its own folder's metrics.jsonl. -1: all.
    /// Not kept in config.json.
    int task = -1;
    /// Data parallelism (several processes, one model; the world comes from the environment):
    /// --sync-bn: batch-norm statistics over the global batch instead of each rank's share.
    bool syncBatchNorm = false;
    /// --optimizer sgd: SGD with momentum 0.9 instead of Adam.
    bool sgd = false;
    /// --no-dropout: no dropout and no stochastic depth (exact comparisons across world sizes).
    bool dropout = true;
    /// --collective-timeout S: a rank that waits this long for the others fails the run.
    int collectiveTimeoutSeconds = 120;
};

inline constexpr int kMaxEpochs = 100000;
/// --threads above this is refused as a typo; below it, runs use at most one thread per core.
inline constexpr int kMaxThreads = 1024;
/// The threads a run uses for --threads `requested` (0: all cores): never more than the cores.
int trainingThreads(int requested);

/// Parses the trainer's command-line options (shared by masklens-train and masklens-cli
/// train); fails naming the first unknown or malformed option.
Expected<TrainConfig> parseTrainArguments(const std::vector<std::string> &args);
std::string trainUsage();

/// Writes the config as JSON (config.json) and reads it back for --resume.
std::string configToJson(const TrainConfig &config);
/// The trainer options that give `config` (what configToJson keeps), for running the same
/// recipe elsewhere: --cache, --samples and --out included.
std::vector<std::string> configToArguments(const TrainConfig &config);
/// How many models the folds x seeds plan trains (the tasks of a job array).
int modelCount(const TrainConfig &config);
/// Reads config.json (any valid JSON object: pretty-printed or edited by hand); fails naming the
/// file and the bad key.
Expected<TrainConfig> readConfigJson(const std::string &file);

/// A model's state.txt ("key value" lines: epoch, best_f1, ema_updates, done).
std::map<std::string, std::string> readStateText(const std::string &text);
std::map<std::string, std::string> readState(const std::filesystem::path &file);
/// One number of a state, checked finite and within [min, max]; `fallback` when absent.
/// Throws StateError naming the file otherwise (a resume from a state that says epoch -7).
struct StateError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};
double stateNumber(const std::map<std::string, std::string> &state,
                   const std::filesystem::path &file, const std::string &key, double fallback,
                   double min, double max);

} // namespace masklens::model
