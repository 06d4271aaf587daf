// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training protocol, defined once: every event a trainer or a launcher prints (one JSON object
// per line on stdout), its name, its keys and their types. Writers fill these structs and print
// json(); readers get the same structs back from analysis::parseTrainingEvent (a typed parser with
// typed warnings), so a key is spelled in one place. docs/training-protocol.md is checked against
// keysOf() by tests/tst_protocol. Standard library only: the trainer builds with LibTorch alone,
// and analysis may include this one header of model/.

#include "jsonline.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace masklens::protocol {

enum class EventType {
    Start,     ///< once, after the data is read
    Progress,  ///< about once a second while training
    Epoch,     ///< after each epoch's validation
    Ensemble,  ///< several seeds: the votes' scores
    Stopped,   ///< a signal stopped the run (resumable)
    Error,     ///< bad input or a failure
    Prepared,  ///< train --prepare-only, instead of training
    Submitted, ///< the Slurm launcher queued the job array
    Task,      ///< a Slurm task's state changed
    TaskDone,  ///< masklens-train --task I, at its end
    Done,      ///< once, at the end
};
inline constexpr std::array kEventTypes{EventType::Start,    EventType::Progress,  EventType::Epoch,
                                        EventType::Ensemble, EventType::Stopped,   EventType::Error,
                                        EventType::Prepared, EventType::Submitted, EventType::Task,
                                        EventType::TaskDone, EventType::Done};

constexpr std::string_view eventName(EventType type)
{
    switch (type) {
    case EventType::Start:
        return "start";
    case EventType::Progress:
        return "progress";
    case EventType::Epoch:
        return "epoch";
    case EventType::Ensemble:
        return "ensemble";
    case EventType::Stopped:
        return "stopped";
    case EventType::Error:
        return "error";
    case EventType::Prepared:
        return "prepared";
    case EventType::Submitted:
        return "submitted";
    case EventType::Task:
        return "task";
    case EventType::TaskDone:
        return "task_done";
    case EventType::Done:
        return "done";
    }
    return {};
}

constexpr std::optional<EventType> eventType(std::string_view name)
{
    for (EventType t : kEventTypes)
        if (eventName(t) == name)
            return t;
    return std::nullopt;
}

/// The keys, each spelled once.
namespace key {
inline constexpr const char *event = "event";
inline constexpr const char *model = "model";
inline constexpr const char *fold = "fold";
inline constexpr const char *seed = "seed";
inline constexpr const char *epoch = "epoch";
inline constexpr const char *epochs = "epochs";
inline constexpr const char *batch = "batch";
inline constexpr const char *batches = "batches";
inline constexpr const char *loss = "loss";
inline constexpr const char *imagesPerS = "images_per_s";
inline constexpr const char *etaS = "eta_s";
inline constexpr const char *device = "device";
inline constexpr const char *threads = "threads";
inline constexpr const char *images = "images";
inline constexpr const char *people = "people";
inline constexpr const char *models = "models";
inline constexpr const char *inputWidth = "input_width";
inline constexpr const char *inputHeight = "input_height";
inline constexpr const char *resume = "resume";
inline constexpr const char *worldSize = "world_size";
inline constexpr const char *rank = "rank";
inline constexpr const char *config = "config";
inline constexpr const char *trainLoss = "train_loss";
inline constexpr const char *valLoss = "val_loss";
inline constexpr const char *valMacroF1 = "val_macro_f1";
inline constexpr const char *valAccuracy = "val_accuracy";
inline constexpr const char *valOldF1 = "val_old_f1";
inline constexpr const char *perClassF1 = "per_class_f1";
inline constexpr const char *lr = "lr";
inline constexpr const char *best = "best";
inline constexpr const char *seconds = "seconds";
inline constexpr const char *valAgeMae = "val_age_mae";
inline constexpr const char *allreduceS = "allreduce_s";
inline constexpr const char *allreduceExposedS = "allreduce_exposed_s";
inline constexpr const char *buckets = "buckets";
inline constexpr const char *hardMacroF1 = "hard_macro_f1";
inline constexpr const char *hardAccuracy = "hard_accuracy";
inline constexpr const char *softMacroF1 = "soft_macro_f1";
inline constexpr const char *softAccuracy = "soft_accuracy";
inline constexpr const char *hardPerClassF1 = "hard_per_class_f1";
inline constexpr const char *softPerClassF1 = "soft_per_class_f1";
inline constexpr const char *checkpoint = "checkpoint";
inline constexpr const char *message = "message";
inline constexpr const char *cache = "cache";
inline constexpr const char *samples = "samples";
inline constexpr const char *out = "out";
inline constexpr const char *labelsVersion = "labels_version";
inline constexpr const char *jobId = "job_id";
inline constexpr const char *tasks = "tasks";
inline constexpr const char *task = "task";
inline constexpr const char *state = "state";
inline constexpr const char *bestValMacroF1 = "best_val_macro_f1";
inline constexpr const char *predictions = "predictions";
} // namespace key

/// Every key an event may carry, required ones first (requiredKeyCount(type) of them).
inline std::vector<std::string_view> keysOf(EventType type)
{
    using namespace key;
    switch (type) {
    case EventType::Start:
        return {device,      threads, images,    people, models, inputWidth,
                inputHeight, resume,  worldSize, rank,   config};
    case EventType::Progress:
        return {model, fold, seed, epoch, epochs, batch, batches, loss, imagesPerS, etaS};
    case EventType::Epoch:
        return {model,
                fold,
                seed,
                epoch,
                epochs,
                trainLoss,
                valLoss,
                valMacroF1,
                valAccuracy,
                valOldF1,
                perClassF1,
                lr,
                best,
                seconds,
                imagesPerS,
                valAgeMae,
                worldSize,
                allreduceS,
                allreduceExposedS,
                buckets};
    case EventType::Ensemble:
        return {models,       hardMacroF1,    hardAccuracy,  softMacroF1,
                softAccuracy, hardPerClassF1, softPerClassF1};
    case EventType::Stopped:
        return {message, model, fold, seed, epoch, epochs, batch, checkpoint};
    case EventType::Error:
        return {message};
    case EventType::Prepared:
        return {cache, samples, out, labelsVersion, images};
    case EventType::Submitted:
        return {jobId, tasks, models};
    case EventType::Task:
        return {jobId, task, model, state};
    case EventType::TaskDone:
        return {model, seconds};
    case EventType::Done:
        return {bestValMacroF1, valMacroF1,  valAccuracy, perClassF1,
                checkpoint,     predictions, seconds,     device};
    }
    return {};
}

/// How many of keysOf(type) every event of the type carries; the rest are optional.
constexpr int requiredKeyCount(EventType type)
{
    switch (type) {
    case EventType::Epoch:
        return 15; // val_age_mae: three_heads_age; the rest: several processes
    case EventType::Stopped:
        return 1; // the Slurm launcher's carries only the message
    default:
        return int(keysOf(type).size());
    }
}

/// Which model of a run an event speaks of, and where in its epochs.
struct ModelPosition
{
    int model = 0;
    int fold = 0;
    std::int64_t seed = 0;
    int epoch = 0;
    int epochs = 0;
    friend bool operator==(const ModelPosition &, const ModelPosition &) = default;
};

namespace detail {
inline model::jsonline::JsonObject begin(EventType type)
{
    model::jsonline::JsonObject o;
    o.add(key::event, std::string(eventName(type)));
    return o;
}
inline model::jsonline::JsonObject &position(model::jsonline::JsonObject &o, const ModelPosition &p)
{
    return o.add(key::model, p.model)
        .add(key::fold, p.fold)
        .add(key::seed, p.seed)
        .add(key::epoch, p.epoch)
        .add(key::epochs, p.epochs);
}
} // namespace detail

struct StartEvent
{
    static constexpr EventType type = EventType::Start;
    std::string device;
    int threads = 0;
    int images = 0;
    int people = 0;
    int models = 0;
    int inputWidth = 0;
    int inputHeight = 0;
    bool resume = false;
    int worldSize = 1;
    int rank = 0;
    std::string config = "{}"; ///< the run's config object, as JSON text
    friend bool operator==(const StartEvent &, const StartEvent &) = default;
    std::string json() const
    {
        return detail::begin(type)
            .add(key::device, device)
            .add(key::threads, threads)
            .add(key::images, images)
            .add(key::people, people)
            .add(key::models, models)
            .add(key::inputWidth, inputWidth)
            .add(key::inputHeight, inputHeight)
            .add(key::resume, resume)
            .add(key::worldSize, worldSize)
            .add(key::rank, rank)
            .raw(key::config, config)
            .str();
    }
};

struct ProgressEvent
{
    static constexpr EventType type = EventType::Progress;
    ModelPosition at;
    int batch = 0;
    int batches = 0;
    double loss = 0;
    double imagesPerS = 0;
    double etaS = 0;
    friend bool operator==(const ProgressEvent &, const ProgressEvent &) = default;
    std::string json() const
    {
        auto o = detail::begin(type);
        return detail::position(o, at)
            .add(key::batch, batch)
            .add(key::batches, batches)
            .add(key::loss, loss)
            .add(key::imagesPerS, imagesPerS)
            .add(key::etaS, etaS)
            .str();
    }
};

/// An epoch event's "parallel" part (outside EpochEvent: clang cannot default-construct a nested
/// struct with member initialisers inside std::optional while the outer struct is incomplete).
struct EpochParallel
{
    int worldSize = 1;
    double allreduceS = 0;
    double allreduceExposedS = 0;
    int buckets = 0;
    friend bool operator==(const EpochParallel &, const EpochParallel &) = default;
};

struct EpochEvent
{
    static constexpr EventType type = EventType::Epoch;
    ModelPosition at;
    double trainLoss = 0;
    double valLoss = 0;
    double valMacroF1 = 0;
    double valAccuracy = 0;
    double valOldF1 = 0; ///< mean F1 of the >=60 classes
    std::vector<double> perClassF1;
    double lr = 0;
    bool best = false;
    double seconds = 0;
    double imagesPerS = 0;
    std::optional<double> valAgeMae; ///< --outputs three_heads_age
    /// Several processes training the model: the gradient all-reduce's cost per step.
    using Parallel = EpochParallel;
    std::optional<Parallel> parallel;
    friend bool operator==(const EpochEvent &, const EpochEvent &) = default;
    std::string json() const
    {
        auto o = detail::begin(type);
        detail::position(o, at);
        if (valAgeMae)
            o.add(key::valAgeMae, *valAgeMae);
        if (parallel)
            o.add(key::worldSize, parallel->worldSize)
                .add(key::allreduceS, parallel->allreduceS)
                .add(key::allreduceExposedS, parallel->allreduceExposedS)
                .add(key::buckets, parallel->buckets);
        return o.add(key::trainLoss, trainLoss)
            .add(key::valLoss, valLoss)
            .add(key::valMacroF1, valMacroF1)
            .add(key::valAccuracy, valAccuracy)
            .add(key::valOldF1, valOldF1)
            .add(key::perClassF1, perClassF1)
            .add(key::lr, lr)
            .add(key::best, best)
            .add(key::seconds, seconds)
            .add(key::imagesPerS, imagesPerS)
            .str();
    }
};

struct EnsembleEvent
{
    static constexpr EventType type = EventType::Ensemble;
    int models = 0;
    double hardMacroF1 = 0;
    double hardAccuracy = 0;
    double softMacroF1 = 0;
    double softAccuracy = 0;
    std::vector<double> hardPerClassF1;
    std::vector<double> softPerClassF1;
    friend bool operator==(const EnsembleEvent &, const EnsembleEvent &) = default;
    std::string json() const
    {
        return detail::begin(type)
            .add(key::models, models)
            .add(key::hardMacroF1, hardMacroF1)
            .add(key::hardAccuracy, hardAccuracy)
            .add(key::softMacroF1, softMacroF1)
            .add(key::softAccuracy, softAccuracy)
            .add(key::hardPerClassF1, hardPerClassF1)
            .add(key::softPerClassF1, softPerClassF1)
            .str();
    }
};

struct StoppedEvent
{
    static constexpr EventType type = EventType::Stopped;
    std::string message;
    /// The trainer's: where it stopped (batches of the epoch done) and the checkpoint saved.
    /// The Slurm launcher's (a cancelled job) has only the message.
    std::optional<ModelPosition> at;
    int batch = 0;
    std::string checkpoint;
    friend bool operator==(const StoppedEvent &, const StoppedEvent &) = default;
    std::string json() const
    {
        auto o = detail::begin(type);
        if (at)
            detail::position(o, *at).add(key::batch, batch).add(key::checkpoint, checkpoint);
        return o.add(key::message, message).str();
    }
};

struct ErrorEvent
{
    static constexpr EventType type = EventType::Error;
    std::string message;
    friend bool operator==(const ErrorEvent &, const ErrorEvent &) = default;
    std::string json() const { return detail::begin(type).add(key::message, message).str(); }
};

struct PreparedEvent
{
    static constexpr EventType type = EventType::Prepared;
    std::string cache;
    std::string samples;
    std::string out;
    std::int64_t labelsVersion = 0;
    int images = 0;
    friend bool operator==(const PreparedEvent &, const PreparedEvent &) = default;
    std::string json() const
    {
        return detail::begin(type)
            .add(key::cache, cache)
            .add(key::samples, samples)
            .add(key::out, out)
            .add(key::labelsVersion, labelsVersion)
            .add(key::images, images)
            .str();
    }
};

struct SubmittedEvent
{
    static constexpr EventType type = EventType::Submitted;
    std::string jobId;
    std::vector<int> tasks; ///< the array's task numbers (= the models submitted)
    int models = 0;
    friend bool operator==(const SubmittedEvent &, const SubmittedEvent &) = default;
    std::string json() const
    {
        std::string list = "[";
        for (std::size_t i = 0; i < tasks.size(); ++i)
            list += (i ? "," : "") + std::to_string(tasks[i]);
        return detail::begin(type)
            .add(key::jobId, jobId)
            .raw(key::tasks, list + "]")
            .add(key::models, models)
            .str();
    }
};

struct TaskEvent
{
    static constexpr EventType type = EventType::Task;
    std::string jobId;
    int task = 0;
    int model = 0;
    std::string state; ///< Slurm's: PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT...
    friend bool operator==(const TaskEvent &, const TaskEvent &) = default;
    std::string json() const
    {
        return detail::begin(type)
            .add(key::jobId, jobId)
            .add(key::task, task)
            .add(key::model, model)
            .add(key::state, state)
            .str();
    }
};

struct TaskDoneEvent
{
    static constexpr EventType type = EventType::TaskDone;
    int model = 0;
    double seconds = 0;
    friend bool operator==(const TaskDoneEvent &, const TaskDoneEvent &) = default;
    std::string json() const
    {
        return detail::begin(type).add(key::model, model).add(key::seconds, seconds).str();
    }
};

struct DoneEvent
{
    static constexpr EventType type = EventType::Done;
    double bestValMacroF1 = 0;
    double valMacroF1 = 0; ///< of the saved predictions
    double valAccuracy = 0;
    std::vector<double> perClassF1;
    std::string checkpoint;
    std::string predictions;
    double seconds = 0;
    std::string device;
    friend bool operator==(const DoneEvent &, const DoneEvent &) = default;
    std::string json() const
    {
        return detail::begin(type)
            .add(key::bestValMacroF1, bestValMacroF1)
            .add(key::valMacroF1, valMacroF1)
            .add(key::valAccuracy, valAccuracy)
            .add(key::perClassF1, perClassF1)
            .add(key::checkpoint, checkpoint)
            .add(key::predictions, predictions)
            .add(key::seconds, seconds)
            .add(key::device, device)
            .str();
    }
};

} // namespace masklens::protocol
