// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The training run, one function from reading the cache to the done event: folds x seeds, the
// epoch loop, validation, checkpoints, resume, and (with several processes) the c10d wiring of
// distributed.h. Long (~990 lines) because the run is still one function with shared state;
// issue #20's ModelTrainer class, with per-epoch steps, is the split this file is waiting for.
#include "trainer.h"

#include "autocast.h"
#include "jsonline.h"
#include "trainingprotocol.h"

#include "augment.h"
#include "cachefile.h"
#include "checkpoint.h"
#include "distributed.h"
#include "networks.h"
#include "trainset.h"
#include "durablefile.h"

#include <ATen/autocast_mode.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <sstream>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fs = std::filesystem;

namespace masklens::model {

using namespace jsonline;

namespace {

struct ModelRun
{
    int fold = 0;
    std::uint64_t seed = 1;
    fs::path dir;
};

struct Scores
{
    double macroF1 = 0;
    double accuracy = 0;
    std::vector<double> perClassF1 = std::vector<double>(kClasses, 0.0);
};

/// Per-class F1 with scikit-learn's zero_division=0 over all 18 classes. (analysis/metrics.h
/// is the full version; the core must build without Qt, so it keeps this small one.)
Scores score(const std::vector<int> &truth, const std::vector<int> &pred)
{
    std::vector<int> tp(kClasses, 0), fp(kClasses, 0), fn(kClasses, 0);
    int right = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] == pred[i]) {
            ++tp[truth[i]];
            ++right;
        } else {
            ++fp[pred[i]];
            ++fn[truth[i]];
        }
    }
    Scores s;
    for (int c = 0; c < kClasses; ++c) {
        const double p = tp[c] + fp[c] > 0 ? double(tp[c]) / (tp[c] + fp[c]) : 0.0;
        const double r = tp[c] + fn[c] > 0 ? double(tp[c]) / (tp[c] + fn[c]) : 0.0;
        s.perClassF1[c] = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        s.macroF1 += s.perClassF1[c] / kClasses;
    }
    s.accuracy = truth.empty() ? 0.0 : double(right) / truth.size();
    return s;
}

/// Targets per head for three-head models: mask, gender, age band.
torch::Tensor headTargets(const torch::Tensor &labels, int head)
{
    switch (head) {
    case 0:
        return labels.div(6, "floor");
    case 1:
        return labels.div(3, "floor").remainder(2);
    default:
        return labels.remainder(3);
    }
}

struct Loss
{
    LossKind kind;
    double smoothing;
    double gamma;
    torch::Tensor classWeights; ///< for ClassWeighted (18 classes)
    double ageWeight = 0;       ///< for ThreeHeadsAge: weight of the age regression

    torch::Tensor single(const torch::Tensor &logits, const torch::Tensor &target,
                         const torch::Tensor &weights) const
    {
        namespace F = torch::nn::functional;
        switch (kind) {
        case LossKind::LabelSmoothing:
            return F::cross_entropy(logits, target,
                                    F::CrossEntropyFuncOptions().label_smoothing(smoothing));
        case LossKind::Focal: {
            const auto logp =
                torch::log_softmax(logits, 1).gather(1, target.unsqueeze(1)).squeeze(1);
            return (-(1 - logp.exp()).pow(gamma) * logp).mean();
        }
        case LossKind::ClassWeighted:
            if (weights.defined())
                return F::cross_entropy(logits, target,
                                        F::CrossEntropyFuncOptions().weight(weights));
            [[fallthrough]];
        case LossKind::CrossEntropy:
            break;
        }
        return F::cross_entropy(logits, target);
    }

    /// `ages`: the labelled age in years of each image (0: unknown), for ThreeHeadsAge.
    torch::Tensor operator()(const torch::Tensor &logits, const torch::Tensor &labels,
                             const torch::Tensor &ages, OutputLayout layout) const
    {
        if (layout == OutputLayout::Classes18)
            return single(logits, labels, classWeights);
        // Three heads: the sum of each head's loss (class weights apply to the 18 classes only).
        auto sum = single(logits.slice(1, 0, 3), headTargets(labels, 0), {}) +
                   single(logits.slice(1, 3, 5), headTargets(labels, 1), {}) +
                   single(logits.slice(1, 5, 8), headTargets(labels, 2), {});
        if (layout == OutputLayout::ThreeHeadsAge && ageWeight > 0) {
            // Huber loss on the scaled age: robust to the few ages that are wrong by decades.
            const auto known = ages.gt(0).to(logits.scalar_type());
            const auto target = (ages.to(logits.scalar_type()) - kAgeCentre) / kAgeScale;
            const auto each = torch::nn::functional::smooth_l1_loss(
                logits.select(1, 8), target,
                torch::nn::functional::SmoothL1LossFuncOptions().reduction(torch::kNone));
            sum = sum + ageWeight * (each * known).sum() / known.sum().clamp_min(1);
        }
        return sum;
    }
};


/// Hard vote: the class most models chose; ties go to the highest mean probability.
std::vector<int> hardVote(const std::vector<std::vector<float>> &probs, std::size_t n)
{
    std::vector<int> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<int> votes(kClasses, 0);
        std::vector<double> mean(kClasses, 0.0);
        for (const auto &p : probs) {
            const float *row = p.data() + i * kClasses;
            ++votes[std::max_element(row, row + kClasses) - row];
            for (int c = 0; c < kClasses; ++c)
                mean[c] += row[c];
        }
        int best = 0;
        for (int c = 1; c < kClasses; ++c)
            if (votes[c] > votes[best] || (votes[c] == votes[best] && mean[c] > mean[best]))
                best = c;
        out[i] = best;
    }
    return out;
}

std::vector<float> softVote(const std::vector<std::vector<float>> &probs)
{
    std::vector<float> out(probs.front().size(), 0.0f);
    for (const auto &p : probs)
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] += p[i] / float(probs.size());
    return out;
}

std::vector<int> argmaxRows(const std::vector<float> &probs)
{
    std::vector<int> out(probs.size() / kClasses);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const float *row = probs.data() + i * kClasses;
        out[i] = int(std::max_element(row, row + kClasses) - row);
    }
    return out;
}

std::string writePredictionsCsv(const fs::path &file, const std::vector<TrainSample> &samples,
                         const std::vector<int> &which, const std::vector<float> &probs)
{
    std::ostringstream out;
    out << "path,pred";
    for (int c = 0; c < kClasses; ++c)
        out << ",prob_" << c;
    out << '\n' << std::setprecision(7);
    for (std::size_t k = 0; k < which.size(); ++k) {
        const float *row = probs.data() + k * kClasses;
        out << samples[which[k]].path << ',' << (std::max_element(row, row + kClasses) - row);
        for (int c = 0; c < kClasses; ++c)
            out << ',' << row[c];
        out << '\n';
    }
    return writeFileDurably(file.string(), out.str());
}

std::string writeState(const fs::path &file, const std::map<std::string, std::string> &state)
{
    std::string text;
    for (const auto &[k, v] : state)
        text += k + ' ' + v + '\n';
    return writeFileDurably(file.string(), text);
}
} // namespace

namespace {
/// A training step on the CPU allocates and frees the same large activation buffers every
/// batch. glibc hands blocks over 32 MB straight back to the kernel (mmap/munmap), so every
/// batch paid for zero-filled pages again: 2.6x the page faults of Python's loop and a sixth
/// of the step in the kernel. Keeping freed memory in the heap for reuse removes that; the
/// trainer is a process of its own, so holding its peak memory until it exits costs nothing.
void keepFreedMemory()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#endif
}
} // namespace

namespace {
/// Undoes setSyncBatchNorm when the run ends, however it ends.
struct SyncBatchNormScope
{
    SyncBatchNormScope(bool on, Distributed *group) { setSyncBatchNorm(on, group); }
    ~SyncBatchNormScope() { setSyncBatchNorm(false, nullptr); }
};

int trainUnguarded(const TrainConfig &config,
                   const std::function<void(const std::string &)> &emitLine,
                   const std::atomic<bool> &stop, const World &world)
{
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    // Several processes train one model: only rank 0 speaks and writes; the others' errors go
    // to their stderr.
    const bool writer = world.rank == 0;
    auto emit = [&](const std::string &line) {
        if (writer)
            emitLine(line);
    };
    auto fail = [&](const std::string &message) {
        if (writer)
            emit(protocol::ErrorEvent{message}.json());
        else
            std::cerr << "masklens-train rank " << world.rank << ": " << message << std::endl;
        return 2;
    };
    if (config.out.empty() || config.cache.empty() || config.samples.empty())
        return fail("the trainer needs --cache, --samples and --out");

    // Device and threads.
    const bool cuda = torch::cuda::is_available();
    if (config.device == "cuda" && !cuda)
        return fail("CUDA was asked for, but this LibTorch build or machine has no usable CUDA "
                    "device; use --device cpu or auto");
    // One GPU per process on a node: LOCAL_RANK picks it.
    const torch::Device device =
        config.device == "cpu" || !cuda
            ? torch::Device(torch::kCPU)
            : torch::Device(torch::kCUDA,
                            torch::DeviceIndex(world.localRank %
                                               std::max<int>(1, int(torch::cuda::device_count()))));
    torch::set_num_threads(trainingThreads(config.threads));
    const bool channelsLast = device.is_cpu();
    if (config.bf16 && device.is_cpu() && !cpuHasNativeBfloat16())
        std::cerr << "masklens-train: --precision bf16 on a CPU without AVX-512 bfloat16 "
                     "instructions runs slower than fp32\n";
    if (device.is_cpu())
        keepFreedMemory();
    std::unique_ptr<Distributed> dist;
    if (world.size > 1) {
        std::string why;
        dist = Distributed::connect(world, device.is_cuda(),
                                    std::chrono::seconds(config.collectiveTimeoutSeconds), &why);
        if (!dist)
            return fail(why);
    }
    const int ranks = world.size;
    const SyncBatchNormScope syncBatchNormScope(config.syncBatchNorm, dist.get());
    // Collectives that are not gradients: a sum over the ranks (nothing to do for one).
    auto sumOverRanks = [&](std::vector<double> values) {
        if (!dist)
            return values;
        auto t = torch::tensor(values, torch::kFloat64);
        dist->allreduceSum(t);
        for (std::size_t k = 0; k < values.size(); ++k)
            values[k] = t[std::int64_t(k)].item<double>();
        return values;
    };

    CacheFile cache;
    std::string error;
    if (!cache.open(config.cache, &error))
        return fail(error);
    std::vector<TrainSample> samples;
    if (!readTrainSamples(config.samples, &samples, &error))
        return fail(error);
    for (const TrainSample &s : samples)
        if (std::uint32_t(s.index) >= cache.header().count)
            return fail(config.samples + ": image index " + std::to_string(s.index) +
                        " is outside the cache");

    ModelSpec spec;
    spec.architecture = config.architecture;
    spec.outputs = config.outputs;
    spec.preprocessing.width = int(cache.header().width);
    spec.preprocessing.height = int(cache.header().height);
    spec.preprocessing.faceCrop = config.faceCrop;
    spec.preprocessing.cropWidth = config.cropWidth;
    spec.preprocessing.cropHeight = config.cropHeight;
    spec.middleFrom = config.middleFrom;
    spec.oldFrom = config.oldFrom;
    const Preprocessing &pre = spec.preprocessing;

    std::error_code ec;
    fs::create_directories(config.out, ec);
    if (ec)
        return fail(config.out + ": " + ec.message());
    const fs::path out(config.out);
    std::string metricsFile = (out / "metrics.jsonl").string();
    if (!config.resume && writer) {
        for (const auto &[file, text] :
             {std::pair{(out / "config.json").string(), configToJson(config) + '\n'},
              std::pair{metricsFile, std::string()}})
            if (std::string why = writeFileDurably(file, text); !why.empty())
                return fail("cannot write " + why);
    }
    // The file first: a trainer killed while it prints (SIGPIPE from a dropped ssh link) has
    // already recorded the epoch its state.txt counts, so a resume loses no line.
    auto record = [&](const std::string &line) {
        if (!writer)
            return;
        if (std::string why = appendToFile(metricsFile, line + '\n'); !why.empty())
            throw std::runtime_error("cannot write " + why);
        emit(line);
    };

    // Person-level folds; one model on a fifth of the people when --folds 1.
    const int splitFolds = config.folds > 1 ? config.folds : 5;
    const std::vector<int> foldOf = personFolds(samples, splitFolds, /*seed=*/12345);
    std::vector<ModelRun> runs;
    for (int f = 0; f < (config.folds > 1 ? config.folds : 1); ++f)
        for (std::uint64_t seed : config.seeds)
            runs.push_back(
                {f, seed,
                 runs.empty() && config.folds == 1 && config.seeds.size() == 1
                     ? out
                     : out / ("fold" + std::to_string(f) + "_seed" + std::to_string(seed))});
    if (runs.size() == 1)
        runs[0].dir = out;

    std::set<std::string> people;
    for (const TrainSample &s : samples)
        people.insert(s.person);
    emit(protocol::StartEvent{device.is_cuda() ? "cuda" : "cpu", torch::get_num_threads(),
                              int(samples.size()), int(people.size()), int(runs.size()),
                              pre.width, pre.height, config.resume, world.size, world.rank,
                              configToJson(config)}
             .json());

    // Class counts for the weighted loss and sampler.
    std::vector<double> classCount(kClasses, 0.0);
    for (const TrainSample &s : samples)
        classCount[s.label] += 1;

    const std::size_t imageBytes = cache.header().imageBytes();
    auto loadBatch = [&](const std::vector<int> &which, std::size_t from, std::size_t count,
                         torch::Tensor *images, torch::Tensor *labels, torch::Tensor *ages) {
        auto bytes = torch::empty({std::int64_t(count), pre.height, pre.width, 3}, torch::kUInt8);
        auto lab = torch::empty({std::int64_t(count)}, torch::kLong);
        auto age = torch::empty({std::int64_t(count)}, torch::kFloat32);
        auto *dst = bytes.data_ptr<std::uint8_t>();
        auto *l = lab.data_ptr<std::int64_t>();
        auto *a = age.data_ptr<float>();
        for (std::size_t k = 0; k < count; ++k) {
            const TrainSample &s = samples[which[from + k]];
            std::memcpy(dst + k * imageBytes, cache.image(std::size_t(s.index)), imageBytes);
            l[k] = s.label;
            a[k] = float(std::max(0, s.age));
        }
        *ages = age.to(device);
        *images = bytes.to(device, /*non_blocking=*/true)
                      .permute({0, 3, 1, 2})
                      .to(torch::kFloat32)
                      .div_(255.0);
        *labels = lab.to(device);
    };

    std::map<int, std::vector<std::vector<float>>> foldProbs; // fold -> per model, validation probs
    std::map<int, std::vector<int>> foldMembers;
    double bestOverall = -1;
    fs::path bestOverallFile;
    AugmentOptions augmentOptions = config.augment ? AugmentOptions{} : AugmentOptions::none();
    if (config.augment)
        augmentOptions.hsv = augmentOptions.brightnessContrast = config.colourAugment;

    for (std::size_t m = 0; m < runs.size(); ++m) {
        const ModelRun &run = runs[m];
        if (config.task >= 0 && int(m) != config.task)
            continue; // another task's model
        // A task writes its events beside its model: tasks run at once and must not share.
        if (config.task >= 0)
            metricsFile = (run.dir / "metrics.jsonl").string();
        fs::create_directories(run.dir, ec);
        std::vector<int> trainSet, valSet;
        for (int i = 0; i < int(samples.size()); ++i)
            (foldOf[i] == run.fold ? valSet : trainSet).push_back(i);
        foldMembers[run.fold] = valSet;
        std::vector<int> valTruth;
        for (int i : valSet)
            valTruth.push_back(samples[i].label);

        auto state =
            config.resume ? readState(run.dir / "state.txt") : std::map<std::string, std::string>{};
        const auto valProbsFile = run.dir / "val_probs.bin";
        if (state["done"] == "1" && !writer)
            continue; // rank 0 gathers the finished models' predictions
        if (state["done"] == "1") {
            std::vector<float> probs(valSet.size() * kClasses);
            std::ifstream in(valProbsFile, std::ios::binary);
            in.read(reinterpret_cast<char *>(probs.data()),
                    std::streamsize(probs.size() * sizeof(float)));
            if (in) {
                foldProbs[run.fold].push_back(std::move(probs));
                const double f1 = stateNumber(state, run.dir / "state.txt", "best_f1", 0, -1, 1);
                if (f1 > bestOverall) {
                    bestOverall = f1;
                    bestOverallFile = run.dir / "best.mlck";
                }
                continue;
            }
        }

        // The moving average's network is made before seeding, so that --ema leaves the
        // trained network and its batches exactly as they are without it.
        std::shared_ptr<NetworkImpl> ema = config.emaDecay > 0 ? makeNetwork(spec) : nullptr;
        torch::manual_seed(run.seed);
        if (device.is_cuda())
            torch::cuda::manual_seed_all(run.seed);
        auto net = makeNetwork(spec);
        if (!config.init.empty()) {
            const auto tensors = readTorchSaveStateDict(config.init, &error);
            if (!error.empty())
                return fail(error);
            int loaded = 0;
            const std::string why = loadStateDict(*net, tensors, true, &loaded);
            if (!why.empty())
                return fail(config.init + ": " + why);
        }
        int startEpoch = 0;
        std::size_t startBatch = 0; ///< batches of startEpoch already trained (a stop mid-epoch)
        double bestF1 = -1;
        if (config.resume && fs::exists(run.dir / "last.mlck")) {
            CheckpointKind kind;
            auto cp = loadCheckpoint((run.dir / "last.mlck").string(), &kind, &error);
            if (!cp)
                return fail(error);
            net = cp->network;
            startEpoch = int(stateNumber(state, run.dir / "state.txt", "epoch", 0, 0,
                                         config.epochs));
            startBatch = std::size_t(stateNumber(state, run.dir / "state.txt", "batch", 0, 0, 1e12));
            bestF1 = stateNumber(state, run.dir / "state.txt", "best_f1", -1, -1, 1);
        }
        net->to(device);
        if (channelsLast)
            toChannelsLast(*net);
        if (!config.dropout)
            disableDropout(*net);
        // Every rank starts from rank 0's weights and buffers (a resumed run loaded the same
        // checkpoint everywhere; this also covers a seed that differs per machine).
        std::unique_ptr<Distributed::GradientSync> gradientSync;
        if (dist) {
            std::vector<torch::Tensor> all = net->parameters();
            for (const auto &b : net->buffers())
                all.push_back(b);
            dist->broadcast(all);
            // MASKLENS_BUCKET_MB: the all-reduce bucket size (bench/: 0 = one bucket after
            // backward, no overlap); default 4 MB.
            std::size_t bucketBytes = 4u << 20;
            if (const char *mb = std::getenv("MASKLENS_BUCKET_MB"))
                bucketBytes = std::atoi(mb) > 0 ? std::size_t(std::atoi(mb)) << 20
                                                : std::numeric_limits<std::size_t>::max() / 2;
            gradientSync = dist->syncGradients(*net, bucketBytes);
            // Each rank its own augmentation draws (the weights are the same everywhere).
            if (world.rank > 0)
                torch::manual_seed(run.seed + 7919ull * std::uint64_t(world.rank));
        }

        // --ema: a moving average of every weight and batch-norm statistic, validated and saved
        // in the network's place; --resume continues it from ema.mlck.
        std::vector<torch::Tensor> emaState, netState;
        std::int64_t emaUpdates = 0;
        if (config.emaDecay > 0) {
            const auto emaFile = run.dir / "ema.mlck";
            if (config.resume && fs::exists(emaFile)) {
                CheckpointKind kind;
                auto cp = loadCheckpoint(emaFile.string(), &kind, &error);
                if (!cp)
                    return fail(error);
                ema = cp->network;
                emaUpdates = std::int64_t(stateNumber(state, run.dir / "state.txt", "ema_updates",
                                                      0, 0, 1e15));
            }
            ema->to(device);
            if (channelsLast)
                toChannelsLast(*ema);
            ema->eval();
            auto stateOf = [](NetworkImpl &n) {
                std::vector<torch::Tensor> all;
                for (const auto &p : n.named_parameters(true))
                    all.push_back(p.value());
                for (const auto &b : n.named_buffers(true))
                    all.push_back(b.value());
                return all;
            };
            emaState = stateOf(*ema);
            netState = stateOf(*net);
            if (emaUpdates == 0) {
                torch::NoGradGuard guard;
                for (std::size_t k = 0; k < emaState.size(); ++k)
                    emaState[k].copy_(netState[k]);
            }
        }
        auto updateEma = [&] {
            // The decay warms up ((1 + n) / (10 + n)) so the first steps' weights fade fast.
            const double d =
                std::min(config.emaDecay, (1.0 + double(emaUpdates)) / (10.0 + double(emaUpdates)));
            ++emaUpdates;
            torch::NoGradGuard guard;
            for (std::size_t k = 0; k < emaState.size(); ++k) {
                if (emaState[k].is_floating_point())
                    emaState[k].mul_(d).add_(netState[k], 1.0 - d);
                else
                    emaState[k].copy_(netState[k]); // batch counters
            }
        };
        NetworkImpl &validated = ema ? *ema : *net;

        // Adam, the users' recipe; or SGD with momentum 0.9, whose step follows the gradient's
        // size (an exact comparison of world sizes needs it: Adam moves a weight whose gradient
        // is rounding noise by a full step).
        std::unique_ptr<torch::optim::Optimizer> optimizerOwner;
        if (config.sgd)
            optimizerOwner = std::make_unique<torch::optim::SGD>(
                net->parameters(), torch::optim::SGDOptions(config.lr).momentum(0.9));
        else
            optimizerOwner = std::make_unique<torch::optim::Adam>(
                net->parameters(), torch::optim::AdamOptions(config.lr));
        torch::optim::Optimizer &optimizer = *optimizerOwner;
        if (config.resume && fs::exists(run.dir / "optimizer.pt")) {
            try {
                torch::load(optimizer, (run.dir / "optimizer.pt").string());
            } catch (const c10::Error &e) {
                return fail((run.dir / "optimizer.pt").string() + ": " +
                            e.msg().substr(0, e.msg().find('\n')));
            }
        }
        // The point --resume continues from: weights, optimizer state and the epochs done.
        // Every file is written whole or not at all (a full disk keeps the previous point).
        // A stop mid-epoch keeps the batches done (`batchesDone` of epoch `epochsDone` + 1): the
        // epoch's order is a function of the seed and the epoch, so --resume continues with the
        // next batch and ends where an uninterrupted run would (augmentations aside).
        auto saveResumePoint = [&](int epochsDone, std::size_t batchesDone = 0) -> std::string {
            if (!writer)
                return {};
            std::string why = saveCheckpoint((run.dir / "last.mlck").string(), spec, *net,
                                             {{"epoch", std::to_string(epochsDone)}});
            if (why.empty() && ema)
                why = saveCheckpoint((run.dir / "ema.mlck").string(), spec, *ema,
                                     {{"epoch", std::to_string(epochsDone)}});
            if (!why.empty())
                return why;
            const std::string optimizerFile = (run.dir / "optimizer.pt").string();
            std::ostringstream optimizerBytes; // see saveCheckpoint: never LibTorch's file writer
            try {
                torch::save(optimizer, optimizerBytes);
            } catch (const std::exception &e) {
                const std::string what = e.what();
                return "cannot write " + optimizerFile + ": " + what.substr(0, what.find('\n'));
            }
            if (why = writeFileDurably(optimizerFile, optimizerBytes.str()); !why.empty())
                return "cannot write " + why;
            why = writeState(run.dir / "state.txt", {{"epoch", std::to_string(epochsDone)},
                                                     {"best_f1", number(bestF1)},
                                                     {"ema_updates", std::to_string(emaUpdates)},
                                                     {"batch", std::to_string(batchesDone)},
                                                     {"done", "0"}});
            return why.empty() ? why : "cannot write " + why;
        };
        // Where in this model's epochs an event speaks of.
        auto at = [&](int epoch) {
            return protocol::ModelPosition{int(m), run.fold, std::int64_t(run.seed), epoch,
                                           config.epochs};
        };
        const int step = config.lrStep > 0 ? config.lrStep : std::max(1, config.epochs / 3);
        auto lrAt = [&](int epoch) {
            if (config.cosineSchedule) // half a cosine, one value per epoch, never quite 0
                return config.lr * 0.5 *
                       (1 + std::cos(M_PI * double(epoch) / double(std::max(1, config.epochs))));
            return config.lr * std::pow(config.lrGamma, epoch / step);
        };

        Loss loss{config.loss, config.labelSmoothing, config.focalGamma, {}, config.ageWeight};
        if (config.loss == LossKind::ClassWeighted) {
            std::vector<float> w(kClasses);
            for (int c = 0; c < kClasses; ++c)
                w[c] =
                    classCount[c] > 0 ? float(samples.size() / (kClasses * classCount[c])) : 0.0f;
            loss.classWeights = torch::tensor(w).to(device);
        }
        std::vector<double> sampleWeight;
        if (config.weightedSampler)
            for (int i : trainSet)
                sampleWeight.push_back(1.0 / classCount[samples[i].label]);

        for (int epoch = startEpoch; epoch < config.epochs; ++epoch) {
            for (auto &group : optimizer.param_groups())
                group.options().set_lr(lrAt(epoch));
            // The epoch's order: a seeded shuffle, or a class-balanced draw with replacement.
            std::vector<int> order;
            SplitMix rng(run.seed * 1000003ull + std::uint64_t(epoch));
            if (config.weightedSampler) {
                std::vector<double> cumulative(sampleWeight.size());
                std::partial_sum(sampleWeight.begin(), sampleWeight.end(), cumulative.begin());
                for (std::size_t k = 0; k < trainSet.size(); ++k) {
                    const double r =
                        double(rng.next() >> 11) / 9007199254740992.0 * cumulative.back();
                    order.push_back(
                        trainSet[std::lower_bound(cumulative.begin(), cumulative.end(), r) -
                                 cumulative.begin()]);
                }
            } else {
                order = trainSet;
                rng.shuffle(order);
            }
            std::size_t batches = (order.size() + config.batch - 1) / config.batch;
            // Every rank needs a share of every batch: a last batch smaller than the world is
            // left out (one process keeps it).
            if (ranks > 1 && batches > 0 && order.size() - (batches - 1) * config.batch <
                                                std::size_t(ranks))
                --batches;
            if (config.limitBatches > 0)
                batches = std::min<std::size_t>(batches, config.limitBatches);

            net->train();
            double lossSum = 0;
            std::size_t seen = 0;
            auto epochStart = Clock::now();
            const double commBefore = gradientSync ? gradientSync->communicationSeconds() : 0;
            const double exposedBefore = gradientSync ? gradientSync->exposedSeconds() : 0;
            std::size_t steps = 0;
            auto lastReport = epochStart;
            for (std::size_t b = epoch == startEpoch ? std::min(startBatch, batches) : 0;
                 b < batches; ++b) {
                // SIGTERM to any rank stops them all at the same batch.
                const bool stopNow = sumOverRanks({stop ? 1.0 : 0.0})[0] > 0;
                if (stopNow) {
                    if (std::string why = saveResumePoint(epoch, b); !why.empty())
                        return fail(why);
                    emit(protocol::StoppedEvent{"stopped after batch " + std::to_string(b) +
                                                    " of this epoch; --resume continues with "
                                                    "the next",
                                                at(epoch + 1), int(b),
                                                (run.dir / "last.mlck").string()}
                             .json());
                    return 130;
                }
                // The global batch is the same for any number of ranks; each takes its share.
                const std::size_t from = b * config.batch;
                const std::size_t count = std::min<std::size_t>(config.batch, order.size() - from);
                const std::size_t shareFrom = from + count * std::size_t(world.rank) / ranks;
                const std::size_t shareCount =
                    from + count * std::size_t(world.rank + 1) / ranks - shareFrom;
                optimizer.zero_grad();
                if (gradientSync)
                    gradientSync->prepare();
                double shareLoss = 0;
                {
                    torch::Tensor x, y, age;
                    loadBatch(order, shareFrom, shareCount, &x, &y, &age);
                    x = normalize(augment(x, augmentOptions), pre.mean, pre.std);
                    if (channelsLast)
                        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
                    torch::Tensor logits;
                    {
                        Autocast autocast(config.bf16, device.is_cuda());
                        logits = net->forward(x);
                    }
                    // This rank's mean loss weighted by its share: the ranks' gradients then sum
                    // to the gradient of the global batch's mean loss.
                    const auto l = loss(logits.to(torch::kFloat32), y, age, spec.outputs) *
                                   (double(shareCount) / double(count));
                    shareLoss = l.item<double>();
                    l.backward(); // also when not finite: the ranks' collectives stay in step
                }
                if (gradientSync)
                    gradientSync->finish();
                const double lossValue = sumOverRanks({shareLoss})[0];
                if (!std::isfinite(lossValue))
                    // Nothing learns from here on, and every later prediction would be NaN:
                    // stop with the reason; the last saved epoch stays as it was.
                    return fail("the training loss became " + number(lossValue) + " at epoch " +
                                std::to_string(epoch + 1) + ", batch " + std::to_string(b + 1) +
                                " (learning rate " + number(lrAt(epoch)) +
                                " too high?); the checkpoints of the last finished epoch are kept");
                optimizer.step();
                ++steps;
                if (ema)
                    updateEma();
                lossSum += lossValue * double(count);
                seen += count;
                const auto now = Clock::now();
                if (now - lastReport > std::chrono::seconds(1) || b + 1 == batches) {
                    lastReport = now;
                    const double secs = std::chrono::duration<double>(now - epochStart).count();
                    const double rate = secs > 0 ? seen / secs : 0.0;
                    emit(protocol::ProgressEvent{
                        at(epoch + 1), int(b + 1), int(batches), lossSum / seen, rate,
                        rate > 0 ? (double(batches - b - 1) * config.batch) / rate : 0.0}
                             .json());
                }
            }
            const double trainSeconds =
                std::chrono::duration<double>(Clock::now() - epochStart).count();

            // Validation: no augmentation, probabilities for every validation image. Several
            // ranks validate a share each with rank 0's batch-norm statistics (DDP broadcasts
            // its buffers the same way), and the shares are summed into every rank's copy.
            net->eval();
            if (dist) {
                std::vector<torch::Tensor> buffers = net->buffers();
                if (ema)
                    for (const auto &b : ema->buffers())
                        buffers.push_back(b);
                dist->broadcast(buffers);
            }
            const std::size_t valFrom = valSet.size() * std::size_t(world.rank) / ranks;
            const std::size_t valTo = valSet.size() * std::size_t(world.rank + 1) / ranks;
            std::vector<float> probs(valSet.size() * kClasses, 0.0f);
            double valLoss = 0;
            double ageErrorSum = 0; // three_heads_age: |predicted - labelled age| in years
            std::int64_t agesKnown = 0;
            {
                torch::NoGradGuard guard;
                const std::size_t evalBatch = std::max(config.batch, 64);
                for (std::size_t from = valFrom; from < valTo; from += evalBatch) {
                    if (stop)
                        break; // answered below, before anything of this epoch is saved
                    const std::size_t count = std::min(evalBatch, valTo - from);
                    torch::Tensor x, y, age;
                    loadBatch(valSet, from, count, &x, &y, &age);
                    x = normalize(x, pre.mean, pre.std);
                    if (channelsLast)
                        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
                    const auto logits = validated.forward(x);
                    valLoss += Loss{LossKind::CrossEntropy, 0, 0, {}}(logits, y, age, spec.outputs)
                                   .item<double>() *
                               double(count);
                    if (spec.outputs == OutputLayout::ThreeHeadsAge) {
                        const auto known = age.gt(0);
                        const auto predicted = logits.select(1, 8) * kAgeScale + kAgeCentre;
                        ageErrorSum +=
                            (predicted - age).abs().masked_select(known).sum().item<double>();
                        agesKnown += known.sum().item<std::int64_t>();
                    }
                    const auto p =
                        probabilitiesFromLogits(logits, spec.outputs).to(torch::kCPU).contiguous();
                    std::memcpy(probs.data() + from * kClasses, p.data_ptr<float>(),
                                count * kClasses * sizeof(float));
                }
            }
            if (dist) {
                auto all = torch::from_blob(probs.data(), {std::int64_t(probs.size())},
                                            torch::kFloat32);
                dist->allreduceSum(all);
                const auto sums = sumOverRanks({valLoss, ageErrorSum, double(agesKnown)});
                valLoss = sums[0];
                ageErrorSum = sums[1];
                agesKnown = std::int64_t(sums[2]);
            }
            if (sumOverRanks({stop ? 1.0 : 0.0})[0] > 0) {
                // stopped during validation: the epoch's training is not kept
                if (std::string why = saveResumePoint(epoch, batches); !why.empty())
                    return fail(why);
                emit(protocol::StoppedEvent{
                    "stopped while validating; --resume validates this epoch again",
                    at(epoch + 1), int(batches), (run.dir / "last.mlck").string()}
                         .json());
                return 130;
            }
            const Scores s = score(valTruth, argmaxRows(probs));
            const double oldF1 = (s.perClassF1[2] + s.perClassF1[5] + s.perClassF1[8] +
                                  s.perClassF1[11] + s.perClassF1[14] + s.perClassF1[17]) /
                                 6.0;
            const bool best = s.macroF1 > bestF1;
            if (best && !writer)
                bestF1 = s.macroF1;
            else if (best) {
                bestF1 = s.macroF1;
                const std::string why = saveCheckpoint(
                    (run.dir / "best.mlck").string(), spec, validated,
                    {{"epoch", std::to_string(epoch + 1)}, {"val_macro_f1", number(s.macroF1)}});
                if (!why.empty())
                    return fail(why);
                if (std::string why = writeFileDurably(
                        valProbsFile.string(),
                        std::string(reinterpret_cast<const char *>(probs.data()),
                                    probs.size() * sizeof(float)));
                    !why.empty())
                    return fail("cannot write " + why);
            }
            if (std::string why = saveResumePoint(epoch + 1); !why.empty())
                return fail(why);
            protocol::EpochEvent epochEvent;
            epochEvent.at = at(epoch + 1);
            epochEvent.trainLoss = seen ? lossSum / seen : 0.0;
            epochEvent.valLoss = valSet.empty() ? 0.0 : valLoss / valSet.size();
            epochEvent.valMacroF1 = s.macroF1;
            epochEvent.valAccuracy = s.accuracy;
            epochEvent.valOldF1 = oldF1;
            epochEvent.perClassF1 = s.perClassF1;
            epochEvent.lr = lrAt(epoch);
            epochEvent.best = best;
            epochEvent.seconds = trainSeconds;
            epochEvent.imagesPerS = trainSeconds > 0 ? seen / trainSeconds : 0.0;
            if (agesKnown > 0)
                epochEvent.valAgeMae = ageErrorSum / double(agesKnown);
            if (gradientSync && steps > 0) {
                // Per step: the gradient all-reduce from its first bucket's start to its last's
                // end, and the part of it backward did not hide.
                epochEvent.parallel = protocol::EpochEvent::Parallel{
                    ranks, (gradientSync->communicationSeconds() - commBefore) / double(steps),
                    (gradientSync->exposedSeconds() - exposedBefore) / double(steps),
                    int(gradientSync->buckets())};
            }
            record(epochEvent.json());
        }
        if (!writer)
            continue; // rank 0 writes the model's files and gathers its predictions
        if (std::string why = writeState(run.dir / "state.txt",
                                         {{"epoch", std::to_string(config.epochs)},
                                          {"best_f1", number(bestF1)},
                                          {"done", "1"}});
            !why.empty())
            return fail("cannot write " + why);
        std::vector<float> bestProbs(valSet.size() * kClasses);
        std::ifstream(valProbsFile, std::ios::binary)
            .read(reinterpret_cast<char *>(bestProbs.data()),
                  std::streamsize(bestProbs.size() * sizeof(float)));
        foldProbs[run.fold].push_back(std::move(bestProbs));
        if (bestF1 > bestOverall) {
            bestOverall = bestF1;
            bestOverallFile = run.dir / "best.mlck";
        }
    }

    if (!writer)
        return 0;
    if (config.task >= 0) {
        emit(protocol::TaskDoneEvent{
            config.task, std::chrono::duration<double>(Clock::now() - started).count()}
                 .json());
        return 0; // the launcher merges once every task is done
    }

    // Ensembles and out-of-fold predictions from each model's best epoch.
    std::vector<int> allIndex;
    std::vector<float> allProbs;
    std::vector<int> hardAll, truthAll;
    for (const auto &[fold, models] : foldProbs) {
        const auto &members = foldMembers[fold];
        const std::vector<float> soft = softVote(models);
        const std::vector<int> hard = hardVote(models, members.size());
        allIndex.insert(allIndex.end(), members.begin(), members.end());
        allProbs.insert(allProbs.end(), soft.begin(), soft.end());
        hardAll.insert(hardAll.end(), hard.begin(), hard.end());
        for (int i : members)
            truthAll.push_back(samples[i].label);
    }
    if (config.seeds.size() > 1) {
        const Scores hard = score(truthAll, hardAll);
        const Scores soft = score(truthAll, argmaxRows(allProbs));
        record(protocol::EnsembleEvent{int(config.seeds.size()), hard.macroF1, hard.accuracy,
                                       soft.macroF1, soft.accuracy, hard.perClassF1,
                                       soft.perClassF1}
                   .json());
    }
    const fs::path predictions =
        out / (config.folds > 1 ? "oof_predictions.csv" : "val_predictions.csv");
    if (std::string why = writePredictionsCsv(predictions, samples, allIndex, allProbs);
        !why.empty())
        return fail("cannot write " + why);
    if (runs.size() > 1 && !bestOverallFile.empty()) {
        const std::string partial = (out / "best.mlck.partial").string();
        fs::copy_file(bestOverallFile, partial, fs::copy_options::overwrite_existing, ec);
        if (ec)
            return fail("cannot write " + (out / "best.mlck").string() + ": " + ec.message());
        if (std::string why = commitFile(partial, (out / "best.mlck").string()); !why.empty())
            return fail("cannot write " + why);
    }
    const Scores final = score(truthAll, argmaxRows(allProbs));
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    record(protocol::DoneEvent{bestOverall, final.macroF1, final.accuracy, final.perClassF1,
                               (out / "best.mlck").string(), predictions.string(), seconds,
                               device.is_cuda() ? "cuda" : "cpu"}
               .json());
    return 0;
}

} // namespace

int runTraining(const TrainConfig &config, const std::function<void(const std::string &)> &emit,
                const std::atomic<bool> &stop)
{
    // Whatever LibTorch or the file system throws (a full disk inside torch::save, an
    // allocation that fails, a damaged state file) ends the run with an error event naming it,
    // never with an abort that leaves the run "running".
    World world;
    std::string error;
    if (!worldFromEnvironment(&world, &error)) {
        emit(protocol::ErrorEvent{error}.json());
        return 2;
    }
    try {
        return trainUnguarded(config, emit, stop, world);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        if (world.rank == 0)
            emit(protocol::ErrorEvent{what.substr(0, what.find('\n'))}.json());
        else
            std::cerr << "masklens-train rank " << world.rank << ": "
                      << what.substr(0, what.find('\n')) << std::endl;
    }
    return 2;
}

} // namespace masklens::model
