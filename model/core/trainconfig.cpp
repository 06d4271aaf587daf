// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainconfig.h"

#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#define MASKLENS_HAVE_NLOHMANN_JSON 1
#else
#define MASKLENS_HAVE_NLOHMANN_JSON 0
#endif

#include "jsonline.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <optional>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace masklens::model {

using namespace jsonline;

std::map<std::string, std::string> readStateText(const std::string &text)
{
    std::map<std::string, std::string> state;
    std::istringstream in(text);
    std::string key, value;
    while (in >> key >> value)
        state[key] = value;
    return state;
}

std::map<std::string, std::string> readState(const fs::path &file)
{
    std::ifstream in(file);
    return readStateText(
        std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
}

/// A number of a run's state.txt, checked: a resume from a state file that says epoch -7 (an
/// edited or damaged file) stops with the file's name instead of training 43 epochs.
double stateNumber(const std::map<std::string, std::string> &state, const fs::path &file,
                   const std::string &key, double fallback, double min, double max)
{
    const auto it = state.find(key);
    if (it == state.end())
        return fallback;
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(it->second, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used == 0 || used != it->second.size() || !std::isfinite(v) || v < min || v > max)
        throw StateError(file.string() + ": " + key + " '" + it->second + "' is not between " +
                         number(min) + " and " + number(max) +
                         " (the run folder was changed by hand?)");
    return v;
}

namespace {

/// A whole number, all of `text` (std::stoi takes "12abc" as 12).
int strictInt(const std::string &text)
{
    std::size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used != text.size() || v < std::numeric_limits<int>::min() ||
        v > std::numeric_limits<int>::max())
        throw std::invalid_argument("expected a whole number, not '" + text + "'");
    return int(v);
}

/// A finite number, all of `text` ("nan" and "inf" are refused before they reach a computation).
double strictDouble(const std::string &text)
{
    std::size_t used = 0;
    const double v = std::stod(text, &used);
    if (used != text.size() || !std::isfinite(v))
        throw std::invalid_argument("expected a finite number, not '" + text + "'");
    return v;
}

std::uint64_t strictSeed(const std::string &text)
{
    std::size_t used = 0;
    if (text.empty() || text[0] == '-')
        throw std::invalid_argument("expected seeds >= 0, not '" + text + "'");
    const unsigned long long v = std::stoull(text, &used);
    if (used != text.size())
        throw std::invalid_argument("expected a whole number, not '" + text + "'");
    return v;
}

/// Every number of the recipe in the range where training means something; checked after the
/// options and after --resume reads a config.json, before anything is written.
std::string invalidSetting(const TrainConfig &c)
{
    auto outside = [](const char *option, const std::string &range) {
        return std::string(option) + ": expected " + range;
    };
    if (c.epochs < 1 || c.epochs > kMaxEpochs)
        return outside("--epochs", "1.." + std::to_string(kMaxEpochs));
    if (c.batch < 1 || c.batch > 65536)
        return outside("--batch", "1..65536");
    if (c.folds < 1 || c.folds > 20)
        return outside("--folds", "1..20");
    if (!(c.lr > 0 && c.lr <= 1))
        return outside("--lr", "a learning rate in (0, 1], e.g. 1e-3");
    if (c.lrStep < 0 || c.lrStep > kMaxEpochs)
        return outside("--lr-step", "0.." + std::to_string(kMaxEpochs) + " epochs");
    if (!(c.lrGamma > 0 && c.lrGamma <= 1))
        return outside("--lr-gamma", "a factor in (0, 1]");
    if (!(c.emaDecay >= 0 && c.emaDecay < 1))
        return outside("--ema", "a decay in [0, 1), e.g. 0.999");
    if (!(c.ageWeight >= 0 && c.ageWeight <= 1000))
        return outside("--age-weight", "a weight in [0, 1000]");
    if (!(c.colourAugment >= 0 && c.colourAugment <= 1))
        return outside("--colour-augment", "a probability 0..1");
    if (!(c.fitProbes >= 0 && c.fitProbes <= 0.2))
        return outside("--fit-probes", "a fraction 0..0.2 of each model's training people");
    if (!(c.labelSmoothing >= 0 && c.labelSmoothing < 1) ||
        !(c.focalGamma >= 0 && c.focalGamma <= 10))
        return "label smoothing must be in [0, 1) and the focal gamma in [0, 10]";
    if (c.threads < 0 || c.threads > kMaxThreads)
        return outside("--threads", "0 (all cores) .. " + std::to_string(kMaxThreads));
    if (c.limitBatches < 0)
        return outside("--limit-batches", "0 (no limit) or more");
    if (c.middleFrom < 1 || c.middleFrom >= c.oldFrom || c.oldFrom > 120)
        return outside("--bands", "MIDDLE,OLD with 0 < MIDDLE < OLD <= 120");
    if (c.seeds.empty() || c.seeds.size() > 100)
        return outside("--seeds", "1 to 100 seeds");
    if (c.task < -1)
        return outside("--task", "a model number from 0");
    return {};
}

} // namespace

int trainingThreads(int requested)
{
    // More threads than cores only slows LibTorch down; tens of thousands take the machine down.
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    return requested > 0 ? std::min(requested, cores) : cores;
}

std::string lossName(LossKind k)
{
    switch (k) {
    case LossKind::LabelSmoothing:
        return "smoothing";
    case LossKind::Focal:
        return "focal";
    case LossKind::ClassWeighted:
        return "weighted";
    case LossKind::CrossEntropy:
        break;
    }
    return "ce";
}

std::optional<LossKind> parseLoss(std::string_view t)
{
    if (t == "ce" || t == "cross_entropy")
        return LossKind::CrossEntropy;
    if (t == "smoothing" || t == "label_smoothing")
        return LossKind::LabelSmoothing;
    if (t == "focal")
        return LossKind::Focal;
    if (t == "weighted" || t == "class_weighted")
        return LossKind::ClassWeighted;
    return std::nullopt;
}

std::string trainUsage()
{
    return "Trainer options:\n"
           "  --cache FILE           packed image cache (made by masklens-cli train)\n"
           "  --samples FILE         index,path,person,label,age (made beside it)\n"
           "  --out RUNDIR           run folder: config, metrics.jsonl, checkpoints, predictions\n"
           "  --arch A               efficientnet_b0 | small | medium | medium_hires\n"
           "                         (default small)\n"
           "  --outputs L            classes18 | three_heads | three_heads_age: the three\n"
           "                         heads and the age in years, regressed (default classes18)\n"
           "  --age-weight X         weight of the age regression for three_heads_age\n"
           "                         (default 1)\n"
           "  --epochs N             (default 10)\n"
           "  --batch N              (default 32)\n"
           "  --lr X                 learning rate (default 1e-3)\n"
           "  --optimizer O          adam (default, the recipe's) | sgd (momentum 0.9)\n"
           "  --lr-schedule S        step (StepLR, the users' recipe) | cosine: from --lr down\n"
           "                         to 0 over the epochs (default step)\n"
           "  --lr-step N            StepLR step in epochs (default: a third of the epochs)\n"
           "  --lr-gamma X           StepLR factor (default 0.5)\n"
           "  --ema DECAY            validate and save a moving average of the weights, e.g.\n"
           "                         0.999 (about the last 1,000 steps); default 0: off\n"
           "  --loss L               ce | smoothing | focal | weighted (default ce)\n"
           "  --sampler S            none | weighted: draw rare classes as often as common ones\n"
           "  --no-augment           train on the plain images\n"
           "  --precision P          fp32 | bf16: the forward pass in bfloat16 (autocast; fast on\n"
           "                         CPUs with AVX-512 bf16 and on recent GPUs); default fp32\n"
           "  --predict-precision P  fp32 | bf16 | auto: the validation predictions the run\n"
           "                         writes (auto: bf16 on CUDA or a CPU with native bf16);\n"
           "                         default fp32. Their FILE.json says which\n"
           "  --colour-augment P     probability of the hue/saturation/value and the\n"
           "                         brightness/contrast steps (default 0.5, the recipe's)\n"
           "  --fit-probes F         train this fraction of each model's people with the other\n"
           "                         gender on purpose: what a wrong label's training fit looks\n"
           "                         like in this run, for the label-issue finder (default 0)\n"
           "  --folds K              K models on person-level folds, out-of-fold predictions\n"
           "  --seeds a,b,c          one model per seed, ensembled by hard and soft voting\n"
           "  --device D             auto | cpu | cuda (default auto)\n"
           "  --threads N            CPU threads (default: all cores)\n"
           "  --init FILE            starting weights (scripts/export_torchvision_weights.py)\n"
           "  --resume RUNDIR        continue that run where it stopped (its own config)\n"
           "  --limit-batches N      at most N batches an epoch (smoke tests)\n"
           "  --task I               train model I of the folds x seeds plan alone (a Slurm\n"
           "                         array task; with --resume RUNDIR)\n"
           "  --no-dropout           no dropout and no stochastic depth\n"
           "\nData parallelism (one model over several processes, PyTorch's c10d; the world\n"
           "comes from torchrun's RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT or\n"
           "Slurm's SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID, SLURM_JOB_NODELIST):\n"
           "  --sync-bn              batch-norm statistics over the global batch (default: each\n"
           "                         process its own, as DistributedDataParallel)\n"
           "  --collective-timeout S a process that waits S seconds for the others fails the\n"
           "                         run (default 120)\n";
}

Expected<TrainConfig> parseTrainArguments(const std::vector<std::string> &args)
{
    TrainConfig config;
    TrainConfig *c = &config;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string key = args[i], value;
        const auto eq = key.find('=');
        if (eq != std::string::npos) {
            value = key.substr(eq + 1);
            key = key.substr(0, eq);
        }
        const bool flag = key == "--no-augment" || key == "--face-crop" || key == "--sync-bn" ||
                          key == "--no-dropout";
        if (!flag && eq == std::string::npos) {
            if (i + 1 >= args.size())
                return failure(key + ": needs a value");
            value = args[++i];
        }
        try {
            if (key == "--cache")
                c->cache = value;
            else if (key == "--samples")
                c->samples = value;
            else if (key == "--out")
                c->out = value;
            else if (key == "--arch") {
                const auto a = parseArchitecture(value);
                if (!a)
                    throw std::invalid_argument(
                        "expected efficientnet_b0, small, medium or medium_hires");
                c->architecture = *a;
            } else if (key == "--outputs") {
                const auto o = parseOutputLayout(value);
                if (!o)
                    throw std::invalid_argument(
                        "expected classes18, three_heads or three_heads_age");
                c->outputs = *o;
            } else if (key == "--age-weight") {
                c->ageWeight = strictDouble(value);
                if (!(c->ageWeight >= 0))
                    throw std::invalid_argument("expected a weight >= 0");
            } else if (key == "--epochs")
                c->epochs = strictInt(value);
            else if (key == "--batch")
                c->batch = strictInt(value);
            else if (key == "--lr")
                c->lr = strictDouble(value);
            else if (key == "--lr-step")
                c->lrStep = strictInt(value);
            else if (key == "--lr-gamma")
                c->lrGamma = strictDouble(value);
            else if (key == "--ema") {
                c->emaDecay = strictDouble(value);
                if (!(c->emaDecay >= 0 && c->emaDecay < 1))
                    throw std::invalid_argument("expected a decay in [0, 1), e.g. 0.999");
            } else if (key == "--lr-schedule") {
                if (value != "step" && value != "cosine")
                    throw std::invalid_argument("expected step or cosine");
                c->cosineSchedule = value == "cosine";
            } else if (key == "--loss") {
                const auto l = parseLoss(value);
                if (!l)
                    throw std::invalid_argument("expected ce, smoothing, focal or weighted");
                c->loss = *l;
            } else if (key == "--sampler") {
                if (value != "none" && value != "weighted")
                    throw std::invalid_argument("expected none or weighted");
                c->weightedSampler = value == "weighted";
            } else if (key == "--no-augment")
                c->augment = false;
            else if (key == "--sync-bn")
                c->syncBatchNorm = true;
            else if (key == "--optimizer") {
                if (value != "adam" && value != "sgd")
                    throw std::invalid_argument("expected adam or sgd");
                c->sgd = value == "sgd";
            } else if (key == "--no-dropout")
                c->dropout = false;
            else if (key == "--collective-timeout") {
                c->collectiveTimeoutSeconds = strictInt(value);
                if (c->collectiveTimeoutSeconds < 1 || c->collectiveTimeoutSeconds > 86400)
                    throw std::invalid_argument("expected seconds 1..86400");
            } else if (key == "--precision") {
                if (value != "fp32" && value != "bf16")
                    throw std::invalid_argument("expected fp32 or bf16");
                c->bf16 = value == "bf16";
            } else if (key == "--predict-precision") {
                if (value != "fp32" && value != "bf16" && value != "auto")
                    throw std::invalid_argument("expected fp32, bf16 or auto");
                c->predictPrecision = value;
            } else if (key == "--colour-augment" || key == "--color-augment") {
                c->colourAugment = strictDouble(value);
                if (!(c->colourAugment >= 0 && c->colourAugment <= 1))
                    throw std::invalid_argument("expected a probability 0..1");
            } else if (key == "--fit-probes") {
                c->fitProbes = strictDouble(value);
                if (!(c->fitProbes >= 0 && c->fitProbes <= 0.2))
                    throw std::invalid_argument("expected a fraction 0..0.2");
            } else if (key == "--face-crop")
                c->faceCrop = true;
            else if (key == "--crop") {
                if (!parseCropSize(value, &c->cropWidth, &c->cropHeight))
                    throw std::invalid_argument(
                        "expected WxH within the 384x512 frame, e.g. 208x260");
                c->faceCrop = true;
            } else if (key == "--folds")
                c->folds = strictInt(value);
            else if (key == "--seeds") {
                c->seeds.clear();
                for (const std::string &s : split(value, ','))
                    c->seeds.push_back(strictSeed(s));
            } else if (key == "--device") {
                if (value != "auto" && value != "cpu" && value != "cuda")
                    throw std::invalid_argument("expected auto, cpu or cuda");
                c->device = value;
            } else if (key == "--threads")
                c->threads = strictInt(value);
            else if (key == "--init")
                c->init = value;
            else if (key == "--resume") {
                c->resume = true;
                c->out = value;
            } else if (key == "--limit-batches")
                c->limitBatches = strictInt(value);
            else if (key == "--task")
                c->task = strictInt(value);
            else if (key == "--bands") {
                const auto parts = split(value, ',');
                if (parts.size() != 2)
                    throw std::invalid_argument("expected MIDDLE,OLD");
                c->middleFrom = strictInt(parts[0]);
                c->oldFrom = strictInt(parts[1]);
            } else {
                return failure("unknown option " + key);
            }
        } catch (const std::exception &e) {
            return failure(key + ": " +
                           (std::string(e.what()).find("expected") == 0
                                ? e.what()
                                : "bad value '" + value + "'"));
        }
    }
    if (c->resume) {
        // Continue a run: its own config, with this machine's device and threads.
        const std::string device = c->device;
        const int threads = c->threads;
        const int task = c->task;
        auto read = readConfigJson((fs::path(c->out) / "config.json").string());
        if (!read)
            return failure(read.error());
        TrainConfig &saved = *read;
        saved.out = c->out;
        saved.resume = true;
        if (device != "auto")
            saved.device = device;
        if (threads > 0)
            saved.threads = threads;
        saved.task = task;
        *c = saved;
    }
    if (std::string why = invalidSetting(*c); !why.empty())
        return failure(why);
    if (c->task >= modelCount(*c))
        return failure("--task: expected 0.." + std::to_string(modelCount(*c) - 1) +
                       " (the models of --folds x --seeds)");
    return config;
}

std::string configToJson(const TrainConfig &c)
{
    std::vector<double> seeds(c.seeds.begin(), c.seeds.end());
    return JsonObject()
        .add("cache", c.cache)
        .add("samples", c.samples)
        .add("out", c.out)
        .add("arch", architectureName(c.architecture))
        .add("outputs", outputLayoutName(c.outputs))
        .add("epochs", c.epochs)
        .add("batch", c.batch)
        .add("lr", c.lr)
        .add("lr_step", c.lrStep)
        .add("lr_gamma", c.lrGamma)
        .add("lr_schedule", c.cosineSchedule ? "cosine" : "step")
        .add("ema", c.emaDecay)
        .add("age_weight", c.ageWeight)
        .add("loss", lossName(c.loss))
        .add("label_smoothing", c.labelSmoothing)
        .add("focal_gamma", c.focalGamma)
        .add("sampler", c.weightedSampler ? "weighted" : "none")
        .add("augment", c.augment)
        .add("colour_augment", c.colourAugment)
        .add("fit_probes", c.fitProbes)
        .add("precision", c.bf16 ? "bf16" : "fp32")
        .add("predict_precision", c.predictPrecision)
        .add("folds", c.folds)
        .add("seeds", seeds)
        .add("device", c.device)
        .add("threads", c.threads)
        .add("init", c.init)
        .add("face_crop", c.faceCrop)
        .add("crop", std::to_string(c.cropWidth) + "x" + std::to_string(c.cropHeight))
        .add("middle_from", c.middleFrom)
        .add("old_from", c.oldFrom)
        .add("limit_batches", c.limitBatches)
        .add("sync_bn", c.syncBatchNorm)
        .add("optimizer", c.sgd ? "sgd" : "adam")
        .add("dropout", c.dropout)
        .add("collective_timeout", c.collectiveTimeoutSeconds)
        .str();
}

int modelCount(const TrainConfig &c)
{
    return (c.folds > 1 ? c.folds : 1) * int(c.seeds.size());
}

std::vector<std::string> configToArguments(const TrainConfig &c)
{
    std::vector<std::string> a = {"--cache",
                                  c.cache,
                                  "--samples",
                                  c.samples,
                                  "--out",
                                  c.out,
                                  "--arch",
                                  architectureName(c.architecture),
                                  "--outputs",
                                  outputLayoutName(c.outputs),
                                  "--epochs",
                                  std::to_string(c.epochs),
                                  "--batch",
                                  std::to_string(c.batch),
                                  "--lr",
                                  number(c.lr),
                                  "--lr-step",
                                  std::to_string(c.lrStep),
                                  "--lr-gamma",
                                  number(c.lrGamma),
                                  "--lr-schedule",
                                  c.cosineSchedule ? "cosine" : "step",
                                  "--ema",
                                  number(c.emaDecay),
                                  "--age-weight",
                                  number(c.ageWeight),
                                  "--loss",
                                  lossName(c.loss),
                                  "--sampler",
                                  c.weightedSampler ? "weighted" : "none",
                                  "--colour-augment",
                                  number(c.colourAugment),
                                  "--fit-probes",
                                  number(c.fitProbes),
                                  "--precision",
                                  c.bf16 ? "bf16" : "fp32",
                                  "--predict-precision",
                                  c.predictPrecision,
                                  "--folds",
                                  std::to_string(c.folds),
                                  "--device",
                                  c.device,
                                  "--threads",
                                  std::to_string(c.threads),
                                  "--limit-batches",
                                  std::to_string(c.limitBatches),
                                  "--bands",
                                  std::to_string(c.middleFrom) + "," + std::to_string(c.oldFrom)};
    std::string seeds;
    for (std::uint64_t s : c.seeds)
        seeds += (seeds.empty() ? "" : ",") + std::to_string(s);
    a.insert(a.end(), {"--seeds", seeds});
    if (!c.init.empty())
        a.insert(a.end(), {"--init", c.init});
    if (!c.augment)
        a.push_back("--no-augment");
    if (c.syncBatchNorm)
        a.push_back("--sync-bn");
    if (c.sgd)
        a.insert(a.end(), {"--optimizer", "sgd"});
    if (!c.dropout)
        a.push_back("--no-dropout");
    a.insert(a.end(), {"--collective-timeout", std::to_string(c.collectiveTimeoutSeconds)});
    if (c.faceCrop)
        a.insert(a.end(),
                 {"--crop", std::to_string(c.cropWidth) + "x" + std::to_string(c.cropHeight)});
    return a;
}

Expected<TrainConfig> readConfigJson(const std::string &file)
{
    std::ifstream in(file);
    if (!in)
        return failure(file + ": cannot open (is this a MaskLens run folder?)");
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Each key's value as option text ("0.001", "cosine", "[1,2]", "true"), from a real JSON
    // parser: any valid JSON object resumes, pretty-printed or edited by hand. (A build without
    // nlohmann-json, e.g. the trainer alone on a GPU machine, reads the compact form it writes.)
    std::function<std::optional<std::string>(const std::string &)> valueOf;
#if MASKLENS_HAVE_NLOHMANN_JSON
    const auto doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object())
        return failure(file + ": not a JSON object (is this a MaskLens run folder's config.json?)");
    valueOf = [&doc](const std::string &key) -> std::optional<std::string> {
        const auto it = doc.find(key);
        if (it == doc.end() || it->is_null())
            return std::nullopt;
        if (it->is_string())
            return it->get<std::string>();
        if (it->is_array()) { // seeds: whole numbers only; never dump a nested (hostile) value
            std::string text = "[";
            for (const auto &v : *it) {
                if (!v.is_number_integer())
                    return std::string("[not a whole number]");
                text += (text.size() > 1 ? "," : "") + v.dump();
            }
            return text + "]";
        }
        return it->is_primitive() ? it->dump() : std::string("{an object}");
    };
#else
    valueOf = [&json](const std::string &key) { return jsonValue(json, key); };
#endif
    std::vector<std::string> args;
    auto pass = [&](const char *key, const char *option) {
        if (auto v = valueOf(key))
            args.insert(args.end(), {option, *v});
    };
    pass("cache", "--cache");
    pass("samples", "--samples");
    pass("arch", "--arch");
    pass("outputs", "--outputs");
    pass("epochs", "--epochs");
    pass("batch", "--batch");
    pass("lr", "--lr");
    pass("lr_step", "--lr-step");
    pass("lr_gamma", "--lr-gamma");
    pass("lr_schedule", "--lr-schedule");
    pass("ema", "--ema");
    pass("colour_augment", "--colour-augment");
    pass("fit_probes", "--fit-probes");
    pass("precision", "--precision");
    pass("predict_precision", "--predict-precision");
    pass("age_weight", "--age-weight");
    pass("loss", "--loss");
    pass("sampler", "--sampler");
    pass("folds", "--folds");
    pass("device", "--device");
    pass("threads", "--threads");
    pass("init", "--init");
    pass("limit_batches", "--limit-batches");
    if (auto v = valueOf("seeds")) {
        // An array of numbers, "[1,2]"; anything else is a damaged file (found by fuzz_trainconfig:
        // "seeds":"" made substr throw and the resume abort).
        if (v->size() < 2 || v->front() != '[' || v->back() != ']')
            return failure(file + ": seeds: expected an array such as [1,2]");
        args.insert(args.end(), {"--seeds", v->substr(1, v->size() - 2)});
    }
    if (valueOf("augment").value_or("true") == "false")
        args.push_back("--no-augment");
    if (valueOf("sync_bn").value_or("false") == "true")
        args.push_back("--sync-bn");
    if (valueOf("dropout").value_or("true") == "false")
        args.push_back("--no-dropout");
    pass("collective_timeout", "--collective-timeout");
    pass("optimizer", "--optimizer");
    if (valueOf("face_crop").value_or("false") == "true") {
        args.push_back("--face-crop");
        pass("crop", "--crop"); // absent from runs made before --crop: the baseline's crop
    }
    if (auto m = valueOf("middle_from"), o = valueOf("old_from"); m && o)
        args.insert(args.end(), {"--bands", *m + "," + *o});
    if (args.empty())
        return failure(file + ": not a MaskLens run config");
    auto config = parseTrainArguments(args);
    if (!config)
        return failure(file + ": " + config.error());
    return config;
}

} // namespace masklens::model
