// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingrun.h"

#include "jsonline.h"
#include "npy.h"

#include "durablefile.h"
#include "trainingprotocol.h"
#include "voting.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include <malloc.h>

namespace fs = std::filesystem;

namespace masklens::model {

namespace {

/// A training step on the CPU allocates and frees the same large activation buffers every
/// batch. glibc hands blocks over 32 MB straight back to the kernel (mmap/munmap), so every
/// batch paid for zero-filled pages again: 2.6x the page faults of Python's loop and a sixth of
/// the step in the kernel. Keeping freed memory in the heap for reuse removes that; the trainer
/// is a process of its own, so holding its peak memory until it exits costs nothing.
void keepFreedMemory()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#endif
}

Status writePredictionsCsv(const fs::path &file, const std::vector<TrainSample> &samples,
                           const std::vector<int> &which, const std::vector<float> &probs)
{
    std::ostringstream out;
    out << "path,pred";
    for (int c = 0; c < kClasses; ++c)
        out << ",prob_" << c;
    out << '\n' << std::setprecision(7);
    for (std::size_t k = 0; k < which.size(); ++k) {
        const float *row = probs.data() + k * kClasses;
        out << samples[std::size_t(which[k])].path << ','
            << (std::max_element(row, row + kClasses) - row);
        for (int c = 0; c < kClasses; ++c)
            out << ',' << row[c];
        out << '\n';
    }
    return writeFileDurably(file.string(), out.str());
}

} // namespace

TrainingRun::~TrainingRun()
{
    setSyncBatchNorm(false, nullptr); // however the run ends
}

Expected<std::unique_ptr<TrainingRun>> TrainingRun::open(const TrainConfig &config,
                                                         EventWriter::Sink sink,
                                                         const std::atomic<bool> &stop,
                                                         const World &world)
{
    std::unique_ptr<TrainingRun> run(new TrainingRun);
    run->m_started = std::chrono::steady_clock::now();
    run->m_context = std::make_unique<RunContext>();
    RunContext &c = *run->m_context;
    c.config = config;
    c.world = world;
    c.stop = &stop;
    c.events = EventWriter(std::move(sink), world.rank);
    if (config.out.empty() || config.cache.empty() || config.samples.empty())
        return failure("the trainer needs --cache, --samples and --out");

    // Device and threads.
    const bool cuda = torch::cuda::is_available();
    if (config.device == "cuda" && !cuda)
        return failure("CUDA was asked for, but this LibTorch build or machine has no usable "
                       "CUDA device; use --device cpu or auto");
    // One GPU per process on a node: LOCAL_RANK picks it.
    c.device =
        config.device == "cpu" || !cuda
            ? torch::Device(torch::kCPU)
            : torch::Device(torch::kCUDA,
                            torch::DeviceIndex(world.localRank %
                                               std::max<int>(1, int(torch::cuda::device_count()))));
    torch::set_num_threads(trainingThreads(config.threads));
    c.channelsLast = c.device.is_cpu();
    c.predictBf16 = precisionIsBf16(config.predictPrecision, c.device.is_cuda());
    if (config.bf16 && c.device.is_cpu() && !cpuHasNativeBfloat16())
        std::cerr << "masklens-train: --precision bf16 on a CPU without AVX-512 bfloat16 "
                     "instructions runs slower than fp32\n";
    if (c.device.is_cpu())
        keepFreedMemory();
    if (world.size > 1) {
        auto joined = Distributed::connect(world, c.device.is_cuda(),
                                           std::chrono::seconds(config.collectiveTimeoutSeconds));
        if (!joined)
            return failure(joined.error());
        c.dist = std::move(*joined);
    }
    setSyncBatchNorm(config.syncBatchNorm, c.dist.get());

    if (Status opened = c.cache.open(config.cache); !opened)
        return failure(opened.error());
    auto samples = readTrainSamples(config.samples);
    if (!samples)
        return failure(samples.error());
    c.samples = std::move(*samples);
    for (const TrainSample &s : c.samples)
        if (std::uint32_t(s.index) >= c.cache.header().count)
            return failure(config.samples + ": image index " + std::to_string(s.index) +
                           " is outside the cache");

    c.spec.architecture = config.architecture;
    c.spec.outputs = config.outputs;
    c.spec.preprocessing.width = int(c.cache.header().width);
    c.spec.preprocessing.height = int(c.cache.header().height);
    c.spec.preprocessing.faceCrop = config.faceCrop;
    c.spec.preprocessing.cropWidth = config.cropWidth;
    c.spec.preprocessing.cropHeight = config.cropHeight;
    c.spec.middleFrom = config.middleFrom;
    c.spec.oldFrom = config.oldFrom;

    std::error_code ec;
    fs::create_directories(config.out, ec);
    if (ec)
        return failure(config.out + ": " + ec.message());
    const fs::path out(config.out);
    c.events.setRecordFile((out / "metrics.jsonl").string());
    if (!config.resume && c.events.speaks()) {
        for (const auto &[file, text] :
             {std::pair{(out / "config.json").string(), configToJson(config) + '\n'},
              std::pair{c.events.recordFile(), std::string()}})
            if (const Status st = writeFileDurably(file, text); !st)
                return failure("cannot write " + st.error());
    }

    // Person-level folds; one model on a fifth of the people when --folds 1.
    const int splitFolds = config.folds > 1 ? config.folds : 5;
    run->m_foldOf = personFolds(c.samples, splitFolds, /*seed=*/12345);
    for (int f = 0; f < (config.folds > 1 ? config.folds : 1); ++f)
        for (std::uint64_t seed : config.seeds) {
            const int index = int(run->m_models.size());
            run->m_models.push_back(
                {index, f, seed,
                 out / ("fold" + std::to_string(f) + "_seed" + std::to_string(seed))});
        }
    if (run->m_models.size() == 1)
        run->m_models[0].dir = out;

    // Class counts for the weighted loss and sampler.
    c.classCount.assign(kClasses, 0.0);
    for (const TrainSample &s : c.samples)
        c.classCount[std::size_t(s.label)] += 1;
    c.augment = config.augment ? AugmentOptions{} : AugmentOptions::none();
    if (config.augment)
        c.augment.hsv = c.augment.brightnessContrast = config.colourAugment;
    return run;
}

void TrainingRun::start() const
{
    const RunContext &c = *m_context;
    std::set<std::string> people;
    for (const TrainSample &s : c.samples)
        people.insert(s.person);
    c.events.say(protocol::StartEvent{
        c.device.is_cuda() ? "cuda" : "cpu", torch::get_num_threads(), int(c.samples.size()),
        int(people.size()), modelCount(), c.spec.preprocessing.width, c.spec.preprocessing.height,
        c.config.resume, c.world.size, c.world.rank, configToJson(c.config)}
                     .json());
}

std::unique_ptr<ModelTrainer> TrainingRun::model(int m)
{
    RunContext &c = *m_context;
    const ModelRun &model = m_models[std::size_t(m)];
    // A task writes its events beside its model: tasks run at once and must not share.
    if (c.config.task >= 0)
        c.events.setRecordFile((model.dir / "metrics.jsonl").string());
    std::vector<int> trainSet, valSet;
    for (int i = 0; i < int(c.samples.size()); ++i)
        (m_foldOf[std::size_t(i)] == model.fold ? valSet : trainSet).push_back(i);
    m_foldMembers[model.fold] = valSet;
    return std::make_unique<ModelTrainer>(c, model, std::move(trainSet), std::move(valSet));
}

void TrainingRun::collect(const ModelTrainer &trainer, ModelTrainer::Validated validated)
{
    if (!events().speaks())
        return;
    const int fold = trainer.model().fold;
    if (m_foldProbs.empty())
        m_featureWidth = validated.featureWidth;
    if (validated.featureWidth != m_featureWidth || validated.features.empty())
        m_featureWidth = 0; // a model without features (finished by an older MaskLens)
    if (!m_foldFeatures.count(fold))
        m_foldFeatures[fold] = std::move(validated.features);
    m_foldProbs[fold].push_back(std::move(validated.probabilities));
    if (validated.fit.empty())
        m_fitMissing = true;
    m_fit.resize(std::max(validated.fit.size(), m_fit.size()));
    for (std::size_t k = 0; k < validated.fit.size(); ++k)
        m_fit[k] += validated.fit[k];
    if (trainer.bestF1() > m_bestOverall) {
        m_bestOverall = trainer.bestF1();
        m_bestOverallFile = trainer.model().dir / "best.mlck";
    }
}

Status TrainingRun::writeFeatures(const fs::path &predictions) const
{
    if (m_featureWidth <= 0)
        return success();
    // Rows in the predictions file's order (fold by fold); the sidecar says so, and how many
    // rows each fold has: each fold's features come from its own model, so distances are
    // comparable within a fold.
    std::vector<float> rows;
    std::vector<double> foldSizes;
    for (const auto &[fold, features] : m_foldFeatures) {
        rows.insert(rows.end(), features.begin(), features.end());
        foldSizes.push_back(double(m_foldMembers.at(fold).size()));
    }
    const std::size_t count = rows.size() / std::size_t(m_featureWidth);
    const fs::path file =
        predictions.parent_path() /
        (predictions.stem().string().substr(0, predictions.stem().string().find("_predictions")) +
         "_features.npy");
    if (const Status st = writeFileDurably(
            file.string(), npy::encode(count, std::size_t(m_featureWidth), rows.data()));
        !st)
        return failure("cannot write " + st.error());
    const std::string about = jsonline::JsonObject()
                                  .add("format", "masklens-features-1")
                                  .add("split", "train")
                                  .add("rows", int(count))
                                  .add("width", m_featureWidth)
                                  .add("rows_follow", predictions.filename().string())
                                  .add("fold_rows", foldSizes)
                                  .add("model", "each fold's model, its first seed")
                                  .add("precision", m_context->predictBf16 ? "bf16" : "fp32")
                                  .str();
    if (const Status st = writeFileDurably(file.string() + ".json", about + '\n'); !st)
        return failure("cannot write " + st.error());
    return success();
}

Status TrainingRun::writeFit(const fs::path &predictions) const
{
    const std::vector<TrainSample> &samples = m_context->samples;
    if (m_fitMissing || m_fit.size() != 2 * samples.size() * kFitFields)
        return success();
    // The mean probability of the image's own label, over every time a model trained on it.
    std::ostringstream out;
    out << "path,trained,gender,age_band,mask\n" << std::setprecision(5);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double *f = m_fit.data() + i * kFitFields;
        if (f[3] <= 0)
            continue; // a validation image of a run with one fold: no model trained on it
        out << samples[i].path << ',' << f[3];
        for (int k = 0; k < 3; ++k)
            out << ',' << f[k] / f[3];
        out << '\n';
    }
    const fs::path file = predictions.parent_path() / "train_fit.csv";
    if (const Status st = writeFileDurably(file.string(), out.str()); !st)
        return failure("cannot write " + st.error());
    // The probes (--fit-probes): each person's fit of the other gender while a model trained
    // it that way - what a wrong label's fit looks like in this run.
    std::map<std::string, std::pair<double, double>> probes; // person -> fit sum, times
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double *f = m_fit.data() + (samples.size() + i) * kFitFields;
        if (f[3] > 0) {
            auto &[sum, times] = probes[samples[i].person];
            sum += f[0];
            times += f[3];
        }
    }
    std::vector<double> probeFits;
    std::string probeList = "[";
    for (const auto &[person, fit] : probes) {
        probeFits.push_back(fit.first / fit.second);
        probeList +=
            (probeList.size() > 1 ? "," : "") +
            jsonline::JsonObject().add("person", person).add("fit", probeFits.back()).str();
    }
    probeList += ']';
    std::sort(probeFits.begin(), probeFits.end());
    // The age bands the age_band column is about.
    const std::string about = jsonline::JsonObject()
                                  .add("format", "masklens-training-fit-1")
                                  .add("middle_from", m_context->config.middleFrom)
                                  .add("old_from", m_context->config.oldFrom)
                                  .add("probe_fits", probeFits)
                                  .raw("probes", probeList) // who they were, by person folder
                                  .str();
    if (const Status st = writeFileDurably(file.string() + ".json", about + '\n'); !st)
        return failure("cannot write " + st.error());
    return success();
}

Status TrainingRun::finish()
{
    const RunContext &c = *m_context;
    if (!c.events.speaks())
        return success();
    const auto seconds = [this] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    };
    if (c.config.task >= 0) {
        c.events.say(protocol::TaskDoneEvent{c.config.task, seconds()}.json());
        return success(); // the launcher merges once every task is done
    }

    // Ensembles and out-of-fold predictions from each model's best epoch.
    std::vector<int> allIndex;
    std::vector<float> allProbs;
    std::vector<int> hardAll, truthAll;
    for (const auto &[fold, models] : m_foldProbs) {
        const auto &members = m_foldMembers[fold];
        const std::vector<float> soft = softVote(models);
        const std::vector<int> hard = hardVote(models, members.size());
        allIndex.insert(allIndex.end(), members.begin(), members.end());
        allProbs.insert(allProbs.end(), soft.begin(), soft.end());
        hardAll.insert(hardAll.end(), hard.begin(), hard.end());
        for (int i : members)
            truthAll.push_back(c.samples[std::size_t(i)].label);
    }
    if (c.config.seeds.size() > 1) {
        const Scores hard = score(truthAll, hardAll);
        const Scores soft = score(truthAll, argmaxRows(allProbs));
        if (Status recorded = c.events.record(protocol::EnsembleEvent{
                int(c.config.seeds.size()), hard.macroF1, hard.accuracy, soft.macroF1,
                soft.accuracy, hard.perClassF1, soft.perClassF1}
                                                  .json());
            !recorded)
            return recorded;
    }
    const fs::path out(c.config.out);
    const fs::path predictions =
        out / (c.config.folds > 1 ? "oof_predictions.csv" : "val_predictions.csv");
    if (const Status st = writePredictionsCsv(predictions, c.samples, allIndex, allProbs); !st)
        return failure("cannot write " + st.error());
    // How they were made, beside them, as predict says it (FILE.json): a bf16 answer never
    // passes for an fp32 one.
    const std::string about = jsonline::JsonObject()
                                  .add("model", out.string() + " (each fold's model)")
                                  .add("kind", "masklens training run")
                                  .add("precision", c.predictBf16 ? "bf16" : "fp32")
                                  .add("device", c.device.str())
                                  .add("tta", "none")
                                  .add("images", int(allIndex.size()))
                                  .str();
    if (const Status st = writeFileDurably(predictions.string() + ".json", about + '\n'); !st)
        return failure("cannot write " + st.error());
    if (Status st = writeFeatures(predictions); !st)
        return st;
    if (Status st = writeFit(predictions); !st)
        return st;
    if (m_models.size() > 1 && !m_bestOverallFile.empty()) {
        const std::string partial = (out / "best.mlck.partial").string();
        std::error_code ec;
        fs::copy_file(m_bestOverallFile, partial, fs::copy_options::overwrite_existing, ec);
        if (ec)
            return failure("cannot write " + (out / "best.mlck").string() + ": " + ec.message());
        if (const Status st = commitFile(partial, (out / "best.mlck").string()); !st)
            return failure("cannot write " + st.error());
    }
    const Scores final = score(truthAll, argmaxRows(allProbs));
    return c.events.record(protocol::DoneEvent{m_bestOverall, final.macroF1, final.accuracy,
                                               final.perClassF1, (out / "best.mlck").string(),
                                               predictions.string(), seconds(),
                                               c.device.is_cuda() ? "cuda" : "cpu"}
                               .json());
}

} // namespace masklens::model
