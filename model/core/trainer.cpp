// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
// runTraining: a TrainingRun (trainingrun.h) driven from its start to its end, one ModelTrainer
// (modeltrainer.h) per fold x seed, an epoch at a time; and the one top-level catch that turns
// whatever LibTorch or the file system throws into an "error" event.
#include "trainer.h"

#include "trainingprotocol.h"
#include "trainingrun.h"

#include <iostream>

namespace masklens::model {

namespace {

int train(const TrainConfig &config, const std::function<void(const std::string &)> &emit,
          const std::atomic<bool> &stop, const World &world)
{
    auto opened = TrainingRun::open(config, emit, stop, world);
    if (!opened)
        return EventWriter(emit, world.rank).fail(opened.error());
    TrainingRun &run = **opened;
    const EventWriter &events = run.events();
    run.start();
    for (int m = 0; m < run.modelCount(); ++m) {
        if (!run.trains(m))
            continue; // another task's model
        std::unique_ptr<ModelTrainer> trainer = run.model(m);
        if (!trainer->finishedBefore()) {
            if (Status prepared = trainer->prepare(); !prepared)
                return events.fail(prepared.error());
            while (!trainer->done()) {
                const Expected<ModelTrainer::Epoch> epoch = trainer->trainEpoch();
                if (!epoch)
                    return events.fail(epoch.error());
                if (*epoch == ModelTrainer::Epoch::Stopped)
                    return 130;
            }
        }
        Expected<ModelTrainer::Validated> validated = trainer->finish();
        if (!validated)
            return events.fail(validated.error());
        run.collect(*trainer, std::move(*validated));
    }
    if (Status finished = run.finish(); !finished)
        return events.fail(finished.error());
    return 0;
}

} // namespace

int runTraining(const TrainConfig &config, const std::function<void(const std::string &)> &emit,
                const std::atomic<bool> &stop)
{
    // Whatever LibTorch or the file system throws (a full disk inside torch::save, an
    // allocation that fails, a damaged state file) ends the run with an error event naming it,
    // never with an abort that leaves the run "running".
    const Expected<World> found = worldFromEnvironment();
    if (!found) {
        emit(protocol::ErrorEvent{found.error()}.json());
        return 2;
    }
    const World &world = *found;
    try {
        return train(config, emit, stop, world);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return EventWriter(emit, world.rank).fail(what.substr(0, what.find('\n')));
    }
}

} // namespace masklens::model
