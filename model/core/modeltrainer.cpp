// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltrainer.h"

#include "autocast.h"
#include "checkpoint.h"
#include "durablefile.h"
#include "jsonline.h"
#include "loss.h"
#include "networks.h"
#include "trainingprotocol.h"
#include "voting.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <numeric>
#include <sstream>

namespace fs = std::filesystem;

namespace masklens::model {

using jsonline::number;
using Clock = std::chrono::steady_clock;

namespace {

Status writeState(const fs::path &file, const std::map<std::string, std::string> &state)
{
    std::string text;
    for (const auto &[k, v] : state)
        text += k + ' ' + v + '\n';
    if (const Status st = writeFileDurably(file.string(), text); !st)
        return failure("cannot write " + st.error());
    return success();
}

/// The state of a model's earlier pieces (--resume), empty for a new run.
std::map<std::string, std::string> stateOf(const RunContext &run, const ModelRun &model)
{
    return run.config.resume ? readState(model.dir / "state.txt")
                             : std::map<std::string, std::string>{};
}

std::vector<torch::Tensor> parametersAndBuffers(NetworkImpl &n)
{
    std::vector<torch::Tensor> all;
    for (const auto &p : n.named_parameters(true))
        all.push_back(p.value());
    for (const auto &b : n.named_buffers(true))
        all.push_back(b.value());
    return all;
}

} // namespace

// --- RunContext ------------------------------------------------------------------------------

std::vector<double> RunContext::sumOverRanks(std::vector<double> values) const
{
    if (!dist)
        return values;
    auto t = torch::tensor(values, torch::kFloat64);
    dist->allreduceSum(t);
    for (std::size_t k = 0; k < values.size(); ++k)
        values[k] = t[std::int64_t(k)].item<double>();
    return values;
}

void RunContext::loadBatch(const std::vector<int> &which, std::size_t from, std::size_t count,
                           torch::Tensor *images, torch::Tensor *labels, torch::Tensor *ages) const
{
    const Preprocessing &pre = spec.preprocessing;
    const std::size_t imageBytes = cache.header().imageBytes();
    auto bytes = torch::empty({std::int64_t(count), pre.height, pre.width, 3}, torch::kUInt8);
    auto lab = torch::empty({std::int64_t(count)}, torch::kLong);
    auto age = torch::empty({std::int64_t(count)}, torch::kFloat32);
    auto *dst = bytes.data_ptr<std::uint8_t>();
    auto *l = lab.data_ptr<std::int64_t>();
    auto *a = age.data_ptr<float>();
    for (std::size_t k = 0; k < count; ++k) {
        const TrainSample &s = samples[std::size_t(which[from + k])];
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
}

// --- ModelTrainer ----------------------------------------------------------------------------

/// The model's LibTorch state: the network, its moving average, the optimizer, the gradient
/// all-reduce of several processes, the loss.
struct ModelTrainer::Network
{
    std::shared_ptr<NetworkImpl> net;
    std::shared_ptr<NetworkImpl> ema; ///< --ema: validated and saved in the network's place
    std::vector<torch::Tensor> emaState, netState;
    std::int64_t emaUpdates = 0;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    std::unique_ptr<Distributed::GradientSync> gradientSync;
    Loss loss;

    NetworkImpl &validated() { return ema ? *ema : *net; }
    void updateEma(double decay)
    {
        // The decay warms up ((1 + n) / (10 + n)) so the first steps' weights fade fast.
        const double d = std::min(decay, (1.0 + double(emaUpdates)) / (10.0 + double(emaUpdates)));
        ++emaUpdates;
        torch::NoGradGuard guard;
        for (std::size_t k = 0; k < emaState.size(); ++k) {
            if (emaState[k].is_floating_point())
                emaState[k].mul_(d).add_(netState[k], 1.0 - d);
            else
                emaState[k].copy_(netState[k]); // batch counters
        }
    }
};

ModelTrainer::ModelTrainer(const RunContext &run, ModelRun model, std::vector<int> trainSet,
                           std::vector<int> valSet)
    : m_run(run), m_model(std::move(model)), m_trainSet(std::move(trainSet)),
      m_valSet(std::move(valSet))
{
    m_state = stateOf(m_run, m_model);
    auto &state = m_state;
    if (state["done"] == "1") {
        // Rank 0 gathers the finished model's predictions; the others have nothing to do.
        const auto bytes = m_valSet.size() * kClasses * sizeof(float);
        std::error_code ec;
        m_finishedBefore =
            !m_run.events.speaks() || fs::file_size(m_model.dir / "val_probs.bin", ec) >= bytes;
        if (m_finishedBefore) {
            m_epoch = m_run.config.epochs;
            m_bestF1 = stateNumber(state, m_model.dir / "state.txt", "best_f1", 0, -1, 1);
        }
    }
    if (m_run.config.weightedSampler)
        for (int i : m_trainSet)
            m_sampleWeight.push_back(1.0 / m_run.classCount[m_run.samples[i].label]);
    // Two blocks: the samples trained with their labels, then the probes'.
    m_fit.assign(2 * m_run.samples.size() * kFitFields, 0.0f);
    m_epochFit = m_fit;
    if (m_run.config.fitProbes > 0) {
        // --fit-probes: this model's share of its training people trained with the other
        // gender, drawn by its seed and fold.
        std::vector<std::string> people;
        for (int i : m_trainSet)
            people.push_back(m_run.samples[std::size_t(i)].person);
        std::sort(people.begin(), people.end());
        people.erase(std::unique(people.begin(), people.end()), people.end());
        SplitMix rng(m_model.seed * 0x9E3779B97F4A7C15ull + std::uint64_t(m_model.fold) + 0xF17);
        rng.shuffle(people);
        people.resize(std::size_t(std::lround(m_run.config.fitProbes * double(people.size()))));
        std::sort(people.begin(), people.end());
        m_probe.assign(m_run.samples.size(), 0);
        for (int i : m_trainSet)
            m_probe[std::size_t(i)] = std::binary_search(people.begin(), people.end(),
                                                         m_run.samples[std::size_t(i)].person);
    }
}

ModelTrainer::~ModelTrainer() = default;

bool ModelTrainer::done() const
{
    return m_epoch >= m_run.config.epochs;
}

double ModelTrainer::learningRate(int epoch) const
{
    const TrainConfig &config = m_run.config;
    if (config.cosineSchedule) // half a cosine, one value per epoch, never quite 0
        return config.lr * 0.5 *
               (1 + std::cos(M_PI * double(epoch) / double(std::max(1, config.epochs))));
    const int step = config.lrStep > 0 ? config.lrStep : std::max(1, config.epochs / 3);
    return config.lr * std::pow(config.lrGamma, epoch / step);
}

Status ModelTrainer::prepare()
{
    const TrainConfig &config = m_run.config;
    const ModelSpec &spec = m_run.spec;
    const fs::path stateFile = m_model.dir / "state.txt";
    auto &state = m_state; // read once, by the constructor
    std::error_code ec;
    fs::create_directories(m_model.dir, ec);
    if (ec)
        return failure(m_model.dir.string() + ": " + ec.message());
    m_net = std::make_unique<Network>();
    Network &n = *m_net;

    // The moving average's network is made before seeding, so that --ema leaves the trained
    // network and its batches exactly as they are without it.
    n.ema = config.emaDecay > 0 ? makeNetwork(spec) : nullptr;
    torch::manual_seed(m_model.seed);
    if (m_run.device.is_cuda())
        torch::cuda::manual_seed_all(m_model.seed);
    n.net = makeNetwork(spec);
    if (!config.init.empty()) {
        const auto tensors = readTorchSaveStateDict(config.init);
        if (!tensors)
            return failure(tensors.error());
        if (const Status st = loadStateDict(*n.net, *tensors, true); !st)
            return failure(config.init + ": " + st.error());
    }
    if (config.resume && fs::exists(m_model.dir / "last.mlck")) {
        auto cp = loadCheckpoint((m_model.dir / "last.mlck").string());
        if (!cp)
            return failure(cp.error());
        n.net = cp->network;
        m_epoch = int(stateNumber(state, stateFile, "epoch", 0, 0, config.epochs));
        m_startBatch = std::size_t(stateNumber(state, stateFile, "batch", 0, 0, 1e12));
        m_bestF1 = stateNumber(state, stateFile, "best_f1", -1, -1, 1);
        // The training fit so far (a run saved by an older MaskLens has none: it starts here).
        const fs::path fitFile = m_model.dir / "train_fit.bin";
        if (fs::file_size(fitFile, ec) == m_fit.size() * sizeof(float) && !ec)
            std::ifstream(fitFile, std::ios::binary)
                .read(reinterpret_cast<char *>(m_fit.data()),
                      std::streamsize(m_fit.size() * sizeof(float)));
    }
    n.net->to(m_run.device);
    if (m_run.channelsLast)
        toChannelsLast(*n.net);
    if (!config.dropout)
        disableDropout(*n.net);
    // Every rank starts from rank 0's weights and buffers (a resumed run loaded the same
    // checkpoint everywhere; this also covers a seed that differs per machine).
    if (m_run.dist) {
        std::vector<torch::Tensor> all = n.net->parameters();
        for (const auto &b : n.net->buffers())
            all.push_back(b);
        m_run.dist->broadcast(all);
        // MASKLENS_BUCKET_MB: the all-reduce bucket size (bench/: 0 = one bucket after
        // backward, no overlap); default 4 MB.
        std::size_t bucketBytes = 4u << 20;
        if (const char *mb = std::getenv("MASKLENS_BUCKET_MB"))
            bucketBytes = std::atoi(mb) > 0 ? std::size_t(std::atoi(mb)) << 20
                                            : std::numeric_limits<std::size_t>::max() / 2;
        n.gradientSync = m_run.dist->syncGradients(*n.net, bucketBytes);
        // Each rank its own augmentation draws (the weights are the same everywhere).
        if (m_run.world.rank > 0)
            torch::manual_seed(m_model.seed + 7919ull * std::uint64_t(m_run.world.rank));
    }

    // --ema: a moving average of every weight and batch-norm statistic, validated and saved in
    // the network's place; --resume continues it from ema.mlck.
    if (config.emaDecay > 0) {
        const auto emaFile = m_model.dir / "ema.mlck";
        if (config.resume && fs::exists(emaFile)) {
            auto cp = loadCheckpoint(emaFile.string());
            if (!cp)
                return failure(cp.error());
            n.ema = cp->network;
            n.emaUpdates = std::int64_t(stateNumber(state, stateFile, "ema_updates", 0, 0, 1e15));
        }
        n.ema->to(m_run.device);
        if (m_run.channelsLast)
            toChannelsLast(*n.ema);
        n.ema->eval();
        n.emaState = parametersAndBuffers(*n.ema);
        n.netState = parametersAndBuffers(*n.net);
        if (n.emaUpdates == 0) {
            torch::NoGradGuard guard;
            for (std::size_t k = 0; k < n.emaState.size(); ++k)
                n.emaState[k].copy_(n.netState[k]);
        }
    }

    // Adam, the users' recipe; or SGD with momentum 0.9, whose step follows the gradient's size
    // (an exact comparison of world sizes needs it: Adam moves a weight whose gradient is
    // rounding noise by a full step).
    if (config.sgd)
        n.optimizer = std::make_unique<torch::optim::SGD>(
            n.net->parameters(), torch::optim::SGDOptions(config.lr).momentum(0.9));
    else
        n.optimizer = std::make_unique<torch::optim::Adam>(n.net->parameters(),
                                                           torch::optim::AdamOptions(config.lr));
    if (config.resume && fs::exists(m_model.dir / "optimizer.pt")) {
        try {
            torch::load(*n.optimizer, (m_model.dir / "optimizer.pt").string());
        } catch (const c10::Error &e) {
            return failure((m_model.dir / "optimizer.pt").string() + ": " +
                           e.msg().substr(0, e.msg().find('\n')));
        }
    }

    n.loss = Loss{config.loss, config.labelSmoothing, config.focalGamma, {}, config.ageWeight};
    if (config.loss == LossKind::ClassWeighted) {
        std::vector<float> w(kClasses);
        for (int c = 0; c < kClasses; ++c)
            w[c] = m_run.classCount[c] > 0
                       ? float(double(m_run.samples.size()) / (kClasses * m_run.classCount[c]))
                       : 0.0f;
        n.loss.classWeights = torch::tensor(w).to(m_run.device);
    }
    return success();
}

// The point --resume continues from: weights, optimizer state and the epochs done. Every file is
// written whole or not at all (a full disk keeps the previous point). A stop mid-epoch keeps the
// batches done (`batchesDone` of epoch `epochsDone` + 1): the epoch's order is a function of the
// seed and the epoch, so --resume continues with the next batch and ends where an uninterrupted
// run would (augmentations aside).
Status ModelTrainer::saveResumePoint(int epochsDone, std::size_t batchesDone)
{
    if (!m_run.events.speaks())
        return success();
    Network &n = *m_net;
    const fs::path &dir = m_model.dir;
    if (Status st = saveCheckpoint((dir / "last.mlck").string(), m_run.spec, *n.net,
                                   {{"epoch", std::to_string(epochsDone)}});
        !st)
        return st;
    if (n.ema)
        if (Status st = saveCheckpoint((dir / "ema.mlck").string(), m_run.spec, *n.ema,
                                       {{"epoch", std::to_string(epochsDone)}});
            !st)
            return st;
    const std::string optimizerFile = (dir / "optimizer.pt").string();
    std::ostringstream optimizerBytes; // see saveCheckpoint: never LibTorch's file writer
    try {
        torch::save(*n.optimizer, optimizerBytes);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return failure("cannot write " + optimizerFile + ": " + what.substr(0, what.find('\n')));
    }
    if (const Status st = writeFileDurably(optimizerFile, optimizerBytes.str()); !st)
        return failure("cannot write " + st.error());
    if (const Status st = writeFileDurably((dir / "train_fit.bin").string(),
                                           std::string(reinterpret_cast<const char *>(m_fit.data()),
                                                       m_fit.size() * sizeof(float)));
        !st)
        return failure("cannot write " + st.error());
    return writeState(dir / "state.txt", {{"epoch", std::to_string(epochsDone)},
                                          {"best_f1", number(m_bestF1)},
                                          {"ema_updates", std::to_string(n.emaUpdates)},
                                          {"batch", std::to_string(batchesDone)},
                                          {"done", "0"}});
}

Expected<ModelTrainer::Epoch> ModelTrainer::trainEpoch()
{
    const TrainConfig &config = m_run.config;
    const RunContext &run = m_run;
    const Preprocessing &pre = run.spec.preprocessing;
    Network &n = *m_net;
    const int epoch = m_epoch; // 0-based: the epoch being trained
    const int ranks = run.ranks();
    const int rank = run.world.rank;
    const auto at = [&] {
        return protocol::ModelPosition{m_model.index, m_model.fold, std::int64_t(m_model.seed),
                                       epoch + 1, config.epochs};
    };
    const std::string lastCheckpoint = (m_model.dir / "last.mlck").string();

    for (auto &group : n.optimizer->param_groups())
        group.options().set_lr(learningRate(epoch));
    // The epoch's order: a seeded shuffle, or a class-balanced draw with replacement.
    std::vector<int> order;
    SplitMix rng(m_model.seed * 1000003ull + std::uint64_t(epoch));
    if (config.weightedSampler) {
        std::vector<double> cumulative(m_sampleWeight.size());
        std::partial_sum(m_sampleWeight.begin(), m_sampleWeight.end(), cumulative.begin());
        for (std::size_t k = 0; k < m_trainSet.size(); ++k) {
            const double r = double(rng.next() >> 11) / 9007199254740992.0 * cumulative.back();
            order.push_back(m_trainSet[std::size_t(
                std::lower_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin())]);
        }
    } else {
        order = m_trainSet;
        rng.shuffle(order);
    }
    const std::size_t batchSize = std::size_t(config.batch);
    std::size_t batches = (order.size() + batchSize - 1) / batchSize;
    // Every rank needs a share of every batch: a last batch smaller than the world is left out
    // (one process keeps it).
    if (ranks > 1 && batches > 0 && order.size() - (batches - 1) * batchSize < std::size_t(ranks))
        --batches;
    if (config.limitBatches > 0)
        batches = std::min<std::size_t>(batches, std::size_t(config.limitBatches));

    n.net->train();
    double lossSum = 0;
    std::size_t seen = 0;
    const auto epochStart = Clock::now();
    const double commBefore = n.gradientSync ? n.gradientSync->communicationSeconds() : 0;
    const double exposedBefore = n.gradientSync ? n.gradientSync->exposedSeconds() : 0;
    std::size_t steps = 0;
    auto lastReport = epochStart;
    for (std::size_t b = std::min(std::exchange(m_startBatch, 0), batches); b < batches; ++b) {
        // A stop asked of any rank stops them all at the same batch.
        if (run.stopRequested()) {
            keepEpochFit();
            if (Status saved = saveResumePoint(epoch, b); !saved)
                return failure(saved.error());
            m_startBatch = b;
            run.events.say(protocol::StoppedEvent{"stopped after batch " + std::to_string(b) +
                                                      " of this epoch; --resume continues "
                                                      "with the next",
                                                  at(), int(b), lastCheckpoint}
                               .json());
            return Epoch::Stopped;
        }
        // The global batch is the same for any number of ranks; each takes its share.
        const std::size_t from = b * batchSize;
        const std::size_t count = std::min(batchSize, order.size() - from);
        const std::size_t shareFrom = from + count * std::size_t(rank) / std::size_t(ranks);
        const std::size_t shareCount =
            from + count * std::size_t(rank + 1) / std::size_t(ranks) - shareFrom;
        n.optimizer->zero_grad();
        if (n.gradientSync)
            n.gradientSync->prepare();
        double shareLoss = 0;
        {
            torch::Tensor x, y, age;
            run.loadBatch(order, shareFrom, shareCount, &x, &y, &age);
            if (!m_probe.empty()) { // the probes learn the other gender
                auto labels = y.to(torch::kCPU).clone();
                auto l = labels.accessor<std::int64_t, 1>();
                for (std::size_t k = 0; k < shareCount; ++k)
                    if (m_probe[std::size_t(order[shareFrom + k])])
                        l[std::int64_t(k)] = otherGender(int(l[std::int64_t(k)]));
                y = labels.to(run.device);
            }
            x = normalize(augment(x, run.augment), pre.mean, pre.std);
            if (run.channelsLast)
                x = x.contiguous(torch::MemoryFormat::ChannelsLast);
            torch::Tensor logits;
            {
                Autocast autocast(config.bf16, run.device.is_cuda());
                logits = n.net->forward(x);
            }
            // This rank's mean loss weighted by its share: the ranks' gradients then sum to the
            // gradient of the global batch's mean loss.
            const auto l = n.loss(logits.to(torch::kFloat32), y, age, run.spec.outputs) *
                           (double(shareCount) / double(count));
            shareLoss = l.item<double>();
            l.backward(); // also when not finite: the ranks' collectives stay in step
            addFit(logits, shareFrom, shareCount, order);
        }
        if (n.gradientSync)
            n.gradientSync->finish();
        const double lossValue = run.sumOverRanks({shareLoss})[0];
        if (!std::isfinite(lossValue))
            // Nothing learns from here on, and every later prediction would be NaN: stop with
            // the reason; the last saved epoch stays as it was.
            return failure("the training loss became " + number(lossValue) + " at epoch " +
                           std::to_string(epoch + 1) + ", batch " + std::to_string(b + 1) +
                           " (learning rate " + number(learningRate(epoch)) +
                           " too high?); the checkpoints of the last finished epoch are kept");
        n.optimizer->step();
        ++steps;
        if (n.ema)
            n.updateEma(config.emaDecay);
        lossSum += lossValue * double(count);
        seen += count;
        const auto now = Clock::now();
        if (now - lastReport > std::chrono::seconds(1) || b + 1 == batches) {
            lastReport = now;
            const double secs = std::chrono::duration<double>(now - epochStart).count();
            const double rate = secs > 0 ? double(seen) / secs : 0.0;
            run.events.say(protocol::ProgressEvent{
                at(), int(b + 1), int(batches), lossSum / double(seen), rate,
                rate > 0 ? double((batches - b - 1) * batchSize) / rate : 0.0}
                               .json());
        }
    }
    const double trainSeconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
    keepEpochFit();

    // Validation: no augmentation, probabilities for every validation image. Several ranks
    // validate a share each with rank 0's batch-norm statistics (DDP broadcasts its buffers the
    // same way), and the shares are summed into every rank's copy.
    n.net->eval();
    if (run.dist) {
        std::vector<torch::Tensor> buffers = n.net->buffers();
        if (n.ema)
            for (const auto &b : n.ema->buffers())
                buffers.push_back(b);
        run.dist->broadcast(buffers);
    }
    const std::size_t valFrom = m_valSet.size() * std::size_t(rank) / std::size_t(ranks);
    const std::size_t valTo = m_valSet.size() * std::size_t(rank + 1) / std::size_t(ranks);
    std::vector<float> probs(m_valSet.size() * kClasses, 0.0f);
    // The embeddings of the validation images (the pooled penultimate layer), kept with the
    // best epoch's probabilities: the run's out-of-fold features.
    const std::size_t width = std::size_t(n.validated().featureWidth());
    std::vector<float> features(m_valSet.size() * width, 0.0f);
    double valLoss = 0;
    double ageErrorSum = 0; // three_heads_age: |predicted - labelled age| in years
    std::int64_t agesKnown = 0;
    {
        torch::NoGradGuard guard;
        const std::size_t evalBatch = std::size_t(std::max(config.batch, 64));
        for (std::size_t from = valFrom; from < valTo; from += evalBatch) {
            if (run.stop && *run.stop)
                break; // answered below, before anything of this epoch is saved
            const std::size_t count = std::min(evalBatch, valTo - from);
            torch::Tensor x, y, age;
            run.loadBatch(m_valSet, from, count, &x, &y, &age);
            x = normalize(x, pre.mean, pre.std);
            if (run.channelsLast)
                x = x.contiguous(torch::MemoryFormat::ChannelsLast);
            torch::Tensor embedded, logits;
            {
                Autocast autocast(run.predictBf16, run.device.is_cuda());
                embedded = n.validated().features(x);
                logits = n.validated().classify(embedded).to(torch::kFloat32);
            }
            const auto f = embedded.to(torch::kFloat32).to(torch::kCPU).contiguous();
            std::memcpy(features.data() + from * width, f.data_ptr<float>(),
                        count * width * sizeof(float));
            valLoss += Loss{LossKind::CrossEntropy, 0, 0, {}}(logits, y, age, run.spec.outputs)
                           .item<double>() *
                       double(count);
            if (run.spec.outputs == OutputLayout::ThreeHeadsAge) {
                const auto known = age.gt(0);
                const auto predicted = logits.select(1, 8) * kAgeScale + kAgeCentre;
                ageErrorSum += (predicted - age).abs().masked_select(known).sum().item<double>();
                agesKnown += known.sum().item<std::int64_t>();
            }
            const auto p =
                probabilitiesFromLogits(logits, run.spec.outputs).to(torch::kCPU).contiguous();
            std::memcpy(probs.data() + from * kClasses, p.data_ptr<float>(),
                        count * kClasses * sizeof(float));
        }
    }
    if (run.dist) {
        auto all = torch::from_blob(probs.data(), {std::int64_t(probs.size())}, torch::kFloat32);
        run.dist->allreduceSum(all);
        auto allFeatures =
            torch::from_blob(features.data(), {std::int64_t(features.size())}, torch::kFloat32);
        run.dist->allreduceSum(allFeatures);
        const auto sums = run.sumOverRanks({valLoss, ageErrorSum, double(agesKnown)});
        valLoss = sums[0];
        ageErrorSum = sums[1];
        agesKnown = std::int64_t(sums[2]);
    }
    if (run.stopRequested()) {
        // Stopped while validating: the epoch's training is not kept.
        if (Status saved = saveResumePoint(epoch, batches); !saved)
            return failure(saved.error());
        m_startBatch = batches;
        run.events.say(
            protocol::StoppedEvent{"stopped while validating; --resume validates this epoch again",
                                   at(), int(batches), lastCheckpoint}
                .json());
        return Epoch::Stopped;
    }
    std::vector<int> valTruth;
    for (int i : m_valSet)
        valTruth.push_back(run.samples[std::size_t(i)].label);
    const Scores s = score(valTruth, argmaxRows(probs));
    const bool best = s.macroF1 > m_bestF1;
    if (best) {
        m_bestF1 = s.macroF1;
        if (run.events.speaks()) {
            if (const Status st = saveCheckpoint(
                    (m_model.dir / "best.mlck").string(), run.spec, n.validated(),
                    {{"epoch", std::to_string(epoch + 1)}, {"val_macro_f1", number(s.macroF1)}});
                !st)
                return failure(st.error());
            if (const Status st =
                    writeFileDurably((m_model.dir / "val_probs.bin").string(),
                                     std::string(reinterpret_cast<const char *>(probs.data()),
                                                 probs.size() * sizeof(float)));
                !st)
                return failure("cannot write " + st.error());
            if (const Status st =
                    writeFileDurably((m_model.dir / "val_features.bin").string(),
                                     std::string(reinterpret_cast<const char *>(features.data()),
                                                 features.size() * sizeof(float)));
                !st)
                return failure("cannot write " + st.error());
        }
    }
    if (Status saved = saveResumePoint(epoch + 1, 0); !saved)
        return failure(saved.error());
    m_epoch = epoch + 1;

    protocol::EpochEvent event;
    event.at = at();
    event.trainLoss = seen ? lossSum / double(seen) : 0.0;
    event.valLoss = m_valSet.empty() ? 0.0 : valLoss / double(m_valSet.size());
    event.valMacroF1 = s.macroF1;
    event.valAccuracy = s.accuracy;
    event.valOldF1 = s.oldAgeF1();
    event.perClassF1 = s.perClassF1;
    event.lr = learningRate(epoch);
    event.best = best;
    event.seconds = trainSeconds;
    event.imagesPerS = trainSeconds > 0 ? double(seen) / trainSeconds : 0.0;
    if (agesKnown > 0)
        event.valAgeMae = ageErrorSum / double(agesKnown);
    if (n.gradientSync && steps > 0)
        // Per step: the gradient all-reduce from its first bucket's start to its last's end,
        // and the part of it backward did not hide.
        event.parallel = protocol::EpochEvent::Parallel{
            ranks, (n.gradientSync->communicationSeconds() - commBefore) / double(steps),
            (n.gradientSync->exposedSeconds() - exposedBefore) / double(steps),
            int(n.gradientSync->buckets())};
    if (Status recorded = run.events.record(event.json()); !recorded)
        return failure(recorded.error());
    return Epoch::Trained;
}

void ModelTrainer::addFit(const torch::Tensor &logits, std::size_t from, std::size_t count,
                          const std::vector<int> &order)
{
    torch::NoGradGuard guard;
    // p(class) as a mask x gender x age-band cube; each image's own value of each.
    const auto p = probabilitiesFromLogits(logits.detach().to(torch::kFloat32), m_run.spec.outputs)
                       .reshape({std::int64_t(count), 3, 2, 3})
                       .to(torch::kCPU)
                       .contiguous();
    const auto gender = p.sum({1, 3}), age = p.sum({1, 2}), mask = p.sum({2, 3});
    const auto g = gender.accessor<float, 2>(), a = age.accessor<float, 2>(),
               m = mask.accessor<float, 2>();
    for (std::size_t k = 0; k < count; ++k) {
        const int sample = order[from + k];
        const bool probe = !m_probe.empty() && m_probe[std::size_t(sample)];
        const int given = m_run.samples[std::size_t(sample)].label;
        const int label = probe ? otherGender(given) : given; // the label it trained with
        float *fit = m_epochFit.data() +
                     ((probe ? m_run.samples.size() : 0) + std::size_t(sample)) * kFitFields;
        fit[0] += g[std::int64_t(k)][(label / 3) % 2];
        fit[1] += a[std::int64_t(k)][label % 3];
        fit[2] += m[std::int64_t(k)][label / 6];
        fit[3] += 1.0f;
    }
}

void ModelTrainer::keepEpochFit()
{
    if (m_run.dist) {
        auto all =
            torch::from_blob(m_epochFit.data(), {std::int64_t(m_epochFit.size())}, torch::kFloat32);
        m_run.dist->allreduceSum(all);
    }
    for (std::size_t k = 0; k < m_fit.size(); ++k)
        m_fit[k] += std::exchange(m_epochFit[k], 0.0f);
}

Expected<ModelTrainer::Validated> ModelTrainer::finish()
{
    if (!m_run.events.speaks())
        return Validated{}; // rank 0 writes the model's files and gathers its predictions
    if (!m_finishedBefore)
        if (Status written = writeState(m_model.dir / "state.txt",
                                        {{"epoch", std::to_string(m_run.config.epochs)},
                                         {"best_f1", number(m_bestF1)},
                                         {"done", "1"}});
            !written)
            return failure(written.error());
    Validated v;
    if (m_finishedBefore) {
        const fs::path fitFile = m_model.dir / "train_fit.bin";
        std::error_code ec;
        if (fs::file_size(fitFile, ec) == m_fit.size() * sizeof(float) && !ec) {
            v.fit.resize(m_fit.size());
            std::ifstream(fitFile, std::ios::binary)
                .read(reinterpret_cast<char *>(v.fit.data()),
                      std::streamsize(v.fit.size() * sizeof(float)));
        }
    } else {
        v.fit = m_fit;
    }
    v.probabilities.resize(m_valSet.size() * kClasses);
    std::ifstream(m_model.dir / "val_probs.bin", std::ios::binary)
        .read(reinterpret_cast<char *>(v.probabilities.data()),
              std::streamsize(v.probabilities.size() * sizeof(float)));
    // The features, when this MaskLens kept them (a whole file of the network's width).
    const int width = featureWidthOf(m_run.spec);
    const fs::path featuresFile = m_model.dir / "val_features.bin";
    std::error_code ec;
    const auto bytes = m_valSet.size() * std::size_t(width) * sizeof(float);
    if (fs::file_size(featuresFile, ec) == bytes && !ec) {
        v.featureWidth = width;
        v.features.resize(m_valSet.size() * std::size_t(width));
        std::ifstream(featuresFile, std::ios::binary)
            .read(reinterpret_cast<char *>(v.features.data()), std::streamsize(bytes));
    }
    return v;
}

} // namespace masklens::model
